#include "plan/plan_import.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStringList>

#include <set>

#include "core/text.h"
#include "io/input_file.h"
#include "plan/plan_tables.h"
#include "plan/plan_targets.h"

namespace pa {

namespace {

const QChar kReplacement(0xFFFD);

QString trimAll(const QString& s) {
    int b = 0, e = s.size();
    auto space = [](QChar c) { return c.isSpace() || c == QChar(0x3000) || c == QChar(0xA0); };
    while (b < e && space(s[b])) ++b;
    while (e > b && space(s[e - 1])) --e;
    return s.mid(b, e - b);
}

int chineseToInt(const QString& s) {
    static const QString digits = QStringLiteral("零一二三四五六七八九");
    int value = 0, current = 0;
    for (QChar c : s) {
        if (c == QChar(0x5341)) {  // 十
            value += (current ? current : 1) * 10;
            current = 0;
        } else {
            const int d = int(digits.indexOf(c));
            if (d < 0) return -1;
            current = d;
        }
    }
    return value + current;
}

// The line shapes of the export, compiled once.
struct Patterns {
    QRegularExpression chapter{QStringLiteral(R"(^\s*第([一二三四五六七八九十]+)章\s+(.+?)\s*$)")};
    QRegularExpression section{QStringLiteral(R"(^\s*第([一二三四五六七八九十]+)节\s+(.+?)\s*$)")};
    QRegularExpression box{QStringLiteral(R"(^\t专栏(\d+)\s+(.+?)\s*$)")};
    QRegularExpression table{QStringLiteral(R"(^表(\d+)\s+(.+?)\s*$)")};
    QRegularExpression annex{QStringLiteral(R"(^附表\s*$)")};
    QRegularExpression figure{QStringLiteral(R"(^\s*图(\d*)\s+(.+?)\s*$)")};
    QRegularExpression closing{QStringLiteral(R"(^(公开方式：|抄送：)|印发$)")};
};

const Patterns& P() {
    static const Patterns p;
    return p;
}

std::string s(const QString& q) { return q.toStdString(); }

class Importer {
public:
    Importer(const QStringList& lines, const PlanProfile& profile, PlanImportResult& out)
        : lines_(lines), profile_(profile), out_(out), plan_(out.plan) {}

    void run() {
        const int n = int(lines_.size());
        int i = 0;
        while (i < n) {
            const QString t = trimAll(lines_[i]);
            if (t.isEmpty()) {
                ++i;
                continue;
            }
            lastTextLine_ = i + 1;
            if (lines_[i].startsWith(kReplacement)) {
                addFootnote(i);
                ++i;
            } else if (const LostHeading* h = lostHeading(t)) {
                i = applyLostHeading(i, *h);
            } else if (auto m = P().chapter.match(lines_[i]); m.hasMatch()) {
                startChapter(i, chineseToInt(m.captured(1)), m.captured(2), false);
                ++i;
            } else if (auto m2 = P().section.match(lines_[i]); m2.hasMatch()) {
                startSection(i, chineseToInt(m2.captured(1)), m2.captured(2));
                ++i;
            } else if (auto m3 = P().box.match(lines_[i]); m3.hasMatch()) {
                i = parseBox(i, m3.captured(1).toInt(), m3.captured(2));
            } else if (auto m4 = P().table.match(t); m4.hasMatch()) {
                i = parseTable(i, "表" + m4.captured(1), m4.captured(2));
            } else if (P().annex.match(t).hasMatch()) {
                i = parseTable(i, QStringLiteral("附表"), QString());
                afterAnnex_ = true;
            } else if (auto m5 = P().figure.match(lines_[i]); m5.hasMatch()) {
                addFigure(i, m5.captured(1), m5.captured(2));
                ++i;
            } else if (afterAnnex_ || P().closing.match(t).hasMatch()) {
                plan_.closing.push_back({"end.p" + std::to_string(plan_.closing.size() + 1), i + 1, s(t)});
                ++i;
            } else {
                i = addParagraph(i);
            }
        }
        attachFootnotes();
        checkAgainstProfile();
    }

private:
    bool isStructural(int k) const {
        const QString& l = lines_[k];
        const QString t = trimAll(l);
        return l.startsWith(kReplacement) || lostHeading(t) || P().chapter.match(l).hasMatch() ||
               P().section.match(l).hasMatch() || P().box.match(l).hasMatch() || P().table.match(t).hasMatch() ||
               P().annex.match(t).hasMatch() || P().figure.match(l).hasMatch();
    }

    const LostHeading* lostHeading(const QString& t) const {
        for (const LostHeading& h : profile_.lostHeadings)
            if (t == QString::fromStdString(h.text)) return &h;
        return nullptr;
    }

