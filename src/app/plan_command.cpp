#include "app/plan_command.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

#include <algorithm>
#include <cstdio>
#include <map>

#include "core/arguments.h"
#include "plan/plan_file.h"
#include "plan/plan_import.h"
#include "plan/plan_search.h"

namespace pa {

namespace {

const char* kPlanUsage =
    "Usage:\n"
    "  planatlas plan import SOURCE.txt --out PLAN.json [--json]\n"
    "  planatlas plan import SOURCE.txt --out assets/plan/tianhe-14th-fyp.json --update-bundled\n"
    "                                           (maintainers: regenerate the bundled plan, which is otherwise never written)\n"
    "  planatlas plan outline [--json]\n"
    "  planatlas plan show ID [--json]          (ch3, ch3.s2, ch3.s2.p4, box3, box3.i2, table2, table2.i9, t.table2.9, fn1)\n"
    "  planatlas plan targets [--chapter N] [--json]\n"
    "  planatlas plan search TEXT [--limit 20] [--json]\n"
    "  every command but import takes --plan FILE (default: the bundled plan)\n";

void out(const std::string& s) { std::fwrite(s.data(), 1, s.size(), stdout); }
void line(const std::string& s) { out(s + "\n"); }
void printJson(const QJsonValue& v) {
    const QJsonDocument d = v.isArray() ? QJsonDocument(v.toArray()) : QJsonDocument(v.toObject());
    out(d.toJson(QJsonDocument::Indented).toStdString());
}
QString q(const std::string& s) { return QString::fromStdString(s); }

struct Options {
    std::vector<std::string> positional;
    bool json = false;
    std::string plan, out;
    bool updateBundled = false;
    int chapter = 0;
    int limit = 20;
};

bool parse(const std::vector<std::string>& args, Options& o, std::string& err) {
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        auto value = [&](std::string& v) {
            if (i + 1 >= args.size()) {
                err = a + " needs a value";
                return false;
            }
            v = args[++i];
            return true;
        };
        std::string v;
        if (a == "--json") {
            o.json = true;
        } else if (a == "--update-bundled") {
            o.updateBundled = true;
        } else if (a == "--plan") {
            if (!value(o.plan)) return false;
        } else if (a == "--out" || a == "-o") {
            if (!value(o.out)) return false;
        } else if (a == "--chapter") {
            if (!value(v)) return false;
            long long n = 0;
            if (!parseInteger(v, 1, 99, n)) {
                err = "--chapter wants a chapter number (1, 2, …), got '" + v + "'";
                return false;
            }
            o.chapter = int(n);
        } else if (a == "--limit") {
            if (!value(v)) return false;
            long long n = 0;
            if (!parseInteger(v, 1, 100000, n)) {
                err = "--limit wants a number of results from 1, got '" + v + "'";
                return false;
            }
            o.limit = int(n);
        } else if (a.size() > 1 && a[0] == '-' && a[1] == '-') {
            err = "unknown option " + a;
            return false;
        } else {
            o.positional.push_back(a);
        }
    }
    return true;
}

std::string targetsPerChapter(const Plan& p) {
    std::map<std::string, int> per;
    for (const Target& t : p.targets) {
        std::string where = p.pathOf(t.source);
        where = where.substr(0, where.find(" › "));
        per[where]++;
    }
    std::string s;
    for (const Chapter& c : p.chapters) {
        const std::string key = "第" + chineseNumeral(c.number) + "章";
        if (per.count(key)) s += "  " + key + " " + std::to_string(per[key]) + "\n";
    }
    return s;
}

int doImport(const Options& o) {
    if (o.positional.size() != 1 || o.out.empty()) {
        std::fprintf(stderr, "planatlas plan import: give one SOURCE.txt and --out FILE.json\n%s", kPlanUsage);
        return 2;
    }
    const std::string& src = o.positional[0];
    OutputRules rules;
    rules.inputs = {src};
    rules.allowBundled = o.updateBundled;
    rules.extensions = {"json"};
    rules.format = "the plan as JSON";
    if (const Problem refused = outputProblem(o.out, rules)) {
        const std::string& why = refused->text;
        std::fprintf(stderr, "planatlas plan import: %s\n", why.c_str());
        return 2;
    }
    PlanImportResult r = importPlanFile(src);
    if (!r.ok) {
        for (const std::string& e : r.errors) std::fprintf(stderr, "planatlas: %s:%s\n", src.c_str(), e.c_str());
        std::fprintf(stderr, "planatlas: %s: not imported (%zu problem(s)); nothing was written\n", src.c_str(),
                     r.errors.size());
        return 1;
    }
    if (const Problem p = writePlanFile(r.plan, o.out, rules)) {
        std::fprintf(stderr, "planatlas plan import: %s\n", p->text.c_str());
        return 1;
    }
    const Plan& p = r.plan;
    if (o.json) {
        QJsonObject perChapter;
        for (const Target& t : p.targets) {
            const std::string path = p.pathOf(t.source);
            const QString key = q(path.substr(0, path.find(" › ")));
            perChapter[key] = perChapter[key].toInt() + 1;
        }
        std::size_t nSections = 0;
        for (const Chapter& c : p.chapters) nSections += c.sections.size();
        printJson(QJsonObject{{"written", q(o.out)},
                              {"chapters", int(p.chapters.size())},
                              {"sections", int(nSections)},
                              {"clauses", int(p.allClauses().size())},
                              {"boxes", int(p.boxes.size())},
                              {"tables", int(p.tables.size())},
                              {"footnotes", int(p.footnotes.size())},
                              {"restorations", int(p.restorations.size())},
                              {"targets", int(p.targets.size())},
                              {"targets_per_chapter", perChapter}});
        return 0;
    }
    std::size_t sections = 0;
    for (const Chapter& c : p.chapters) sections += c.sections.size();
    std::size_t rows = 0;
    for (const Table& t : p.tables) rows += t.rows.size();
    line("wrote " + o.out);
    line(std::to_string(p.chapters.size()) + " chapters, " + std::to_string(sections) + " sections, " +
         std::to_string(p.allClauses().size()) + " clauses, " + std::to_string(p.boxes.size()) + " boxes, " +
         std::to_string(p.tables.size()) + " tables (" + std::to_string(rows) + " rows), " +
         std::to_string(p.footnotes.size()) + " footnotes, " + std::to_string(p.restorations.size()) +
         " restorations, " + std::to_string(p.targets.size()) + " targets");
    out("targets per chapter:\n" + targetsPerChapter(p));
    return 0;
}

std::optional<Plan> loadPlan(const Options& o) {
    const std::string path = o.plan.empty() ? bundledPlanPath() : o.plan;
    auto p = readPlanFile(path);
    if (!p) {
        std::fprintf(stderr, "planatlas: %s: %s\n", path.c_str(), p.why().c_str());
        return std::nullopt;
    }
    return p.take();
}

int doOutline(const Plan& p, const Options& o) {
    auto restored = [&](const std::string& id) {
        for (const Restoration& r : p.restorations)
            if (r.id == id && r.kind != "paragraph continuation") return true;
        return false;
    };
    if (o.json) {
        QJsonArray chapters;
        for (const Chapter& c : p.chapters) {
            QJsonArray sections;
            for (const Section& s : c.sections)
                sections.append(QJsonObject{{"id", q(s.id)}, {"title", q(s.title)}, {"clauses", int(s.clauses.size())},
                                            {"restored", restored(s.id)},
                                            {"boxes", QJsonArray::fromStringList([&] {
                                                 QStringList l;
                                                 for (const auto& b : s.boxes) l << q(b);
                                                 return l;
                                             }())}});
            chapters.append(QJsonObject{
                {"id", q(c.id)}, {"title", q(c.title)}, {"restored", restored(c.id)}, {"sections", sections}});
        }
        printJson(chapters);
        return 0;
    }
    line(p.title);
    for (const Chapter& c : p.chapters) {
        line("第" + chineseNumeral(c.number) + "章  " + c.title + "  [" + c.id + (restored(c.id) ? ", restored" : "") + "]");
        auto extras = [&](const std::vector<std::string>& boxes, const std::vector<std::string>& tables) {
            for (const auto& b : boxes)
                if (const Box* x = p.findBox(b)) line("      专栏" + std::to_string(x->number) + "  " + x->title + "  [" + b + "]");
            for (const auto& t : tables)
                if (const Table* x = p.findTable(t)) line("      " + x->label + "  " + x->title + "  [" + t + "]");
        };
        extras(c.boxes, c.tables);
        for (const Section& s : c.sections) {
            line("  第" + chineseNumeral(s.number) + "节  " + s.title + "  [" + s.id + ", " +
                 std::to_string(s.clauses.size()) + " clauses" + (restored(s.id) ? ", restored" : "") + "]");
            extras(s.boxes, s.tables);
        }
    }
    for (const Table& t : p.tables)
        if (t.chapter.empty()) line(t.label + "  " + t.title + "  [" + t.id + "]");
    return 0;
}

QJsonObject targetJson(const Target& t, const Plan& p) {
    QJsonObject o = targetToJson(t);
    o["path"] = q(p.pathOf(t.source));
    return o;
}

std::string targetLine(const Target& t) {
    std::string s = t.id + "  " + t.subject + " | " + t.metric + " | ";
    if (t.baseline) s += t.baseline->text + (t.baseline->year ? " (" + std::to_string(*t.baseline->year) + ")" : "") + " → ";
    s += t.comparator + (t.comparator.empty() ? "" : " ") + t.target.text + " " + t.unit;
    if (t.target.year) s += " by " + std::to_string(*t.target.year);
    if (!t.target.period.empty()) s += " [" + t.target.period + "]";
    if (!t.kind.empty()) s += " " + t.kind;
    return s + "  ← " + t.source;
}

int doTargets(const Plan& p, const Options& o) {
    if (o.chapter && std::none_of(p.chapters.begin(), p.chapters.end(), [&](const Chapter& c) { return c.number == o.chapter; })) {
        std::fprintf(stderr, "planatlas plan targets: the plan has no chapter %d (it has %zu)\n", o.chapter, p.chapters.size());
        return 2;
    }
    if (!o.positional.empty()) {
        std::fprintf(stderr, "planatlas plan targets: unexpected '%s'\n%s", o.positional[0].c_str(), kPlanUsage);
        return 2;
    }
    std::vector<const Target*> list;
    for (const Target& t : p.targets) {
        if (o.chapter) {
            const std::string path = p.pathOf(t.source);
            if (path.rfind("第" + chineseNumeral(o.chapter) + "章", 0) != 0) continue;
        }
        list.push_back(&t);
    }
    if (o.json) {
        QJsonArray a;
        for (const Target* t : list) a.append(targetJson(*t, p));
        printJson(a);
        return 0;
    }
    for (const Target* t : list) line(targetLine(*t));
    line(std::to_string(list.size()) + " targets");
    if (!o.chapter) out("per chapter:\n" + targetsPerChapter(p));
    return 0;
}

int doShow(const Plan& p, const Options& o) {
    if (o.positional.size() != 1) {
        std::fprintf(stderr, "planatlas plan show: give one ID\n%s", kPlanUsage);
        return 2;
    }
    const std::string& id = o.positional[0];
    QJsonObject j{{"id", q(id)}, {"path", q(p.pathOf(id))}};
    std::string text;
    if (const Clause* c = p.findClause(id)) {
        j["type"] = "clause";
        j["line"] = c->line;
        j["text"] = q(c->text);
        text = p.pathOf(id) + "  [" + id + ", line " + std::to_string(c->line) + "]\n" + c->text + "\n";
        for (const Footnote& f : p.footnotes)
            if (f.clause == id) text += "注：" + f.text + "\n";
    } else if (const Box* b = p.findBox(id)) {
        j["type"] = "box";
        j["title"] = q(b->title);
        QJsonArray items;
        text = "专栏" + std::to_string(b->number) + "  " + b->title + "  (" + p.pathOf(id) + ")\n";
        for (const Clause& c : b->items) {
            items.append(QJsonObject{{"id", q(c.id)}, {"text", q(c.text)}});
            text += "  [" + c.id + "] " + c.text + "\n";
        }
        j["items"] = items;
    } else if (const Table* t = p.findTable(id)) {
        j["type"] = "table";
        j["title"] = q(t->title);
        text = t->label + "  " + t->title + "\n";
        QJsonArray rows;
        for (const TableRow& r : t->rows) {
            QStringList cells;
            for (const auto& c : r.cells) cells << q(c);
            rows.append(QJsonObject{{"id", q(r.id)}, {"cells", QJsonArray::fromStringList(cells)}});
            text += "  [" + r.id + "] " + cells.join(" | ").toStdString() + "\n";
        }
        j["rows"] = rows;
        QStringList remarks;
        for (const auto& r : t->remarks) {
            remarks << q(r);
            text += "  备注 " + r + "\n";
        }
        j["remarks"] = QJsonArray::fromStringList(remarks);
    } else if (const TableRow* r = p.findRow(id)) {
        j["type"] = "table row";
        QStringList cells;
        for (const auto& c : r->cells) cells << q(c);
        j["cells"] = QJsonArray::fromStringList(cells);
        text = p.pathOf(id) + "  [" + id + ", line " + std::to_string(r->line) + "]\n" + cells.join(" | ").toStdString() + "\n";
    } else if (const Target* t = p.findTarget(id)) {
        j = targetJson(*t, p);
        j["type"] = "target";
        text = targetLine(*t) + "\n" + t->quote + "\n";
    } else {
        bool found = false;
        for (const Chapter& c : p.chapters) {
            if (c.id == id) {
                found = true;
                j["type"] = "chapter";
                j["title"] = q(c.title);
                text = "第" + chineseNumeral(c.number) + "章  " + c.title + "\n";
                for (const Clause& cl : c.clauses) text += "  [" + cl.id + "] " + cl.text + "\n";
                for (const Section& s : c.sections) text += "  第" + chineseNumeral(s.number) + "节  " + s.title + "  [" + s.id + "]\n";
            }
            for (const Section& s : c.sections) {
                if (s.id != id) continue;
                found = true;
                j["type"] = "section";
                j["title"] = q(s.title);
                text = p.pathOf(id) + "  " + s.title + "\n";
                for (const Clause& cl : s.clauses) text += "  [" + cl.id + "] " + cl.text + "\n";
            }
        }
        for (const Footnote& f : p.footnotes) {
            if (f.id != id) continue;
            found = true;
            j["type"] = "footnote";
            j["text"] = q(f.text);
            j["clause"] = q(f.clause);
            text = "注 [" + f.id + "] " + f.text + "  (on " + f.clause + ")\n";
        }
        if (!found) {
            std::fprintf(stderr, "planatlas plan show: no clause, box, table, row, target, chapter or section '%s'\n", id.c_str());
            return 1;
        }
    }
    if (o.json)
        printJson(j);
    else
        out(text);
    return 0;
}

int doSearch(const Plan& p, const Options& o) {
    if (o.positional.empty()) {
        std::fprintf(stderr, "planatlas plan search: give the TEXT to look for\n%s", kPlanUsage);
        return 2;
    }
    std::string needle;
    for (const auto& w : o.positional) needle += (needle.empty() ? "" : " ") + w;
    const std::vector<SearchHit> hits = searchPlan(p, needle, std::size_t(o.limit));
    if (o.json) {
        QJsonArray a;
        for (const SearchHit& h : hits)
            a.append(QJsonObject{{"id", q(h.id)},     {"type", q(h.type)},       {"path", q(h.path)},
                                 {"score", h.score},  {"context", q(h.context)}, {"matches", h.matches}});
        printJson(a);
        return 0;
    }
    for (const SearchHit& h : hits) line("[" + h.id + "] " + h.type + "  " + h.path + "\n    " + h.context);
    line(std::to_string(hits.size()) + " result(s) for '" + needle + "'");
    return 0;
}

}  // namespace

int runPlanCommand(const std::vector<std::string>& args) {
    if (args.empty() || args[0] == "--help" || args[0] == "help") {
        std::fputs(kPlanUsage, args.empty() ? stderr : stdout);
        return args.empty() ? 2 : 0;
    }
    Options o;
    std::string err;
    if (!parse({args.begin() + 1, args.end()}, o, err)) {
        std::fprintf(stderr, "planatlas plan: %s\n%s", err.c_str(), kPlanUsage);
        return 2;
    }
    const std::string& cmd = args[0];
    if (cmd == "import") return doImport(o);
    if (cmd != "outline" && cmd != "show" && cmd != "targets" && cmd != "search") {
        std::fprintf(stderr, "planatlas plan: unknown command '%s'\n%s", cmd.c_str(), kPlanUsage);
        return 2;
    }
    const auto plan = loadPlan(o);
    if (!plan) return 1;
    if (cmd == "outline") return doOutline(*plan, o);
    if (cmd == "show") return doShow(*plan, o);
    if (cmd == "targets") return doTargets(*plan, o);
    return doSearch(*plan, o);
}

}  // namespace pa
