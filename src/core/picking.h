#pragma once
// Which features lie under a point of the map: the click and hover tests of the viewer. Works on the
// display-CRS vertices (Layer::projected), so it agrees with what is drawn.
#include <vector>

#include "core/feature_ref.h"
#include "core/layer.h"

namespace pa {

struct PickOptions {
    double tolerance = 0;  // display units: how far from a point or line still counts
};

// Every feature under `at` in `layers` (the shown ones, bottom first), the one a user most likely
// means first: points, then lines (nearest first), then polygons (smallest first); for equal ones
// the layer drawn on top first.
std::vector<FeatureRef> pickFeatures(const std::vector<const Layer*>& layers, Vec2d at, const PickOptions& options);

// A feature's extent in display units.
Bounds featureBounds(const Layer& layer, std::uint32_t feature);

// The one point that stands for a feature (what is checked against the plan, where a pin goes): a
// point itself, a line's middle vertex, a polygon's pole of inaccessibility (inside it, as far from
// its edges as can be), of its first part. Display units.
Vec2d representativePoint(const Layer& layer, std::uint32_t feature);

// Whether `at` lies inside a polygon part (even-odd over its rings) of the feature.
bool featureContains(const Layer& layer, std::uint32_t feature, Vec2d at);

}  // namespace pa