    void error(int line, const std::string& what) {
        out_.errors.push_back("line " + std::to_string(line) + ": " + what);
    }

    Chapter* chapter() { return plan_.chapters.empty() ? nullptr : &plan_.chapters.back(); }
    Section* section() {
        Chapter* c = chapter();
        return c && inSection_ && !c->sections.empty() ? &c->sections.back() : nullptr;
    }

    void startChapter(int i, int number, const QString& title, bool restored) {
        const int expected = int(plan_.chapters.size()) + 1;
        if (number != expected)
            error(i + 1, "第" + chineseNumeral(number) + "章 where 第" + chineseNumeral(expected) + "章 was expected");
        Chapter c;
        c.number = number;
        c.id = "ch" + std::to_string(number);
        c.title = s(title);
        c.line = i + 1;
        plan_.chapters.push_back(std::move(c));
        inSection_ = false;
        (void)restored;
    }

    void startSection(int i, int number, const QString& title) {
        Chapter* c = chapter();
        if (!c) {
            error(i + 1, "a section heading before the first chapter");
            return;
        }
        const int expected = int(c->sections.size()) + 1;
        if (number != expected)
            error(i + 1, "第" + chineseNumeral(number) + "节 where 第" + chineseNumeral(expected) + "节 of " + c->id +
                             " was expected");
        Section sec;
        sec.number = number;
        sec.id = c->id + ".s" + std::to_string(number);
        sec.title = s(title);
        sec.line = i + 1;
        c->sections.push_back(std::move(sec));
        inSection_ = true;
    }

    int applyLostHeading(int i, const LostHeading& h) {
        applied_.insert(h.text);
        int next = i + 1;
        QString title = trimAll(lines_[i]);
        std::string sourceText = s(title);
        if (!h.continuation.empty()) {
            while (next < int(lines_.size()) && trimAll(lines_[next]).isEmpty()) ++next;
            if (next >= int(lines_.size()) || trimAll(lines_[next]) != QString::fromStdString(h.continuation)) {
                error(i + 1, "the heading '" + h.text + "' should continue with '" + h.continuation + "'");
                return i + 1;
            }
            title += trimAll(lines_[next]);
            sourceText += "\n" + h.continuation;
            ++next;
        }
        Restoration r;
        r.line = i + 1;
        r.text = sourceText;
        if (h.section == 0) {
            startChapter(i, h.chapter, title, true);
            r.kind = "chapter heading";
            r.restored = "第" + chineseNumeral(h.chapter) + "章";
            r.id = "ch" + std::to_string(h.chapter);
        } else {
            Chapter* c = chapter();
            if (!c || c->number != h.chapter) {
                error(i + 1, "the heading '" + h.text + "' belongs in 第" + chineseNumeral(h.chapter) + "章 but stands in " +
                                 (c ? "第" + chineseNumeral(c->number) + "章" : std::string("the preamble")));
                return next;
            }
            startSection(i, h.section, title);
            r.kind = "section heading";
            r.restored = "第" + chineseNumeral(h.chapter) + "章第" + chineseNumeral(h.section) + "节";
            r.id = c->id + ".s" + std::to_string(h.section);
        }
        r.text += "  (" + h.why + ")";
        plan_.restorations.push_back(std::move(r));
        return next;
    }

    std::vector<Clause>& clauses(std::string& prefix) {
        if (Section* sec = section()) {
            prefix = sec->id + ".p";
            return sec->clauses;
        }
        if (Chapter* c = chapter()) {
            prefix = c->id + ".p";
            return c->clauses;
        }
        prefix = "pre.p";
        return plan_.preamble;
    }

    static bool endsSentence(const QString& t) {
        static const QString enders = QStringLiteral("。；！？：”）)…");
        return !t.isEmpty() && enders.contains(t.back());
    }

    int addParagraph(int i) {
        QString t = trimAll(lines_[i]);
        std::string text = s(t);
        int next = i + 1;
        // The export broke one paragraph where a footnote marker stood: the line stops mid-sentence
        // and the next line carries on with no blank line between.
        if (!endsSentence(t) && t.size() > 40 && next < int(lines_.size()) && !trimAll(lines_[next]).isEmpty() &&
            !lines_[next].startsWith('\t') && !isStructural(next)) {
            text += "\n" + s(trimAll(lines_[next]));
            Restoration r;
            r.line = i + 1;
            r.kind = "paragraph continuation";
            r.text = s(t.right(12)) + "\n" + s(trimAll(lines_[next]).left(12)) +
                     "  (a paragraph broken over two lines by the export; kept as one clause)";
            std::string prefix;
            auto& list = clauses(prefix);
            r.id = prefix + std::to_string(list.size() + 1);
            r.restored = "one paragraph";
            plan_.restorations.push_back(std::move(r));
            ++next;
        }
        std::string prefix;
        auto& list = clauses(prefix);
        list.push_back({prefix + std::to_string(list.size() + 1), i + 1, text});
        return next;
    }

