#pragma once
// Converts OGR geometries into a Layer's flat arrays, triangulating polygons on the way and
// repairing the ones whose triangles do not cover them exactly (self-intersections).
#include <string>

#include "core/layer.h"

typedef void* OGRGeometryH;

namespace pa {

struct BuildStats {
    std::size_t repaired = 0;       // polygons fixed by GEOS MakeValid
    std::size_t unclosedRings = 0;  // rings whose last vertex did not repeat the first
    std::size_t badCoordinates = 0; // NaN or infinite vertices
    std::string firstRepairedId;
};

class LayerBuilder {
public:
    explicit LayerBuilder(Layer& layer) : layer_(layer) {}
    // Appends the geometry's parts to the feature being built. Returns false when nothing usable
    // came of it.
    bool addGeometry(OGRGeometryH g);
    const BuildStats& stats() const { return stats_; }

private:
    bool addPolygon(OGRGeometryH poly, bool allowRepair);
    bool addLine(OGRGeometryH line);
    bool addPoint(OGRGeometryH point);
    bool readPoints(OGRGeometryH curve, bool ring);
    bool repairPolygon(OGRGeometryH poly);

    Layer& layer_;
    BuildStats stats_;
    std::vector<Vec2d> scratch_;
};

}  // namespace pa
