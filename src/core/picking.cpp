#include "core/picking.h"

#include <algorithm>
#include <cmath>

namespace pa {

namespace {

double segmentDistance(Vec2d p, Vec2d a, Vec2d b) {
    const double dx = b.x - a.x, dy = b.y - a.y;
    const double len2 = dx * dx + dy * dy;
    double t = len2 > 0 ? ((p.x - a.x) * dx + (p.y - a.y) * dy) / len2 : 0;
    t = std::clamp(t, 0.0, 1.0);
    return std::hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
}

bool ringContains(const std::vector<Vec2d>& v, std::uint32_t begin, std::uint32_t end, Vec2d p) {
    bool in = false;
    for (std::uint32_t i = begin, j = end - 1; i < end; j = i++) {
        if ((v[i].y > p.y) != (v[j].y > p.y) && p.x < (v[j].x - v[i].x) * (p.y - v[i].y) / (v[j].y - v[i].y) + v[i].x)
            in = !in;
    }
    return in;
}

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

bool featureContains(const Layer& layer, std::uint32_t feature, Vec2d at) {
    const Feature& f = layer.features[feature];
    for (std::uint32_t p = f.firstPart; p < f.firstPart + f.partCount; ++p) {
        const Part& part = layer.parts[p];
        if (part.kind != PartKind::Polygon) continue;
        bool in = false;
        for (std::uint32_t r = part.firstRing; r < part.firstRing + part.ringCount; ++r)
            if (ringContains(layer.projected, layer.ringBegin(r), layer.ringEnd(r), at)) in = !in;
        if (in) return true;
    }
    return false;
}

std::vector<FeatureRef> pickFeatures(const std::vector<const Layer*>& layers, Vec2d at, const PickOptions& o) {
    std::vector<Hit> hits;
    const double tol = o.tolerance;
    for (auto it = layers.rbegin(); it != layers.rend(); ++it) {
        if (!*it) continue;
        const Layer& l = **it;
        if (l.projected.size() != l.vertices.size()) continue;
        Bounds near = l.projectedBounds;
        near.minX -= tol, near.minY -= tol, near.maxX += tol, near.maxY += tol;
        if (near.isEmpty() || at.x < near.minX || at.x > near.maxX || at.y < near.minY || at.y > near.maxY) continue;
        for (std::uint32_t fi = 0; fi < l.features.size(); ++fi) {
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
                    double a = 0;
                    for (std::uint32_t r = part.firstRing; r < part.firstRing + part.ringCount; ++r) {
                        if (ringContains(l.projected, l.ringBegin(r), l.ringEnd(r), at)) in = !in;
                        a += signedRingArea(l.projected.data() + l.ringBegin(r), l.ringEnd(r) - l.ringBegin(r));
                    }
                    if (in) area = std::min(area, std::fabs(a)), rank = 2;
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
