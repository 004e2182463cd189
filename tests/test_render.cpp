// The real OpenGL path, checked pixel by pixel in an offscreen multisampled framebuffer.
#include <gtest/gtest.h>

#include <QImage>
#include <QPainter>
#include <QPolygonF>

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <memory>
#include <thread>

#include "document/map_settings.h"
#include "render/gl_objects.h"
#include "render/gpu_layer.h"
#include "render/vertex_layout.h"
#include "render/label_renderer.h"
#include "render/offscreen_renderer.h"
#include "render/png_encoder.h"
#include "test_support.h"

using namespace pa;

namespace {

const Rgba kWhite{255, 255, 255, 255};
const Rgba kRed{255, 0, 0, 255};
const Rgba kBlue{0, 0, 255, 255};

class Render : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        renderer_ = std::make_unique<OffscreenRenderer>();
        const Problem p = renderer_->initialize();
        ok_ = !p;
        error_ = p ? p->text : std::string();
        if (ok_) std::printf("OpenGL: %s\n", renderer_->glDescription().toStdString().c_str());
    }
    static void TearDownTestSuite() { renderer_.reset(); }
    void SetUp() override {
        ASSERT_TRUE(ok_) << error_;
        ASSERT_TRUE(renderer_->makeCurrent());
    }

    static StyleSheet style(Rgba fill, Rgba stroke, float width, float marker = 8) {
        StyleSheet s;
        s.background = kWhite;
        s.base.fill = fill;
        s.base.stroke = stroke;
        s.base.strokeWidth = width;
        s.base.markerSize = marker;
        s.base.cap = LineCap::Butt;
        return s;
    }

    // The style with every feature's name as a black label of `size` px.
    static StyleSheet labelled(StyleSheet s, float size) {
        StyleRule rule;
        rule.label.enabled = true;
        rule.label.size = size;
        rule.label.color = Rgba{0, 0, 0, 255};
        s.rules.push_back(rule);
        return s;
    }

    // A one-layer scene through the OpenGL backend, labelled when the style letters its features.
    QImage draw(const Layer& layer, const StyleSheet& s, const Viewport& vp) {
        MapDocument doc;
        doc.setStyle(s);
        MapDocument::Loaded loaded;
        loaded.layers.emplace_back("test", layer);
        doc.adopt(std::move(loaded));
        MapSettings settings = mapSettings(doc, vp, "zh");
        EXPECT_TRUE(renderer_->setScene(prepareScene(doc.snapshot(), settings)));
        renderer_->draw(vp);
        return renderer_->readImage();
    }

    static Viewport view(int w, int h, Vec2d center, double res, double dpr = 1.0) {
        Viewport v;
        v.setSize(w, h);
        v.setCenter(center);
        v.setResolution(res);
        v.setDevicePixelRatio(dpr);
        return v;
    }

    static inline std::unique_ptr<OffscreenRenderer> renderer_;
    static inline bool ok_ = false;
    static inline std::string error_;
};

// The pixel under a map position.
QRgb pixelAt(const QImage& img, const Viewport& vp, double x, double y) {
    const Vec2d s = vp.mapToScreen({x, y});
    return img.pixel(int(s.x), int(s.y));
}

bool near(QRgb px, Rgba c, int tol = 3) {
    return std::abs(qRed(px) - c.r) <= tol && std::abs(qGreen(px) - c.g) <= tol && std::abs(qBlue(px) - c.b) <= tol;
}

// How much of `c` (against white) a pixel holds, 0..1, from the channel that white lacks.
double coverageOfBlue(QRgb px) { return 1.0 - qRed(px) / 255.0; }
double coverageOfRed(QRgb px) { return 1.0 - qGreen(px) / 255.0; }

}  // namespace

