#include "core/triangulator.h"

#include <algorithm>
#include <cmath>
#include <deque>
#include <limits>

namespace pa {
namespace {

// Convention throughout: the outer ring is linked counter-clockwise, holes clockwise, and
// cross(a,b,c) > 0 means a->b->c turns left, i.e. b is a convex corner of the outer ring.

struct Node {
    std::uint32_t i = 0;  // vertex index in the caller's array
    double x = 0, y = 0;
    Node* prev = nullptr;
    Node* next = nullptr;
    std::int32_t z = 0;
    Node* prevZ = nullptr;
    Node* nextZ = nullptr;
    bool steiner = false;
};

inline double cross(const Node* a, const Node* b, const Node* c) {
    return (b->x - a->x) * (c->y - a->y) - (b->y - a->y) * (c->x - a->x);
}
inline double cross(double ax, double ay, double bx, double by, double px, double py) {
    return (bx - ax) * (py - ay) - (by - ay) * (px - ax);
}
inline bool equals(const Node* a, const Node* b) { return a->x == b->x && a->y == b->y; }

// Inclusive test for a counter-clockwise triangle.
inline bool pointInCcwTriangle(double ax, double ay, double bx, double by, double cx, double cy,
                               double px, double py) {
    return cross(ax, ay, bx, by, px, py) >= 0 && cross(bx, by, cx, cy, px, py) >= 0 &&
           cross(cx, cy, ax, ay, px, py) >= 0;
}
// Inclusive test that accepts either orientation.
inline bool pointInAnyTriangle(double ax, double ay, double bx, double by, double cx, double cy,
                               double px, double py) {
    const double d1 = cross(ax, ay, bx, by, px, py);
    const double d2 = cross(bx, by, cx, cy, px, py);
    const double d3 = cross(cx, cy, ax, ay, px, py);
    const bool hasNeg = d1 < 0 || d2 < 0 || d3 < 0;
    const bool hasPos = d1 > 0 || d2 > 0 || d3 > 0;
    return !(hasNeg && hasPos);
}

inline int sign(double v) { return (v > 0) - (v < 0); }

inline bool onSegment(const Node* p, const Node* q, const Node* r) {
    return q->x <= std::max(p->x, r->x) && q->x >= std::min(p->x, r->x) &&
           q->y <= std::max(p->y, r->y) && q->y >= std::min(p->y, r->y);
}

bool segmentsIntersect(const Node* p1, const Node* q1, const Node* p2, const Node* q2) {
    const int o1 = sign(cross(p1, q1, p2));
    const int o2 = sign(cross(p1, q1, q2));
    const int o3 = sign(cross(p2, q2, p1));
    const int o4 = sign(cross(p2, q2, q1));
    if (o1 != o2 && o3 != o4) return true;
    if (o1 == 0 && onSegment(p1, p2, q1)) return true;
    if (o2 == 0 && onSegment(p1, q2, q1)) return true;
    if (o3 == 0 && onSegment(p2, p1, q2)) return true;
    if (o4 == 0 && onSegment(p2, q1, q2)) return true;
    return false;
}

class EarClipper {
public:
    EarClipper(const std::vector<Vec2d>& v, std::vector<std::uint32_t>& out) : verts_(v), out_(out) {}

