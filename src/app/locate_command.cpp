#include "app/locate_command.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cctype>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <map>

#include "core/arguments.h"
#include "core/chinese_datums.h"
#include "io/crs.h"
#include "io/geodata_paths.h"
#include "analysis/locate.h"
#include "plan/plan_file.h"

namespace pa {

namespace {

QString q(const std::string& s) { return QString::fromStdString(s); }

std::string metres(double m) {
    char buf[64];
    if (m < 1000) std::snprintf(buf, sizeof buf, "%.0f m", m);
    else std::snprintf(buf, sizeof buf, "%.2f km", m / 1000);
    return buf;
}

bool number(const std::string& s, double& v) { return parseDecimal(s, v); }

}  // namespace

int runLocate(const std::vector<std::string>& args) {
    std::string crs = "EPSG:4326";
    double within = 500;
    bool json = false;
    std::vector<double> xy;
    for (std::size_t i = 0; i < args.size(); ++i) {
        double v = 0;
        if (args[i] == "--crs" && i + 1 < args.size()) {
            crs = args[++i];
        } else if (args[i] == "--within" && i + 1 < args.size()) {
            if (!number(args[++i], within) || within < 0 || within > 50000) {
                std::fprintf(stderr, "planatlas locate: --within wants metres between 0 and 50000\n");
                return 2;
            }
        } else if (args[i] == "--json") {
            json = true;
        } else if (number(args[i], v)) {
            xy.push_back(v);
        } else if (!args[i].empty() && args[i][0] == '-' && !(args[i].size() > 1 && (std::isdigit(static_cast<unsigned char>(args[i][1])) || args[i][1] == '.'))) {
            std::fprintf(stderr, "planatlas locate: unknown option %s\n", args[i].c_str());
            return 2;
        } else {
            std::fprintf(stderr, "planatlas locate: '%s' is not a decimal number (write 113.3229, not hex or words)\n",
                         args[i].c_str());
            return 2;
        }
    }
    if (xy.size() != 2) {
        std::fprintf(stderr, "planatlas locate: give LON LAT (or X Y in --crs), e.g. planatlas locate 113.3229 23.1372\n");
        return 2;
    }
    // The point in WGS 84: Chinese web-map coordinates by their own formulas, anything else by PROJ.
    Vec2d lonLat{xy[0], xy[1]};
    const ChineseDatum datum = chineseDatumFromName(crs);
    if (datum != ChineseDatum::None) {
        if (xy[0] < -180 || xy[0] > 180 || xy[1] < -90 || xy[1] > 90) {
            std::fprintf(stderr, "planatlas locate: %.10g %.10g is not a longitude/latitude in %s (longitude within ±180, latitude within ±90)\n",
                         xy[0], xy[1], crs.c_str());
            return 2;
        }
        lonLat = toWgs84(datum, lonLat);
    } else {
        if (const Problem p = describeCrs(crs)) {
            std::fprintf(stderr, "planatlas locate: --crs: %s\n", p->text.c_str());
            return 2;
        }
        const Outcome<Vec2d> place = pointToLonLat(crs, {xy[0], xy[1]});
        if (!place) {
            std::fprintf(stderr, "planatlas locate: %.10g %.10g is not a place in %s: %s\n", xy[0], xy[1], crs.c_str(),
                         place.why().c_str());
            return 2;
        }
        lonLat = *place;
    }
    MapDocument doc;
    std::map<std::string, std::string> groups;
    for (const BundledLayer& l : bundledLayers()) groups[l.path] = l.group;
    doc.setFileGroups(groups);
    doc.setDisplayCrs("EPSG:4547");  // metric, for the geometry work; distances are geodesic anyway
    const Diagnostics d = doc.addFiles(bundledGeodataFiles());
    for (const Diagnostic& m : d) std::fprintf(stderr, "planatlas: %s\n", m.toLine().c_str());
    const auto plan = readPlanFile(bundledPlanPath());
    if (!plan) std::fprintf(stderr, "planatlas: %s: %s\n", bundledPlanPath().c_str(), plan.why().c_str());
    const LocateResult r = locate(doc, lonLat, within);

    auto name = [&](FeatureRef f) { return doc.feature(f).value("name_zh"); };
    auto kind = [&](FeatureRef f) { return doc.feature(f).value("kind"); };
    if (json) {
        auto hits = [&](const std::vector<LocateHit>& v) {
            QJsonArray a;
            for (const LocateHit& h : v)
                a.append(QJsonObject{{"id", q(doc.feature(h.feature).id)}, {"name_zh", q(name(h.feature))},
                                     {"name_en", q(doc.feature(h.feature).value("name_en"))}, {"kind", q(kind(h.feature))},
                                     {"inside", h.inside}, {"metres", std::round(h.metres * 10) / 10}});
            return a;
        };
        QJsonArray clauses, targets;
        for (const std::string& c : r.clauses)
            clauses.append(QJsonObject{{"id", q(c)}, {"path", plan ? q(plan->pathOf(c)) : QString()}});
        for (const std::string& t : r.targets) {
            const Target* tt = plan ? plan->findTarget(t) : nullptr;
            targets.append(QJsonObject{{"id", q(t)}, {"metric", tt ? q(tt->metric) : QString()},
                                       {"target", tt ? q(tt->comparator + " " + tt->target.text + " " + tt->unit) : QString()}});
        }
        QJsonObject o{{"input", QJsonObject{{"x", xy[0]}, {"y", xy[1]}, {"crs", q(crs)}}},
                      {"wgs84", QJsonArray{lonLat.x, lonLat.y}},
                      {"within_metres", within},
                      {"areas", hits(r.areas)},
                      {"corridors", hits(r.corridors)},
                      {"nearest_hubs", hits(r.hubs)},
                      {"nearest_stations", hits(r.stations)},
                      {"nearest_metro_lines", hits(r.metroLines)},
                      {"clauses", clauses},
                      {"targets", targets}};
        std::fputs(QJsonDocument(o).toJson(QJsonDocument::Indented).constData(), stdout);
        return 0;
    }
    std::printf("%.6f, %.6f (WGS 84)", lonLat.x, lonLat.y);
    if (crs != "EPSG:4326") std::printf("  from %g, %g in %s", xy[0], xy[1], crs.c_str());
    std::printf("\n");
    auto list = [&](const char* title, const std::vector<LocateHit>& v) {
        std::printf("%s:\n", title);
        if (v.empty()) std::printf("  (none)\n");
        for (const LocateHit& h : v)
            std::printf("  %s (%s)  %s\n", name(h.feature).c_str(), kind(h.feature).c_str(),
                        h.inside ? "inside" : metres(h.metres).c_str());
    };
    list(("Zones, belts and parks containing it or within " + metres(within)).c_str(), r.areas);
    list(("Corridors and axes within " + metres(within)).c_str(), r.corridors);
    list("Nearest hubs", r.hubs);
    list("Nearest stations", r.stations);
    list("Nearest metro lines", r.metroLines);
    std::printf("Plan clauses (%zu):\n", r.clauses.size());
    for (const std::string& c : r.clauses) std::printf("  %s  %s\n", c.c_str(), plan ? plan->pathOf(c).c_str() : "");
    std::printf("Targets (%zu):\n", r.targets.size());
    for (const std::string& t : r.targets) {
        const Target* tt = plan ? plan->findTarget(t) : nullptr;
        std::printf("  %s  %s %s %s%s\n", t.c_str(), tt ? tt->metric.c_str() : "", tt ? tt->comparator.c_str() : "",
                    tt ? tt->target.text.c_str() : "", tt ? tt->unit.c_str() : "");
    }
    return 0;
}

}  // namespace pa
