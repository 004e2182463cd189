#pragma once
// What the plan says about a place: the zones, sub-zones, belts, parks and corridors that contain it
// or lie within a distance; the nearest hubs, stations and metro lines with their distances; and the
// plan clauses and targets of everything found. Searches the plan's own layers; distances are
// geodesic on the WGS 84 ellipsoid (PROJ).
#include <string>
#include <vector>

#include "core/feature_ref.h"
#include "document/map_document.h"

namespace pa {

struct LocateHit {
    FeatureRef feature;
    double metres = 0;  // 0 when the place lies inside
    bool inside = false;
};

struct LocateResult {
    Vec2d lonLat;                       // WGS 84
    std::vector<LocateHit> areas;       // containing first, then within the distance, nearest first
    std::vector<LocateHit> corridors;   // axes, creek corridors, the park belt, the green ring within the distance
    std::vector<LocateHit> hubs, stations, metroLines;  // nearest first (three each; lines by line)
    std::vector<std::string> clauses, targets;          // of everything above, in first-seen order
};

LocateResult locate(const MapDocument& doc, Vec2d lonLat, double withinMetres, std::size_t nearest = 3);

// A feature's WGS 84 vertices (from its display-CRS vertices), for distance work.
std::vector<std::vector<Vec2d>> featureLonLatRings(const MapDocument& doc, FeatureRef f);

}  // namespace pa