    void run(const RingView* rings, std::size_t ringCount, std::size_t totalVertices) {
        nodes_.clear();
        // Every bridge adds two nodes, every split two more; reserving keeps Node* stable.
        nodes_.reserve(totalVertices + 4 * ringCount + 16);
        Node* outer = linkRing(rings[0], true);
        if (!outer || outer->next == outer->prev) return;
        if (ringCount > 1) outer = eliminateHoles(rings + 1, ringCount - 1, outer);

        // Degenerate input (rings through one point many times, bridges onto them) can leave links that
        // never close; work far past what any ring of this size needs ends the clipping, and the area
        // check then reports the polygon for repair. A fuzzer found one of 53 vertices.
        const std::uint64_t n = totalVertices;
        budget_ = std::max<std::uint64_t>(1000000, 64 * n * n);
        invSize_ = 0;
        if (totalVertices > 80) {
            double minX = outer->x, minY = outer->y, maxX = outer->x, maxY = outer->y;
            Node* p = outer;
            do {
                minX = std::min(minX, p->x);
                minY = std::min(minY, p->y);
                maxX = std::max(maxX, p->x);
                maxY = std::max(maxY, p->y);
                p = p->next;
            } while (p != outer);
            minX_ = minX;
            minY_ = minY;
            const double size = std::max(maxX - minX, maxY - minY);
            invSize_ = size != 0 ? 32767.0 / size : 0;
        }
        earcutLinked(outer, 0);
    }

private:
    Node* newNode(std::uint32_t i) {
        if (nodes_.size() == nodes_.capacity()) {
            // Never reached with the reservation in run(); guards the invariant that nodes stay put.
            spare_.emplace_back();
            spare_.back().i = i;
            spare_.back().x = verts_[i].x;
            spare_.back().y = verts_[i].y;
            return &spare_.back();
        }
        nodes_.emplace_back();
        Node& n = nodes_.back();
        n.i = i;
        n.x = verts_[i].x;
        n.y = verts_[i].y;
        return &n;
    }

    Node* insertNode(std::uint32_t i, Node* last) {
        Node* p = newNode(i);
        if (!last) {
            p->prev = p;
            p->next = p;
        } else {
            p->next = last->next;
            p->prev = last;
            last->next->prev = p;
            last->next = p;
        }
        return p;
    }

    static void removeNode(Node* p) {
        p->next->prev = p->prev;
        p->prev->next = p->next;
        if (p->prevZ) p->prevZ->nextZ = p->nextZ;
        if (p->nextZ) p->nextZ->prevZ = p->prevZ;
    }

    Node* linkRing(const RingView& r, bool ccw) {
        std::uint32_t end = r.end;
        if (end - r.begin >= 2 && verts_[r.begin] == verts_[end - 1]) --end;  // closing vertex
        if (end <= r.begin) return nullptr;
        const double area = signedRingArea(verts_.data() + r.begin, end - r.begin);
        Node* last = nullptr;
        if ((area > 0) == ccw) {
            for (std::uint32_t i = r.begin; i < end; ++i) last = insertNode(i, last);
        } else {
            for (std::uint32_t i = end; i-- > r.begin;) last = insertNode(i, last);
        }
        if (last && equals(last, last->next)) {
            Node* n = last->next;
            removeNode(last);
            last = n;
        }
        return last;
    }

    // Removes duplicate and collinear vertices between start and end.
    Node* filterPoints(Node* start, Node* end = nullptr) {
        if (!start) return start;
        if (!end) end = start;
        Node* p = start;
        bool again;
        do {
            if (exhausted()) return end;
            again = false;
            if (!p->steiner && (equals(p, p->next) || cross(p->prev, p, p->next) == 0)) {
                removeNode(p);
                p = end = p->prev;
                if (p == p->next) break;
                again = true;
            } else {
                p = p->next;
            }
        } while (again || p != end);
        return end;
    }

    Node* eliminateHoles(const RingView* holes, std::size_t n, Node* outer) {
        std::vector<Node*> queue;
        queue.reserve(n);
        for (std::size_t h = 0; h < n; ++h) {
            Node* list = linkRing(holes[h], false);
            if (!list) continue;
            if (list == list->next) list->steiner = true;
            queue.push_back(leftmost(list));
        }
        std::sort(queue.begin(), queue.end(), [](const Node* a, const Node* b) {
            if (a->x != b->x) return a->x < b->x;
            return a->y < b->y;
        });
        for (Node* h : queue) outer = eliminateHole(h, outer);
        return outer;
    }

    Node* eliminateHole(Node* hole, Node* outer) {
        Node* bridge = findHoleBridge(hole, outer);
        if (!bridge) return outer;
        Node* bridgeReverse = splitPolygon(bridge, hole);
        filterPoints(bridgeReverse, bridgeReverse->next);
        return filterPoints(bridge, bridge->next);
    }

