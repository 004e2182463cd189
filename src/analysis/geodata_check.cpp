#include "analysis/geodata_check.h"

#include <QFileInfo>
#include <QList>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

#include <set>

#include "core/text.h"
#include "io/input_file.h"

namespace pa {

namespace {

// reference: traced from reference data; located: placed from known positions (lines within 300 m,
// points within 100 m); approximate: placed from a named place or a remembered course, uncertain beyond
// that (the feature's note says how); schematic: a concept the plan only describes.
const QStringList kAccuracy = {"reference", "located", "approximate", "schematic"};
const QStringList kStatus = {"existing", "under construction", "planned", "under study"};
const QStringList kRequired = {"id", "name_zh", "name_en", "layer", "kind", "source", "accuracy"};

class FileChecker {
public:
    FileChecker(const std::string& file, const Plan& plan, std::set<std::string>& ids, GeodataReport& report)
        : file_(file), plan_(plan), ids_(ids), report_(report) {}

    void run(std::set<std::pair<std::string, std::string>>& names) {
        QByteArray bytes;
        std::string why;
        if (const Problem read = readTextInput(file_, InputLimits::kVectorFile, bytes)) return problem("", read->text);
        QJsonParseError pe;
        const QJsonDocument doc = QJsonDocument::fromJson(bytes, &pe);
        if (doc.isNull()) return problem("", "not valid JSON: " + pe.errorString().toStdString() + " at byte " + std::to_string(pe.offset));
        const QJsonObject root = doc.object();
        if (root["type"].toString() != "FeatureCollection") return problem("", "not a GeoJSON FeatureCollection");
        if (root.contains("crs")) problem("", "has a 'crs' member: RFC 7946 GeoJSON is WGS 84 lon/lat without one");
        GeodataLayerCount count;
        count.file = QFileInfo(QString::fromStdString(file_)).fileName().toStdString();
        const QJsonArray features = root["features"].toArray();
        if (features.isEmpty()) problem("", "has no features");
        for (const QJsonValue& v : features) {
            const QJsonObject feat = v.toObject();
            const QJsonObject props = feat["properties"].toObject();
            const std::string id = props["id"].toString().toStdString();
            checkProperties(id, props);
            checkGeometry(id, feat["geometry"].toObject());
            names.insert({props["layer"].toString().toStdString(), props["name_zh"].toString().toStdString()});
            count.features++;
            count.kinds[props["kind"].toString().toStdString()]++;
            count.accuracy[props["accuracy"].toString().toStdString()]++;
        }
        report_.layers.push_back(std::move(count));
    }

private:
    void problem(const std::string& id, const std::string& text) { report_.problems.push_back({file_, id, text}); }

    void checkProperties(const std::string& id, const QJsonObject& p) {
        for (const QString& key : kRequired)
            if (p[key].toString().trimmed().isEmpty()) problem(id, "property '" + key.toStdString() + "' is missing or empty");
        if (!id.empty() && !ids_.insert(id).second) problem(id, "id is not unique");
        if (p.contains("accuracy") && !kAccuracy.contains(p["accuracy"].toString()))
            problem(id, "accuracy '" + p["accuracy"].toString().toStdString() + "' is not reference, located, approximate or schematic");
        if (p["accuracy"].toString() == "approximate" && p["note"].toString().trimmed().isEmpty())
            problem(id, "an approximate position needs a 'note' saying how it was placed");
        if (p.contains("status") && !kStatus.contains(p["status"].toString()))
            problem(id, "status '" + p["status"].toString().toStdString() + "' is not one the schema knows");
        for (const QJsonValue& c : p["clauses"].toArray()) {
            const std::string ref = c.toString().toStdString();
            if (!plan_.findClause(ref) && !plan_.findBox(ref) && !plan_.findRow(ref))
                problem(id, "clause '" + ref + "' is not in the plan");
        }
        for (const QJsonValue& t : p["targets"].toArray()) {
            const std::string ref = t.toString().toStdString();
            if (!plan_.findTarget(ref)) problem(id, "target '" + ref + "' is not in the plan");
        }
        if (p.contains("clauses") && !p["clauses"].isArray()) problem(id, "'clauses' must be an array of clause IDs");
        if (p.contains("targets") && !p["targets"].isArray()) problem(id, "'targets' must be an array of target IDs");
    }

