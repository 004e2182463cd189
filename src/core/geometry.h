#pragma once
// Plain 2D geometry value types shared by every layer of the program.
#include <algorithm>
#include <cstddef>
#include <limits>
#include <vector>

namespace pa {

struct Vec2d {
    double x = 0.0;
    double y = 0.0;
};

inline bool operator==(const Vec2d& a, const Vec2d& b) { return a.x == b.x && a.y == b.y; }

struct Bounds {
    double minX = std::numeric_limits<double>::infinity();
    double minY = std::numeric_limits<double>::infinity();
    double maxX = -std::numeric_limits<double>::infinity();
    double maxY = -std::numeric_limits<double>::infinity();

    bool isEmpty() const { return !(minX <= maxX && minY <= maxY); }
    double width() const { return maxX - minX; }
    double height() const { return maxY - minY; }
    Vec2d center() const { return {(minX + maxX) * 0.5, (minY + maxY) * 0.5}; }
    void extend(const Vec2d& p) {  // inline: it runs once a vertex in every box built
        minX = std::min(minX, p.x);
        minY = std::min(minY, p.y);
        maxX = std::max(maxX, p.x);
        maxY = std::max(maxY, p.y);
    }
    void unite(const Bounds& b);
    bool intersects(const Bounds& b) const;
};

// Shoelace area of a closed or open ring (the closing edge is implied); positive when counter-clockwise.
double signedRingArea(const Vec2d* pts, std::size_t n);

// The point of segment a-b nearest to p, and its distance.
Vec2d nearestOnSegment(Vec2d p, Vec2d a, Vec2d b);
double segmentDistance(Vec2d p, Vec2d a, Vec2d b);

// Whether p lies inside the ring of n points (even-odd; closed or open). Rings of a polygon combine
// by toggling: inside an odd number of them is inside the polygon.
bool ringContains(const Vec2d* pts, std::size_t n, Vec2d p);

}  // namespace pa