TEST_F(Render, PolygonInteriorIsFilledAndItsHoleIsNot) {
    const Layer l = test::layerFromWkt({"POLYGON((0 0,100 0,100 100,0 100,0 0),(40 40,40 60,60 60,60 40,40 40))"});
    const Viewport vp = view(200, 200, {50, 50}, 1.0);
    const QImage img = draw(l, style(kRed, Rgba{0, 0, 0, 0}, 0), vp);
    ASSERT_EQ(img.size(), QSize(200, 200));
    auto at = [&](double x, double y) { return pixelAt(img, vp, x, y); };
    EXPECT_TRUE(near(at(20, 20), kRed));
    EXPECT_TRUE(near(at(80, 90), kRed));
    EXPECT_TRUE(near(at(50, 50), kWhite)) << "hole must stay empty";
    EXPECT_TRUE(near(at(41, 59), kWhite));
    EXPECT_TRUE(near(at(-10, 50), kWhite)) << "outside";
    EXPECT_TRUE(near(at(110, 50), kWhite));
}

TEST_F(Render, MultiPolygonWithOutline) {
    const Layer l = test::layerFromWkt({"MULTIPOLYGON(((0 0,40 0,40 40,0 40,0 0)),((60 60,100 60,100 100,60 100,60 60)))"});
    const Viewport vp = view(200, 200, {50, 50}, 1.0);
    const QImage img = draw(l, style(kRed, kBlue, 4), vp);
    auto at = [&](double x, double y) { return pixelAt(img, vp, x, y); };
    EXPECT_TRUE(near(at(20, 20), kRed));
    EXPECT_TRUE(near(at(80, 80), kRed));
    EXPECT_TRUE(near(at(50, 50), kWhite));
    EXPECT_TRUE(near(at(20, 0.2), kBlue)) << "outline on the ring";
    EXPECT_TRUE(near(at(100.2, 80), kBlue));
}

TEST_F(Render, LineLiesWithinOnePixelAndHasItsWidth) {
    const Layer l = test::layerFromWkt({"LINESTRING(10 47.3,90 47.3)", "LINESTRING(20 10,80 90)"});
    const Viewport vp = view(200, 200, {50, 50}, 0.5);  // 2 px per unit
    const QImage img = draw(l, style(kWhite, kBlue, 3), vp);
    const double expectedRow = vp.mapToScreen({0, 47.3}).y;
    // Horizontal line: away from the diagonal, the coverage-weighted centre of each column.
    for (int x = 30; x < 60; ++x) {
        double sum = 0, weighted = 0;
        for (int y = 0; y < img.height(); ++y) {
            const double c = coverageOfBlue(img.pixel(x, y));
            if (std::fabs(y + 0.5 - expectedRow) > 8) continue;
            sum += c;
            weighted += c * (y + 0.5);
        }
        ASSERT_GT(sum, 0) << "column " << x;
        EXPECT_NEAR(weighted / sum, expectedRow, 0.5) << "column " << x;
        EXPECT_NEAR(sum, 3.0, 0.5) << "stroke width, column " << x;
    }
    // Diagonal: the covered pixels of a row centre on the true crossing.
    for (int y = 60; y < 140; y += 7) {
        const Vec2d a = vp.mapToScreen({20, 10}), b = vp.mapToScreen({80, 90});
        const double t = (y + 0.5 - a.y) / (b.y - a.y);
        const double expectedX = a.x + t * (b.x - a.x);
        double sum = 0, weighted = 0;
        for (int x = int(expectedX) - 10; x <= int(expectedX) + 10; ++x) {
            const double c = coverageOfBlue(img.pixel(x, y));
            sum += c;
            weighted += c * (x + 0.5);
        }
        ASSERT_GT(sum, 0);
        EXPECT_NEAR(weighted / sum, expectedX, 0.5) << "row " << y;
    }
}

TEST_F(Render, PointSymbolIsCentredOnItsCoordinate) {
    const Layer l = test::layerFromWkt({"POINT(37.3 61.7)"});
    const Viewport vp = view(160, 120, {40, 60}, 0.25);
    const QImage img = draw(l, style(kRed, kRed, 0, 12), vp);
    double sum = 0, sx = 0, sy = 0;
    for (int y = 0; y < img.height(); ++y)
        for (int x = 0; x < img.width(); ++x) {
            const double c = coverageOfRed(img.pixel(x, y));
            sum += c;
            sx += c * (x + 0.5);
            sy += c * (y + 0.5);
        }
    const Vec2d want = vp.mapToScreen({37.3, 61.7});
    ASSERT_GT(sum, 50);
    EXPECT_NEAR(sx / sum, want.x, 0.25);
    EXPECT_NEAR(sy / sum, want.y, 0.25);
    EXPECT_NEAR(sum, M_PI * 36, 8) << "a 12 px disc";
}

