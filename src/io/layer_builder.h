#pragma once
// Converts OGR geometries into a Layer's flat arrays, triangulating polygons on the way. Every
// polygon is checked before it is drawn: one that encloses nothing (zero area, a ring of one
// repeated point, holes covering the shell) is refused; one GEOS finds invalid (a self-intersection,
// a spike, a hole outside its shell, overlapping parts of a multipolygon) is repaired with GEOS
// MakeValid. Both are counted by reason, so the reader can say which happened to what.
#include <map>
#include <utility>
#include <string>

#include "core/layer.h"

typedef void* OGRGeometryH;
typedef struct GEOSContextHandle_HS* GEOSContextHandle_t;

namespace pa {

struct PolygonIssue {
    std::size_t count = 0;
    std::string firstId;  // the first feature it happened to
    Vec2d where{};        // and where, in the layer's CRS (GEOS's location), when known
    bool haveWhere = false;
};

struct BuildStats {
    std::map<std::string, PolygonIssue> repaired;  // by GEOS's reason ("Self-intersection", "overlapping parts"…)
    std::map<std::string, PolygonIssue> refused;   // by our reason ("zero area", "its holes cover it")
    std::size_t unclosedRings = 0;  // rings whose last vertex did not repeat the first
    std::size_t repairedTotal() const;
};

// An edge of a polygon being checked, its box, and where it is in its ring.
struct PolygonEdge {
    Vec2d a, b;
    double minX, maxX, minY, maxY;
    std::uint32_t ring, index;
};

class LayerBuilder {
public:
    explicit LayerBuilder(Layer& layer);
    ~LayerBuilder();
    LayerBuilder(const LayerBuilder&) = delete;
    LayerBuilder& operator=(const LayerBuilder&) = delete;
    // Appends the geometry's parts to the feature being built. Returns false when nothing usable
    // came of it.
    bool addGeometry(OGRGeometryH g);
    // A polygon or multipolygon given as flat arrays, as a reader parses it: ring r is
    // pts[ringEnds[r-1], ringEnds[r]), polygon k is rings [polygonEnds[k-1], polygonEnds[k]). The same
    // as addGeometry on the OGR geometry of those rings (a multipolygon when `multi`), which is made
    // only when a repair or GEOS's verdict on overlapping parts needs it.
    bool addPolygons(const std::vector<Vec2d>& pts, const std::vector<std::uint32_t>& ringEnds,
                     const std::vector<std::uint32_t>& polygonEnds, bool multi);
    const BuildStats& stats() const { return stats_; }
    // Whether polygons keep their triangles (ReadOptions::triangles).
    void keepTriangles(bool keep) { keepTriangles_ = keep; }

private:
    bool addPolygon(OGRGeometryH poly, bool validate);
    // addPolygon's work on rings that `ring(r)` puts into scratch_ (false: a point is not finite);
    // `geometry()` is the OGR polygon, asked for only when it must be repaired.
    template <class Ring, class Geometry>
    bool addPolygonFrom(int rings, Ring ring, Geometry geometry, bool validate);
    bool addMultiPolygon(OGRGeometryH multi);
    // addMultiPolygon's work on `count` polygons that addOne(i) adds; `geometry()` as above.
    template <class AddOne, class Geometry>
    bool addMultiPolygonFrom(int count, AddOne addOne, Geometry geometry);
    bool ringFromPoints(const Vec2d* pts, std::size_t n);
    bool addLine(OGRGeometryH line);
    bool addPoint(OGRGeometryH point);
    bool readPoints(OGRGeometryH curve, bool ring);
    // GEOS's verdict on the part just added; empty when valid.
    std::string invalidity(const Part& part, Vec2d& where, bool& haveWhere);
    bool repair(OGRGeometryH g, const std::string& reason, Vec2d where, bool haveWhere);
    void note(std::map<std::string, PolygonIssue>& m, const std::string& reason, Vec2d where = {}, bool haveWhere = false);

    Layer& layer_;
    BuildStats stats_;
    bool keepTriangles_ = true;
    std::vector<Vec2d> scratch_;
    GEOSContextHandle_t geos_ = nullptr;
    bool coveredByHoles_ = false;
    std::vector<PolygonEdge> edges_;  // scratch for the quick validity test
    std::vector<std::uint32_t> ringEdges_;
    std::vector<std::pair<double, std::uint32_t>> edgesByLeft_;  // edges in order of their left ends
};

}  // namespace pa
