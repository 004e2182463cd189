// Label placement, the pole of inaccessibility, pinyin initials, the feature-plan links and picking:
// the pure computations behind the viewer's labels, search and identify.
#include <gtest/gtest.h>

#include <cmath>
#include <random>

#include "core/feature_links.h"
#include "core/label_placer.h"
#include "core/picking.h"
#include "core/pinyin.h"
#include "core/polylabel.h"
#include "core/text.h"

using namespace pa;

namespace {

LabelCandidate point(int id, int priority, Vec2d at, int glyphs) {
    LabelCandidate c;
    c.id = id;
    c.priority = priority;
    c.anchor = at;
    c.advances.assign(std::size_t(glyphs), 12.0f);
    c.height = 15;
    return c;
}

bool anyOverlap(const std::vector<PlacedLabel>& placed) {
    for (std::size_t i = 0; i < placed.size(); ++i)
        for (std::size_t j = i + 1; j < placed.size(); ++j)
            for (const LabelBox& a : placed[i].boxes)
                for (const LabelBox& b : placed[j].boxes)
                    if (a.overlaps(b)) return true;
    return false;
}

}  // namespace

TEST(LabelPlacer, HigherPriorityWinsAndNothingOverlaps) {
    std::vector<LabelCandidate> c{point(1, 10, {100, 100}, 4), point(2, 50, {104, 100}, 4)};
    const auto placed = placeLabels(c, 400, 300);
    ASSERT_FALSE(placed.empty());
    EXPECT_EQ(placed.front().id, 2);
    EXPECT_FALSE(anyOverlap(placed));
}

TEST(LabelPlacer, ManyRandomLabelsNeverOverlapAndStayInView) {
    std::mt19937 rng(42);
    std::uniform_real_distribution<double> x(0, 800), y(0, 600);
    std::vector<LabelCandidate> c;
    for (int i = 0; i < 400; ++i) {
        LabelCandidate l = point(i, i % 7, {x(rng), y(rng)}, 2 + i % 5);
        if (i % 3 == 0) {  // some lines
            l.kind = LabelCandidate::Kind::Line;
            const Vec2d a{x(rng), y(rng)};
            l.path = {a, {a.x + 200, a.y + 120}, {a.x + 260, a.y + 300}};
            l.upright = i % 2 == 0;
        }
        c.push_back(l);
    }
    const auto placed = placeLabels(c, 800, 600);
    EXPECT_GT(placed.size(), 40u);
    EXPECT_FALSE(anyOverlap(placed));
    for (const auto& p : placed)
        for (const auto& b : p.boxes) {
            EXPECT_GE(b.x0, 0);
            EXPECT_LE(b.x1, 800);
        }
}

TEST(LabelPlacer, LineLabelsReadLeftToRightAndDownwards) {
    LabelCandidate level = point(1, 1, {}, 4);
    level.kind = LabelCandidate::Kind::Line;
    level.path = {{500, 100}, {50, 110}};  // drawn right to left
    LabelCandidate upright = point(2, 1, {}, 4);
    upright.kind = LabelCandidate::Kind::Line;
    upright.path = {{300, 550}, {310, 150}};  // drawn upwards
    const auto placed = placeLabels({level, upright}, 600, 600);
    ASSERT_EQ(placed.size(), 2u);
    for (const auto& p : placed) {
        const auto& g = p.glyphs;
        if (p.id == 1) EXPECT_LT(g.front().center.x, g.back().center.x);
        else EXPECT_LT(g.front().center.y, g.back().center.y);
        // Upright CJK glyphs along a line stand a full glyph apart, across or down.
        for (std::size_t i = 1; i < g.size(); ++i)
            EXPECT_TRUE(std::fabs(g[i].center.x - g[i - 1].center.x) >= 12 * 0.99 ||
                        std::fabs(g[i].center.y - g[i - 1].center.y) >= 15 * 0.99);
    }
}

TEST(LabelPlacer, UprightLabelsDoNotReadBackwardsRoundABend) {
    // A line that comes in from the right, then turns down: no stretch reads right to left.
    LabelCandidate bend = point(1, 1, {}, 4);
    bend.kind = LabelCandidate::Kind::Line;
    bend.path = {{300, 100}, {200, 100}, {200, 400}};
    for (const auto& p : placeLabels({bend}, 600, 600))
        for (std::size_t i = 1; i < p.glyphs.size(); ++i) {
            EXPECT_GE(p.glyphs[i].center.x - p.glyphs[i - 1].center.x, -6.0);
            EXPECT_GE(p.glyphs[i].center.y - p.glyphs[i - 1].center.y, -6.0);
        }
}

TEST(LabelPlacer, AreaLabelsThatDoNotFitAreLeftOut) {
    LabelCandidate a = point(1, 1, {200, 200}, 6);
    a.kind = LabelCandidate::Kind::Area;
    a.areaWidth = 40;  // 72 px of text
    EXPECT_TRUE(placeLabels({a}, 400, 400).empty());
    a.areaWidth = 200;
    ASSERT_EQ(placeLabels({a}, 400, 400).size(), 1u);
}