TEST_F(Render, FarFromOriginStreetZoomDoesNotJitter) {
    // A 20 cm square 5 km from its layer's centre, at Web Mercator magnitudes (~1.26e7 m), seen at
    // 1 cm per pixel. Absolute float32 coordinates would snap it to whole metres.
    const double x0 = 12615000.0, y0 = 2650000.0;
    char wkt[512];
    std::snprintf(wkt, sizeof wkt, "POLYGON((%.3f %.3f,%.3f %.3f,%.3f %.3f,%.3f %.3f,%.3f %.3f))", x0 + 0.1, y0 + 0.1,
                  x0 + 0.3, y0 + 0.1, x0 + 0.3, y0 + 0.3, x0 + 0.1, y0 + 0.3, x0 + 0.1, y0 + 0.1);
    char far[128];
    std::snprintf(far, sizeof far, "POINT(%.1f %.1f)", x0 - 10000.0, y0 - 10000.0);
    const Layer l = test::layerFromWkt({wkt, far});
    for (int k = 0; k < 10; ++k) {
        const double shift = 0.0037 * k;  // 0.37 px steps
        const Vec2d c{x0 + 0.2 + shift, y0 + 0.2};
        const Viewport vp = view(100, 100, c, 0.01);
        const QImage img = draw(l, style(kRed, Rgba{0, 0, 0, 0}, 0), vp);
        double sum = 0, sx = 0;
        for (int y = 0; y < img.height(); ++y)
            for (int x = 0; x < img.width(); ++x) {
                const double cov = coverageOfRed(img.pixel(x, y));
                sum += cov;
                sx += cov * (x + 0.5);
            }
        ASSERT_NEAR(sum, 400, 20) << "the square is 20x20 px";
        EXPECT_NEAR(sx / sum, vp.mapToScreen({x0 + 0.2, y0 + 0.2}).x, 0.15) << "pan step " << k;
    }
}

TEST_F(Render, HiDpiDoublesPixelsNotTheMap) {
    const Layer l = test::layerFromWkt({"LINESTRING(10 50,90 50)"});
    const Viewport vp = view(100, 100, {50, 50.25}, 1.0, 2.0);
    const QImage img = draw(l, style(kWhite, kBlue, 3), vp);
    ASSERT_EQ(img.size(), QSize(200, 200));
    double sum = 0;
    for (int y = 0; y < img.height(); ++y) sum += coverageOfBlue(img.pixel(100, y));
    EXPECT_NEAR(sum, 6.0, 0.6) << "3 logical px = 6 device px";
}

TEST_F(Render, EdgesAreAntialiased) {
    const Layer l = test::layerFromWkt({"POLYGON((0 0,100 30,30 100,0 0))"});
    const Viewport vp = view(120, 120, {50, 50}, 1.0);
    const QImage img = draw(l, style(kRed, Rgba{0, 0, 0, 0}, 0), vp);
    int partial = 0;
    for (int y = 0; y < img.height(); ++y)
        for (int x = 0; x < img.width(); ++x) {
            const double c = coverageOfRed(img.pixel(x, y));
            if (c > 0.1 && c < 0.9) ++partial;
        }
    EXPECT_GT(partial, 50) << "MSAA should blend slanted edges";
}

