#include "analysis/project_check.h"

#include <QFileInfo>

#include <cpl_vsi.h>
#include <gdal.h>
#include <ogr_api.h>
#include <ogr_srs_api.h>

#include <atomic>
#include <cmath>
#include <cstdio>
#include <set>

#include "core/picking.h"
#include "io/crs.h"
#include "analysis/locate.h"
#include "io/output_file.h"

namespace pa {

namespace {

const std::set<std::string> kZoneKinds = {"zone", "sub-zone", "belt", "carrier"};

std::string join(const std::vector<std::string>& v, const char* sep) {
    std::string s;
    for (const std::string& x : v) s += (s.empty() ? "" : sep) + x;
    return s;
}

std::string csvField(const std::string& s) {
    if (s.find_first_of(",\"\n") == std::string::npos) return s;
    std::string q = "\"";
    for (char c : s) q += c == '"' ? std::string("\"\"") : std::string(1, c);
    return q + "\"";
}


}  // namespace

std::string projectName(const Feature& f) {
    const std::string n = featureName(f);
    return n.empty() ? f.id : n;
}

Outcome<std::vector<ProjectRow>> checkProjects(const MapDocument& plan, const Layer& projects,
                                               const std::function<void(std::size_t, std::size_t)>& progress) {
    std::vector<ProjectRow> rows;
    auto toWgs = CrsTransform::create(plan.displayCrs(), "OGC:CRS84");
    if (!toWgs) return toWgs.problem();
    if (projects.projected.size() != projects.vertices.size())
        return Diagnostic::error(projects.sourcePath, "the projects have no coordinates in " + plan.displayCrs());
    for (std::uint32_t fi = 0; fi < projects.features.size(); ++fi) {
        if (progress && fi % 1000 == 0 && fi) progress(fi, projects.features.size());
        const Feature& f = projects.features[fi];
        if (f.partCount == 0) continue;
        const Vec2d p = representativePoint(projects, fi);
        ProjectRow row;
        row.feature = fi;
        row.id = f.id;
        row.name = projectName(f);
        row.lonLat = toWgs->forward(p);
        const LocateResult r = locate(plan, row.lonLat, 0, 1);
        std::set<std::string> seen;
        for (const LocateHit& h : r.areas) {
            const Feature& z = plan.feature(h.feature);
            if (!kZoneKinds.count(z.value("kind"))) continue;
            row.zones.push_back(z.value("name_zh"));
            for (const std::string& c : z.list("clauses"))
                if (seen.insert(c).second) row.clauses.push_back(c);
        }
        if (!r.hubs.empty()) row.hub = plan.feature(r.hubs[0].feature).value("name_zh"), row.hubMetres = r.hubs[0].metres;
        if (!r.stations.empty())
            row.station = plan.feature(r.stations[0].feature).value("name_zh"), row.stationMetres = r.stations[0].metres;
        rows.push_back(std::move(row));
    }
    return rows;
}

Problem writeProjectReport(const std::vector<ProjectRow>& rows, const std::string& out, const std::string& input) {
    OutputRules rules;
    rules.inputs = {input};
    rules.extensions = {"csv", "gpkg"};
    rules.format = "a CSV or GeoPackage report";
    if (Problem refused = outputProblem(out, rules)) return refused;
    const QString suffix = QFileInfo(QString::fromStdString(out)).suffix().toLower();
    if (suffix == "csv") {
        std::string s = "\xEF\xBB\xBF";  // UTF-8 byte-order mark: spreadsheet programs then read the Chinese right
        s += "id,name,lon,lat,zones,nearest_hub,hub_distance_m,nearest_station,station_distance_m,plan_clauses\n";
        for (const ProjectRow& r : rows) {
            char num[128];
            std::snprintf(num, sizeof num, "%.7f,%.7f", r.lonLat.x, r.lonLat.y);
            char hub[32], st[32];
            std::snprintf(hub, sizeof hub, "%.0f", r.hubMetres);
            std::snprintf(st, sizeof st, "%.0f", r.stationMetres);
            s += csvField(r.id) + "," + csvField(r.name) + "," + num + "," + csvField(join(r.zones, ";")) + "," +
                 csvField(r.hub) + "," + hub + "," + csvField(r.station) + "," + st + "," + csvField(join(r.clauses, ";")) + "\n";
        }
        return writeFileAtomically(out, s, rules);
    }
    if (suffix == "gpkg") {
        // GDAL builds the GeoPackage in memory; its bytes then go out atomically like any other output,
        // so no SQLite journal or half-written database is ever left beside the target.
        static std::atomic<unsigned> counter{0};
        const std::string tmp = "/vsimem/planatlas-report-" + std::to_string(counter++) + ".gpkg";
        GDALAllRegister();
        GDALDriverH drv = GDALGetDriverByName("GPKG");
        GDALDatasetH ds = drv ? GDALCreate(drv, tmp.c_str(), 0, 0, 0, GDT_Unknown, nullptr) : nullptr;
        if (!ds) return Diagnostic::error(out, "cannot create " + out + ": " + CPLGetLastErrorMsg());
        OGRSpatialReferenceH wgs = OSRNewSpatialReference(nullptr);
        OSRImportFromEPSG(wgs, 4326);
        OSRSetAxisMappingStrategy(wgs, OAMS_TRADITIONAL_GIS_ORDER);
        OGRLayerH layer = GDALDatasetCreateLayer(ds, "project_check", wgs, wkbPoint, nullptr);
        OSRDestroySpatialReference(wgs);
        bool ok = layer != nullptr;
        const char* textFields[] = {"project_id", "name", "zones", "nearest_hub", "nearest_station", "plan_clauses"};
        for (const char* n : textFields) {
            OGRFieldDefnH fd = OGR_Fld_Create(n, OFTString);
            ok = ok && OGR_L_CreateField(layer, fd, TRUE) == OGRERR_NONE;
            OGR_Fld_Destroy(fd);
        }
        for (const char* n : {"hub_distance_m", "station_distance_m"}) {
            OGRFieldDefnH fd = OGR_Fld_Create(n, OFTReal);
            ok = ok && OGR_L_CreateField(layer, fd, TRUE) == OGRERR_NONE;
            OGR_Fld_Destroy(fd);
        }
        if (ok) ok = OGR_L_StartTransaction(layer) == OGRERR_NONE;
        for (const ProjectRow& r : rows) {
            if (!ok) break;
            OGRFeatureH f = OGR_F_Create(OGR_L_GetLayerDefn(layer));
            OGR_F_SetFieldString(f, 0, r.id.c_str());
            OGR_F_SetFieldString(f, 1, r.name.c_str());
            OGR_F_SetFieldString(f, 2, join(r.zones, ";").c_str());
            OGR_F_SetFieldString(f, 3, r.hub.c_str());
            OGR_F_SetFieldString(f, 4, r.station.c_str());
            OGR_F_SetFieldString(f, 5, join(r.clauses, ";").c_str());
            OGR_F_SetFieldDouble(f, 6, std::round(r.hubMetres));
            OGR_F_SetFieldDouble(f, 7, std::round(r.stationMetres));
            OGRGeometryH g = OGR_G_CreateGeometry(wkbPoint);
            OGR_G_SetPoint_2D(g, 0, r.lonLat.x, r.lonLat.y);
            OGR_F_SetGeometryDirectly(f, g);
            ok = OGR_L_CreateFeature(layer, f) == OGRERR_NONE;
            OGR_F_Destroy(f);
        }
        if (ok) ok = OGR_L_CommitTransaction(layer) == OGRERR_NONE;
        CPLErrorReset();
        GDALClose(ds);  // writes the file out; a failure shows as GDAL's last error
        ok = ok && CPLGetLastErrorType() < CE_Failure;
        if (!ok) {
            Problem p = Diagnostic::error(out, "cannot write the GeoPackage report " + out + " (GDAL: " + CPLGetLastErrorMsg() + ")");
            VSIUnlink(tmp.c_str());
            return p;
        }
        vsi_l_offset size = 0;
        GByte* bytes = VSIGetMemFileBuffer(tmp.c_str(), &size, FALSE);
        const std::string data(reinterpret_cast<const char*>(bytes), std::size_t(size));
        VSIUnlink(tmp.c_str());
        return writeFileAtomically(out, data, rules);
    }
    return Diagnostic::error(out, out + ": the report is CSV or GeoPackage, so its name must end in .csv or .gpkg");
}

}  // namespace pa
