#include "core/geometry.h"

#include <algorithm>
#include <cmath>

namespace pa {

void Bounds::unite(const Bounds& b) {
    if (b.isEmpty()) return;
    extend(Vec2d{b.minX, b.minY});
    extend(Vec2d{b.maxX, b.maxY});
}

bool Bounds::intersects(const Bounds& b) const {
    return !(b.minX > maxX || b.maxX < minX || b.minY > maxY || b.maxY < minY);
}

double signedRingArea(const Vec2d* pts, std::size_t n) {
    if (n < 3) return 0.0;
    // Subtracting the first vertex keeps the products small, so projected coordinates in the
    // millions of metres do not lose the area of a 10 m building to cancellation.
    const Vec2d o = pts[0];
    double sum = 0.0;
    for (std::size_t i = 0, j = n - 1; i < n; j = i++) {
        const double xi = pts[i].x - o.x, yi = pts[i].y - o.y;
        const double xj = pts[j].x - o.x, yj = pts[j].y - o.y;
        sum += xj * yi - xi * yj;
    }
    return sum * 0.5;
}

Vec2d nearestOnSegment(Vec2d p, Vec2d a, Vec2d b) {
    const double dx = b.x - a.x, dy = b.y - a.y, len2 = dx * dx + dy * dy;
    const double t = len2 > 0 ? std::clamp(((p.x - a.x) * dx + (p.y - a.y) * dy) / len2, 0.0, 1.0) : 0.0;
    return {a.x + t * dx, a.y + t * dy};
}

double segmentDistance(Vec2d p, Vec2d a, Vec2d b) {
    const Vec2d q = nearestOnSegment(p, a, b);
    return std::hypot(p.x - q.x, p.y - q.y);
}

bool ringContains(const Vec2d* v, std::size_t n, Vec2d p) {
    bool in = false;
    for (std::size_t i = 0, j = n - 1; i < n; j = i++)
        if ((v[i].y > p.y) != (v[j].y > p.y) && p.x < (v[j].x - v[i].x) * (p.y - v[i].y) / (v[j].y - v[i].y) + v[i].x)
            in = !in;
    return in;
}

}  // namespace pa