    bool position(const std::string& id, const QJsonValue& v) {
        const QJsonArray a = v.toArray();
        if (a.size() < 2 || a.size() > 3 || !a[0].isDouble() || !a[1].isDouble()) {
            problem(id, "a position is not [lon, lat]");
            return false;
        }
        const double lon = a[0].toDouble(), lat = a[1].toDouble();
        if (lon < kGuangzhouMinLon || lon > kGuangzhouMaxLon || lat < kGuangzhouMinLat || lat > kGuangzhouMaxLat) {
            problem(id, "position " + std::to_string(lon) + ", " + std::to_string(lat) +
                            " lies outside Guangzhou (or is lat/lon swapped, or not WGS 84)");
            return false;
        }
        return true;
    }

    void line(const std::string& id, const QJsonValue& v, bool ring) {
        const QJsonArray a = v.toArray();
        if (a.size() < (ring ? 4 : 2)) return problem(id, ring ? "a ring has fewer than 4 positions" : "a line has fewer than 2 positions");
        for (const QJsonValue& p : a)
            if (!position(id, p)) return;
        if (ring && a.first().toArray() != a.last().toArray()) problem(id, "a ring is not closed");
    }

    void polygon(const std::string& id, const QJsonValue& v) {
        const QJsonArray rings = v.toArray();
        if (rings.isEmpty()) return problem(id, "a polygon has no rings");
        for (const QJsonValue& r : rings) line(id, r, true);
    }

    void checkGeometry(const std::string& id, const QJsonObject& g) {
        const QString type = g["type"].toString();
        const QJsonValue c = g["coordinates"];
        if (type == "Point") position(id, c);
        else if (type == "MultiPoint") for (const QJsonValue& p : c.toArray()) position(id, p);
        else if (type == "LineString") line(id, c, false);
        else if (type == "MultiLineString") for (const QJsonValue& l : c.toArray()) line(id, l, false);
        else if (type == "Polygon") polygon(id, c);
        else if (type == "MultiPolygon") for (const QJsonValue& p : c.toArray()) polygon(id, p);
        else problem(id, "geometry type '" + type.toStdString() + "' is not one the map draws");
    }

    std::string file_;
    const Plan& plan_;
    std::set<std::string>& ids_;
    GeodataReport& report_;
};

}  // namespace

Outcome<std::vector<ChecklistItem>> readChecklist(const std::string& path) {
    std::vector<ChecklistItem> out;
    QByteArray bytes;
    auto fail = [&](const std::string& w) -> Outcome<std::vector<ChecklistItem>> { return Diagnostic::error(path, w); };
    if (const Problem read = readTextInput(path, InputLimits::kChecklist, bytes)) return fail(read->text);
    if (!isValidUtf8(bytes.toStdString())) return fail("not UTF-8 text: a checklist is UTF-8, one GROUP<TAB>NAME[<TAB>REASON] per line");
    const QList<QByteArray> lines = bytes.split('\n');
    for (qsizetype n = 0; n < lines.size(); ++n) {
        const QString l = QString::fromUtf8(lines[n]).trimmed();
        if (l.isEmpty() || l.startsWith('#')) continue;
        const QStringList parts = l.split('\t');
        if (parts.size() < 2 || parts.size() > 3 || parts[0].trimmed().isEmpty() || parts[1].trimmed().isEmpty())
            return fail("line " + std::to_string(n + 1) + " is not GROUP<TAB>NAME[<TAB>REASON]: '" +
                        l.left(60).toStdString() + "'");
        out.push_back({parts[0].trimmed().toStdString(), parts[1].trimmed().toStdString(),
                       parts.size() >= 3 ? parts[2].trimmed().toStdString() : std::string()});
    }
    if (out.empty()) return fail("the checklist names no element (one GROUP<TAB>NAME[<TAB>REASON] per line)");
    return out;
}

GeodataReport checkGeodata(const std::vector<std::string>& files, const Plan& plan,
                           const std::vector<ChecklistItem>& checklist) {
    GeodataReport report;
    std::set<std::string> ids;
    std::set<std::pair<std::string, std::string>> names;  // (layer, name_zh)
    for (const std::string& f : files) FileChecker(f, plan, ids, report).run(names);
    report.checklistItems = checklist.size();
    for (const ChecklistItem& item : checklist) {
        const bool present = names.count({item.group, item.name}) > 0;
        if (!item.notMappedBecause.empty()) {
            if (present) report.problems.push_back({"", item.name, "is mapped but the checklist says it cannot be: " + item.notMappedBecause});
            else report.notMapped.push_back(item);
        } else if (!present) {
            report.missing.push_back(item);
        }
    }
    return report;
}

}  // namespace pa