    // David Eberly's hole bridging: cast a ray left from the hole's leftmost point, take the
    // edge it hits first, then the visible vertex with the smallest angle to the ray.
    static Node* findHoleBridge(Node* hole, Node* outer) {
        Node* p = outer;
        const double hx = hole->x, hy = hole->y;
        double qx = -std::numeric_limits<double>::infinity();
        Node* m = nullptr;
        do {
            if (hy <= p->y && hy >= p->next->y && p->next->y != p->y) {
                const double x = p->x + (hy - p->y) * (p->next->x - p->x) / (p->next->y - p->y);
                if (x <= hx && x > qx) {
                    qx = x;
                    m = p->x < p->next->x ? p : p->next;
                    if (x == hx) return m;  // the hole touches this edge
                }
            }
            p = p->next;
        } while (p != outer);
        if (!m) return nullptr;

        Node* stop = m;
        const double mx = m->x, my = m->y;
        double tanMin = std::numeric_limits<double>::infinity();
        p = m;
        do {
            if (hx >= p->x && p->x >= mx && hx != p->x &&
                pointInAnyTriangle(hy < my ? hx : qx, hy, mx, my, hy < my ? qx : hx, hy, p->x, p->y)) {
                const double tan = std::fabs(hy - p->y) / (hx - p->x);
                if (locallyInside(p, hole) &&
                    (tan < tanMin ||
                     (tan == tanMin && (p->x > m->x || (p->x == m->x && sectorContainsSector(m, p)))))) {
                    m = p;
                    tanMin = tan;
                }
            }
            p = p->next;
        } while (p != stop);
        return m;
    }

    static bool sectorContainsSector(const Node* m, const Node* p) {
        return cross(m->prev, m, p->prev) > 0 && cross(p->next, m, m->next) > 0;
    }

    static Node* leftmost(Node* start) {
        Node* p = start;
        Node* best = start;
        do {
            if (p->x < best->x || (p->x == best->x && p->y < best->y)) best = p;
            p = p->next;
        } while (p != start);
        return best;
    }

    // Whether the diagonal a->b leaves a towards the inside of the ring.
    static bool locallyInside(const Node* a, const Node* b) {
        return cross(a->prev, a, a->next) > 0 ? cross(a, b, a->next) <= 0 && cross(a, a->prev, b) <= 0
                                              : cross(a, b, a->prev) > 0 || cross(a, a->next, b) > 0;
    }

    static bool middleInside(const Node* a, const Node* b) {
        const Node* p = a;
        bool inside = false;
        const double px = (a->x + b->x) / 2, py = (a->y + b->y) / 2;
        do {
            if (((p->y > py) != (p->next->y > py)) && p->next->y != p->y &&
                (px < (p->next->x - p->x) * (py - p->y) / (p->next->y - p->y) + p->x))
                inside = !inside;
            p = p->next;
        } while (p != a);
        return inside;
    }

    static bool intersectsPolygon(const Node* a, const Node* b) {
        const Node* p = a;
        do {
            if (p->i != a->i && p->next->i != a->i && p->i != b->i && p->next->i != b->i &&
                segmentsIntersect(p, p->next, a, b))
                return true;
            p = p->next;
        } while (p != a);
        return false;
    }

    static bool isValidDiagonal(const Node* a, const Node* b) {
        return a->next->i != b->i && a->prev->i != b->i && !intersectsPolygon(a, b) &&
               ((locallyInside(a, b) && locallyInside(b, a) && middleInside(a, b) &&
                 (cross(a->prev, a, b->prev) != 0 || cross(a, b->prev, b) != 0)) ||
                (equals(a, b) && cross(a->prev, a, a->next) < 0 && cross(b->prev, b, b->next) < 0));
    }

    // Joins a and b by a diagonal, splitting the ring in two; returns the copy of b in the new ring.
    Node* splitPolygon(Node* a, Node* b) {
        Node* a2 = newNode(a->i);
        Node* b2 = newNode(b->i);
        Node* an = a->next;
        Node* bp = b->prev;
        a->next = b;
        b->prev = a;
        a2->next = an;
        an->prev = a2;
        b2->next = a2;
        a2->prev = b2;
        bp->next = b2;
        b2->prev = bp;
        return b2;
    }

