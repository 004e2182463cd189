#include "plan/plan_tables.h"

#include <QRegularExpression>
#include <QString>

#include <cmath>
#include <limits>

namespace pa {

namespace {

bool isAttribute(const std::string& c) { return c == "预期性" || c == "约束性"; }

bool hasAttribute(const RawGroup& g) {
    for (const auto& c : g.cells)
        if (isAttribute(c)) return true;
    return false;
}

std::string lineError(int line, const std::string& what) { return "line " + std::to_string(line) + ": " + what; }

void parseTable1(const RawTable& raw, TableParse& out) {
    std::string category, lastName, lastNumber;
    bool data = false;
    int k = 0;
    for (const RawGroup& g : raw.groups) {
        if (!data && !hasAttribute(g)) {
            if (out.table.header.empty()) out.table.header = g.cells;
            continue;
        }
        data = true;
        if (g.cells.size() != 11 && g.cells.size() != 12) {
            out.errors.push_back(lineError(g.line, "表1 row has " + std::to_string(g.cells.size()) +
                                                       " cells where 11 (or 12 with a sub-item) are expected"));
            continue;
        }
        const bool sub = g.cells.size() == 12;
        TableRow row;
        row.id = "table1.r" + std::to_string(++k);
        row.line = g.line;
        row.cells = g.cells;
        Indicator13 ind;
        ind.row = row.id;
        if (!g.cells[0].empty()) category = g.cells[0];
        ind.category = category;
        ind.number = g.cells[1];
        // A row without name continues the indicator above (the pollutants of indicator 18).
        ind.name = g.cells[2].empty() && sub ? lastName : g.cells[2];
        if (!g.cells[2].empty()) lastName = g.cells[2];
        static const QRegularExpression bracketUnit(QStringLiteral(R"(（([^（）]+)）$)"));
        if (auto u = bracketUnit.match(QString::fromStdString(ind.name)); u.hasMatch()) ind.unit = u.captured(1).toStdString();
        std::size_t c = 3;
        if (sub) ind.subItem = g.cells[c++];
        for (int y = 0; y < 5; ++y) ind.values.push_back(g.cells[c++]);
        ind.averageGrowth = g.cells[c++];
        ind.attribute = g.cells[c++];
        ind.target = g.cells[c++];
        out.table1.push_back(std::move(ind));
        out.table.rows.push_back(std::move(row));
    }
}

void parseTable2(const RawTable& raw, TableParse& out) {
    static const QRegularExpression number(QStringLiteral(R"(^(\d+)([※△]*)$)"));
    std::string category;
    bool data = false;
    int expected = 1;
    for (const RawGroup& g : raw.groups) {
        if (!data && !hasAttribute(g) && g.cells.size() != 1) {
            if (out.table.header.empty()) out.table.header = g.cells;
            continue;
        }
        data = true;
        if (g.cells.size() == 1) {  // a category on its own line(s): 经济发展, 创新驱动, 绿色生态
            category = g.cells[0];
            continue;
        }
        if (g.cells.size() != 6 && g.cells.size() != 7) {
            out.errors.push_back(lineError(g.line, "表2 row has " + std::to_string(g.cells.size()) +
                                                       " cells where 6 or 7 are expected"));
            continue;
        }
        std::size_t c = 0;
        if (g.cells.size() == 7) {
            if (!g.cells[0].empty()) category = g.cells[0];
            c = 1;
        }
        const auto m = number.match(QString::fromStdString(g.cells[c]));
        if (!m.hasMatch()) {
            out.errors.push_back(lineError(g.line, "表2 indicator number '" + g.cells[c] + "' is not a number"));
            continue;
        }
        Indicator14 ind;
        ind.number = m.captured(1).toInt();
        if (ind.number != expected)
            out.errors.push_back(lineError(g.line, "表2 indicator " + std::to_string(ind.number) + " where " +
                                                       std::to_string(expected) + " was expected"));
        expected = ind.number + 1;
        ind.cityIndicator = m.captured(2).contains(QChar(0x203B));
        ind.carriedOver = m.captured(2).contains(QChar(0x25B3));
        ind.category = category;
        ind.name = g.cells[c + 1];
        ind.unit = g.cells[c + 2];
        ind.value2020 = g.cells[c + 3];
        ind.target2025 = g.cells[c + 4];
        ind.attribute = g.cells[c + 5];
        ind.cumulative2020 = ind.value2020.rfind("[", 0) == 0;
        ind.cumulative2025 = ind.target2025.rfind("[", 0) == 0;
        if (!isAttribute(ind.attribute))
            out.errors.push_back(lineError(g.line, "表2 indicator " + std::to_string(ind.number) + " has attribute '" +
                                                       ind.attribute + "', not 预期性 or 约束性"));
        TableRow row;
        row.id = "table2.i" + std::to_string(ind.number);
        row.line = g.line;
        row.cells = g.cells;
        ind.row = row.id;
        out.table2.push_back(std::move(ind));
        out.table.rows.push_back(std::move(row));
    }
}

long long parseInvestment(const std::string& s) {
    long long v = 0;
    bool any = false;
    for (char c : s) {
        if (c >= '0' && c <= '9') {
            // More digits than a long long holds is no amount of 万元 (the fuzzer's 3333333333333333333…).
            if (v > (std::numeric_limits<long long>::max() - (c - '0')) / 10) return -1;
            v = v * 10 + (c - '0');
            any = true;
        } else if (c != ',') {
            return -1;
        }
    }
    return any ? v : -1;
}

void parseAnnex(const RawTable& raw, TableParse& out) {
    static const QRegularExpression counted(QStringLiteral(R"(^(.*)（(\d+)个）$)"));
    static const QRegularExpression top(QStringLiteral(R"(^([一二三四五六七八九十]+)、(.*)$)"));
    int k = 0;
    for (const RawGroup& g : raw.groups) {
        bool empty = true;
        for (const auto& c : g.cells) empty = empty && c.empty();
        if (empty) continue;
        if (out.table.header.empty()) {
            out.table.header = g.cells;
            continue;
        }
        if (g.cells.size() != 3 && g.cells.size() != 4) {
            out.errors.push_back(lineError(g.line, "附表 row has " + std::to_string(g.cells.size()) +
                                                       " cells where 3 or 4 are expected"));
            continue;
        }
        ProjectCategory p;
        QString name = QString::fromStdString(g.cells[g.cells.size() - 3]);
        if (g.cells.size() == 4) {
            p.level = g.cells[0];
            p.depth = p.level.find("（") == 0 && p.level.size() > 4 && p.level[3] >= '0' && p.level[3] <= '9' ? 3 : 2;
        } else if (auto t = top.match(name); t.hasMatch()) {
            p.level = t.captured(1).toStdString();
            p.depth = 1;
            name = t.captured(2);
        } else {
            p.level = "total";
            p.depth = 0;
        }
        if (auto m = counted.match(name); m.hasMatch()) {
            p.name = m.captured(1).toStdString();
            p.projects = m.captured(2).toInt();
        } else {
            p.name = name.toStdString();
        }
        p.totalInvestment = parseInvestment(g.cells[g.cells.size() - 2]);
        p.planInvestment = parseInvestment(g.cells[g.cells.size() - 1]);
        if (p.totalInvestment < 0 || p.planInvestment < 0)
            out.errors.push_back(lineError(g.line, "附表 investment is not a whole number of 万元"));
        TableRow row;
        row.id = "annex.r" + std::to_string(++k);
        row.line = g.line;
        row.cells = g.cells;
        p.row = row.id;
        out.annex.push_back(std::move(p));
        out.table.rows.push_back(std::move(row));
    }
}

}  // namespace

std::optional<double> firstNumber(const std::string& text) {
    static const QRegularExpression num(QStringLiteral(R"((\d[\d,]*(?:\.\d+)?))"));
    const auto m = num.match(QString::fromStdString(text));
    if (!m.hasMatch()) return std::nullopt;
    QString v = m.captured(1);
    v.remove(',');
    bool ok = false;
    const double d = v.toDouble(&ok);
    return ok && std::isfinite(d) ? std::optional<double>(d) : std::nullopt;
}

TableParse parseTypedTable(const RawTable& raw, const std::string& chapter, const std::string& section) {
    TableParse out;
    Table& t = out.table;
    t.label = raw.label;
    t.title = raw.title;
    t.line = raw.line;
    t.chapter = chapter;
    t.section = section;
    t.remarks = raw.remarks;
    t.unitNote = raw.unitNote;
    if (raw.label == "表1") {
        t.id = "table1";
        parseTable1(raw, out);
    } else if (raw.label == "表2") {
        t.id = "table2";
        parseTable2(raw, out);
    } else if (raw.label == "附表") {
        t.id = "annex";
        parseAnnex(raw, out);
    } else {
        t.id = "table" + raw.label.substr(std::string("表").size());
        int k = 0;
        for (const RawGroup& g : raw.groups) {
            if (t.header.empty()) {
                t.header = g.cells;
                continue;
            }
            t.rows.push_back({t.id + ".r" + std::to_string(++k), g.line, g.cells});
        }
    }
    if (t.rows.empty()) out.errors.push_back(lineError(raw.line, raw.label + " has no rows"));
    return out;
}

}  // namespace pa
