// The packed R-tree against brute force, and picking with it against picking by scanning every
// feature: the same features in the same order, for random points over points, lines and polygons.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <random>

#include "core/layer.h"
#include "core/picking.h"
#include "core/spatial_index.h"

using namespace pa;

namespace {

Layer randomLayer(std::uint32_t n, std::mt19937& rng) {
    std::uniform_real_distribution<double> pos(0, 1000), size(0.5, 40), unit(0, 1);
    Layer l;
    for (std::uint32_t i = 0; i < n; ++i) {
        l.beginFeature(std::to_string(i));
        const double x = pos(rng), y = pos(rng), s = size(rng);
        const int parts = unit(rng) < 0.1 ? 2 : 1;
        for (int p = 0; p < parts; ++p) {
            const double ox = x + p * 3 * s;
            const double kind = unit(rng);
            if (kind < 0.2) {
                const Vec2d pt{ox, y};
                l.beginPart(PartKind::Point);
                l.addRing(&pt, 1);
            } else if (kind < 0.4) {
                const Vec2d line[3] = {{ox, y}, {ox + s, y + s / 2}, {ox + s / 3, y + s}};
                l.beginPart(PartKind::Line);
                l.addRing(line, 3);
            } else {
                const Vec2d ring[5] = {{ox, y}, {ox + s, y}, {ox + s, y + s}, {ox, y + s}, {ox, y}};
                l.beginPart(PartKind::Polygon);
                l.addRing(ring, 5);
            }
        }
    }
    l.projected = l.vertices;
    l.computeProjectedBounds();
    return l;
}

}  // namespace

TEST(SpatialIndex, FindsExactlyTheBoxesThatMeetTheQuery) {
    std::mt19937 rng(42);
    std::uniform_real_distribution<double> pos(-50, 1050), size(0, 60);
    for (std::size_t n : {0, 1, 15, 16, 17, 300, 5000}) {
        std::vector<Bounds> boxes(n);
        std::vector<std::uint32_t> ids(n);
        for (std::size_t i = 0; i < n; ++i) {
            const double x = pos(rng), y = pos(rng);
            boxes[i] = Bounds{x, y, x + (i % 7 ? size(rng) : 0), y + (i % 5 ? size(rng) : 0)};  // some points
            ids[i] = std::uint32_t(i * 3);
        }
        if (n > 2) boxes[2] = Bounds{};  // an empty box is never found
        SpatialIndex index;
        index.build(boxes, ids);
        for (int q = 0; q < 200; ++q) {
            const double x = pos(rng), y = pos(rng), w = q % 3 ? size(rng) : 0;
            const Bounds query{x, y, x + w, y + w};
            std::vector<std::uint32_t> got, want;
            index.query(query, got);
            for (std::size_t i = 0; i < n; ++i)
                if (!boxes[i].isEmpty() && boxes[i].intersects(query)) want.push_back(ids[i]);
            std::sort(got.begin(), got.end());
            EXPECT_EQ(got, want) << n << " boxes, query " << q;
        }
    }
}

TEST(SpatialIndex, PickingThroughItIsPickingEveryFeature) {
    std::mt19937 rng(7);
    const Layer indexed = randomLayer(20000, rng);
    ASSERT_FALSE(indexed.index.empty());
    Layer scanned = indexed;
    scanned.index = SpatialIndex{};
    std::uniform_real_distribution<double> pos(0, 1000);
    std::size_t hits = 0;
    for (int q = 0; q < 2000; ++q) {
        const Vec2d at{pos(rng), pos(rng)};
        PickOptions o;
        o.tolerance = q % 2 ? 3.0 : 0.0;
        const auto a = pickFeatures({&indexed}, at, o);
        EXPECT_EQ(a, pickFeatures({&scanned}, at, o)) << at.x << "," << at.y;
        hits += a.size();
    }
    EXPECT_GT(hits, 1000u) << "the points should hit something";
}
