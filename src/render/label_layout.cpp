#include "render/label_layout.h"

#include <numeric>

#include <algorithm>
#include <cmath>

#include "core/polylabel.h"
#include "core/text.h"

namespace pa {

namespace {

// Liang-Barsky: the part of segment a-b inside the rectangle, if any.
bool clip(Vec2d& a, Vec2d& b, double w, double h) {
    double t0 = 0, t1 = 1;
    const double dx = b.x - a.x, dy = b.y - a.y;
    const double p[4] = {-dx, dx, -dy, dy}, q[4] = {a.x, w - a.x, a.y, h - a.y};
    for (int i = 0; i < 4; ++i) {
        if (p[i] == 0) {
            if (q[i] < 0) return false;
            continue;
        }
        const double t = q[i] / p[i];
        if (p[i] < 0) t0 = std::max(t0, t);
        else t1 = std::min(t1, t);
    }
    if (t0 > t1) return false;
    const Vec2d a0 = a;
    a = {a0.x + t0 * dx, a0.y + t0 * dy};
    b = {a0.x + t1 * dx, a0.y + t1 * dy};
    return true;
}

double pathLength(const std::vector<Vec2d>& p) {
    double n = 0;
    for (std::size_t k = 1; k < p.size(); ++k) n += std::hypot(p[k].x - p[k - 1].x, p[k].y - p[k - 1].y);
    return n;
}

// The longest run of a display-CRS line inside the view, in logical px.
std::vector<Vec2d> longestVisibleRun(const std::vector<Vec2d>& line, const Viewport& vp) {
    const double w = vp.width(), h = vp.height();
    std::vector<Vec2d> run, best;
    auto flush = [&] {
        if (run.size() >= 2 && pathLength(run) > pathLength(best)) best = run;
        run.clear();
    };
    for (std::size_t k = 0; k + 1 < line.size(); ++k) {
        Vec2d a = vp.mapToScreen(line[k]), b = vp.mapToScreen(line[k + 1]);
        if (!clip(a, b, w, h)) {
            flush();
            continue;
        }
        if (run.empty() || std::hypot(run.back().x - a.x, run.back().y - a.y) > 0.5) {
            flush();
            run.push_back(a);
        }
        run.push_back(b);
    }
    flush();
    return best;
}

}  // namespace

std::vector<LabelSource> collectLabelSources(const Layer& l, const ResolvedStyle& style, const std::string& language,
                                             int order) {
    std::vector<LabelSource> out;
    if (l.projected.size() != l.vertices.size()) return out;
    for (std::uint32_t fi = 0; fi < l.features.size(); ++fi) {
        const Feature& f = l.features[fi];
        const LabelStyle& ls = style.labels[fi];
        if (!ls.enabled || f.partCount == 0) continue;
        const std::string name = featureName(f, language);
        if (name.empty()) continue;
        LabelSource s;
        s.text = decodeUtf8(name);
        s.style = ls;
        s.order = order;
        // The largest part carries the label.
        std::uint32_t best = f.firstPart;
        std::size_t bestSize = 0;
        for (std::uint32_t p = f.firstPart; p < f.firstPart + f.partCount; ++p) {
            const Part& part = l.parts[p];
            const std::size_t n = l.ringEnd(part.firstRing) - l.ringBegin(part.firstRing);
            if (n > bestSize) best = p, bestSize = n;
        }
        const Part& part = l.parts[best];
        const std::uint32_t b = l.ringBegin(part.firstRing), e = l.ringEnd(part.firstRing);
        for (std::uint32_t i = b; i < e; ++i) s.bounds.extend(l.projected[i]);
        LabelPlacement pl = ls.placement;
        if (pl == LabelPlacement::Auto)
            pl = part.kind == PartKind::Point  ? LabelPlacement::Point
                 : part.kind == PartKind::Line ? LabelPlacement::Line
                                               : LabelPlacement::Area;
        if (pl == LabelPlacement::Point || part.kind == PartKind::Point) {
            s.kind = LabelCandidate::Kind::Point;
            s.anchor = l.projected[b];
            s.markerRadius = part.kind == PartKind::Point ? style.symbol(fi).markerSize * 0.5f : 0;
        } else if (pl == LabelPlacement::Line && part.kind == PartKind::Line) {
            s.kind = LabelCandidate::Kind::Line;
            s.line.assign(l.projected.begin() + b, l.projected.begin() + e);
        } else {
            s.kind = LabelCandidate::Kind::Area;
            std::vector<std::vector<Vec2d>> rings;
            for (std::uint32_t r = part.firstRing; r < part.firstRing + part.ringCount; ++r)
                rings.emplace_back(l.projected.begin() + l.ringBegin(r), l.projected.begin() + l.ringEnd(r));
            s.anchor = part.kind == PartKind::Polygon
                           ? poleOfInaccessibility(rings, std::max(s.bounds.width(), s.bounds.height()) / 200.0)
                           : s.bounds.center();
        }
        out.push_back(std::move(s));
    }
    return out;
}

std::vector<LabelCandidate> labelCandidates(const std::vector<LabelSource>& sources, const Viewport& vp,
                                            const GlyphAdvance& advance) {
    std::vector<LabelCandidate> out;
    const Bounds view = vp.visibleBounds();
    for (std::size_t i = 0; i < sources.size(); ++i) {
        const LabelSource& s = sources[i];
        if (s.style.maxResolution > 0 && vp.resolution() > s.style.maxResolution) continue;
        if (!s.bounds.intersects(view)) continue;
        const double areaWidth = s.bounds.width() / vp.resolution();
        if (s.kind == LabelCandidate::Kind::Area) {
            // An area label goes inside its area or nowhere (label_placer): a polygon narrower than the
            // name's CJK characters alone (each a full em in every CJK font) cannot take it, and at a
            // million features that test is most of the frame's label work.
            std::size_t ideographs = 0;
            for (char32_t ch : s.text) ideographs += ch >= 0x2E80;
            if (areaWidth < 0.9 * s.style.size * double(ideographs)) continue;
        }
        LabelCandidate c;
        c.id = int(i);
        // Priority from the style; the layer drawn on top wins ties.
        c.priority = s.style.priority * 1000 + s.order;
        bool cjk = false;
        for (char32_t ch : s.text) {
            c.advances.push_back(advance(ch, s.style.size));
            cjk = cjk || ch >= 0x2E80;
        }
        c.height = s.style.size * 1.25f;
        c.upright = cjk;
        c.kind = s.kind;
        if (s.kind == LabelCandidate::Kind::Line) {
            c.path = longestVisibleRun(s.line, vp);
            if (c.path.size() < 2) continue;
        } else {
            c.anchor = vp.mapToScreen(s.anchor);
            c.offset = s.markerRadius;
            if (s.kind == LabelCandidate::Kind::Area) {
                c.areaWidth = areaWidth;
                if (std::accumulate(c.advances.begin(), c.advances.end(), 0.0) > areaWidth) continue;  // as the placer would
            }
        }
        out.push_back(std::move(c));
    }
    return out;
}

}  // namespace pa
