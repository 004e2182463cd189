#pragma once
// The pole of inaccessibility of a polygon: the interior point farthest from its edges, where an
// area's label reads best (a centroid can fall outside a bent zone). Grid refinement after
// Garcia-Castellanos and Lombardo (2007), as in Mapbox's polylabel.
#include <vector>

#include "core/geometry.h"

namespace pa {

// `rings`: the outer ring then holes, each a closed or open vertex list. Returns the point and, in
// `distance`, its distance to the nearest edge. `precision` in the polygon's units.
Vec2d poleOfInaccessibility(const std::vector<std::vector<Vec2d>>& rings, double precision, double* distance = nullptr);

}  // namespace pa