TEST_F(Render, PanWithinTheCacheIsIdenticalToAFreshDraw) {
    const Layer l = test::layerFromWkt({"POLYGON((0 0,100 0,100 100,0 100,0 0),(40 40,40 60,60 60,60 40,40 40))",
                                        "LINESTRING(-20 10,130 95)", "POINT(70 20)"});
    Viewport vp = view(240, 180, {50, 50}, 0.7);
    draw(l, style(kRed, kBlue, 2.5, 9), vp);
    EXPECT_FALSE(renderer_->renderer().lastFrame().fromCache);
    vp.panByPixels(17, -9);
    renderer_->draw(vp);
    EXPECT_TRUE(renderer_->renderer().lastFrame().fromCache) << "a whole-pixel pan within the margin";
    const QImage shifted = renderer_->readImage();
    renderer_->renderer().invalidate();
    renderer_->draw(vp);
    EXPECT_FALSE(renderer_->renderer().lastFrame().fromCache);
    const QImage fresh = renderer_->readImage();
    int differing = 0;
    for (int y = 0; y < fresh.height(); ++y)
        for (int x = 0; x < fresh.width(); ++x) differing += shifted.pixel(x, y) != fresh.pixel(x, y);
    EXPECT_EQ(differing, 0);

    vp.panByPixels(400, 0);  // beyond the margin: drawn again
    renderer_->draw(vp);
    EXPECT_FALSE(renderer_->renderer().lastFrame().fromCache);
    vp.panByPixels(0.5, 0);  // not a whole pixel: drawn again
    renderer_->draw(vp);
    EXPECT_FALSE(renderer_->renderer().lastFrame().fromCache);
}

TEST_F(Render, PreviewWhileZoomingShowsTheCachedFrameInPlace) {
    const Layer l = test::layerFromWkt({"POLYGON((0 0,100 0,100 100,0 100,0 0),(40 40,40 60,60 60,60 40,40 40))"});
    Viewport vp = view(200, 200, {50, 50}, 1.0);
    draw(l, style(kRed, Rgba{0, 0, 0, 0}, 0), vp);
    vp.zoomAbout({100, 100}, 1.6);
    renderer_->draw(vp, FrameMode::AllowPreview);
    EXPECT_TRUE(renderer_->renderer().lastFrame().preview);
    const QImage img = renderer_->readImage();
    auto at = [&](double x, double y) { return pixelAt(img, vp, x, y); };
    EXPECT_TRUE(near(at(20, 20), kRed, 6)) << "the polygon stays where it is on the map";
    EXPECT_TRUE(near(at(50, 50), kWhite, 6)) << "and so does its hole";
    renderer_->draw(vp, FrameMode::Exact);
    EXPECT_FALSE(renderer_->renderer().lastFrame().preview);
}

TEST_F(Render, ThinOutlinesAreHairlinesAndThickOnesShapedStrokes) {
    const Layer l = test::layerFromWkt({"POLYGON((10 10,90 10,90 90,10 90,10 10))"});
    const Viewport vp = view(100, 100, {50, 50}, 1.0);
    QImage img = draw(l, style(kWhite, kBlue, 1.0), vp);
    EXPECT_GT(renderer_->renderer().lastFrame().hairlines, 0u);
    EXPECT_EQ(renderer_->renderer().lastFrame().segments, 0u);
    // The ring's left edge x = 10 runs between pixel columns 9 and 10; the stroke covers them.
    double across = 0;
    for (int x = 5; x < 15; ++x) across += coverageOfBlue(img.pixel(x, 50));
    EXPECT_NEAR(across, 1.0, 0.35) << "one pixel of stroke";
    EXPECT_LT(coverageOfBlue(img.pixel(50, 50)), 0.02) << "nothing inside";

    const Viewport hidpi = view(100, 100, {50, 50}, 1.0, 2.0);
    img = draw(l, style(kWhite, kBlue, 1.0), hidpi);
    EXPECT_EQ(renderer_->renderer().lastFrame().hairlines, 0u) << "two device pixels wide: a shaped stroke";
    EXPECT_GT(renderer_->renderer().lastFrame().segments, 0u);
    across = 0;
    for (int x = 10; x < 30; ++x) across += coverageOfBlue(img.pixel(x, 100));
    EXPECT_NEAR(across, 2.0, 0.4);
}

