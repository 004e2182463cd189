#include "io/postgis_view.h"

#include <cpl_conv.h>
#include <cpl_error.h>
#include <gdal.h>
#include <ogr_api.h>
#include <ogr_srs_api.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <mutex>
#include <vector>

#include "core/text.h"
#include "core/vector_source.h"
#include "io/crs.h"
#include "io/gdal_support.h"
#include "io/layer_finish.h"
#include "io/postgis.h"
#include "io/reprojection.h"

namespace pa {

namespace {

// "schema"."table" from GDAL's layer name (schema.table, or table in the search path).
std::string quotedTable(const std::string& name) {
    std::string out;
    std::size_t start = 0;
    for (;;) {
        const std::size_t dot = name.find('.', start);
        out += sqlIdentifier(name.substr(start, dot == std::string::npos ? std::string::npos : dot - start));
        if (dot == std::string::npos) return out;
        out += ".";
        start = dot + 1;
    }
}

// A string literal; standard_conforming_strings is on in every supported PostgreSQL, so only ' doubles.
std::string quotedText(const std::string& text) {
    std::string q = "'";
    for (char c : text) {
        if (c == '\0') continue;
        q += c == '\'' ? std::string("''") : std::string(1, c);
    }
    return q + "'";
}

std::string number(double v) {
    char buf[40];
    std::snprintf(buf, sizeof buf, "%.17g", v);
    return buf;
}

struct TableInfo {
    std::string connection;  // with the password: used to connect, never shown
    std::string shown;       // redacted
    std::string name;        // GDAL's layer name
    std::string table;       // quoted
    std::string geometry, fid;  // quoted columns
    std::vector<std::string> fields;  // quoted
    std::vector<std::string> nameFields;  // quoted, in featureName's order
    std::string srid;
    std::string crsWkt, crsName;
    Bounds extent;  // source CRS
    std::int64_t rows = 0;
};

class PostgisViewSource : public VectorSource {
public:
    explicit PostgisViewSource(TableInfo info) : t_(std::move(info)) {}
    ~PostgisViewSource() override {
        for (GDALDatasetH ds : idle_) GDALClose(ds);
    }

    Outcome<VectorTile> readTile(const TileRequest& q, const std::atomic<bool>* cancel) const override {
        auto to = CrsTransform::create(t_.crsWkt, q.crs);
        if (!to) return Diagnostic::error(t_.shown, to.why());
        const Bounds box = to->inverseBox(q.extent, 8);
        if (box.isEmpty()) return VectorTile{};
        // Half a tile pixel: the outline moves by under a pixel, as any renderer's snapping would.
        const double tolerance = 0.5 * std::max(box.width() / std::max(1, q.width), box.height() / std::max(1, q.height));
        const std::string sql = "SELECT " + t_.fid + " AS ogc_fid" + fieldList() + ", ST_SimplifyPreserveTopology(" +
                                t_.geometry + ", " + number(tolerance) + ") AS geom FROM " + t_.table + " WHERE " +
                                t_.geometry + " && " + envelope(box) + " ORDER BY ST_Area(" + t_.geometry +
                                ") DESC LIMIT " + std::to_string(kTileFeatures);
        Outcome<Layer> l = query(sql, q.crs, cancel);
        if (!l) return l.problem();
        VectorTile tile;
        tile.layer = l.take();
        tile.thinned = tile.layer.features.size() >= kTileFeatures;
        return tile;
    }

    Bounds extentIn(const std::string& crs) const override {
        auto to = CrsTransform::create(t_.crsWkt, crs);
        return to ? to->forwardBox(t_.extent) : Bounds{};
    }

    std::string summary() const override {
        return "PostGIS " + t_.name + ", " + std::to_string(t_.rows) + " rows, read by view";
    }

    Outcome<Layer> featuresNear(Vec2d at, double radius, const std::string& crs, std::size_t limit) const override {
        auto to = CrsTransform::create(t_.crsWkt, crs);
        if (!to) return Diagnostic::error(t_.shown, to.why());
        Bounds around;
        around.extend({at.x - radius, at.y - radius});
        around.extend({at.x + radius, at.y + radius});
        const Bounds box = to->inverseBox(around, 8);
        if (box.isEmpty()) return Layer{};
        const std::string env = envelope(box);
        return query("SELECT " + t_.fid + " AS ogc_fid" + fieldList() + ", " + t_.geometry + " AS geom FROM " + t_.table +
                         " WHERE " + t_.geometry + " && " + env + " AND ST_Intersects(" + t_.geometry + ", " + env +
                         ") ORDER BY ST_Distance(" + t_.geometry + ", ST_Centroid(" + env + ")), ST_Area(" + t_.geometry +
                         ") LIMIT " + std::to_string(limit),
                     crs, nullptr);
    }