    void place(std::string& chapterId, std::string& sectionId) {
        if (Chapter* c = chapter()) chapterId = c->id;
        if (Section* sec = section()) sectionId = sec->id;
    }

    std::vector<std::string>& containerList(int which) {
        static std::vector<std::string> nowhere;
        if (Section* sec = section()) return which == 0 ? sec->boxes : which == 1 ? sec->tables : sec->figures;
        if (Chapter* c = chapter()) return which == 0 ? c->boxes : which == 1 ? c->tables : c->figures;
        nowhere.clear();
        return nowhere;
    }

    int parseBox(int i, int number, const QString& title) {
        const int expected = int(plan_.boxes.size()) + 1;
        if (number != expected)
            error(i + 1, "专栏" + std::to_string(number) + " where 专栏" + std::to_string(expected) + " was expected");
        Box b;
        b.number = number;
        b.id = "box" + std::to_string(number);
        b.title = s(title);
        b.line = i + 1;
        place(b.chapter, b.section);
        int j = i + 1;
        const int n = int(lines_.size());
        // A box runs until two blank lines, a figure, a heading, another box or a table.
        while (j < n) {
            const QString t = trimAll(lines_[j]);
            if (t.isEmpty()) {
                if (j + 1 < n && trimAll(lines_[j + 1]).isEmpty()) break;
                ++j;
                continue;
            }
            if (isStructural(j)) break;
            b.items.push_back({b.id + ".i" + std::to_string(b.items.size() + 1), j + 1, s(t)});
            ++j;
        }
        if (b.items.empty()) error(i + 1, "专栏" + std::to_string(number) + " has no text");
        containerList(0).push_back(b.id);
        plan_.boxes.push_back(std::move(b));
        return j;
    }

    void addFigure(int i, const QString& digits, const QString& title) {
        Figure f;
        f.id = "fig" + std::to_string(plan_.figures.size() + 1);
        f.label = "图" + s(digits);
        f.title = s(title);
        f.line = i + 1;
        place(f.chapter, f.section);
        containerList(2).push_back(f.id);
        plan_.figures.push_back(std::move(f));
    }

    int parseTable(int i, const QString& label, const QString& title) {
        RawTable raw;
        raw.label = s(label);
        raw.title = s(title);
        raw.line = i + 1;
        const int n = int(lines_.size());
        int j = i + 1, blankRun = 0;
        bool inGroup = false, inRemarks = false;
        static const QRegularExpression numbered(QStringLiteral(R"(^\d+\.)"));
        for (; j < n; ++j) {
            const QString& l = lines_[j];
            const QString t = trimAll(l);
            if (l.startsWith('\t') && !inRemarks && !P().box.match(l).hasMatch()) {
                if (!inGroup) raw.groups.push_back(RawGroup{j + 1, {}, {}});
                raw.groups.back().cells.push_back(s(trimAll(l.mid(1))));
                inGroup = true;
                blankRun = 0;
                continue;
            }
            inGroup = false;
            if (t.isEmpty()) {
                ++blankRun;
                continue;
            }
            if (isStructural(j)) break;
            if (t.startsWith(QStringLiteral("备注"))) {
                inRemarks = true;
                QString r = t.mid(2);
                if (r.startsWith(QChar(0xFF1A)) || r.startsWith(':')) r = r.mid(1);
                raw.remarks.push_back(s(trimAll(r)));
            } else if (inRemarks) {
                if (numbered.match(t).hasMatch() || raw.remarks.empty())
                    raw.remarks.push_back(s(t));
                else
                    raw.remarks.back() += s(t);  // a remark wrapped onto the next line
            } else if (t.startsWith(QStringLiteral("单位"))) {
                raw.unitNote = s(t);
            } else if (raw.groups.empty() && raw.title.empty()) {
                raw.title = s(t);
            } else if (blankRun >= 2 || raw.groups.empty()) {
                break;  // the table is over
            } else {
                // A cell wrapped onto a line of its own: it belongs to the last cell above.
                raw.groups.back().cells.back() += s(t);
                raw.groups.back().wrappedLines.push_back(j + 1);
            }
            blankRun = 0;
        }
        std::string chapterId, sectionId;
        place(chapterId, sectionId);
        TableParse parsed = parseTypedTable(raw, chapterId, sectionId);
        for (const std::string& e : parsed.errors) out_.errors.push_back(e);
        containerList(1).push_back(parsed.table.id);
        for (auto& x : parsed.table1) plan_.table1.push_back(std::move(x));
        for (auto& x : parsed.table2) plan_.table2.push_back(std::move(x));
        for (auto& x : parsed.annex) plan_.annex.push_back(std::move(x));
        plan_.tables.push_back(std::move(parsed.table));
        return j;
    }