TEST(Polylabel, PoleOfAnLShapeLiesInsideFarFromItsEdges) {
    // An L: its centroid's bounding-box centre (5,5) lies outside it.
    const std::vector<std::vector<Vec2d>> l{{{0, 0}, {10, 0}, {10, 2}, {2, 2}, {2, 10}, {0, 10}}};
    double d = 0;
    const Vec2d p = poleOfInaccessibility(l, 0.01, &d);
    // The largest circle sits in the corner square, touching both outer edges and the inner corner:
    // r = (2 - r) * sqrt(2).
    EXPECT_NEAR(d, 2 * std::sqrt(2.0) / (1 + std::sqrt(2.0)), 0.02);
    EXPECT_TRUE(p.x < 2 || p.y < 2);
    const std::vector<std::vector<Vec2d>> square{{{0, 0}, {4, 0}, {4, 4}, {0, 4}}};
    const Vec2d c = poleOfInaccessibility(square, 0.001, &d);
    EXPECT_NEAR(c.x, 2, 0.01);
    EXPECT_NEAR(d, 2, 0.01);
}

TEST(Pinyin, InitialsMatchRunsOfCharactersWithEveryReading) {
    PinyinInitials p;
    ASSERT_EQ(p.load("天 t\n河 h\n路 l\n商 s\n圈 q\n长 cz\n湴 bp\n"), 7u);
    EXPECT_TRUE(p.matches("天河路商圈", "thlsq"));
    EXPECT_TRUE(p.matches("天河路商圈", "LSQ"));  // any run, any case
    EXPECT_FALSE(p.matches("天河路商圈", "tq"));
    EXPECT_TRUE(p.matches("长湴", "cb"));  // 长 cháng
    EXPECT_TRUE(p.matches("长湴", "zb"));  // 长 zhǎng
    EXPECT_TRUE(p.matches("10号线", "10"));
    EXPECT_EQ(p.initialsOf("天河路商圈"), "thlsq");
    EXPECT_EQ(decodeUtf8("天a").size(), 2u);
}

TEST(FeatureLinks, ClausesBoxesSectionsAndTargetsFindTheirFeatures) {
    Layer l;
    for (const char* id : {"a", "b"}) {
        l.beginFeature(id);
        l.beginPart(PartKind::Point);
        const Vec2d p{0, 0};
        l.addRing(&p, 1);
    }
    l.features[0].properties = {{"clauses", "box22.i3,ch10.s2.p1"}, {"targets", "t.table2.14"}};
    l.features[1].properties = {{"clauses", "box22.i1"}};
    l.id = 7;
    LayerList layers;
    layers.push_back(std::make_shared<const Layer>(l));
    FeatureLinks links;
    links.build(layers);
    EXPECT_EQ(links.featuresCiting("box22").size(), 2u);
    EXPECT_EQ(links.featuresCiting("box22.i3").size(), 1u);
    EXPECT_EQ(links.featuresCiting("ch10.s2").size(), 1u);
    EXPECT_EQ(links.featuresCiting("ch10").size(), 1u);
    EXPECT_EQ(links.featuresCiting("t.table2.14").size(), 1u);
    EXPECT_TRUE(links.featuresCiting("box2").empty());  // not a prefix match of box22
}

TEST(Picking, PointsBeforeLinesBeforeSmallerPolygons) {
    Layer l;
    auto add = [&](const char* id, PartKind k, std::vector<Vec2d> pts) {
        l.beginFeature(id);
        l.beginPart(k);
        l.addRing(pts.data(), pts.size());
    };
    add("big", PartKind::Polygon, {{0, 0}, {100, 0}, {100, 100}, {0, 100}});
    add("small", PartKind::Polygon, {{40, 40}, {60, 40}, {60, 60}, {40, 60}});
    add("road", PartKind::Line, {{0, 50}, {100, 51}});
    add("site", PartKind::Point, {{50, 52}});
    l.projected = l.vertices;
    l.computeProjectedBounds();
    l.id = 3;
    PickOptions o;
    o.tolerance = 3;
    const auto hits = pickFeatures({&l}, {50, 50}, o);
    ASSERT_EQ(hits.size(), 4u);
    EXPECT_EQ(l.features[hits[0].feature].id, "site");
    EXPECT_EQ(l.features[hits[1].feature].id, "road");
    EXPECT_EQ(l.features[hits[2].feature].id, "small");
    EXPECT_EQ(l.features[hits[3].feature].id, "big");
    EXPECT_EQ(hits[0].layer, 3u);
    EXPECT_TRUE(pickFeatures({}, {50, 50}, o).empty()) << "only the layers given (the shown ones) are picked";
    EXPECT_EQ(pickFeatures({&l}, {10, 10}, PickOptions{}).size(), 1u);
}
