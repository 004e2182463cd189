#include "app/geodata_command.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <map>

#include "analysis/geodata_check.h"
#include "io/geodata_paths.h"
#include "plan/plan_file.h"

namespace pa {

namespace {

void out(const std::string& s) { std::fwrite(s.data(), 1, s.size(), stdout); }
QString q(const std::string& s) { return QString::fromStdString(s); }

std::optional<Plan> bundledPlan() {
    auto p = readPlanFile(bundledPlanPath());
    if (!p) {
        std::fprintf(stderr, "planatlas: %s: %s\n", bundledPlanPath().c_str(), p.why().c_str());
        return std::nullopt;
    }
    return p.take();
}

std::string defaultChecklist() {
    const std::string inData = dataRoot() + "/tests/geodata-checklist.tsv";
    return QFileInfo::exists(q(inData)) ? inData : std::string();
}

}  // namespace

int runValidate(const std::vector<std::string>& args) {
    bool json = false, complete = false;
    std::string checklistPath = defaultChecklist();
    std::vector<std::string> files;
    for (std::size_t i = 0; i < args.size(); ++i) {
        if (args[i] == "--json") json = true;
        else if (args[i] == "--complete") complete = true;
        else if (args[i] == "--checklist" && i + 1 < args.size()) checklistPath = args[++i];
        else if (args[i].rfind("--", 0) == 0) {
            std::fprintf(stderr, "planatlas validate: unknown option %s\n", args[i].c_str());
            return 2;
        } else files.push_back(args[i]);
    }
    if (files.empty()) files = bundledGeodataFiles();
    const auto plan = bundledPlan();
    if (!plan) return 1;
    std::vector<ChecklistItem> checklist;
    if (!checklistPath.empty()) {
        auto read = readChecklist(checklistPath);
        if (!read) {
            std::fprintf(stderr, "planatlas validate: %s: %s\n", read.problem().file.c_str(), read.why().c_str());
            return 2;
        }
        checklist = read.take();
    }
    const GeodataReport r = checkGeodata(files, *plan, checklist);
    std::map<std::string, std::pair<int, int>> groups;  // group -> present, to be mapped
    std::size_t toMap = 0;
    for (const ChecklistItem& c : checklist) {
        if (!c.notMappedBecause.empty()) continue;
        groups[c.group].second++;
        groups[c.group].first++;
        toMap++;
    }
    for (const ChecklistItem& m : r.missing) groups[m.group].first--;

    if (json) {
        QJsonArray layers, problems, missing, notMapped;
        for (const auto& l : r.layers) {
            QJsonObject kinds, accuracy;
            for (const auto& [k, n] : l.kinds) kinds[q(k)] = n;
            for (const auto& [k, n] : l.accuracy) accuracy[q(k)] = n;
            layers.append(QJsonObject{{"file", q(l.file)}, {"features", l.features}, {"kinds", kinds}, {"accuracy", accuracy}});
        }
        for (const auto& m : r.notMapped)
            notMapped.append(QJsonObject{{"group", q(m.group)}, {"name", q(m.name)}, {"why", q(m.notMappedBecause)}});
        for (const auto& p : r.problems) problems.append(QJsonObject{{"file", q(p.file)}, {"feature", q(p.feature)}, {"problem", q(p.text)}});
        for (const auto& m : r.missing) missing.append(QJsonObject{{"group", q(m.group)}, {"name", q(m.name)}});
        out(QJsonDocument(QJsonObject{{"layers", layers}, {"problems", problems}, {"checklist_items", int(toMap)},
                                      {"missing", missing}, {"not_mapped", notMapped}})
                .toJson(QJsonDocument::Indented)
                .toStdString());
    } else {
        int total = 0;
        for (const auto& l : r.layers) {
            std::string kinds;
            for (const auto& [k, n] : l.kinds) kinds += (kinds.empty() ? "" : ", ") + k + " " + std::to_string(n);
            std::string acc;
            for (const auto& [k, n] : l.accuracy) acc += (acc.empty() ? "" : ", ") + k + " " + std::to_string(n);
            out(l.file + ": " + std::to_string(l.features) + " features (" + kinds + "; accuracy: " + acc + ")\n");
            total += l.features;
        }
        out(std::to_string(r.layers.size()) + " layers, " + std::to_string(total) + " features\n");
        for (const auto& p : r.problems)
            std::fprintf(stderr, "planatlas: %s%s: %s\n", p.file.c_str(), p.feature.empty() ? "" : (" [" + p.feature + "]").c_str(), p.text.c_str());
        if (!checklist.empty()) {
            out("checklist of the plan's spatial elements: " + std::to_string(toMap - r.missing.size()) + " of " +
                std::to_string(toMap) + " present\n");
            for (const auto& [g, n] : groups) out("  " + g + ": " + std::to_string(n.first) + " of " + std::to_string(n.second) + "\n");
            for (const auto& m : r.missing) out("  missing (" + m.group + "): " + m.name + "\n");
            if (!r.notMapped.empty())
                out(std::to_string(r.notMapped.size()) + " more named in the plan are not mapped, each with its reason in the checklist" +
                    std::string(complete ? ":\n" : " (--complete lists them)\n"));
            if (complete)
                for (const auto& m : r.notMapped) out("  not mapped (" + m.group + "): " + m.name + ": " + m.notMappedBecause + "\n");
        }
    }
    if (!r.ok()) return 1;
    if (complete && !r.missing.empty()) return 1;
    return 0;
}

int runDescribe(const std::vector<std::string>& args) {
    bool json = false;
    std::string key;
    for (const auto& a : args) {
        if (a == "--json") json = true;
        else key += (key.empty() ? "" : " ") + a;
    }
    if (key.empty()) {
        std::fprintf(stderr, "planatlas describe: give a feature id or name\n");
        return 2;
    }
    const auto plan = bundledPlan();
    if (!plan) return 1;
    // Exact id, then exact Chinese or English name, then a part of the Chinese name.
    QJsonObject best;
    QString bestFile;
    int bestRank = 4;
    const QString k = q(key);
    for (const std::string& file : bundledGeodataFiles()) {
        QFile f(q(file));
        if (!f.open(QIODevice::ReadOnly)) continue;
        for (const QJsonValue& v : QJsonDocument::fromJson(f.readAll()).object()["features"].toArray()) {
            const QJsonObject feat = v.toObject();
            const QJsonObject p = feat["properties"].toObject();
            int rank = 4;
            if (p["id"].toString() == k) rank = 0;
            else if (p["name_zh"].toString() == k || p["name_en"].toString().compare(k, Qt::CaseInsensitive) == 0) rank = 1;
            else if (p["name_zh"].toString().contains(k)) rank = 2;
            if (rank < bestRank) {
                bestRank = rank;
                best = feat;
                bestFile = QFileInfo(f).fileName();
            }
        }
    }
    if (bestRank == 4) {
        std::fprintf(stderr, "planatlas describe: no feature with id or name '%s'\n", key.c_str());
        return 1;
    }
    const QJsonObject p = best["properties"].toObject();
    QJsonArray clauses, targets;
    std::string text = p["name_zh"].toString().toStdString() + "  " + p["name_en"].toString().toStdString() + "  [" +
                       p["id"].toString().toStdString() + "]\n";
    for (const char* f : {"layer", "kind", "status", "accuracy", "note", "source"})
        if (p.contains(f)) text += std::string("  ") + f + ": " + p[f].toString().toStdString() + "\n";
    text += "  geometry: " + best["geometry"].toObject()["type"].toString().toStdString() + " in " + bestFile.toStdString() + "\n";
    for (const QJsonValue& c : p["clauses"].toArray()) {
        const std::string id = c.toString().toStdString();
        std::string body;
        if (const Clause* cl = plan->findClause(id)) body = cl->text;
        else if (const Box* b = plan->findBox(id)) body = "专栏" + std::to_string(b->number) + "  " + b->title;
        else if (const TableRow* r = plan->findRow(id))
            for (const auto& cell : r->cells) body += (body.empty() ? "" : " | ") + cell;
        clauses.append(QJsonObject{{"id", q(id)}, {"path", q(plan->pathOf(id))}, {"text", q(body)}});
        text += "\n" + plan->pathOf(id) + "  [" + id + "]\n" + body + "\n";
    }
    for (const QJsonValue& t : p["targets"].toArray()) {
        if (const Target* tg = plan->findTarget(t.toString().toStdString())) {
            QJsonObject o = targetToJson(*tg);
            o["path"] = q(plan->pathOf(tg->source));
            targets.append(o);
            text += "\ntarget [" + tg->id + "] " + tg->metric + ": " + tg->comparator + " " + tg->target.text + " " + tg->unit +
                    (tg->target.year ? " by " + std::to_string(*tg->target.year) : "") + "  (" + plan->pathOf(tg->source) + ")\n";
        }
    }
    if (json) {
        QJsonObject o{{"feature", best}, {"file", bestFile}, {"clauses", clauses}, {"targets", targets}};
        out(QJsonDocument(o).toJson(QJsonDocument::Indented).toStdString());
    } else {
        out(text);
    }
    return 0;
}

}  // namespace pa
