#pragma once
// Features related to one feature by where they lie: the projects and hubs inside a zone, the hubs
// and stations on a line, the parks on a creek corridor, the zones a point lies in. Only the plan's
// own layers (not user layers) are searched.
#include <optional>
#include <string>
#include <vector>

#include "core/feature_ref.h"
#include "document/map_document.h"

namespace pa {

struct Relation {
    FeatureRef feature;
    std::string how;  // "inside", "on the line", "along the corridor", "contains", "part of"
};

std::vector<Relation> relatedFeatures(const MapDocument& doc, FeatureRef of, std::size_t limit = 60);

// Display-CRS units per metre of ground near a display point, along the meridian (1 for metric
// CRSs, about 1.09 for Web Mercator in Guangzhou, ~1e-5 for lon/lat). Empty where the display CRS
// cannot say (the point is outside it): no scale is better than a wrong one.
std::optional<double> displayUnitsPerMetre(const MapDocument& doc, Vec2d near);

}  // namespace pa