    Outcome<Layer> featuresNamed(const std::string& text, const std::string& crs, std::size_t limit) const override {
        if (t_.nameFields.empty() || text.empty()) return Layer{};
        std::string where, shortest;
        for (const std::string& f : t_.nameFields) {
            where += (where.empty() ? "" : " OR ") + std::string("strpos(lower(") + f + "::text), lower(" + quotedText(text) + ")) > 0";
            shortest += (shortest.empty() ? "" : ", ") + std::string("length(") + f + "::text)";
        }
        const std::string order = t_.nameFields.size() == 1 ? shortest : "LEAST(" + shortest + ")";
        return query("SELECT " + t_.fid + " AS ogc_fid" + fieldList() + ", " + t_.geometry + " AS geom FROM " + t_.table +
                         " WHERE " + where + " ORDER BY " + order + " LIMIT " + std::to_string(limit),
                     crs, nullptr);
    }

private:
    std::string fieldList() const {
        std::string s;
        for (const std::string& f : t_.fields) s += ", " + f;
        return s;
    }
    std::string envelope(const Bounds& b) const {
        return "ST_MakeEnvelope(" + number(b.minX) + ", " + number(b.minY) + ", " + number(b.maxX) + ", " + number(b.maxY) +
               ", " + t_.srid + ")";
    }

    GDALDatasetH take() const {
        {
            std::lock_guard<std::mutex> lock(mutex_);
            if (!idle_.empty()) {
                GDALDatasetH ds = idle_.back();
                idle_.pop_back();
                return ds;
            }
        }
        return GDALOpenEx(t_.connection.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, nullptr, nullptr);
    }
    void give(GDALDatasetH ds) const {
        std::lock_guard<std::mutex> lock(mutex_);
        if (idle_.size() < 4) idle_.push_back(ds);
        else GDALClose(ds);
    }

    // The query's rows as a layer in `crs`, named as the table.
    Outcome<Layer> query(const std::string& sql, const std::string& crs, const std::atomic<bool>* cancel) const {
        if (cancel && *cancel) return Diagnostic::error(t_.shown, "cancelled");
        GdalErrors capture;
        GDALDatasetH ds = take();
        if (!ds) return Diagnostic::error(t_.shown, "cannot connect to PostGIS: " + redactConnection(capture.lastError()));
        OGRLayerH result = GDALDatasetExecuteSQL(ds, sql.c_str(), nullptr, nullptr);
        if (!result) {
            const std::string why = redactConnection(capture.lastError());
            // A connection the server dropped (restarted, timed out) is not given back.
            GDALClose(ds);
            return Diagnostic::error(t_.shown, "the query failed: " + (why.empty() ? std::string("no reason given") : why));
        }
        ReadOptions options;
        options.cancel = cancel;
        options.allowEmpty = true;
        ReadResult r;
        readOgrLayer(result, t_.shown, false, false, options, r);
        GDALDatasetReleaseResultSet(ds, result);
        give(ds);
        if (r.cancelled) return Diagnostic::error(t_.shown, "cancelled");
        for (const Diagnostic& d : r.messages)
            if (d.severity == Diagnostic::Severity::Error) return d;
        Layer l;
        if (!r.layers.empty()) l = std::move(r.layers.front());
        l.name = t_.name;
        l.sourcePath = t_.shown;
        l.sourceCrs = t_.crsWkt;
        l.sourceCrsName = t_.crsName;
        Diagnostics messages;
        if (!l.vertices.empty() && !reprojectLayer(l, crs, messages))
            return messages.empty() ? Diagnostic::error(t_.shown, "cannot be shown in " + crs) : messages.front();
        return l;
    }

