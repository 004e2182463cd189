#include "plan/plan_file.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "io/geodata_paths.h"
#include "io/input_file.h"

namespace pa {

namespace {

constexpr const char* kFormat = "planatlas-plan/1";

QString q(const std::string& s) { return QString::fromStdString(s); }
std::string str(const QJsonValue& v) { return v.toString().toStdString(); }

QJsonArray strings(const std::vector<std::string>& v) {
    QJsonArray a;
    for (const auto& s : v) a.append(q(s));
    return a;
}
std::vector<std::string> strings(const QJsonValue& v) {
    std::vector<std::string> out;
    for (const QJsonValue& e : v.toArray()) out.push_back(str(e));
    return out;
}

QJsonObject clause(const Clause& c) { return {{"id", q(c.id)}, {"line", c.line}, {"text", q(c.text)}}; }
Clause clause(const QJsonValue& v) {
    const QJsonObject o = v.toObject();
    return {str(o["id"]), o["line"].toInt(), str(o["text"])};
}
QJsonArray clauses(const std::vector<Clause>& v) {
    QJsonArray a;
    for (const Clause& c : v) a.append(clause(c));
    return a;
}
std::vector<Clause> clauses(const QJsonValue& v) {
    std::vector<Clause> out;
    for (const QJsonValue& e : v.toArray()) out.push_back(clause(e));
    return out;
}

QJsonObject quantity(const Quantity& x) {
    QJsonObject o{{"text", q(x.text)}, {"period", q(x.period)}};
    o["value"] = x.value ? QJsonValue(*x.value) : QJsonValue();
    o["year"] = x.year ? QJsonValue(*x.year) : QJsonValue();
    return o;
}
Quantity quantity(const QJsonValue& v) {
    const QJsonObject o = v.toObject();
    Quantity x;
    x.text = str(o["text"]);
    x.period = str(o["period"]);
    if (o["value"].isDouble()) x.value = o["value"].toDouble();
    if (o["year"].isDouble()) x.year = o["year"].toInt();
    return x;
}

template <typename T, typename F>
QJsonArray each(const std::vector<T>& v, F f) {
    QJsonArray a;
    for (const T& x : v) a.append(f(x));
    return a;
}

template <typename T, typename F>
std::vector<T> each(const QJsonValue& v, F f) {
    std::vector<T> out;
    for (const QJsonValue& e : v.toArray()) out.push_back(f(e.toObject()));
    return out;
}

}  // namespace

QJsonObject targetToJson(const Target& t) {
    QJsonObject o{{"id", q(t.id)},
                  {"subject", q(t.subject)},
                  {"metric", q(t.metric)},
                  {"unit", q(t.unit)},
                  {"target", quantity(t.target)},
                  {"comparator", q(t.comparator)},
                  {"kind", q(t.kind)},
                  {"cumulative", t.cumulative},
                  {"source", q(t.source)},
                  {"quote", q(t.quote)}};
    o["baseline"] = t.baseline ? QJsonValue(quantity(*t.baseline)) : QJsonValue();
    return o;
}

QByteArray planToJson(const Plan& p) {
    QJsonObject root;
    root["format"] = kFormat;
    root["title"] = q(p.title);
    root["source"] = QJsonObject{{"file", q(p.sourceFile)}, {"sha256", q(p.sourceSha256)}, {"lines", p.sourceLines}};
    root["preamble"] = clauses(p.preamble);
    root["closing"] = clauses(p.closing);
    root["chapters"] = each(p.chapters, [](const Chapter& c) {
        return QJsonObject{{"id", q(c.id)},
                           {"number", c.number},
                           {"title", q(c.title)},
                           {"line", c.line},
                           {"clauses", clauses(c.clauses)},
                           {"boxes", strings(c.boxes)},
                           {"tables", strings(c.tables)},
                           {"figures", strings(c.figures)},
                           {"sections", each(c.sections, [](const Section& s) {
                                return QJsonObject{{"id", q(s.id)},       {"number", s.number},
                                                   {"title", q(s.title)}, {"line", s.line},
                                                   {"clauses", clauses(s.clauses)}, {"boxes", strings(s.boxes)},
                                                   {"tables", strings(s.tables)},   {"figures", strings(s.figures)}};
                            })}};
    });
    root["boxes"] = each(p.boxes, [](const Box& b) {
        return QJsonObject{{"id", q(b.id)},           {"number", b.number},         {"title", q(b.title)},
                           {"line", b.line},          {"chapter", q(b.chapter)},    {"section", q(b.section)},
                           {"items", clauses(b.items)}};
    });
    root["figures"] = each(p.figures, [](const Figure& f) {
        return QJsonObject{{"id", q(f.id)},          {"label", q(f.label)},    {"title", q(f.title)},
                           {"line", f.line},         {"chapter", q(f.chapter)}, {"section", q(f.section)}};
    });
    root["tables"] = each(p.tables, [](const Table& t) {
        return QJsonObject{{"id", q(t.id)},
                           {"label", q(t.label)},
                           {"title", q(t.title)},
                           {"line", t.line},
                           {"chapter", q(t.chapter)},
                           {"section", q(t.section)},
                           {"header", strings(t.header)},
                           {"remarks", strings(t.remarks)},
                           {"unit_note", q(t.unitNote)},
                           {"rows", each(t.rows, [](const TableRow& r) {
                                return QJsonObject{{"id", q(r.id)}, {"line", r.line}, {"cells", strings(r.cells)}};
                            })}};
    });
    root["table1"] = each(p.table1, [](const Indicator13& i) {
        return QJsonObject{{"row", q(i.row)},         {"category", q(i.category)},     {"number", q(i.number)},
                           {"name", q(i.name)},       {"unit", q(i.unit)},             {"sub_item", q(i.subItem)},      {"values", strings(i.values)},
                           {"average_growth", q(i.averageGrowth)}, {"attribute", q(i.attribute)},
                           {"target", q(i.target)}};
    });
    root["table2"] = each(p.table2, [](const Indicator14& i) {
        return QJsonObject{{"row", q(i.row)},
                           {"category", q(i.category)},
                           {"number", i.number},
                           {"city_indicator", i.cityIndicator},
                           {"carried_over", i.carriedOver},
                           {"name", q(i.name)},
                           {"unit", q(i.unit)},
                           {"value_2020", q(i.value2020)},
                           {"target_2025", q(i.target2025)},
                           {"cumulative_2020", i.cumulative2020},
                           {"cumulative_2025", i.cumulative2025},
                           {"attribute", q(i.attribute)}};
    });
    root["annex"] = each(p.annex, [](const ProjectCategory& a) {
        return QJsonObject{{"row", q(a.row)},
                           {"level", q(a.level)},
                           {"depth", a.depth},
                           {"name", q(a.name)},
                           {"projects", a.projects},
                           {"total_investment_10k_yuan", double(a.totalInvestment)},
                           {"plan_investment_10k_yuan", double(a.planInvestment)}};
    });
    root["footnotes"] = each(p.footnotes, [](const Footnote& f) {
        return QJsonObject{{"id", q(f.id)},     {"line", f.line},        {"text", q(f.text)},
                           {"term", q(f.term)}, {"clause", q(f.clause)}};
    });
    root["restorations"] = each(p.restorations, [](const Restoration& r) {
        return QJsonObject{{"line", r.line},          {"kind", q(r.kind)}, {"text", q(r.text)},
                           {"restored", q(r.restored)}, {"id", q(r.id)}};
    });
    root["targets"] = each(p.targets, targetToJson);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Outcome<Plan> planFromJson(const QByteArray& json, const std::string& source) {
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (doc.isNull() || !doc.isObject())
        return Diagnostic::error(source, "not valid JSON (" + pe.errorString().toStdString() + " at byte " + std::to_string(pe.offset) + ")");
    const QJsonObject root = doc.object();
    if (root["format"].toString() != kFormat)
        return Diagnostic::error(source, "not a PlanAtlas plan file (format '" + str(root["format"]) + "', expected " + kFormat + ")");
    Plan p;
    p.title = str(root["title"]);
    const QJsonObject src = root["source"].toObject();
    p.sourceFile = str(src["file"]);
    p.sourceSha256 = str(src["sha256"]);
    p.sourceLines = src["lines"].toInt();
    p.preamble = clauses(root["preamble"]);
    p.closing = clauses(root["closing"]);
    p.chapters = each<Chapter>(root["chapters"], [](const QJsonObject& o) {
        Chapter c;
        c.id = str(o["id"]);
        c.number = o["number"].toInt();
        c.title = str(o["title"]);
        c.line = o["line"].toInt();
        c.clauses = clauses(o["clauses"]);
        c.boxes = strings(o["boxes"]);
        c.tables = strings(o["tables"]);
        c.figures = strings(o["figures"]);
        c.sections = each<Section>(o["sections"], [](const QJsonObject& so) {
            Section s;
            s.id = str(so["id"]);
            s.number = so["number"].toInt();
            s.title = str(so["title"]);
            s.line = so["line"].toInt();
            s.clauses = clauses(so["clauses"]);
            s.boxes = strings(so["boxes"]);
            s.tables = strings(so["tables"]);
            s.figures = strings(so["figures"]);
            return s;
        });
        return c;
    });
    p.boxes = each<Box>(root["boxes"], [](const QJsonObject& o) {
        Box b;
        b.id = str(o["id"]);
        b.number = o["number"].toInt();
        b.title = str(o["title"]);
        b.line = o["line"].toInt();
        b.chapter = str(o["chapter"]);
        b.section = str(o["section"]);
        b.items = clauses(o["items"]);
        return b;
    });
    p.figures = each<Figure>(root["figures"], [](const QJsonObject& o) {
        return Figure{str(o["id"]), str(o["label"]), str(o["title"]), o["line"].toInt(), str(o["chapter"]),
                      str(o["section"])};
    });
    p.tables = each<Table>(root["tables"], [](const QJsonObject& o) {
        Table t;
        t.id = str(o["id"]);
        t.label = str(o["label"]);
        t.title = str(o["title"]);
        t.line = o["line"].toInt();
        t.chapter = str(o["chapter"]);
        t.section = str(o["section"]);
        t.header = strings(o["header"]);
        t.remarks = strings(o["remarks"]);
        t.unitNote = str(o["unit_note"]);
        t.rows = each<TableRow>(o["rows"], [](const QJsonObject& r) {
            return TableRow{str(r["id"]), r["line"].toInt(), strings(r["cells"])};
        });
        return t;
    });
    p.table1 = each<Indicator13>(root["table1"], [](const QJsonObject& o) {
        Indicator13 i;
        i.row = str(o["row"]);
        i.category = str(o["category"]);
        i.number = str(o["number"]);
        i.name = str(o["name"]);
        i.unit = str(o["unit"]);
        i.subItem = str(o["sub_item"]);
        i.values = strings(o["values"]);
        i.averageGrowth = str(o["average_growth"]);
        i.attribute = str(o["attribute"]);
        i.target = str(o["target"]);
        return i;
    });
    p.table2 = each<Indicator14>(root["table2"], [](const QJsonObject& o) {
        Indicator14 i;
        i.row = str(o["row"]);
        i.category = str(o["category"]);
        i.number = o["number"].toInt();
        i.cityIndicator = o["city_indicator"].toBool();
        i.carriedOver = o["carried_over"].toBool();
        i.name = str(o["name"]);
        i.unit = str(o["unit"]);
        i.value2020 = str(o["value_2020"]);
        i.target2025 = str(o["target_2025"]);
        i.cumulative2020 = o["cumulative_2020"].toBool();
        i.cumulative2025 = o["cumulative_2025"].toBool();
        i.attribute = str(o["attribute"]);
        return i;
    });
    p.annex = each<ProjectCategory>(root["annex"], [](const QJsonObject& o) {
        ProjectCategory a;
        a.row = str(o["row"]);
        a.level = str(o["level"]);
        a.depth = o["depth"].toInt();
        a.name = str(o["name"]);
        a.projects = o["projects"].toInt();
        a.totalInvestment = static_cast<long long>(o["total_investment_10k_yuan"].toDouble());
        a.planInvestment = static_cast<long long>(o["plan_investment_10k_yuan"].toDouble());
        return a;
    });
    p.footnotes = each<Footnote>(root["footnotes"], [](const QJsonObject& o) {
        return Footnote{str(o["id"]), o["line"].toInt(), str(o["text"]), str(o["term"]), str(o["clause"])};
    });
    p.restorations = each<Restoration>(root["restorations"], [](const QJsonObject& o) {
        return Restoration{o["line"].toInt(), str(o["kind"]), str(o["text"]), str(o["restored"]), str(o["id"])};
    });
    p.targets = each<Target>(root["targets"], [](const QJsonObject& o) {
        Target t;
        t.id = str(o["id"]);
        t.subject = str(o["subject"]);
        t.metric = str(o["metric"]);
        t.unit = str(o["unit"]);
        if (o["baseline"].isObject()) t.baseline = quantity(o["baseline"]);
        t.target = quantity(o["target"]);
        t.comparator = str(o["comparator"]);
        t.kind = str(o["kind"]);
        t.cumulative = o["cumulative"].toBool();
        t.source = str(o["source"]);
        t.quote = str(o["quote"]);
        return t;
    });
    return p;
}

Problem writePlanFile(const Plan& plan, const std::string& path, OutputRules rules) {
    rules.extensions = {"json"};
    rules.format = "the plan as JSON";
    return writeFileAtomically(path, planToJson(plan).toStdString(), rules);
}

Outcome<Plan> readPlanFile(const std::string& path) {
    QByteArray bytes;
    if (Problem p = readTextInput(path, InputLimits::kPlanFile, bytes)) return std::move(*p);
    return planFromJson(bytes, path);
}

std::string bundledPlanPath() { return dataRoot() + "/assets/plan/tianhe-14th-fyp.json"; }

}  // namespace pa
