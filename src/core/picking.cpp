#include "core/picking.h"

#include <algorithm>
#include <cmath>

#include "core/polylabel.h"

namespace pa {

namespace {

struct Hit {
    FeatureRef ref;
    int kindRank;     // 0 point, 1 line, 2 polygon
    double measure;   // distance for points and lines, area for polygons
};

}  // namespace

Bounds featureBounds(const Layer& layer, std::uint32_t feature) {
    Bounds b;
    const Feature& f = layer.features[feature];
    for (std::uint32_t p = f.firstPart; p < f.firstPart + f.partCount; ++p) {
        const Part& part = layer.parts[p];
        for (std::uint32_t r = part.firstRing; r < part.firstRing + part.ringCount; ++r)
            for (std::uint32_t i = layer.ringBegin(r); i < layer.ringEnd(r); ++i) b.extend(layer.projected[i]);
    }
    return b;
}

Vec2d representativePoint(const Layer& l, std::uint32_t feature) {
    const Feature& f = l.features[feature];
    if (f.partCount == 0) return {NAN, NAN};
    const Part& part = l.parts[f.firstPart];
    const std::uint32_t b = l.ringBegin(part.firstRing), e = l.ringEnd(part.firstRing);
    if (part.kind == PartKind::Line) return l.projected[b + (e - b) / 2];
    if (part.kind != PartKind::Polygon) return l.projected[b];
    std::vector<std::vector<Vec2d>> rings;
    Bounds bb;
    for (std::uint32_t r = part.firstRing; r < part.firstRing + part.ringCount; ++r) {
        rings.emplace_back(l.projected.begin() + l.ringBegin(r), l.projected.begin() + l.ringEnd(r));
        for (const Vec2d& v : rings.back()) bb.extend(v);
    }
    return poleOfInaccessibility(rings, std::max(bb.width(), bb.height()) / 100.0);
}

bool featureContains(const Layer& layer, std::uint32_t feature, Vec2d at) {
    const Feature& f = layer.features[feature];
    for (std::uint32_t p = f.firstPart; p < f.firstPart + f.partCount; ++p) {
        const Part& part = layer.parts[p];
        if (part.kind != PartKind::Polygon) continue;
        bool in = false;
        for (std::uint32_t r = part.firstRing; r < part.firstRing + part.ringCount; ++r)
            if (ringContains(layer.projected.data() + layer.ringBegin(r), layer.ringEnd(r) - layer.ringBegin(r), at)) in = !in;
        if (in) return true;
    }
    return false;
}

std::vector<FeatureRef> pickFeatures(const std::vector<const Layer*>& layers, Vec2d at, const PickOptions& o) {
    std::vector<Hit> hits;
    std::vector<std::uint32_t> candidates;
    const double tol = o.tolerance;
    for (auto it = layers.rbegin(); it != layers.rend(); ++it) {
        if (!*it) continue;
        const Layer& l = **it;
        if (l.projected.size() != l.vertices.size()) continue;
        Bounds near = l.projectedBounds;
        near.minX -= tol, near.minY -= tol, near.maxX += tol, near.maxY += tol;
        if (near.isEmpty() || at.x < near.minX || at.x > near.maxX || at.y < near.minY || at.y > near.maxY) continue;
        // The features whose parts' extents reach the point (within the tolerance), from the index when
        // the layer has one; in file order, as the scan of every feature gives them.
        candidates.clear();
        if (!l.index.empty()) {
            l.index.query(Bounds{at.x - tol, at.y - tol, at.x + tol, at.y + tol}, candidates);
            std::sort(candidates.begin(), candidates.end());
            candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
        } else {
            for (std::uint32_t fi = 0; fi < l.features.size(); ++fi) candidates.push_back(fi);
        }
        for (std::uint32_t fi : candidates) {
            const Feature& f = l.features[fi];
            double best = INFINITY, area = INFINITY;
            int rank = 3;
            for (std::uint32_t p = f.firstPart; p < f.firstPart + f.partCount; ++p) {
                const Part& part = l.parts[p];
                for (std::uint32_t r = part.firstRing; r < part.firstRing + part.ringCount; ++r) {
                    const std::uint32_t b = l.ringBegin(r), e = l.ringEnd(r);
                    if (part.kind == PartKind::Point) {
                        for (std::uint32_t i = b; i < e; ++i) {
                            const double d = std::hypot(l.projected[i].x - at.x, l.projected[i].y - at.y);
                            if (d <= tol && d < best) best = d, rank = 0;
                        }
                    } else if (part.kind == PartKind::Line) {
                        for (std::uint32_t i = b; i + 1 < e; ++i) {
                            const double d = segmentDistance(at, l.projected[i], l.projected[i + 1]);
                            if (d <= tol && rank >= 1 && d < best) best = d, rank = 1;
                        }
                    }
                }
                if (part.kind == PartKind::Polygon && rank == 3) {
                    bool in = false;
                    for (std::uint32_t r = part.firstRing; r < part.firstRing + part.ringCount; ++r)
                        if (ringContains(l.projected.data() + l.ringBegin(r), l.ringEnd(r) - l.ringBegin(r), at)) in = !in;
                    if (!in) continue;
                    // Its area only when it holds the point (a click on a dense map meets many boxes).
                    double a = 0;
                    for (std::uint32_t r = part.firstRing; r < part.firstRing + part.ringCount; ++r)
                        a += signedRingArea(l.projected.data() + l.ringBegin(r), l.ringEnd(r) - l.ringBegin(r));
                    area = std::min(area, std::fabs(a)), rank = 2;
                }
            }
            if (rank < 3) hits.push_back({{l.id, fi}, rank, rank == 2 ? area : best});
        }
    }
    // Stable: for equal kind and measure the layer drawn on top (visited first) stays first.
    std::stable_sort(hits.begin(), hits.end(), [](const Hit& a, const Hit& b) {
        return a.kindRank != b.kindRank ? a.kindRank < b.kindRank : a.measure < b.measure;
    });
    std::vector<FeatureRef> out;
    for (const Hit& h : hits) out.push_back(h.ref);
    return out;
}

}  // namespace pa
