// Triangulation must cover each polygon exactly: triangle area equals polygon area, holes stay
// empty, and awkward but valid input (touching rings, collinear and duplicate points) works.
#include <gtest/gtest.h>

#include <cmath>
#include <random>

#include "core/triangulator.h"

using namespace pa;

namespace {

struct Poly {
    std::vector<Vec2d> v;
    std::vector<RingView> rings;
    void ring(std::initializer_list<Vec2d> pts) { ring(std::vector<Vec2d>(pts)); }
    void ring(const std::vector<Vec2d>& pts) {
        RingView r;
        r.begin = std::uint32_t(v.size());
        v.insert(v.end(), pts.begin(), pts.end());
        r.end = std::uint32_t(v.size());
        rings.push_back(r);
    }
};

struct Tri {
    std::vector<std::uint32_t> idx;
    TriangulationResult res;
};

Tri run(const Poly& p) {
    Tri t;
    t.res = triangulatePolygon(p.v, p.rings.data(), p.rings.size(), t.idx);
    return t;
}

bool covered(const Poly& p, const Tri& t, Vec2d q) {
    for (std::size_t k = 0; k + 2 < t.idx.size(); k += 3) {
        const Vec2d a = p.v[t.idx[k]], b = p.v[t.idx[k + 1]], c = p.v[t.idx[k + 2]];
        const double d1 = (b.x - a.x) * (q.y - a.y) - (b.y - a.y) * (q.x - a.x);
        const double d2 = (c.x - b.x) * (q.y - b.y) - (c.y - b.y) * (q.x - b.x);
        const double d3 = (a.x - c.x) * (q.y - c.y) - (a.y - c.y) * (q.x - c.x);
        if ((d1 >= 0 && d2 >= 0 && d3 >= 0) || (d1 <= 0 && d2 <= 0 && d3 <= 0)) return true;
    }
    return false;
}

void expectExact(const Poly& p, const Tri& t, double area) {
    EXPECT_TRUE(t.res.consistent);
    EXPECT_NEAR(t.res.polygonArea, area, 1e-9 * std::max(1.0, area));
    EXPECT_NEAR(t.res.triangleArea, area, 1e-9 * std::max(1.0, area));
    // Every emitted triangle is counter-clockwise and non-inverted.
    for (std::size_t k = 0; k + 2 < t.idx.size(); k += 3) {
        const Vec2d a = p.v[t.idx[k]], b = p.v[t.idx[k + 1]], c = p.v[t.idx[k + 2]];
        EXPECT_GE((b.x - a.x) * (c.y - a.y) - (b.y - a.y) * (c.x - a.x), 0.0);
    }
}

}  // namespace

TEST(Triangulator, Square) {
    Poly p;
    p.ring({{0, 0}, {1, 0}, {1, 1}, {0, 1}, {0, 0}});
    Tri t = run(p);
    expectExact(p, t, 1.0);
    EXPECT_EQ(t.res.triangles, 2u);
}

TEST(Triangulator, ClockwiseInputIsAccepted) {
    Poly p;
    p.ring({{0, 0}, {0, 2}, {3, 2}, {3, 0}});
    expectExact(p, run(p), 6.0);
}

TEST(Triangulator, HoleStaysEmpty) {
    Poly p;
    p.ring({{0, 0}, {10, 0}, {10, 10}, {0, 10}, {0, 0}});
    p.ring({{3, 3}, {3, 7}, {7, 7}, {7, 3}, {3, 3}});
    Tri t = run(p);
    expectExact(p, t, 100.0 - 16.0);
    EXPECT_FALSE(covered(p, t, {5, 5}));
    EXPECT_FALSE(covered(p, t, {3.5, 6.5}));
    EXPECT_TRUE(covered(p, t, {1, 1}));
    EXPECT_TRUE(covered(p, t, {8.5, 5}));
}

TEST(Triangulator, SeveralHoles) {
    Poly p;
    p.ring({{0, 0}, {20, 0}, {20, 10}, {0, 10}});
    p.ring({{2, 2}, {2, 8}, {8, 8}, {8, 2}});
    p.ring({{12, 2}, {12, 8}, {18, 8}, {18, 2}});
    Tri t = run(p);
    expectExact(p, t, 200.0 - 72.0);
    EXPECT_FALSE(covered(p, t, {5, 5}));
    EXPECT_FALSE(covered(p, t, {15, 5}));
    EXPECT_TRUE(covered(p, t, {10, 5}));
}

TEST(Triangulator, HoleTouchingOuterRing) {
    Poly p;
    p.ring({{0, 0}, {10, 0}, {10, 10}, {0, 10}});
    p.ring({{0, 5}, {4, 7}, {4, 3}});  // touches the outer ring at (0,5)
    Tri t = run(p);
    expectExact(p, t, 100.0 - 8.0);
    EXPECT_FALSE(covered(p, t, {2, 5}));
}

TEST(Triangulator, HolesTouchingEachOther) {
    Poly p;
    p.ring({{0, 0}, {10, 0}, {10, 10}, {0, 10}});
    p.ring({{2, 2}, {2, 5}, {5, 5}, {5, 2}});
    p.ring({{5, 5}, {5, 8}, {8, 8}, {8, 5}});  // shares the corner (5,5)
    Tri t = run(p);
    expectExact(p, t, 100.0 - 18.0);
    EXPECT_FALSE(covered(p, t, {3.5, 3.5}));
    EXPECT_FALSE(covered(p, t, {6.5, 6.5}));
    EXPECT_TRUE(covered(p, t, {3.5, 6.5}));
}

