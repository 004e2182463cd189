#include "io/layer_builder.h"

#include <QtGlobal>

#include <geos_c.h>
#include <ogr_api.h>

#include <algorithm>
#include <cmath>

#include "core/triangulator.h"

namespace pa {

namespace {

double signedArea(const Vec2d* v, std::size_t n) {
    double a = 0;
    for (std::size_t i = 0; i + 1 < n; ++i) a += v[i].x * v[i + 1].y - v[i + 1].x * v[i].y;
    return a / 2;
}

// The direction of edge (dx, dy) in the half-turn [0, pi) of angles (else [pi, 2 pi)).
inline bool upperHalf(double dx, double dy) { return dy > 0 || (dy == 0 && dx > 0); }

// Every turn the same way and one turn in all: convex, hence simple and valid without asking GEOS.
// Three quarters of building footprints pass this; a spike (a turn straight back) does not. The
// turns are counted, not summed as angles: turning one way by less than a half-turn each time, the
// edges' direction passes angle 0 once a full turn, which is where it moves from one half of the
// angles to the other (the lower to the upper turning left, the upper to the lower turning right).
bool convexSimple(const Vec2d* v, std::size_t n) {
    if (n < 4) return false;
    const std::size_t m = n - 1;  // the closing vertex repeats the first
    int sign = 0;
    std::size_t prev = m - 1;
    while (prev > 0 && v[prev] == v[0]) --prev;
    Vec2d a = v[prev];
    std::size_t turns = 0, fullTurns = 0;
    for (std::size_t i = 0; i < m; ++i) {
        const Vec2d b = v[i];
        if (b == a) continue;
        std::size_t j = (i + 1) % m;
        while (v[j] == b && j != i) j = (j + 1) % m;
        const Vec2d c = v[j];
        const double e1x = b.x - a.x, e1y = b.y - a.y, e2x = c.x - b.x, e2y = c.y - b.y;
        const double cr = e1x * e2y - e1y * e2x, dt = e1x * e2x + e1y * e2y;
        const bool up1 = upperHalf(e1x, e1y), up2 = upperHalf(e2x, e2y);
        if (cr == 0) {
            // Straight on. Directions in different halves here are a turn too small for doubles
            // to see: left to GEOS.
            if (dt < 0 || up1 != up2) return false;
        } else {
            const int s = cr > 0 ? 1 : -1;
            if (sign && s != sign) return false;
            sign = s;
            ++turns;
            if (up1 != up2 && up2 == (s > 0)) ++fullTurns;
        }
        a = b;
    }
    return turns >= 3 && fullTurns == 1;
}

// Every vertex seen from the vertices' mean point at a larger angle than the one before, clearly
// (each side's triangle with that point well away from flat), one turn in all: the ring is star-shaped
// around the point, each side in its own sector of the turn, so no two sides meet but at a shared
// vertex: simple and valid. Most of what convexSimple leaves are like this (a parcel with one corner
// cut in, a building with a bay, a star): the sweep of clearlyValid is then not needed.
// Every vertex of the ring (m corners, the closing one not repeated) seen from c at a larger angle
// than the one before, clearly (each side's triangle with c further than eps from flat), one turn in
// all: the ring is star-shaped around c, each side in its own sector of the turn, so no two sides meet
// but at a shared vertex: simple and valid.
bool starAround(const Vec2d* v, std::size_t m, Vec2d c, double eps) {
    int sign = 0;
    std::size_t turns = 0, fullTurns = 0;
    Vec2d a{v[m - 1].x - c.x, v[m - 1].y - c.y};
    for (std::size_t i = 0; i < m; ++i) {
        const Vec2d b{v[i].x - c.x, v[i].y - c.y};
        if (b == a) continue;  // a repeated point
        const double cr = a.x * b.y - a.y * b.x;
        if (std::fabs(cr) <= eps) return false;
        const int s = cr > 0 ? 1 : -1;
        if (sign && s != sign) return false;
        sign = s;
        ++turns;
        // Crossing angle 0 of the turn around c: from the lower half to the upper turning left, the
        // upper to the lower turning right (as convexSimple counts its edges' directions).
        const bool up1 = upperHalf(a.x, a.y), up2 = upperHalf(b.x, b.y);
        if (up1 != up2 && up2 == (s > 0)) ++fullTurns;
        a = b;
    }
    return turns >= 3 && fullTurns == 1;
}

// A ring star-shaped around its area's centroid, its vertices' mean or its box's centre: most of what
// convexSimple leaves (a parcel with a corner cut in, a building with a bay, a star) without the
// sweep of clearlyValid; it passes three fifths of the benchmark's irregular single-ring polygons.
bool starSimple(const Vec2d* v, std::size_t n) {
    if (n < 4) return false;
    const std::size_t m = n - 1;  // the closing vertex repeats the first
    Vec2d c{0, 0};
    Bounds box;
    for (std::size_t i = 0; i < m; ++i) {
        c.x += v[i].x;
        c.y += v[i].y;
        box.extend(v[i]);
    }
    c = {c.x / double(m), c.y / double(m)};
    const double side = std::max(box.width(), box.height());
    const double eps = 1e-9 * side * side;
    double a2 = 0, gx = 0, gy = 0;  // the centroid's sums, about the mean for precision
    for (std::size_t i = 0; i < m; ++i) {
        const double x0 = v[i].x - c.x, y0 = v[i].y - c.y, x1 = v[i + 1].x - c.x, y1 = v[i + 1].y - c.y;
        const double cr = x0 * y1 - x1 * y0;
        a2 += cr;
        gx += (x0 + x1) * cr;
        gy += (y0 + y1) * cr;
    }
    const Vec2d g = a2 != 0 ? Vec2d{c.x + gx / (3 * a2), c.y + gy / (3 * a2)} : c;
    return starAround(v, m, g, eps) || starAround(v, m, c, eps) || starAround(v, m, box.center(), eps);
}

// All the ring's points on one line (or one point): the ring encloses nothing. A bowtie's signed area
// can be zero too, but its points are not on a line: GEOS calls it a self-intersection.
bool collinear(const Vec2d* v, std::size_t n) {
    const Vec2d p0 = v[0];
    Vec2d far = p0;
    double best = 0;
    for (std::size_t i = 1; i < n; ++i) {
        const double d = (v[i].x - p0.x) * (v[i].x - p0.x) + (v[i].y - p0.y) * (v[i].y - p0.y);
        if (d > best) best = d, far = v[i];
    }
    if (best == 0) return true;
    const double len = std::sqrt(best);
    const double dx = far.x - p0.x, dy = far.y - p0.y;
    for (std::size_t i = 1; i < n; ++i)
        if (std::fabs(dx * (v[i].y - p0.y) - dy * (v[i].x - p0.x)) / len > 1e-12 * len) return false;
    return true;
}

// Whether a small polygon (all rings together up to kClearlySimpleLimit vertices) is certainly valid:
// every pair of its edges clearly apart (adjacent ones meeting only at their shared vertex, never
// turning straight back), each hole inside the shell and outside the other holes. Decided in plain
// doubles with a margin; anything close to a touch is left to GEOS's robust predicates, so a polygon
// is only ever passed here, never failed. It costs a fraction of GEOS's check on the small non-convex
// polygons (building outlines with courtyards, parcels) that make up most of planning data.
constexpr std::size_t kClearlySimpleLimit = 256;

bool clearlyValid(const std::vector<Vec2d>& verts, const RingView* rings, std::size_t ringCount, std::vector<PolygonEdge>& edges,
                  std::vector<std::uint32_t>& ringEdges, std::vector<std::pair<double, std::uint32_t>>& byLeft) {
    edges.clear();
    ringEdges.assign(ringCount, 0);
    Bounds all;
    for (std::size_t r = 0; r < ringCount; ++r) {
        std::uint32_t k = 0;
        for (std::uint32_t i = rings[r].begin; i + 1 < rings[r].end; ++i) {
            const Vec2d a = verts[i], b = verts[i + 1];
            if (a == b) continue;  // a repeated point is no edge
            edges.push_back({a, b, std::min(a.x, b.x), std::max(a.x, b.x), std::min(a.y, b.y), std::max(a.y, b.y), std::uint32_t(r), k++});
            all.extend(a);
        }
        if (k < 3) return false;
        ringEdges[r] = k;
    }
    const double side = std::max(all.width(), all.height());
    const double eps = 1e-10 * side * side;
    auto orient = [](Vec2d a, Vec2d b, Vec2d c) { return (b.x - a.x) * (c.y - a.y) - (b.y - a.y) * (c.x - a.x); };
    // Whether edges e and f, whose boxes meet, are clearly apart (adjacent ones: not folding back
    // over each other).
    auto apart = [&](const PolygonEdge& e0, const PolygonEdge& f0) {
        const bool ordered = e0.ring < f0.ring || (e0.ring == f0.ring && e0.index < f0.index);
        const PolygonEdge& e = ordered ? e0 : f0;
        const PolygonEdge& f = ordered ? f0 : e0;
        const bool sameRing = f.ring == e.ring;
        const bool adjacent = sameRing && (f.index == e.index + 1 || (e.index == 0 && f.index == ringEdges[e.ring] - 1));
        if (adjacent) {
            // They share a vertex: they must not fold back over each other.
            const Vec2d shared = f.index == e.index + 1 ? e.b : e.a;
            const Vec2d p = f.index == e.index + 1 ? e.a : e.b, q = f.index == e.index + 1 ? f.b : f.a;
            const double cr = orient(p, shared, q);
            const double dt = (shared.x - p.x) * (q.x - shared.x) + (shared.y - p.y) * (q.y - shared.y);
            return !(std::fabs(cr) <= eps && dt <= 0);
        }
        const double o1 = orient(e.a, e.b, f.a), o2 = orient(e.a, e.b, f.b);
        if ((o1 > eps && o2 > eps) || (o1 < -eps && o2 < -eps)) return true;
        const double o3 = orient(f.a, f.b, e.a), o4 = orient(f.a, f.b, e.b);
        if ((o3 > eps && o4 > eps) || (o3 < -eps && o4 < -eps)) return true;
        return false;  // they cross, touch, or come too close to tell
    };
    // A sweep in x over the edges in order of their left ends: only edges whose boxes meet are
    // compared (adjacent ones always meet, at the vertex they share), a fraction of all pairs once
    // a ring has a few dozen edges.
    const std::size_t n = edges.size();
    byLeft.resize(n);
    for (std::size_t i = 0; i < n; ++i) byLeft[i] = {edges[i].minX, std::uint32_t(i)};
    std::sort(byLeft.begin(), byLeft.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    for (std::size_t i = 0; i < n; ++i) {
        const PolygonEdge& e = edges[byLeft[i].second];
        for (std::size_t j = i + 1; j < n && byLeft[j].first <= e.maxX; ++j) {
            const PolygonEdge& f = edges[byLeft[j].second];
            if (f.maxY < e.minY || f.minY > e.maxY) continue;
            if (!apart(e, f)) return false;
        }
    }
    // With no two edges meeting, a hole is inside the shell (or another hole) exactly when one of its
    // vertices is.
    auto inside = [&](Vec2d p, std::size_t r) {
        bool in = false;
        for (std::uint32_t i = rings[r].begin; i + 1 < rings[r].end; ++i) {
            const Vec2d a = verts[i], b = verts[i + 1];
            if ((a.y > p.y) != (b.y > p.y) && p.x < a.x + (p.y - a.y) / (b.y - a.y) * (b.x - a.x)) in = !in;
        }
        return in;
    };
    for (std::size_t h = 1; h < ringCount; ++h) {
        const Vec2d p = verts[rings[h].begin];
        if (!inside(p, 0)) return false;
        for (std::size_t o = 1; o < ringCount; ++o)
            if (o != h && (inside(p, o) || inside(verts[rings[o].begin], h))) return false;
    }
    return true;
}

}  // namespace

std::size_t BuildStats::repairedTotal() const {
    std::size_t n = 0;
    for (const auto& [reason, issue] : repaired) n += issue.count;
    return n;
}

LayerBuilder::LayerBuilder(Layer& layer) : layer_(layer), geos_(GEOS_init_r()) {}
LayerBuilder::~LayerBuilder() { GEOS_finish_r(geos_); }

void LayerBuilder::note(std::map<std::string, PolygonIssue>& m, const std::string& reason, Vec2d where, bool haveWhere) {
    PolygonIssue& i = m[reason];
    if (i.count++ == 0) {
        i.firstId = layer_.features.back().id;
        i.where = where;
        i.haveWhere = haveWhere;
    }
}

bool LayerBuilder::readPoints(OGRGeometryH curve, bool ring) {
    const int n = OGR_G_GetPointCount(curve);
    scratch_.resize(static_cast<std::size_t>(std::max(n, 0)));
    if (n > 0)
        OGR_G_GetPoints(curve, &scratch_[0].x, sizeof(Vec2d), &scratch_[0].y, sizeof(Vec2d), nullptr, 0);
    for (const Vec2d& p : scratch_) {
        if (!std::isfinite(p.x) || !std::isfinite(p.y)) return false;  // the feature is reported as skipped
    }
    if (ring && n >= 3 && !(scratch_.front() == scratch_.back())) {
        // Close it so outlines and validity checks see the ring the author meant.
        stats_.unclosedRings++;
        scratch_.push_back(scratch_.front());
    }
    return true;
}

bool LayerBuilder::addPoint(OGRGeometryH point) {
    if (OGR_G_IsEmpty(point)) return false;
    const Vec2d p{OGR_G_GetX(point, 0), OGR_G_GetY(point, 0)};
    if (!std::isfinite(p.x) || !std::isfinite(p.y)) return false;
    layer_.beginPart(PartKind::Point);
    layer_.addRing(&p, 1);
    return true;
}

bool LayerBuilder::addLine(OGRGeometryH line) {
    if (!readPoints(line, false) || scratch_.size() < 2) return false;
    layer_.beginPart(PartKind::Line);
    layer_.addRing(scratch_.data(), scratch_.size());
    return true;
}

std::string LayerBuilder::invalidity(const Part& part, Vec2d& where, bool& haveWhere) {
    std::vector<GEOSGeometry*> rings;
    for (std::uint32_t r = part.firstRing; r < part.firstRing + part.ringCount; ++r) {
        const std::uint32_t b = layer_.ringBegin(r), e = layer_.ringEnd(r);
        GEOSCoordSequence* seq = GEOSCoordSeq_copyFromBuffer_r(geos_, &layer_.vertices[b].x, e - b, 0, 0);
        GEOSGeometry* ring = seq ? GEOSGeom_createLinearRing_r(geos_, seq) : nullptr;
        if (!ring) {
            for (GEOSGeometry* g : rings) GEOSGeom_destroy_r(geos_, g);
            return "Too few points";
        }
        rings.push_back(ring);
    }
    GEOSGeometry* poly = GEOSGeom_createPolygon_r(geos_, rings[0], rings.data() + 1, unsigned(rings.size() - 1));
    if (!poly) return "Invalid rings";
    char* reason = nullptr;
    GEOSGeometry* location = nullptr;
    const char valid = GEOSisValidDetail_r(geos_, poly, 0, &reason, &location);
    std::string out;
    if (valid != 1) {
        out = reason ? reason : "GEOS could not check it";
        double x = 0, y = 0;
        if (location && GEOSGeomGetX_r(geos_, location, &x) == 1 && GEOSGeomGetY_r(geos_, location, &y) == 1) {
            where = {x, y};
            haveWhere = true;
        }
    }
    if (reason) GEOSFree_r(geos_, reason);
    if (location) GEOSGeom_destroy_r(geos_, location);
    GEOSGeom_destroy_r(geos_, poly);
    return out;
}

bool LayerBuilder::ringFromPoints(const Vec2d* pts, std::size_t n) {
    scratch_.assign(pts, pts + n);
    for (const Vec2d& p : scratch_)
        if (!std::isfinite(p.x) || !std::isfinite(p.y)) return false;
    if (n >= 3 && !(scratch_.front() == scratch_.back())) {
        stats_.unclosedRings++;
        scratch_.push_back(scratch_.front());
    }
    return true;
}

bool LayerBuilder::addPolygon(OGRGeometryH poly, bool validate) {
    return addPolygonFrom(
        OGR_G_GetGeometryCount(poly), [&](int r) { return readPoints(OGR_G_GetGeometryRef(poly, r), true); }, [&] { return poly; },
        validate);
}

template <class Ring, class Geometry>
bool LayerBuilder::addPolygonFrom(int rings, Ring ring, Geometry geometry, bool validate) {
    if (rings < 1) return false;
    layer_.beginPart(PartKind::Polygon);
    double outerArea = 0, holeArea = 0;
    for (int r = 0; r < rings; ++r) {
        if (!ring(r)) {
            layer_.popLastPart();
            return false;
        }
        if (scratch_.size() < 4 || collinear(scratch_.data(), scratch_.size())) {
            if (r == 0) {  // an outer ring of one point, two, or all on a line encloses nothing
                layer_.popLastPart();
                note(stats_.refused, scratch_.size() < 4 ? QT_TRANSLATE_NOOP("pa::FileProblem", "a ring of fewer than three points") : QT_TRANSLATE_NOOP("pa::FileProblem", "zero area (its points on a line or all the same)"));
                return false;
            }
            continue;  // a hole of no area removes nothing
        }
        (r == 0 ? outerArea : holeArea) += std::fabs(signedArea(scratch_.data(), scratch_.size()));
        layer_.addRing(scratch_.data(), scratch_.size());
    }
    Part& part = layer_.parts.back();
    // Holes as large as the shell: if GEOS finds such a polygon invalid, it encloses nothing.
    coveredByHoles_ = part.ringCount > 1 && outerArea - holeArea <= 1e-9 * outerArea;
    std::vector<RingView> views(part.ringCount);
    for (std::uint32_t r = 0; r < part.ringCount; ++r)
        views[r] = {layer_.ringBegin(part.firstRing + r), layer_.ringEnd(part.firstRing + r)};
    bool certain = false;
    if (validate) {
        const std::uint32_t b0 = views[0].begin, e0 = views[0].end;
        const std::size_t n = views.back().end - b0;
        certain = (part.ringCount == 1 && (convexSimple(&layer_.vertices[b0], e0 - b0) || starSimple(&layer_.vertices[b0], e0 - b0))) ||
                  (n <= kClearlySimpleLimit && clearlyValid(layer_.vertices, views.data(), views.size(), edges_, ringEdges_, edgesByLeft_));
        if (!certain) {
            Vec2d where{};
            bool haveWhere = false;
            const std::string why = invalidity(part, where, haveWhere);
            if (!why.empty()) {
                layer_.popLastPart();
                if (coveredByHoles_ && why != "Hole lies outside shell") {  // what MakeValid would give back (the shell) is not what the author drew
                    note(stats_.refused, QT_TRANSLATE_NOOP("pa::FileProblem", "its holes cover it all (a hole equal to its shell)"));
                    return false;
                }
                return repair(geometry(), why, where, haveWhere);
            }
        }
    }
    // No triangles wanted and no doubt the fill can be cut (convex, or no two edges near each other):
    // cutting it only to throw the triangles away would be a fifth of the read.
    if (!keepTriangles_ && certain) return true;
    const TriangulationResult t = triangulatePolygon(layer_.vertices, views.data(), views.size(), layer_.triangles);
    part.indexCount = static_cast<std::uint32_t>(layer_.triangles.size() - part.firstIndex);
    if (!keepTriangles_) {
        layer_.triangles.resize(part.firstIndex);
        part.indexCount = 0;
    }
    if (t.consistent) return true;
    // Valid to GEOS but not to the triangulator (rings that touch at a point, say): MakeValid's
    // rewriting of the same area triangulates.
    layer_.popLastPart();
    return validate && repair(geometry(), QT_TRANSLATE_NOOP("pa::FileProblem", "rings touching where the fill cannot be cut"), {}, false);
}

bool LayerBuilder::repair(OGRGeometryH g, const std::string& reason, Vec2d where, bool haveWhere) {
    // GEOS's "structure" method: overlapping parts are united and holes subtracted, which is what a
    // planner drew; the default "linework" method would turn an overlap into a hole.
    const char* options[] = {"METHOD=STRUCTURE", nullptr};
    OGRGeometryH fixed = OGR_G_MakeValidEx(g, const_cast<char**>(options));
    if (!fixed) return false;
    bool any = false;
    const OGRwkbGeometryType t = wkbFlatten(OGR_G_GetGeometryType(fixed));
    if (t == wkbPolygon) {
        any = addPolygon(fixed, false);
    } else if (t == wkbMultiPolygon || t == wkbGeometryCollection) {
        // MakeValid may also return the collapsed parts as lines and points: only areas stay areas.
        for (int i = 0; i < OGR_G_GetGeometryCount(fixed); ++i) {
            OGRGeometryH sub = OGR_G_GetGeometryRef(fixed, i);
            if (wkbFlatten(OGR_G_GetGeometryType(sub)) == wkbPolygon) any = addPolygon(sub, false) || any;
        }
    }
    OGR_G_DestroyGeometry(fixed);
    if (any) note(stats_.repaired, reason, where, haveWhere);
    else note(stats_.refused, reason + QT_TRANSLATE_NOOP("pa::FileProblem", ", and nothing of it was left after repair"));
    return any;
}

bool LayerBuilder::addMultiPolygon(OGRGeometryH multi) {
    return addMultiPolygonFrom(
        OGR_G_GetGeometryCount(multi), [&](int i) { return addPolygon(OGR_G_GetGeometryRef(multi, i), true); }, [&] { return multi; });
}

template <class AddOne, class Geometry>
bool LayerBuilder::addMultiPolygonFrom(int count, AddOne addOne, Geometry geometry) {
    const std::uint32_t firstPart = std::uint32_t(layer_.parts.size());
    bool ok = false;
    for (int i = 0; i < count; ++i) ok = addOne(i) || ok;
    const std::uint32_t added = std::uint32_t(layer_.parts.size()) - firstPart;
    if (added < 2) return ok;
    // Parts whose boxes overlap may overlap themselves, which a multipolygon must not (the fill would
    // be drawn twice): only then is GEOS asked, about the whole.
    std::vector<std::pair<Bounds, std::uint32_t>> boxes;
    for (std::uint32_t p = firstPart; p < firstPart + added; ++p) {
        Bounds b;
        const Part& part = layer_.parts[p];
        for (std::uint32_t v = layer_.ringBegin(part.firstRing); v < layer_.ringEnd(part.firstRing); ++v) b.extend(layer_.vertices[v]);
        boxes.push_back({b, p});
    }
    std::sort(boxes.begin(), boxes.end(), [](const auto& a, const auto& b) { return a.first.minX < b.first.minX; });
    bool overlap = false;
    for (std::size_t i = 0; i < boxes.size() && !overlap; ++i)
        for (std::size_t j = i + 1; j < boxes.size() && boxes[j].first.minX < boxes[i].first.maxX && !overlap; ++j)
            overlap = boxes[j].first.minY < boxes[i].first.maxY && boxes[i].first.minY < boxes[j].first.maxY;
    if (!overlap || OGR_G_IsValid(geometry())) return ok;
    for (std::uint32_t i = 0; i < added; ++i) layer_.popLastPart();
    return repair(geometry(), QT_TRANSLATE_NOOP("pa::FileProblem", "parts of the multipolygon overlap"), {}, false);
}

bool LayerBuilder::addPolygons(const std::vector<Vec2d>& pts, const std::vector<std::uint32_t>& ringEnds,
                               const std::vector<std::uint32_t>& polygonEnds, bool multi) {
    if (polygonEnds.empty()) return false;
    auto ringStart = [&](std::uint32_t r) { return r == 0 ? 0u : ringEnds[r - 1]; };
    auto polygonStart = [&](std::uint32_t k) { return k == 0 ? 0u : polygonEnds[k - 1]; };
    auto makePolygon = [&](std::uint32_t k) {
        OGRGeometryH poly = OGR_G_CreateGeometry(wkbPolygon);
        for (std::uint32_t r = polygonStart(k); r < polygonEnds[k]; ++r) {
            OGRGeometryH ring = OGR_G_CreateGeometry(wkbLinearRing);
            const Vec2d* p = pts.data() + ringStart(r);
            OGR_G_SetPoints(ring, int(ringEnds[r] - ringStart(r)), &p->x, sizeof(Vec2d), &p->y, sizeof(Vec2d), nullptr, 0);
            OGR_G_AddGeometryDirectly(poly, ring);
        }
        return poly;
    };
    // The OGR geometry, made on the first need and freed here.
    struct Made {
        OGRGeometryH g = nullptr;
        ~Made() {
            if (g) OGR_G_DestroyGeometry(g);
        }
    };
    auto polygon = [&](std::uint32_t k) {
        Made made;
        return addPolygonFrom(
            int(polygonEnds[k] - polygonStart(k)),
            [&](int r) {
                const std::uint32_t ri = polygonStart(k) + std::uint32_t(r);
                return ringFromPoints(pts.data() + ringStart(ri), ringEnds[ri] - ringStart(ri));
            },
            [&] { return made.g ? made.g : (made.g = makePolygon(k)); }, true);
    };
    if (!multi) return polygon(0);
    Made made;
    return addMultiPolygonFrom(int(polygonEnds.size()), [&](int k) { return polygon(std::uint32_t(k)); }, [&] {
        if (!made.g) {
            made.g = OGR_G_CreateGeometry(wkbMultiPolygon);
            for (std::uint32_t k = 0; k < polygonEnds.size(); ++k) OGR_G_AddGeometryDirectly(made.g, makePolygon(k));
        }
        return made.g;
    });
}

bool LayerBuilder::addGeometry(OGRGeometryH g) {
    if (!g || OGR_G_IsEmpty(g)) return false;
    const OGRwkbGeometryType type = wkbFlatten(OGR_G_GetGeometryType(g));
    bool ok = false;
    switch (type) {
        case wkbPoint: ok = addPoint(g); break;
        case wkbLineString: ok = addLine(g); break;
        case wkbPolygon:
        case wkbTriangle: ok = addPolygon(g, true); break;
        case wkbMultiPolygon: ok = addMultiPolygon(g); break;
        case wkbMultiPoint:
        case wkbMultiLineString:
        case wkbGeometryCollection:
        case wkbTIN:
        case wkbPolyhedralSurface:
            for (int i = 0; i < OGR_G_GetGeometryCount(g); ++i) ok = addGeometry(OGR_G_GetGeometryRef(g, i)) || ok;
            break;
        default:
            if (OGR_GT_IsCurve(type) || OGR_GT_IsSurface(type) || OGR_G_HasCurveGeometry(g, TRUE)) {
                // Arcs and curved polygons: linearise with GDAL's default angular step.
                OGRGeometryH lin = OGR_G_GetLinearGeometry(g, 0, nullptr);
                if (lin && wkbFlatten(OGR_G_GetGeometryType(lin)) != type) {
                    ok = addGeometry(lin);
                }
                if (lin) OGR_G_DestroyGeometry(lin);
            }
            break;
    }
    return ok;
}

}  // namespace pa