    TableInfo t_;
    mutable std::mutex mutex_;
    mutable std::vector<GDALDatasetH> idle_;
};

std::int64_t firstInteger(GDALDatasetH ds, const std::string& sql) {
    OGRLayerH r = GDALDatasetExecuteSQL(ds, sql.c_str(), nullptr, nullptr);
    if (!r) return -1;
    std::int64_t v = -1;
    if (OGRFeatureH f = OGR_L_GetNextFeature(r)) {
        if (OGR_F_IsFieldSetAndNotNull(f, 0)) v = OGR_F_GetFieldAsInteger64(f, 0);
        OGR_F_Destroy(f);
    }
    GDALDatasetReleaseResultSet(ds, r);
    return v;
}

}  // namespace

Outcome<std::optional<Layer>> openPostgisByView(const std::string& connection, std::int64_t wholeRows) {
    if (connection.rfind("PG:", 0) != 0 || connection.find("tables=") == std::string::npos) return std::optional<Layer>{};
    registerGdal();
    GdalErrors capture;
    TableInfo t;
    t.connection = connection;
    t.shown = redactConnection(connection);
    GDALDatasetH ds = GDALOpenEx(connection.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, nullptr, nullptr);
    if (!ds) return Diagnostic::error(t.shown, "cannot connect to PostGIS: " + redactConnection(capture.lastError()));
    struct Close {
        GDALDatasetH ds;
        ~Close() { GDALClose(ds); }
    } closer{ds};
    if (GDALDatasetGetLayerCount(ds) != 1) return std::optional<Layer>{};
    OGRLayerH ogr = GDALDatasetGetLayer(ds, 0);
    const char* geom = OGR_L_GetGeometryColumn(ogr);
    const char* fid = OGR_L_GetFIDColumn(ogr);
    // A view without a key column cannot be read in tiles: the same feature in two tiles must be known
    // as one. Read whole instead.
    if (!geom || !*geom || !fid || !*fid) return std::optional<Layer>{};
    t.name = OGR_L_GetName(ogr);
    t.table = quotedTable(t.name);
    t.geometry = sqlIdentifier(geom);
    t.fid = sqlIdentifier(fid);
    t.rows = firstInteger(ds, "SELECT reltuples::bigint FROM pg_class WHERE oid = to_regclass(" + quotedText(t.table) + ")");
    if (t.rows <= wholeRows) return std::optional<Layer>{};
    OGRFeatureDefnH defn = OGR_L_GetLayerDefn(ogr);
    static const char* const kNames[] = {"name_en", "name_zh", "name", "名称", "项目名称", "NAME", "Name", "xmmc"};
    for (const char* n : kNames)
        for (int i = 0; i < OGR_FD_GetFieldCount(defn); ++i)
            if (std::string(OGR_Fld_GetNameRef(OGR_FD_GetFieldDefn(defn, i))) == n) t.nameFields.push_back(sqlIdentifier(n));
    for (int i = 0; i < OGR_FD_GetFieldCount(defn); ++i) t.fields.push_back(sqlIdentifier(OGR_Fld_GetNameRef(OGR_FD_GetFieldDefn(defn, i))));
    const std::int64_t srid = firstInteger(ds, "SELECT ST_SRID(" + t.geometry + ") FROM " + t.table + " LIMIT 1");
    t.srid = std::to_string(std::max<std::int64_t>(0, srid));
    OGRSpatialReferenceH srs = OGR_L_GetSpatialRef(ogr);
    if (!srs) return Diagnostic::error(t.shown, "table '" + t.name + "' has no CRS (its geometry column has SRID 0): give it one with UpdateGeometrySRID");
    char* wkt = nullptr;
    const char* wktOptions[] = {"FORMAT=WKT2_2019", nullptr};
    OSRExportToWktEx(srs, &wkt, wktOptions);
    t.crsWkt = wkt ? wkt : "";
    CPLFree(wkt);
    t.crsName = OSRGetName(srs) ? OSRGetName(srs) : "";
    OGREnvelope e;
    if (OGR_L_GetExtent(ogr, &e, TRUE) != OGRERR_NONE)
        return Diagnostic::error(t.shown, "cannot read the extent of table '" + t.name + "': " + redactConnection(capture.lastError()));
    t.extent.extend({e.MinX, e.MinY});
    t.extent.extend({e.MaxX, e.MaxY});

    Layer layer;
    layer.name = t.name;
    layer.sourcePath = t.shown;
    layer.sourceCrs = t.crsWkt;
    layer.sourceCrsName = t.crsName;
    layer.viewSource = std::make_shared<const PostgisViewSource>(std::move(t));
    return std::optional<Layer>{std::move(layer)};
}

}  // namespace pa
