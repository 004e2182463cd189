#include "analysis/feature_relations.h"

#include <algorithm>
#include <cmath>

#include "core/picking.h"
#include "io/crs.h"

namespace pa {

namespace {

enum class Shape { Point, Line, Polygon, Mixed };

Shape shapeOf(const Layer& l, const Feature& f) {
    Shape s = Shape::Mixed;
    for (std::uint32_t p = f.firstPart; p < f.firstPart + f.partCount; ++p) {
        const Shape k = l.parts[p].kind == PartKind::Point ? Shape::Point
                        : l.parts[p].kind == PartKind::Line ? Shape::Line
                                                            : Shape::Polygon;
        if (p == f.firstPart) s = k;
        else if (s != k) return Shape::Mixed;
    }
    return s;
}

template <class Fn>
void eachVertex(const Layer& l, const Feature& f, Fn fn) {
    for (std::uint32_t p = f.firstPart; p < f.firstPart + f.partCount; ++p)
        for (std::uint32_t r = l.parts[p].firstRing; r < l.parts[p].firstRing + l.parts[p].ringCount; ++r)
            for (std::uint32_t i = l.ringBegin(r); i < l.ringEnd(r); ++i) fn(l.projected[i]);
}

// Distance from a point to the nearest edge of a feature's lines or rings.
double distanceToEdges(const Layer& l, const Feature& f, Vec2d pt) {
    double best = INFINITY;
    for (std::uint32_t p = f.firstPart; p < f.firstPart + f.partCount; ++p) {
        const Part& part = l.parts[p];
        for (std::uint32_t r = part.firstRing; r < part.firstRing + part.ringCount; ++r) {
            const std::uint32_t b = l.ringBegin(r), e = l.ringEnd(r);
            if (e - b == 1) best = std::min(best, std::hypot(l.projected[b].x - pt.x, l.projected[b].y - pt.y));
            for (std::uint32_t i = b; i + 1 < e; ++i)
                best = std::min(best, segmentDistance(pt, l.projected[i], l.projected[i + 1]));
        }
    }
    return best;
}

Vec2d centreOf(const Layer& l, const Feature& f) {
    Bounds b;
    eachVertex(l, f, [&](Vec2d v) { b.extend(v); });
    return b.center();
}

}  // namespace

std::optional<double> displayUnitsPerMetre(const MapDocument& doc, Vec2d near) {
    auto toWgs = CrsTransform::create(doc.displayCrs(), "OGC:CRS84");
    auto fromWgs = CrsTransform::create("OGC:CRS84", doc.displayCrs());
    if (!toWgs || !fromWgs) return std::nullopt;
    const Vec2d ll = toWgs->forward(near);
    // A step north along the meridian, its ground length measured on the ellipsoid.
    const Vec2d north{ll.x, ll.y + 0.001};
    const Vec2d a = fromWgs->forward(ll), b = fromWgs->forward(north);
    const double ground = geodesicDistance(ll, north);
    const double d = std::hypot(b.x - a.x, b.y - a.y) / ground;
    if (!std::isfinite(d) || !(d > 0)) return std::nullopt;
    return d;
}

std::vector<Relation> relatedFeatures(const MapDocument& doc, FeatureRef of, std::size_t limit) {
    std::vector<Relation> out;
    const Layer* ofLayer = doc.layer(of.layer);
    if (!ofLayer || of.feature >= ofLayer->features.size()) return out;
    const Layer& L = *ofLayer;
    const Feature& F = L.features[of.feature];
    const Shape shape = shapeOf(L, F);
    // Without a ground scale here, nothing is "near": only what lies inside counts.
    const double m = displayUnitsPerMetre(doc, centreOf(L, F)).value_or(0.0);
    const Bounds fb = featureBounds(L, of.feature);
    for (std::size_t li = 0; li < doc.layers().size() && out.size() < limit; ++li) {
        if (doc.states()[li].group == MapDocument::kUserGroup) continue;
        const Layer& l = doc.layers().at(li);
        for (std::uint32_t fi = 0; fi < l.features.size() && out.size() < limit; ++fi) {
            const FeatureRef ref{l.id, fi};
            if (ref == of) continue;
            const Feature& f = l.features[fi];
            const Shape s = shapeOf(l, f);
            const Vec2d c = centreOf(l, f);
            if (shape == Shape::Polygon) {
                // What lies inside the area: points, and smaller areas centred in it.
                if ((s == Shape::Point && featureContains(L, of.feature, c)) ||
                    (s == Shape::Polygon && featureContains(L, of.feature, c) &&
                     featureBounds(l, fi).width() * featureBounds(l, fi).height() < fb.width() * fb.height()))
                    out.push_back({ref, "inside"});
            } else if (shape == Shape::Line) {
                if (s == Shape::Point && distanceToEdges(L, F, c) <= 150 * m) {
                    out.push_back({ref, "on the line"});
                } else if (s == Shape::Polygon && f.value("kind").find("park") != std::string::npos) {
                    bool near = false;
                    eachVertex(l, f, [&](Vec2d v) { near = near || distanceToEdges(L, F, v) <= 300 * m; });
                    if (near) out.push_back({ref, "along the corridor"});
                } else if (s == Shape::Line) {
                    // A stretch of this line (a 碧道 on its creek, a road project on its road).
                    bool all = true;
                    eachVertex(l, f, [&](Vec2d v) { all = all && distanceToEdges(L, F, v) <= 30 * m; });
                    if (all) out.push_back({ref, "part of"});
                }
            } else if (shape == Shape::Point) {
                const Vec2d p = centreOf(L, F);
                if (s == Shape::Polygon && featureContains(l, fi, p)) out.push_back({ref, "lies in"});
                else if (s == Shape::Line && distanceToEdges(l, f, p) <= 150 * m) out.push_back({ref, "on"});
            }
        }
    }
    return out;
}

}  // namespace pa