    std::int32_t zOrder(double x, double y) const {
        std::uint32_t ix = static_cast<std::uint32_t>((x - minX_) * invSize_);
        std::uint32_t iy = static_cast<std::uint32_t>((y - minY_) * invSize_);
        ix = (ix | (ix << 8)) & 0x00FF00FF;
        ix = (ix | (ix << 4)) & 0x0F0F0F0F;
        ix = (ix | (ix << 2)) & 0x33333333;
        ix = (ix | (ix << 1)) & 0x55555555;
        iy = (iy | (iy << 8)) & 0x00FF00FF;
        iy = (iy | (iy << 4)) & 0x0F0F0F0F;
        iy = (iy | (iy << 2)) & 0x33333333;
        iy = (iy | (iy << 1)) & 0x55555555;
        return static_cast<std::int32_t>(ix | (iy << 1));
    }

    void indexCurve(Node* start) {
        zScratch_.clear();
        Node* p = start;
        do {
            p->z = zOrder(p->x, p->y);
            zScratch_.push_back(p);
            p = p->next;
        } while (p != start);
        std::sort(zScratch_.begin(), zScratch_.end(), [](const Node* a, const Node* b) { return a->z < b->z; });
        for (std::size_t k = 0; k < zScratch_.size(); ++k) {
            zScratch_[k]->prevZ = k ? zScratch_[k - 1] : nullptr;
            zScratch_[k]->nextZ = k + 1 < zScratch_.size() ? zScratch_[k + 1] : nullptr;
        }
    }

    static bool blocksEar(const Node* p, const Node* a, const Node* b, const Node* c) {
        return !(p->x == a->x && p->y == a->y) && pointInCcwTriangle(a->x, a->y, b->x, b->y, c->x, c->y, p->x, p->y) &&
               cross(p->prev, p, p->next) <= 0;
    }

    bool isEar(const Node* ear) {
        const Node* a = ear->prev;
        const Node* b = ear;
        const Node* c = ear->next;
        if (cross(a, b, c) <= 0) return false;
        const double x0 = std::min({a->x, b->x, c->x}), y0 = std::min({a->y, b->y, c->y});
        const double x1 = std::max({a->x, b->x, c->x}), y1 = std::max({a->y, b->y, c->y});
        for (const Node* p = c->next; p != a; p = p->next) {
            if (exhausted()) return false;
            if (p->x >= x0 && p->x <= x1 && p->y >= y0 && p->y <= y1 && blocksEar(p, a, b, c)) return false;
        }
        return true;
    }

    bool isEarHashed(const Node* ear) const {
        const Node* a = ear->prev;
        const Node* b = ear;
        const Node* c = ear->next;
        if (cross(a, b, c) <= 0) return false;
        const double x0 = std::min({a->x, b->x, c->x}), y0 = std::min({a->y, b->y, c->y});
        const double x1 = std::max({a->x, b->x, c->x}), y1 = std::max({a->y, b->y, c->y});
        const std::int32_t minZ = zOrder(x0, y0), maxZ = zOrder(x1, y1);
        auto blocks = [&](const Node* p) {
            return p->x >= x0 && p->x <= x1 && p->y >= y0 && p->y <= y1 && p != a && p != c && blocksEar(p, a, b, c);
        };
        const Node* p = ear->prevZ;
        const Node* n = ear->nextZ;
        while (p && p->z >= minZ && n && n->z <= maxZ) {
            if (blocks(p)) return false;
            p = p->prevZ;
            if (blocks(n)) return false;
            n = n->nextZ;
        }
        for (; p && p->z >= minZ; p = p->prevZ)
            if (blocks(p)) return false;
        for (; n && n->z <= maxZ; n = n->nextZ)
            if (blocks(n)) return false;
        return true;
    }

    void emit(const Node* a, const Node* b, const Node* c) {
        out_.push_back(a->i);
        out_.push_back(b->i);
        out_.push_back(c->i);
    }

