#pragma once
// Polygon triangulation by ear clipping with hole bridging, z-order acceleration for large rings,
// and recovery passes for touching rings, collinear and duplicate vertices (the approach of
// Mapbox's earcut, written for our vertex store; Debian ships no C++ package of it).
#include <cstdint>
#include <vector>

#include "core/geometry.h"

namespace pa {

struct RingView {
    std::uint32_t begin = 0;  // index of the first vertex in the shared vertex array
    std::uint32_t end = 0;    // one past the last vertex; a repeated closing vertex is tolerated
};

struct TriangulationResult {
    double polygonArea = 0.0;    // outer ring minus holes
    double triangleArea = 0.0;   // sum of emitted triangle areas
    std::size_t triangles = 0;
    // Triangles exactly cover the polygon: false for self-intersecting input, which callers repair.
    bool consistent = true;
};

// Appends counter-clockwise triangles (three vertex indices each) to `out`. rings[0] is the outer
// ring; any further rings are holes. Ring orientation in the input does not matter.
TriangulationResult triangulatePolygon(const std::vector<Vec2d>& vertices, const RingView* rings,
                                       std::size_t ringCount, std::vector<std::uint32_t>& out);


}  // namespace pa