TEST(Triangulator, RingTouchingItselfAtAVertex) {
    Poly p;  // two triangles pinched together at (2,2)
    p.ring({{0, 0}, {4, 0}, {2, 2}, {4, 4}, {0, 4}, {2, 2}, {0, 0}});
    Tri t = run(p);
    expectExact(p, t, 8.0);
    EXPECT_FALSE(covered(p, t, {0.5, 2}));
    EXPECT_TRUE(covered(p, t, {2, 0.5}));
    EXPECT_TRUE(covered(p, t, {2, 3.5}));
}

TEST(Triangulator, CollinearAndDuplicatePoints) {
    Poly p;
    p.ring({{0, 0}, {1, 0}, {2, 0}, {2, 0}, {3, 0}, {3, 1}, {3, 2}, {3, 2}, {1.5, 2}, {0, 2}, {0, 1}, {0, 0}});
    Tri t = run(p);
    expectExact(p, t, 6.0);
}

TEST(Triangulator, ConcaveComb) {
    std::vector<Vec2d> ring = {{0, 0}, {20, 0}};
    for (int k = 10; k > 0; --k) {
        ring.push_back({2.0 * k, 10});
        ring.push_back({2.0 * k - 1, 1});
    }
    ring.push_back({0, 10});
    Poly p;
    p.ring(ring);
    // 20x1 base plus ten 2-wide, 9-tall triangles... computed independently by the shoelace.
    Tri t = run(p);
    EXPECT_TRUE(t.res.consistent);
    EXPECT_NEAR(t.res.triangleArea, t.res.polygonArea, 1e-9);
    EXPECT_FALSE(covered(p, t, {19, 9}));  // inside a notch, outside the polygon
}

TEST(Triangulator, SelfIntersectionIsReported) {
    Poly p;
    p.ring({{0, 0}, {2, 2}, {2, 0}, {0, 2}});  // bow-tie
    Tri t = run(p);
    EXPECT_FALSE(t.res.consistent);
}

TEST(Triangulator, DegenerateInputGivesNoTriangles) {
    Poly p;
    p.ring({{0, 0}, {1, 1}, {2, 2}});
    Tri t = run(p);
    EXPECT_EQ(t.res.triangles, 0u);
    EXPECT_TRUE(t.res.consistent);
}

TEST(Triangulator, LargeRingUsesHashedPathAndStaysExact) {
    // A 5000-vertex star: well over the threshold for z-order acceleration.
    std::mt19937 rng(42);
    std::uniform_real_distribution<double> r(0.5, 1.0);
    std::vector<Vec2d> ring;
    const int n = 5000;
    for (int k = 0; k < n; ++k) {
        const double a = 2 * M_PI * k / n;
        const double rr = 1000.0 * r(rng);
        ring.push_back({12600000.0 + rr * std::cos(a), 2650000.0 + rr * std::sin(a)});
    }
    Poly p;
    p.ring(ring);
    Tri t = run(p);
    EXPECT_TRUE(t.res.consistent);
    EXPECT_EQ(t.res.triangles, std::size_t(n - 2));
    EXPECT_NEAR(t.res.triangleArea / t.res.polygonArea, 1.0, 1e-9);
}

TEST(Triangulator, RandomStarsWithHolesCoverExactly) {
    // Star-shaped rings around a centre are simple. With at least 6 vertices, angular gaps of at most
    // 1.5 steps and radii of 0.6R..R, every edge stays over 0.42R from the centre, so a hole of
    // radius 0.3R keeps the polygon valid.
    std::mt19937 rng(42);
    std::uniform_real_distribution<double> u(0.0, 1.0);
    int checked = 0;
    for (int s = 0; s < 2000; ++s) {
        Poly p;
        const int n = 6 + int(u(rng) * 60);
        const double cx = 113.3 + u(rng) * 0.1, cy = 23.1 + u(rng) * 0.1, R = 0.0005 + u(rng) * 0.003;
        std::vector<Vec2d> outer;
        for (int k = 0; k < n; ++k) {
            const double a = 2 * M_PI * (k + 0.5 * u(rng)) / n;
            const double rr = R * (0.6 + 0.4 * u(rng));
            outer.push_back({cx + rr * std::cos(a), cy + rr * std::sin(a)});
        }
        outer.push_back(outer.front());
        p.ring(outer);
        if (s % 3 == 0) {
            const int m = 3 + int(u(rng) * 12);
            std::vector<Vec2d> hole;
            for (int k = 0; k < m; ++k) {
                const double a = -2 * M_PI * k / m;
                hole.push_back({cx + 0.3 * R * std::cos(a), cy + 0.3 * R * std::sin(a)});
            }
            p.ring(hole);
        }
        Tri t = run(p);
        ASSERT_TRUE(t.res.consistent) << "star " << s;
        ASSERT_NEAR(t.res.triangleArea / t.res.polygonArea, 1.0, 1e-8) << "star " << s;
        if (p.rings.size() > 1) {
            EXPECT_FALSE(covered(p, t, {cx, cy})) << "hole of star " << s;
        }
        ++checked;
    }
    EXPECT_EQ(checked, 2000);
}