    void earcutLinked(Node* ear, int pass) {
        if (!ear) return;
        if (pass == 0 && invSize_ != 0) indexCurve(ear);
        Node* stop = ear;
        while (ear->prev != ear->next) {
            if (exhausted()) return;
            Node* prev = ear->prev;
            Node* next = ear->next;
            if (invSize_ != 0 ? isEarHashed(ear) : isEar(ear)) {
                emit(prev, ear, next);
                removeNode(ear);
                ear = next->next;
                stop = next->next;
                continue;
            }
            ear = next;
            if (ear == stop) {
                if (pass == 0) {
                    earcutLinked(filterPoints(ear), 1);
                } else if (pass == 1) {
                    ear = cureLocalIntersections(filterPoints(ear));
                    earcutLinked(ear, 2);
                } else {
                    splitEarcut(ear);
                }
                break;
            }
        }
    }

    // Clips the small self-intersections that touching rings and bridges leave behind.
    Node* cureLocalIntersections(Node* start) {
        Node* p = start;
        do {
            if (exhausted()) return p;
            Node* a = p->prev;
            Node* b = p->next->next;
            if (!equals(a, b) && segmentsIntersect(a, p, p->next, b) && locallyInside(a, b) && locallyInside(b, a)) {
                emit(a, p, b);
                removeNode(p);
                removeNode(p->next);
                p = start = b;
            }
            p = p->next;
        } while (p != start);
        return filterPoints(p);
    }

    void splitEarcut(Node* start) {
        Node* a = start;
        do {
            Node* b = a->next->next;
            while (b != a->prev) {
                if (exhausted()) return;
                if (a->i != b->i && isValidDiagonal(a, b)) {
                    Node* c = splitPolygon(a, b);
                    a = filterPoints(a, a->next);
                    c = filterPoints(c, c->next);
                    earcutLinked(a, 0);
                    earcutLinked(c, 0);
                    return;
                }
                b = b->next;
            }
            a = a->next;
        } while (a != start);
    }

    bool exhausted() { return ++steps_ > budget_; }

    const std::vector<Vec2d>& verts_;
    std::vector<std::uint32_t>& out_;
    std::uint64_t steps_ = 0, budget_ = 1000000;
    std::vector<Node> nodes_;
    std::deque<Node> spare_;  // deque: growth never moves existing nodes
    std::vector<Node*> zScratch_;
    double minX_ = 0, minY_ = 0, invSize_ = 0;
};

}  // namespace

TriangulationResult triangulatePolygon(const std::vector<Vec2d>& vertices, const RingView* rings,
                                       std::size_t ringCount, std::vector<std::uint32_t>& out) {
    TriangulationResult result;
    if (ringCount == 0) return result;
    std::size_t total = 0;
    for (std::size_t r = 0; r < ringCount; ++r) {
        if (rings[r].end < rings[r].begin || rings[r].end > vertices.size()) return result;
        const double a = std::fabs(signedRingArea(vertices.data() + rings[r].begin, rings[r].end - rings[r].begin));
        result.polygonArea += r == 0 ? a : -a;
        total += rings[r].end - rings[r].begin;
    }
    const std::size_t first = out.size();
    EarClipper clipper(vertices, out);
    clipper.run(rings, ringCount, total);
    for (std::size_t k = first; k + 2 < out.size(); k += 3) {
        const Vec2d tri[3] = {vertices[out[k]], vertices[out[k + 1]], vertices[out[k + 2]]};
        result.triangleArea += std::fabs(signedRingArea(tri, 3));
    }
    result.triangles = (out.size() - first) / 3;
    // Relative tolerance scaled by the ring's extent, so the test works in degrees and in metres.
    Bounds b;
    for (std::uint32_t i = rings[0].begin; i < rings[0].end; ++i) b.extend(vertices[i]);
    const double scale = std::max(b.width() * b.height(), std::numeric_limits<double>::min());
    result.consistent = std::fabs(result.triangleArea - result.polygonArea) <= 1e-9 * scale + 1e-12 * scale * total &&
                        result.polygonArea >= 0;
    return result;
}

}  // namespace pa
