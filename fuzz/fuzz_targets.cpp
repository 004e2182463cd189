#include "fuzz_targets.h"

#include <QByteArray>

#include <cpl_error.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <string>

#include "core/arguments.h"
#include "core/chinese_datums.h"
#include "core/json_scan.h"
#include "core/triangulator.h"
#include "io/crs.h"
#include "io/ogr_reader.h"
#include "plan/plan_import.h"
#include "io/style_loader.h"
#include "document/tour_file.h"

namespace pa::fuzz {

namespace {

// An invariant broken is a crash for the fuzzer to keep.
void require(bool ok, const char* what) {
    if (!ok) {
        std::fprintf(stderr, "fuzz invariant broken: %s\n", what);
        std::abort();
    }
}

void quiet() {
    static bool done = false;
    if (!done) CPLSetErrorHandler(CPLQuietErrorHandler);
    done = true;
}

int vectorReader(const std::uint8_t* d, std::size_t n) {
    quiet();
    if (n < 1) return 0;
    static const char* kNames[] = {"f.geojson", "f.json", "f.csv", "f.kml", "f.gml", "f.gpkg", "f.fgb", "f.topojson", "f.geojsons", "f"};
    const std::string name = kNames[d[0] % (sizeof kNames / sizeof kNames[0])];
    const ReadResult r = readVectorBytes(std::string(reinterpret_cast<const char*>(d + 1), n - 1), name);
    for (const Layer& l : r.layers) {
        for (std::uint32_t t : l.triangles) require(t < l.vertices.size(), "a triangle index past the vertices");
        for (const Part& p : l.parts) require(p.firstRing + p.ringCount <= l.ringCount(), "a part's rings past the rings");
        for (const Vec2d& v : l.vertices) require(std::isfinite(v.x) && std::isfinite(v.y), "a non-finite vertex kept");
    }
    for (const Diagnostic& m : r.messages) require(!m.text.empty(), "an empty message");
    return 0;
}

int jsonScan(const std::uint8_t* d, std::size_t n) {
    const JsonScanResult r = scanGeoJson(reinterpret_cast<const char*>(d), n);
    require(r.offset <= n, "a problem offset past the end");
    require(r.ok() || r.line >= 1, "a problem without a line");
    return 0;
}

int planImport(const std::uint8_t* d, std::size_t n) {
    const PlanImportResult r = importPlanText(QByteArray(reinterpret_cast<const char*>(d), qsizetype(n)), "fuzz.txt");
    require(r.ok || !r.errors.empty(), "a refusal without a reason");
    return 0;
}

int style(const std::uint8_t* d, std::size_t n) {
    Diagnostics m;
    const StyleSheet s = loadStyleSheetFromBytes(QByteArray(reinterpret_cast<const char*>(d), qsizetype(n)), "fuzz.json", m);
    for (const StyleRule& r : s.rules) (void)r;
    return 0;
}

int project(const std::uint8_t* d, std::size_t n) {
    const auto read = readTourBytes(QByteArray(reinterpret_cast<const char*>(d), qsizetype(n)), "fuzz.json");
    require(read || !read.why().empty(), "a refusal without a reason");
    if (!read) return 0;
    require(!read->empty(), "a project without a tour read as one");
    for (const Tour& t : *read)
        for (const Slide& s : t.slides)
            require(s.extentLonLat.minX < s.extentLonLat.maxX && s.extentLonLat.minY < s.extentLonLat.maxY &&
                        s.extentLonLat.minX >= -180 && s.extentLonLat.maxY <= 90,
                    "a slide extent that is not a lon/lat box");
    return 0;
}

int arguments(const std::uint8_t* d, std::size_t n) {
    // Lines: the first a CRS, the others numbers, sizes and boxes.
    std::vector<std::string> lines(1);
    for (std::size_t i = 0; i < n && lines.size() < 16; ++i) {
        if (d[i] == '\n') lines.emplace_back();
        else lines.back() += char(d[i]);
    }
    std::vector<double> numbers;
    for (const std::string& l : lines) {
        double v = 0;
        if (parseDecimal(l, v)) {
            require(std::isfinite(v), "a non-finite number accepted");
            numbers.push_back(v);
        }
        long long k = 0;
        if (parseInteger(l, -1000000, 1000000, k)) require(k >= -1000000 && k <= 1000000, "an integer out of its range");
        int w = 0, h = 0;
        if (parseSize(l, 1, 16384, w, h)) require(w >= 1 && h >= 1 && w <= 16384 && h <= 16384, "a size out of its range");
        double box[4];
        std::string why;
        if (!parseLonLatBox(l, box)) require(box[0] < box[2] && box[1] < box[3] && box[0] >= -180 && box[3] <= 90, "a bad box");
        chineseDatumFromName(l);
    }
    const std::string& crs = lines[0];
    if (crs.size() > 2000) return 0;  // PROJ's parse of a long definition is slow, not wrong
    CrsInfo info;
    if (!describeCrs(crs, &info) && numbers.size() >= 2) {
        if (const Outcome<Vec2d> ll = pointToLonLat(crs, {numbers[0], numbers[1]}))
            require(std::isfinite(ll->x) && std::isfinite(ll->y) && std::fabs(ll->y) <= 90.0001, "a place off the Earth");
    }
    return 0;
}

int triangulator(const std::uint8_t* d, std::size_t n) {
    if (n < 2) return 0;
    // Byte 0: rings (1-4); then ring sizes; then int16 pairs as coordinates on a small grid, so that
    // collinear, repeated and touching vertices are common.
    const std::size_t rings = 1 + d[0] % 4;
    std::size_t at = 1;
    std::vector<std::size_t> sizes;
    for (std::size_t r = 0; r < rings && at < n; ++r) sizes.push_back(3 + d[at++] % 61);
    std::vector<Vec2d> verts;
    std::vector<RingView> views;
    for (std::size_t s : sizes) {
        RingView v;
        v.begin = std::uint32_t(verts.size());
        for (std::size_t k = 0; k < s; ++k) {
            if (at + 4 > n) break;
            const std::int16_t x = std::int16_t(d[at] | (d[at + 1] << 8)), y = std::int16_t(d[at + 2] | (d[at + 3] << 8));
            at += 4;
            verts.push_back({x / 64.0, y / 64.0});
        }
        if (verts.size() - v.begin < 3) {
            verts.resize(v.begin);
            break;
        }
        verts.push_back(verts[v.begin]);
        v.end = std::uint32_t(verts.size());
        views.push_back(v);
    }
    if (views.empty()) return 0;
    std::vector<std::uint32_t> tris;
    const TriangulationResult r = triangulatePolygon(verts, views.data(), views.size(), tris);
    require(tris.size() % 3 == 0, "a partial triangle");
    require(r.triangles * 3 == tris.size(), "a miscounted triangle");
    for (std::uint32_t t : tris) require(t < verts.size(), "a triangle index past the vertices");
    return 0;
}

}  // namespace

const std::vector<Target>& targets() {
    static const std::vector<Target> t = {{"vector_reader", vectorReader}, {"json_scan", jsonScan},
                                          {"plan_import", planImport},     {"style", style},
                                          {"project", project},            {"arguments", arguments},
                                          {"triangulator", triangulator}};
    return t;
}

const Target* find(const char* name) {
    for (const Target& t : targets())
        if (std::strcmp(t.name, name) == 0) return &t;
    return nullptr;
}

}  // namespace pa::fuzz