// Hairline outlines need no segment instances (32 bytes a vertex): they are built only once a pixel
// ratio makes the outline wider than a hairline, and then for the same cached layer.
TEST_F(Render, OutlineStrokesAreBuiltOnlyWhenTheyAreNotHairlines) {
    const Layer l = test::layerFromWkt({"POLYGON((10 10,90 10,90 90,10 90,10 10))"});
    MapDocument doc;
    doc.setStyle(style(kWhite, kBlue, 1.0));
    MapDocument::Loaded loaded;
    loaded.layers.emplace_back("test", l);
    doc.adopt(std::move(loaded));
    SceneCache cache;
    const Scene thin = prepareScene(doc.snapshot(), mapSettings(doc, view(100, 100, {50, 50}, 1.0), "zh"), &cache);
    ASSERT_EQ(thin.layers.size(), 1u);
    EXPECT_FALSE(thin.layers[0].gpu->strokes);
    EXPECT_TRUE(thin.layers[0].gpu->outlines.empty());
    ASSERT_EQ(thin.layers[0].gpu->pages.size(), 1u);
    EXPECT_FALSE(thin.layers[0].gpu->pages[0].hairlineIndices.empty());
    const Viewport hidpi = view(100, 100, {50, 50}, 1.0, 2.0);
    const Scene wide = prepareScene(doc.snapshot(), mapSettings(doc, hidpi, "zh"), &cache);
    EXPECT_TRUE(wide.layers[0].gpu->strokes);
    EXPECT_EQ(wide.layers[0].gpu->outlines.size(), 4u);
    ASSERT_TRUE(renderer_->setScene(wide));
    renderer_->draw(hidpi);
    EXPECT_GT(renderer_->renderer().lastFrame().segments, 0u);
    const Scene again = prepareScene(doc.snapshot(), mapSettings(doc, view(100, 100, {50, 50}, 1.0), "zh"), &cache);
    EXPECT_EQ(again.layers[0].gpu, wide.layers[0].gpu) << "the layer with strokes serves the hairline view too";
}

// The labels of a view are placed once: a frame of the same view (a scene filling in over several
// frames, a cached frame) draws the same glyphs without placing again, a new view places anew, and an
// area too narrow for its name offers no candidate at all.
TEST_F(Render, LabelsArePlacedOncePerViewAndOnlyWhereTheyFit) {
    Layer l = test::layerFromWkt({"POLYGON((0 0,100 0,100 40,0 40,0 0))", "POLYGON((200 0,204 0,204 4,200 4,200 0))"});
    l.features[0].properties = {{"name_zh", "天河"}};
    l.features[1].properties = {{"name_zh", "珠江新城"}};
    const StyleSheet s = labelled(style(kWhite, kBlue, 1.0), 12.0f);
    const Viewport vp = view(300, 100, {100, 20}, 1.0);
    const QImage first = draw(l, s, vp);
    ASSERT_EQ(renderer_->labels().placed().size(), 1u) << "the 4-unit square is too narrow for four characters";
    EXPECT_EQ(renderer_->labels().textOf(renderer_->labels().placed()[0].id), U"天河");
    renderer_->draw(vp);
    EXPECT_EQ(renderer_->readImage(), first) << "the same view, the same labels";
    const double x0 = renderer_->labels().placed()[0].boxes[0].x0;
    Viewport panned = vp;
    panned.panByPixels(10, 0);
    renderer_->draw(panned);
    ASSERT_EQ(renderer_->labels().placed().size(), 1u);
    EXPECT_NEAR(std::fabs(renderer_->labels().placed()[0].boxes[0].x0 - x0), 10, 1.0) << "placed again for the new view";
    Layer projected = l;
    projected.projected = projected.vertices;
    projected.computeProjectedBounds();
    const std::vector<LabelSource> sources = collectLabelSources(projected, resolveLayerStyle(projected, s), "zh");
    ASSERT_EQ(sources.size(), 2u);
    const std::vector<LabelCandidate> cands = labelCandidates(sources, vp, [](char32_t, float size) { return size; });
    ASSERT_EQ(cands.size(), 1u) << "the narrow square's name is no candidate";
    EXPECT_EQ(cands[0].id, 0);
}

