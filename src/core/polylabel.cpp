#include "core/polylabel.h"

#include <algorithm>
#include <cmath>
#include <queue>

namespace pa {

namespace {

double segDist2(Vec2d p, Vec2d a, Vec2d b) {
    double x = a.x, y = a.y, dx = b.x - x, dy = b.y - y;
    if (dx != 0 || dy != 0) {
        const double t = ((p.x - x) * dx + (p.y - y) * dy) / (dx * dx + dy * dy);
        if (t > 1) x = b.x, y = b.y;
        else if (t > 0) x += dx * t, y += dy * t;
    }
    dx = p.x - x, dy = p.y - y;
    return dx * dx + dy * dy;
}

// Signed distance to the polygon's edges: positive inside.
double signedDistance(Vec2d p, const std::vector<std::vector<Vec2d>>& rings) {
    bool inside = false;
    double best = INFINITY;
    for (const auto& ring : rings) {
        const std::size_t n = ring.size();
        for (std::size_t i = 0, j = n - 1; i < n; j = i++) {
            const Vec2d a = ring[i], b = ring[j];
            if ((a.y > p.y) != (b.y > p.y) && p.x < (b.x - a.x) * (p.y - a.y) / (b.y - a.y) + a.x) inside = !inside;
            best = std::min(best, segDist2(p, a, b));
        }
    }
    return (inside ? 1 : -1) * std::sqrt(best);
}

struct Cell {
    Vec2d c;
    double h, d, max;
    Cell(Vec2d c_, double h_, const std::vector<std::vector<Vec2d>>& rings)
        : c(c_), h(h_), d(signedDistance(c_, rings)), max(d + h * std::sqrt(2.0)) {}
};

}  // namespace

Vec2d poleOfInaccessibility(const std::vector<std::vector<Vec2d>>& rings, double precision, double* distance) {
    Bounds b;
    if (!rings.empty())
        for (const Vec2d& v : rings[0]) b.extend(v);
    if (b.isEmpty()) return {};
    const double size = std::min(b.width(), b.height());
    if (size <= 0) {
        if (distance) *distance = 0;
        return b.center();
    }
    const double h = size / 2;
    auto cmp = [](const Cell& a, const Cell& c) { return a.max < c.max; };
    std::priority_queue<Cell, std::vector<Cell>, decltype(cmp)> queue(cmp);
    for (double x = b.minX; x < b.maxX; x += size)
        for (double y = b.minY; y < b.maxY; y += size) queue.emplace(Vec2d{x + h, y + h}, h, rings);
    Cell best(b.center(), 0, rings);
    int guard = 0;
    while (!queue.empty() && ++guard < 20000) {
        const Cell cell = queue.top();
        queue.pop();
        if (cell.d > best.d) best = cell;
        if (cell.max - best.d <= precision) continue;
        const double hh = cell.h / 2;
        for (const Vec2d o : {Vec2d{-hh, -hh}, Vec2d{hh, -hh}, Vec2d{-hh, hh}, Vec2d{hh, hh}})
            queue.emplace(Vec2d{cell.c.x + o.x, cell.c.y + o.y}, hh, rings);
    }
    if (distance) *distance = best.d;
    return best.c;
}

}  // namespace pa