    void addFootnote(int i) {
        Footnote f;
        f.id = "fn" + std::to_string(plan_.footnotes.size() + 1);
        f.line = i + 1;
        f.text = s(trimAll(lines_[i].mid(1)));
        plan_.footnotes.push_back(std::move(f));
    }

    void attachFootnotes() {
        for (const FootnoteTerm& ft : profile_.footnoteTerms) {
            if (ft.footnote < 1 || ft.footnote > int(plan_.footnotes.size())) continue;
            Footnote& f = plan_.footnotes[std::size_t(ft.footnote - 1)];
            f.term = ft.term;
            for (const Clause* c : plan_.allClauses()) {
                if (c->id.rfind("end.", 0) == 0) continue;
                if (c->text.find(ft.term) != std::string::npos) {
                    f.clause = c->id;
                    break;
                }
            }
            if (f.clause.empty()) error(f.line, "footnote " + std::to_string(ft.footnote) + " explains '" + ft.term +
                                                     "', which no clause contains");
        }
    }

    void checkAgainstProfile() {
        const std::string at = "line " + std::to_string(lastTextLine_) + ": ";
        auto count = [&](std::size_t got, int want, const std::string& what) {
            if (int(got) != want)
                out_.errors.push_back(at + "found " + std::to_string(got) + " " + what + " where the plan has " +
                                      std::to_string(want) +
                                      (int(got) < want ? " (the source looks truncated or damaged)" : ""));
        };
        count(plan_.chapters.size(), profile_.chapters, "chapters");
        count(plan_.boxes.size(), profile_.boxes, "boxes (专栏)");
        count(plan_.footnotes.size(), profile_.footnotes, "footnotes");
        count(plan_.table2.size(), profile_.table2Indicators, "表2 indicators");
        std::vector<std::string> labels;
        for (const Table& t : plan_.tables) labels.push_back(t.label);
        if (labels != profile_.tables) {
            std::string got;
            for (const auto& l : labels) got += (got.empty() ? "" : ", ") + l;
            out_.errors.push_back(at + "found the tables [" + got + "] where the plan has 表1, 表2 and 附表");
        }
        for (const LostHeading& h : profile_.lostHeadings)
            if (!applied_.count(h.text))
                out_.errors.push_back(at + "the heading '" + h.text + "' (第" + chineseNumeral(h.chapter) + "章" +
                                      (h.section ? "第" + chineseNumeral(h.section) + "节" : std::string()) +
                                      ") was not found");
    }

    const QStringList& lines_;
    const PlanProfile& profile_;
    PlanImportResult& out_;
    Plan& plan_;
    bool inSection_ = false;
    bool afterAnnex_ = false;
    int lastTextLine_ = 0;
    std::set<std::string> applied_;
};

}  // namespace

PlanImportResult importPlanText(const QByteArray& utf8, const std::string& sourceName, const PlanProfile& profile) {
    PlanImportResult out;
    if (utf8.trimmed().isEmpty()) {
        out.errors.push_back("line 1: the source is empty");
        return out;
    }
    const QList<QByteArray> raw = utf8.split('\n');
    QStringList lines;
    lines.reserve(raw.size());
    for (int i = 0; i < raw.size(); ++i) {
        QByteArray l = raw[i];
        if (l.endsWith('\r')) l.chop(1);
        if (!isValidUtf8(l.toStdString())) {
            out.errors.push_back("line " + std::to_string(i + 1) + ": not valid UTF-8 (the plan text must be UTF-8)");
            return out;
        }
        lines.push_back(QString::fromUtf8(l));
    }
    // A trailing newline ends the last line; it does not start another.
    if (!lines.isEmpty() && lines.back().isEmpty() && utf8.endsWith('\n')) lines.removeLast();
    out.plan.title = profile.title;
    out.plan.sourceFile = sourceName;
    out.plan.sourceSha256 = QCryptographicHash::hash(utf8, QCryptographicHash::Sha256).toHex().toStdString();
    out.plan.sourceLines = int(lines.size());
    Importer(lines, profile, out).run();
    if (out.errors.empty()) out.plan.targets = extractTargets(out.plan);
    out.ok = out.errors.empty();
    return out;
}

PlanImportResult importPlanFile(const std::string& path, const PlanProfile& profile) {
    QByteArray bytes;
    std::string why, from;
    if (const Problem read = readTextInput(path, InputLimits::kPlanText, bytes, &from)) {
        why = read->text;
        PlanImportResult out;
        out.errors.push_back(" " + why);
        return out;
    }
    return importPlanText(bytes, QFileInfo(QString::fromStdString(path)).fileName().toStdString(), profile);
}

}  // namespace pa
