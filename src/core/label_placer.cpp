#include "core/label_placer.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <unordered_map>

namespace pa {

namespace {

constexpr double kCell = 48;  // collision grid cell, px

class Grid {
public:
    bool free(const std::vector<LabelBox>& boxes) const {
        for (const LabelBox& b : boxes)
            for (long gx = cell(b.x0); gx <= cell(b.x1); ++gx)
                for (long gy = cell(b.y0); gy <= cell(b.y1); ++gy) {
                    const auto it = cells_.find(key(gx, gy));
                    if (it == cells_.end()) continue;
                    for (std::size_t i : it->second)
                        if (placed_[i].overlaps(b)) return false;
                }
        return true;
    }
    void add(const std::vector<LabelBox>& boxes) {
        for (const LabelBox& b : boxes) {
            const std::size_t i = placed_.size();
            placed_.push_back(b);
            for (long gx = cell(b.x0); gx <= cell(b.x1); ++gx)
                for (long gy = cell(b.y0); gy <= cell(b.y1); ++gy) cells_[key(gx, gy)].push_back(i);
        }
    }

private:
    static long cell(double v) { return long(std::floor(v / kCell)); }
    static long long key(long x, long y) { return (static_cast<long long>(x) << 32) ^ (static_cast<long long>(y) & 0xffffffffLL); }
    std::vector<LabelBox> placed_;
    std::unordered_map<long long, std::vector<std::size_t>> cells_;
};

LabelBox boxAt(Vec2d c, double w, double h, float angle) {
    // The rotated glyph's axis-aligned box, with a pixel of air.
    const double ca = std::fabs(std::cos(angle)), sa = std::fabs(std::sin(angle));
    const double hw = 0.5 * (w * ca + h * sa) + 1, hh = 0.5 * (w * sa + h * ca) + 1;
    return {c.x - hw, c.y - hh, c.x + hw, c.y + hh};
}

bool inView(const std::vector<LabelBox>& boxes, double w, double h) {
    for (const LabelBox& b : boxes)
        if (b.x0 < 0 || b.y0 < 0 || b.x1 > w || b.y1 > h) return false;
    return true;
}

PlacedLabel straight(const LabelCandidate& c, Vec2d left) {
    PlacedLabel p;
    p.id = c.id;
    double x = left.x;
    for (float a : c.advances) {
        const Vec2d centre{x + a * 0.5, left.y};
        p.glyphs.push_back({centre, 0});
        p.boxes.push_back(boxAt(centre, a, c.height, 0));
        x += a;
    }
    return p;
}

// Glyphs along `path` starting at arc length `start`; empty when the path bends too sharply.
bool alongPath(const LabelCandidate& c, const std::vector<Vec2d>& path, const std::vector<double>& arc, double start,
               PlacedLabel& out) {
    out.glyphs.clear();
    out.boxes.clear();
    out.id = c.id;
    double s = start;
    float lastAngle = 0;
    std::size_t seg = 0;
    for (std::size_t g = 0; g < c.advances.size(); ++g) {
        const double adv = c.advances[g];
        // Where along the path this glyph's centre falls, and the direction there.
        auto at = [&](double t, double& angle) {
            while (seg + 1 < arc.size() - 1 && arc[seg + 1] < t) ++seg;
            while (seg > 0 && arc[seg] > t) --seg;
            const Vec2d a = path[seg], b = path[seg + 1];
            const double len = arc[seg + 1] - arc[seg];
            const double f = len > 0 ? (t - arc[seg]) / len : 0;
            angle = std::atan2(-(b.y - a.y), b.x - a.x);  // screen y grows downwards
            return Vec2d{a.x + (b.x - a.x) * f, a.y + (b.y - a.y) * f};
        };
        double angle = 0;
        at(s, angle);
        double step = adv;
        if (c.upright) {
            // Upright glyphs on a slanted line need more room along it so their boxes clear.
            const double ca = std::fabs(std::cos(angle)), sa = std::fabs(std::sin(angle));
            step = std::min(adv / std::max(ca, 1e-3), double(c.height) / std::max(sa, 1e-3)) * 1.05;
        }
        const double mid = s + step * 0.5;
        if (mid > arc.back()) return false;
        const Vec2d centre = at(mid, angle);
        if (c.upright && !out.glyphs.empty()) {
            // Upright characters must read on: never a step leftwards, nor upwards, around a bend.
            const Vec2d prev = out.glyphs.back().center;
            const double dx = centre.x - prev.x, dy = centre.y - prev.y, len = std::hypot(dx, dy);
            if (dx < -0.5 * len || dy < -0.5 * len) return false;
        }
        const float a = c.upright ? 0.0f : float(angle);
        if (!c.upright && g > 0 && std::fabs(std::remainder(a - lastAngle, 2 * M_PI)) > 0.6) return false;
        lastAngle = a;
        out.glyphs.push_back({centre, a});
        out.boxes.push_back(boxAt(centre, adv, c.height, a));
        s += step;
    }
    return true;
}

}  // namespace

std::vector<PlacedLabel> placeLabels(std::vector<LabelCandidate> cands, double viewW, double viewH) {
    std::stable_sort(cands.begin(), cands.end(), [](const LabelCandidate& a, const LabelCandidate& b) {
        return a.priority > b.priority;
    });
    Grid grid;
    std::vector<PlacedLabel> out;
    for (const LabelCandidate& c : cands) {
        if (c.advances.empty()) continue;
        const double width = std::accumulate(c.advances.begin(), c.advances.end(), 0.0);
        std::vector<PlacedLabel> tries;
        if (c.kind == LabelCandidate::Kind::Point) {
            const double h = c.height, o = c.offset + 3;
            tries.push_back(straight(c, {c.anchor.x + o, c.anchor.y}));
            tries.push_back(straight(c, {c.anchor.x - o - width, c.anchor.y}));
            tries.push_back(straight(c, {c.anchor.x - width / 2, c.anchor.y - o - h / 2}));
            tries.push_back(straight(c, {c.anchor.x - width / 2, c.anchor.y + o + h / 2}));
        } else if (c.kind == LabelCandidate::Kind::Area) {
            if (width > c.areaWidth) continue;
            tries.push_back(straight(c, {c.anchor.x - width / 2, c.anchor.y}));
        } else {
            if (c.path.size() < 2) continue;
            // Both directions of the path; each try reads its own stretch left to right where that stretch
            // is mostly level, top to bottom where it is mostly upright.
            const std::vector<Vec2d>& fwd = c.path;
            const std::vector<Vec2d> rev(c.path.rbegin(), c.path.rend());
            std::vector<double> arc{0};
            for (std::size_t i = 1; i < fwd.size(); ++i)
                arc.push_back(arc.back() + std::hypot(fwd[i].x - fwd[i - 1].x, fwd[i].y - fwd[i - 1].y));
            const double total = arc.back();
            std::vector<double> arcRev{0};
            for (std::size_t i = 1; i < rev.size(); ++i)
                arcRev.push_back(arcRev.back() + std::hypot(rev[i].x - rev[i - 1].x, rev[i].y - rev[i - 1].y));
            const double need = width * (c.upright ? 1.45 : 1.0);
            if (total < need + 2 * c.height) continue;
            auto pointAt = [&](double t) {
                std::size_t k = std::size_t(std::upper_bound(arc.begin(), arc.end(), t) - arc.begin());
                k = std::clamp<std::size_t>(k, 1, arc.size() - 1);
                const double len = arc[k] - arc[k - 1], f = len > 0 ? (t - arc[k - 1]) / len : 0;
                return Vec2d{fwd[k - 1].x + (fwd[k].x - fwd[k - 1].x) * f, fwd[k - 1].y + (fwd[k].y - fwd[k - 1].y) * f};
            };
            for (double f : {0.5, 0.3, 0.7, 0.15, 0.85}) {
                const double start = f * total - need / 2;
                if (start < 0 || start + need > total) continue;
                const Vec2d a = pointAt(start), b = pointAt(start + need);
                const double dx = b.x - a.x, dy = b.y - a.y;
                const bool backwards = std::fabs(dy) > std::fabs(dx) ? dy < 0 : dx < 0;
                PlacedLabel p;
                if (backwards ? alongPath(c, rev, arcRev, total - start - need, p) : alongPath(c, fwd, arc, start, p))
                    tries.push_back(std::move(p));
            }
        }
        for (PlacedLabel& p : tries) {
            if (p.glyphs.size() != c.advances.size() || !inView(p.boxes, viewW, viewH) || !grid.free(p.boxes)) continue;
            grid.add(p.boxes);
            out.push_back(std::move(p));
            break;
        }
    }
    return out;
}

}  // namespace pa