TEST_F(Render, LabelsDrawChineseGlyphsNotBoxes) {
    Layer l = test::layerFromWkt({"POINT(50 50)"});
    l.features[0].properties = {{"name_zh", "天河"}, {"kind", "zone"}};
    const StyleSheet s = labelled(style(kWhite, kWhite, 0, 2), 28.0f);
    const Viewport vp = view(240, 120, {60, 50}, 0.5);
    const QImage img = draw(l, s, vp);
    const auto& placed = renderer_->labels().placed();
    ASSERT_EQ(placed.size(), 1u);
    ASSERT_EQ(placed[0].boxes.size(), 2u);
    std::vector<std::vector<bool>> masks;
    for (const LabelBox& b : placed[0].boxes) {
        std::vector<bool> mask;
        int ink = 0, inner = 0;
        const double w = b.x1 - b.x0, h = b.y1 - b.y0;
        for (int y = int(b.y0); y < int(b.y1); ++y)
            for (int x = int(b.x0); x < int(b.x1); ++x) {
                const bool dark = qRed(img.pixel(x, y)) < 110;
                mask.push_back(dark);
                ink += dark;
                // A missing glyph draws as a hollow box: ink only along its edges.
                if (dark && std::fabs(x - (b.x0 + w / 2)) < w / 4 && std::fabs(y - (b.y0 + h / 2)) < h / 4) ++inner;
            }
        EXPECT_GT(ink, 40);
        EXPECT_GT(inner, ink / 10) << "ink only at the edges: a box, not a glyph";
        masks.push_back(mask);
    }
    // 天 and 河 are different shapes (two missing-glyph boxes would be the same).
    int differ = 0;
    const std::size_t n = std::min(masks[0].size(), masks[1].size());
    for (std::size_t i = 0; i < n; ++i) differ += masks[0][i] != masks[1][i];
    EXPECT_GT(differ, int(n / 10));
    EXPECT_TRUE(renderer_->labels().atlas().glyph(U'天', 28, 2)->inFont);
    EXPECT_FALSE(renderer_->labels().atlas().glyph(U'\uE000', 28, 2)->inFont);  // private use: no glyph
}

TEST_F(Render, DashedLinesBreakAndHatchedFillsStripe) {
    // A dashed horizontal line: along it, runs of stroke and of background alternate at the pattern.
    Layer line = test::layerFromWkt({"LINESTRING(0 50, 200 50)"});
    StyleSheet s = style(kWhite, kBlue, 4);
    s.base.dashOn = 10;
    s.base.dashOff = 6;
    const Viewport vp = view(200, 100, {100, 50}, 1.0);
    const QImage img = draw(line, s, vp);
    int changes = 0, onRun = 0, longestOn = 0;
    bool on = coverageOfBlue(img.pixel(20, 50)) > 0.5;
    for (int x = 20; x < 180; ++x) {
        const bool now = coverageOfBlue(img.pixel(x, 50)) > 0.5;
        if (now != on) ++changes, onRun = 0;
        if (now) longestOn = std::max(longestOn, ++onRun);
        on = now;
    }
    EXPECT_GE(changes, 16);  // 160 px of a 16 px period
    EXPECT_NEAR(longestOn, 10, 1.5);

    // A hatched fill: along a row, the stripe colour comes and goes.
    Layer poly = test::layerFromWkt({"POLYGON((10 10, 190 10, 190 90, 10 90, 10 10))"});
    StyleSheet h = style(kWhite, kRed, 0);
    h.base.hatchSpacing = 8;
    h.base.hatchWidth = 2;
    const QImage himg = draw(poly, h, vp);
    int stripes = 0;
    bool inStripe = false;
    for (int x = 20; x < 180; ++x) {
        const bool red = coverageOfRed(himg.pixel(x, 50)) > 0.2;  // stripes at 55 % of the stroke over the fill
        if (red && !inStripe) ++stripes;
        inStripe = red;
    }
    EXPECT_NEAR(stripes, 160 / (8 * std::sqrt(2.0)), 2.5);  // diagonal stripes 8 px apart cross a row every 11.3 px
}

// GL names are owned like memory and deleted only with their context current, on its thread: a
// handle that goes elsewhere leaves its name for the context to collect.
TEST_F(Render, GlObjectsAreDeletedWithTheirContextCurrent) {
    collectGlGarbage();
    ASSERT_EQ(pendingGlGarbage(), 0u);
    GlBuffer kept = GlBuffer::create();
    ASSERT_TRUE(kept);
    {
        GlBuffer here = GlBuffer::create();
        ASSERT_TRUE(here);
    }
    EXPECT_EQ(pendingGlGarbage(), 0u) << "deleted at once: its context is current";
    std::thread other([b = std::move(kept)]() mutable { b.reset(); });
    other.join();
    EXPECT_EQ(pendingGlGarbage(), 1u) << "another thread, no context current there: left for the context";
    collectGlGarbage();
    EXPECT_EQ(pendingGlGarbage(), 0u);
}

