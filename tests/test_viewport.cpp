#include <gtest/gtest.h>

#include "core/viewport.h"

using namespace pa;

TEST(Viewport, ScreenAndMapRoundTrip) {
    Viewport v;
    v.setSize(800, 600);
    v.setCenter({12600000, 2650000});
    v.setResolution(2.5);
    const Vec2d m = v.screenToMap({100, 50});
    EXPECT_DOUBLE_EQ(m.x, 12600000 + (100 - 400) * 2.5);
    EXPECT_DOUBLE_EQ(m.y, 2650000 - (50 - 300) * 2.5);
    const Vec2d s = v.mapToScreen(m);
    EXPECT_NEAR(s.x, 100, 1e-9);
    EXPECT_NEAR(s.y, 50, 1e-9);
}

TEST(Viewport, ZoomKeepsPointUnderCursor) {
    Viewport v;
    v.setSize(800, 600);
    v.setCenter({0, 0});
    v.setResolution(10);
    const Vec2d cursor{123, 456};
    const Vec2d before = v.screenToMap(cursor);
    v.zoomAbout(cursor, 1.25);
    const Vec2d after = v.screenToMap(cursor);
    EXPECT_NEAR(before.x, after.x, 1e-9);
    EXPECT_NEAR(before.y, after.y, 1e-9);
    EXPECT_DOUBLE_EQ(v.resolution(), 8.0);
}

TEST(Viewport, PanMovesContentWithTheMouse) {
    Viewport v;
    v.setSize(800, 600);
    v.setResolution(2);
    const Vec2d p{50, 50};
    const Vec2d s0 = v.mapToScreen(p);
    v.panByPixels(30, -20);
    const Vec2d s1 = v.mapToScreen(p);
    EXPECT_NEAR(s1.x - s0.x, 30, 1e-9);
    EXPECT_NEAR(s1.y - s0.y, -20, 1e-9);
}

TEST(Viewport, FitBoundsShowsEverything) {
    Viewport v;
    v.setSize(1000, 500);
    Bounds b;
    b.extend({0, 0});
    b.extend({100, 100});
    v.fitBounds(b, 0.0);
    const Bounds vis = v.visibleBounds();
    EXPECT_LE(vis.minX, 0);
    EXPECT_GE(vis.maxX, 100);
    EXPECT_NEAR(vis.minY, 0, 1e-9);
    EXPECT_NEAR(vis.maxY, 100, 1e-9);
}
