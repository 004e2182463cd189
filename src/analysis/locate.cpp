#include "analysis/locate.h"

#include <algorithm>
#include <cmath>
#include <optional>
#include <set>

#include "core/picking.h"
#include "io/crs.h"

namespace pa {

namespace {

const std::set<std::string> kAreaKinds = {"zone", "sub-zone", "belt", "carrier", "park", "forest park", "buffer zone"};
const std::set<std::string> kCorridorKinds = {"axis", "creek corridor", "park belt", "green ring", "greenway", "river"};

// Point to segment distance in a local plane around the point (metres), then geodesic to the
// nearest point found there: exact enough at the district's scale and honest on the ellipsoid.
double distanceToRings(Vec2d p, const std::vector<std::vector<Vec2d>>& rings, bool closed) {
    const double kx = 111320.0 * std::cos(p.y * M_PI / 180.0), ky = 110574.0;
    double best = INFINITY;
    Vec2d bestPt = p;
    for (const auto& ring : rings) {
        if (ring.size() == 1) {
            const double d = std::hypot((ring[0].x - p.x) * kx, (ring[0].y - p.y) * ky);
            if (d < best) best = d, bestPt = ring[0];
            continue;
        }
        const std::size_t n = ring.size(), segs = closed ? n : n - 1;
        // In metres around p, where the nearest point is found; then back to degrees.
        auto local = [&](Vec2d v) { return Vec2d{(v.x - p.x) * kx, (v.y - p.y) * ky}; };
        for (std::size_t i = 0; i < segs; ++i) {
            const Vec2d q = nearestOnSegment({0, 0}, local(ring[i]), local(ring[(i + 1) % n]));
            const double d = std::hypot(q.x, q.y);
            if (d < best) best = d, bestPt = {p.x + q.x / kx, p.y + q.y / ky};
        }
    }
    return std::isfinite(best) ? geodesicDistance(p, bestPt) : INFINITY;
}

bool ringsContain(Vec2d p, const std::vector<std::vector<Vec2d>>& rings) {
    bool in = false;
    for (const auto& ring : rings)
        if (!ring.empty() && ringContains(ring.data(), ring.size(), p)) in = !in;
    return in;
}

}  // namespace

std::vector<std::vector<Vec2d>> featureLonLatRings(const MapDocument& doc, FeatureRef f) {
    std::vector<std::vector<Vec2d>> rings;
    const Layer* layer = doc.layer(f.layer);
    if (!layer || f.feature >= layer->features.size()) return rings;
    const Layer& l = *layer;
    const Feature& feat = l.features[f.feature];
    static thread_local std::string cachedCrs;
    static thread_local std::optional<CrsTransform> toWgs;
    if (!toWgs || cachedCrs != doc.displayCrs()) {
        auto t = CrsTransform::create(doc.displayCrs(), "OGC:CRS84");
        toWgs.reset();
        if (t) toWgs.emplace(t.take());
        cachedCrs = doc.displayCrs();
    }
    if (!toWgs) return rings;
    for (std::uint32_t p = feat.firstPart; p < feat.firstPart + feat.partCount; ++p)
        for (std::uint32_t r = l.parts[p].firstRing; r < l.parts[p].firstRing + l.parts[p].ringCount; ++r) {
            std::vector<Vec2d> ring(l.projected.begin() + l.ringBegin(r), l.projected.begin() + l.ringEnd(r));
            toWgs->forward(ring.data(), ring.size());
            rings.push_back(std::move(ring));
        }
    return rings;
}

LocateResult locate(const MapDocument& doc, Vec2d lonLat, double within, std::size_t nearest) {
    LocateResult out;
    out.lonLat = lonLat;
    std::vector<LocateHit> hubs, stations;
    std::vector<std::pair<std::string, LocateHit>> lines;  // by line name
    for (std::size_t li = 0; li < doc.layers().size(); ++li) {
        if (doc.states()[li].group == MapDocument::kUserGroup) continue;
        const Layer& l = doc.layers().at(li);
        for (std::uint32_t fi = 0; fi < l.features.size(); ++fi) {
            const Feature& f = l.features[fi];
            const std::string kind = f.value("kind");
            const FeatureRef ref{l.id, fi};
            if (kAreaKinds.count(kind)) {
                const auto rings = featureLonLatRings(doc, ref);
                if (ringsContain(lonLat, rings)) {
                    out.areas.push_back({ref, 0, true});
                } else if (within > 0) {
                    const double d = distanceToRings(lonLat, rings, true);
                    if (d <= within) out.areas.push_back({ref, d, false});
                }
            } else if (kCorridorKinds.count(kind) && within > 0) {
                const double d = distanceToRings(lonLat, featureLonLatRings(doc, ref), false);
                if (d <= within) out.corridors.push_back({ref, d, false});
            } else if (kind == "hub" || kind == "station") {
                const double d = distanceToRings(lonLat, featureLonLatRings(doc, ref), false);
                (kind == "hub" ? hubs : stations).push_back({ref, d, false});
            } else if (kind == "metro line") {
                const double d = distanceToRings(lonLat, featureLonLatRings(doc, ref), false);
                lines.push_back({f.value("name_zh"), {ref, d, false}});
            }
        }
    }
    auto byDistance = [](const LocateHit& a, const LocateHit& b) {
        return a.inside != b.inside ? a.inside : a.metres < b.metres;
    };
    std::stable_sort(out.areas.begin(), out.areas.end(), byDistance);
    std::stable_sort(out.corridors.begin(), out.corridors.end(), byDistance);
    std::stable_sort(hubs.begin(), hubs.end(), byDistance);
    std::stable_sort(stations.begin(), stations.end(), byDistance);
    std::stable_sort(lines.begin(), lines.end(), [&](const auto& a, const auto& b) { return byDistance(a.second, b.second); });
    out.hubs.assign(hubs.begin(), hubs.begin() + long(std::min(nearest, hubs.size())));
    out.stations.assign(stations.begin(), stations.begin() + long(std::min(nearest, stations.size())));
    std::set<std::string> seenLines;
    for (const auto& [name, hit] : lines)
        if (out.metroLines.size() < nearest && seenLines.insert(name).second) out.metroLines.push_back(hit);
    std::set<std::string> seenC, seenT;
    for (const auto* group : {&out.areas, &out.corridors, &out.hubs, &out.stations, &out.metroLines})
        for (const LocateHit& h : *group) {
            const Feature& f = doc.feature(h.feature);
            for (const std::string& c : f.list("clauses"))
                if (seenC.insert(c).second) out.clauses.push_back(c);
            for (const std::string& t : f.list("targets"))
                if (seenT.insert(t).second) out.targets.push_back(t);
        }
    return out;
}

}  // namespace pa