// The vertex inputs a shader declares are the table's, field for field.
TEST(VertexLayouts, TheShaderInputsAreTheTable) {
    EXPECT_EQ(segmentLayout().stride, int(sizeof(SegmentInstance)));
    EXPECT_EQ(markerLayout().stride, int(sizeof(MarkerInstance)));
    EXPECT_EQ(fillLayout().stride, int(sizeof(FillVertex)));
    EXPECT_EQ(glyphLayout().stride, int(sizeof(GlyphInstance)));
    const QByteArray glsl = glslInputs(segmentLayout());
    EXPECT_TRUE(glsl.contains("layout(location = 0) in vec2 a_corner;"));
    EXPECT_TRUE(glsl.contains("layout(location = 5) in float a_along;"));
    EXPECT_EQ(segmentLayout().attributes[5].offset, offsetof(SegmentInstance, along));
    // The hairlines draw with the fill program: the two layouts agree where they overlap.
    EXPECT_STREQ(hairlineLayout().attributes[0].name, fillLayout().attributes[0].name);
    EXPECT_STREQ(hairlineLayout().attributes[1].name, fillLayout().attributes[1].name);
}

// The parallel PNG encoder against Qt's reader (libpng): every pixel back as Qt's own conversion
// gives it, with alpha and without, at sizes that make one run and several; an image with an alpha
// channel that is opaque throughout comes back the same from RGB.
TEST(PngEncoder, EveryPixelReadsBackAsQtUnpremultipliesIt) {
    std::uint32_t seed = 42;
    auto next = [&] { return seed = seed * 1664525u + 1013904223u; };
    for (const QSize size : {QSize(1, 1), QSize(7, 3), QSize(300, 200), QSize(641, 1031)}) {
        QImage im(size, QImage::Format_ARGB32_Premultiplied);
        for (int y = 0; y < im.height(); ++y)
            for (int x = 0; x < im.width(); ++x) {
                // Runs of one colour (as maps are), some opaque, some clear, some in between.
                const std::uint32_t r = (x / 5 + y / 3) % 7 == 0 ? next() : 0x80402010u * std::uint32_t(1 + y % 3);
                const int a = int(r >> 24) % 3 == 0 ? 255 : int(r >> 24) % 3 == 1 ? 0 : int(r >> 24);
                im.setPixel(x, y, qPremultiply(qRgba(int(r >> 16) & 255, int(r >> 8) & 255, int(r) & 255, a)));
            }
        QImage opaque = im;
        for (int y = 0; y < opaque.height(); ++y)
            for (int x = 0; x < opaque.width(); ++x) opaque.setPixel(x, y, opaque.pixel(x, y) | 0xff000000u);
        bool translucent = false;
        for (int y = 0; y < im.height(); ++y)
            for (int x = 0; x < im.width(); ++x) translucent = translucent || qAlpha(im.pixel(x, y)) < 255;
        for (const int kind : {0, 1, 2}) {
            const QImage in = kind == 0 ? im : kind == 1 ? im.convertToFormat(QImage::Format_RGB32) : opaque;
            const bool alpha = kind == 0 && translucent;
            const std::string png = encodePng(in);
            ASSERT_FALSE(png.empty());
            QImage back;
            ASSERT_TRUE(back.loadFromData(reinterpret_cast<const uchar*>(png.data()), int(png.size()), "PNG")) << size.width();
            EXPECT_EQ(back.hasAlphaChannel(), alpha) << size.width() << " kind " << kind;
            EXPECT_EQ(back.convertToFormat(QImage::Format_ARGB32), in.convertToFormat(QImage::Format_ARGB32))
                << size.width() << "x" << size.height() << (alpha ? " with alpha" : "");
        }
    }
    EXPECT_TRUE(encodePng(QImage()).empty());
}
