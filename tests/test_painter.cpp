// The QPainter backend's own pieces, without OpenGL: the exact-coverage fill against QPainter, the
// painter's use of a layer's index, and the window's pictures where OpenGL is software.
#include <gtest/gtest.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QPainter>
#include <QPainterPath>
#include <QPolygonF>
#include <QString>

#include <algorithm>
#include <cmath>
#include <memory>
#include <vector>

#include "document/map_settings.h"
#include "render/coverage_fill.h"
#include "render/hairline.h"
#include "render/map_picture.h"
#include "render/picture_frames.h"
#include "render/qt_blend.h"
#include "render/scene_painter.h"
#include "render/scene_worker.h"
#include "test_support.h"

using namespace pa;

namespace {

QImage white(int w, int h) {
    QImage im(w, h, QImage::Format_ARGB32_Premultiplied);
    im.fill(QColor(250, 248, 240));
    return im;
}

RasterRows rowsOf(QImage& im, int begin = 0, int end = -1) {
    return RasterRows{im.bits(), im.bytesPerLine(), im.width(), im.height(), begin, end < 0 ? im.height() : end};
}

int largestDifference(const QImage& a, const QImage& b) {
    int most = 0;
    for (int y = 0; y < a.height(); ++y)
        for (int x = 0; x < a.width(); ++x) {
            const QRgb p = a.pixel(x, y), q = b.pixel(x, y);
            most = std::max({most, std::abs(qRed(p) - qRed(q)), std::abs(qGreen(p) - qGreen(q)), std::abs(qBlue(p) - qBlue(q)),
                             std::abs(qAlpha(p) - qAlpha(q))});
        }
    return most;
}

// Translucent blue parcels with dark outlines of `width` px on an off-white background.
StyleSheet parcelStyle(float width) {
    StyleSheet style;
    style.background = Rgba{250, 250, 250, 255};
    style.base.fill = Rgba{90, 140, 200, 160};
    style.base.stroke = Rgba{40, 40, 40, 255};
    style.base.strokeWidth = width;
    return style;
}

void adoptParcels(MapDocument& doc, const StyleSheet& style, const Layer& layer) {
    doc.setStyle(style);
    MapDocument::Loaded loaded;
    loaded.layers.emplace_back("parcels", layer);
    doc.adopt(std::move(loaded));
}

// A grid of slightly uneven squares, 4 units apart, from (x0, y0).
Layer squaresLayer(int across, int down, double x0, double y0) {
    std::vector<std::string> wkt;
    for (int i = 0; i < across; ++i)
        for (int j = 0; j < down; ++j) {
            const double x = x0 + i * 4 + (j % 3) * 0.3, y = y0 + j * 4 + (i % 5) * 0.2, s = 2.5 + (i + j) % 3 * 0.4;
            wkt.push_back(QString("POLYGON((%1 %2,%3 %2,%3 %4,%1 %4,%1 %2))").arg(x).arg(y).arg(x + s).arg(y + s).toStdString());
        }
    return test::layerFromWkt(wkt);
}

// A small window's view of the squares.
Viewport windowView() {
    Viewport vp;
    vp.setSize(320, 200);
    vp.setCenter({331.7, 402.3});
    vp.setResolution(0.9);
    return vp;
}

}  // namespace

// The painter's direct fill of small polygons against QPainter's own antialiased fill of the same.
TEST(CoverageFill, FillsAsQPainterDoesWithinALevelOrTwoAtTheEdges) {
    std::uint32_t seed = 7;
    auto unit = [&] { return double(seed = seed * 1664525u + 1013904223u) / 4294967296.0; };
    const QColor colours[] = {QColor(120, 180, 90), QColor(200, 60, 40, 170), QColor(30, 90, 200, 40)};
    int worst = 0;
    for (int shape = 0; shape < 300; ++shape) {
        QPolygonF poly;
        const double cx = 20 + 60 * unit(), cy = 20 + 60 * unit();
        if (shape % 3 == 0) {  // a star-shaped parcel of 20 to 60 vertices
            const int n = 20 + int(unit() * 40);
            std::vector<double> angles;
            for (int i = 0; i < n; ++i) angles.push_back(unit() * 2 * M_PI);
            std::sort(angles.begin(), angles.end());
            for (double a : angles) {
                const double r = 2 + 18 * unit();
                poly << QPointF(cx + r * std::cos(a), cy + r * std::sin(a));
            }
        } else if (shape % 3 == 1) {  // a building's rotated quad, a pixel to a few across
            const double w = 0.5 + 4 * unit(), h = 0.5 + 4 * unit(), a = unit() * M_PI;
            for (const auto& [sx, sy] : {std::pair{-1, -1}, {1, -1}, {1, 1}, {-1, 1}})
                poly << QPointF(cx + sx * w * std::cos(a) - sy * h * std::sin(a), cy + sx * w * std::sin(a) + sy * h * std::cos(a));
        } else {  // on the pixel grid and off it by halves: vertical and horizontal edges
            const double x = std::floor(cx) + (shape % 2 ? 0.5 : 0), y = std::floor(cy);
            poly << QPointF(x, y) << QPointF(x + 7, y) << QPointF(x + 7, y + 5.5) << QPointF(x + 3, y + 9) << QPointF(x, y + 5);
        }
        poly << poly.front();
        const QColor colour = colours[shape % 3];
        QImage byQt = white(100, 100), ours = white(100, 100);
        {
            QPainter p(&byQt);
            p.setRenderHint(QPainter::Antialiasing);
            p.setPen(Qt::NoPen);
            p.setBrush(colour);
            p.drawPolygon(poly, Qt::OddEvenFill);
        }
        CoverageFill fill;
        ASSERT_TRUE(fill.fill(rowsOf(ours), poly.constData(), int(poly.size()), colour.rgba())) << shape;
        worst = std::max(worst, largestDifference(byQt, ours));
    }
    EXPECT_LE(worst, 4) << "levels of 255 at an edge";
    // Inside, exactly Qt's pixel: a rectangle on the pixel grid, opaque and translucent.
    for (const QColor& colour : colours) {
        QImage byQt = white(40, 30), ours = white(40, 30);
        const QPolygonF rect(QRectF(5, 4, 20, 12));
        {
            QPainter p(&byQt);
            p.setRenderHint(QPainter::Antialiasing);
            p.setPen(Qt::NoPen);
            p.setBrush(colour);
            p.drawPolygon(rect);
        }
        CoverageFill fill;
        ASSERT_TRUE(fill.fill(rowsOf(ours), rect.constData(), int(rect.size()), colour.rgba()));
        EXPECT_EQ(ours, byQt) << colour.name(QColor::HexArgb).toStdString();
    }
}

// Polygons with holes, the holes drawn either way round, and polygons the picture's sides cut: as
// QPainter fills them (even-odd, clipped to the picture).
TEST(CoverageFill, FillsHolesAndWhatTheSidesCutAsQPainterDoes) {
    int worst = 0;
    for (int shape = 0; shape < 60; ++shape) {
        const double cx = (shape % 5) * 25.0 - 3.3 + shape * 0.37, cy = 15 + (shape % 7) * 11.0 + shape * 0.11;
        const double r = 4 + (shape % 9) * 1.7;
        QPolygonF outer, hole;
        for (int i = 0; i < 24; ++i) {
            const double a = 2 * M_PI * i / 24;
            outer << QPointF(cx + r * std::cos(a), cy + 0.8 * r * std::sin(a));
            const double b = 2 * M_PI * (shape % 2 ? i : 23 - i) / 24;  // the same way round, or not
            hole << QPointF(cx + 0.3 + 0.45 * r * std::cos(b), cy - 0.2 + 0.4 * r * std::sin(b));
        }
        QImage byQt = white(100, 100), ours = white(100, 100);
        {
            QPainterPath path;
            path.setFillRule(Qt::OddEvenFill);
            path.addPolygon(outer);
            path.closeSubpath();
            path.addPolygon(hole);
            path.closeSubpath();
            QPainter p(&byQt);
            p.setRenderHint(QPainter::Antialiasing);
            p.fillPath(path, QColor(90, 140, 200, 200));
        }
        QPolygonF both = outer;
        both << hole;
        const int sizes[2] = {int(outer.size()), int(hole.size())};
        CoverageFill fill;
        ASSERT_TRUE(fill.fill(rowsOf(ours), both.constData(), sizes, 2, QColor(90, 140, 200, 200).rgba())) << shape;
        worst = std::max(worst, largestDifference(byQt, ours));
    }
    EXPECT_LE(worst, 4) << "levels of 255 at an edge";
    // Wholly beside the picture: nothing to draw, and nothing drawn.
    QImage im = white(100, 100);
    const QImage before = im;
    const QPolygonF beside(QRectF(-30, 10, 10, 10)), past(QRectF(120, 10, 10, 10));
    CoverageFill fill;
    EXPECT_TRUE(fill.fill(rowsOf(im), beside.constData(), int(beside.size()), qRgb(0, 0, 0)));
    EXPECT_TRUE(fill.fill(rowsOf(im), past.constData(), int(past.size()), qRgb(0, 0, 0)));
    EXPECT_EQ(im, before);
}

TEST(CoverageFill, LeavesToQPainterWhatItIsNotFor) {
    QImage im = white(100, 100);
    const QImage before = im;
    CoverageFill fill;
    const QPolygonF huge(QRectF(0, 0, 300, 20));
    EXPECT_FALSE(fill.fill(RasterRows{im.bits(), im.bytesPerLine(), 400, 100, 0, 100}, huge.constData(), int(huge.size()), qRgb(0, 0, 0)));
    const QPointF nan[3] = {{1, 1}, {std::nan(""), 5}, {3, 9}};
    EXPECT_FALSE(fill.fill(rowsOf(im), nan, 3, qRgb(0, 0, 0)));
    EXPECT_EQ(im, before);
    // Only the rows it is given: a band of the picture.
    const QPolygonF tall(QRectF(10.5, 0.5, 20, 90));
    EXPECT_TRUE(fill.fill(rowsOf(im, 30, 40), tall.constData(), int(tall.size()), qRgb(0, 0, 0)));
    for (int y = 0; y < 100; ++y) EXPECT_EQ(im.pixel(20, y) != before.pixel(20, y), y >= 30 && y < 40) << y;
}

// A view of a small part of a large layer paints what the layer's index says may meet it; the
// picture is the one a scan of every polygon gives, to the byte (overlaps, holes, sizes).
// Thin outlines written straight into the pixels are Qt's own, pixel for pixel: small polygons of
// every slope, some crossing the picture's edges and a piece's clip, over translucent fills, with
// pens of a device pixel or less at 1 and 2 device px per logical px.
TEST(Hairline, StrokesThinOutlinesExactlyAsQPainterDoes) {
    std::vector<QPolygonF> rings;
    for (int i = 0; i < 600; ++i) {
        const double cx = -20 + (i * 37 % 340), cy = -15 + (i * 53 % 250), r = 2 + (i % 17) * 1.3;
        const int n = 3 + i % 23;
        QPolygonF ring;
        for (int j = 0; j < n; ++j) {
            const double a = 2 * M_PI * j / n + i * 0.1, rr = r * (0.55 + 0.45 * std::sin(j * 2.7 + i));
            ring << QPointF(cx + rr * std::cos(a), cy + rr * std::sin(a));
        }
        if (i % 3 == 0) ring << ring.first();  // closed as files close them
        rings.push_back(ring);
    }
    for (const double k : {1.0, 2.0})
        for (const double width : {0.8 / k, 1.0 / k, 0.35 / k})  // device px: 0.8, 1, 0.35
            for (const QRect clip : {QRect(0, 0, 300, 220), QRect(37, 41, 151, 97)}) {
                QPen pen(QColor(60, 52, 40, 230), width);
                QImage qt(300, 220, QImage::Format_ARGB32_Premultiplied);
                qt.fill(QColor(236, 231, 220));
                {
                    QPainter p(&qt);
                    p.setClipRect(clip);  // device px, before the scale
                    p.setRenderHint(QPainter::Antialiasing);
                    p.scale(k, k);
                    p.setPen(Qt::NoPen);
                    p.setBrush(QColor(90, 140, 200, 160));
                    for (std::size_t i = 0; i < rings.size(); i += 5) p.drawPolygon(rings[i]);
                }
                QImage ours = qt;
                {
                    QPainter p(&qt);
                    p.setClipRect(clip);  // device px, before the scale
                    p.setRenderHint(QPainter::Antialiasing);
                    p.scale(k, k);
                    p.setPen(pen);
                    p.setBrush(Qt::NoBrush);
                    for (const QPolygonF& ring : rings) p.drawPolygon(ring, Qt::OddEvenFill);
                }
                const QImage fills = ours;
                Hairline h;
                RasterRows rows{ours.bits(), ours.bytesPerLine(), 300, 220, clip.top(), clip.bottom() + 1, clip.left(), clip.right() + 1};
                for (const QPolygonF& ring : rings) ASSERT_TRUE(h.stroke(rows, ring.constData(), int(ring.size()), pen, k)) << &ring - rings.data() << " of " << ring.size() << " k " << k << " w " << width;
                EXPECT_EQ(qt, ours) << "k " << k << ", pen " << width << ", largest difference " << largestDifference(qt, ours);
                EXPECT_NE(ours, fills) << "outlines drawn";
            }
    // Left to QPainter: an axis-aligned rectangle (Qt strokes it as one), a pen wider than a pixel, a dash.
    QImage im = white(40, 40);
    const RasterRows rows = rowsOf(im);
    const QPointF square[] = {{2, 2}, {20, 2}, {20, 20}, {2, 20}, {2, 2}}, triangle[] = {{2, 2}, {20, 5}, {9, 18}};
    Hairline h;
    EXPECT_FALSE(h.stroke(rows, square, 5, QPen(Qt::black, 0.8), 1.0));
    EXPECT_FALSE(h.stroke(rows, triangle, 3, QPen(Qt::black, 1.5), 1.0));
    EXPECT_FALSE(h.stroke(rows, triangle, 3, QPen(Qt::black, 0.8), 2.0));
    QPen dashed(Qt::black, 0.8);
    dashed.setDashPattern({4, 2});
    EXPECT_FALSE(h.stroke(rows, triangle, 3, dashed, 1.0));
    EXPECT_EQ(im, white(40, 40)) << "nothing drawn when refused";
    EXPECT_TRUE(h.stroke(rows, triangle, 3, QPen(Qt::black, 0.8), 1.0));
}

// A solid colour over a span, four pixels at a time, is the scalar arithmetic pixel for pixel: every
// opacity left over, premultiplied pixels of every kind, spans of every length up to eleven.
TEST(QtBlend, ASpanIsBlendedAsPixelByPixel) {
    std::uint32_t seed = 3;
    auto next = [&] { return seed = seed * 1664525u + 1013904223u; };
    for (unsigned rest = 0; rest < 256; ++rest)
        for (int len = 0; len < 12; ++len) {
            QRgb px[12], want[12];
            const unsigned sa = 255 - rest;
            const QRgb src = qRgba(int(next() % (sa + 1)), int(next() % (sa + 1)), int(next() % (sa + 1)), int(sa));
            for (int i = 0; i < len; ++i) {
                const unsigned a = next() % 256;
                px[i] = qRgba(int(next() % (a + 1)), int(next() % (a + 1)), int(next() % (a + 1)), int(a));
                want[i] = src + byteMul(px[i], rest);
            }
            sourceOverSpan(px, px + len, src, rest);
            for (int i = 0; i < len; ++i) ASSERT_EQ(px[i], want[i]) << "rest " << rest << ", pixel " << i << " of " << len;
        }
}

// Polygons with holes likewise, as QPainter::strokePath strokes a path of their rings: shells of
// every slope around one or two holes, some crossing the picture's edges and a piece's clip.
TEST(Hairline, StrokesThinOutlinesOfPolygonsWithHolesAsStrokePathDoes) {
    struct Polygon {
        std::vector<QPointF> pts;
        std::vector<int> sizes;
    };
    std::vector<Polygon> polygons;
    for (int i = 0; i < 300; ++i) {
        const double cx = -20 + (i * 37 % 340), cy = -15 + (i * 53 % 250), r = 6 + (i % 13) * 1.9;
        Polygon poly;
        for (int ringNo = 0; ringNo < 2 + i % 2; ++ringNo) {
            const int n = 4 + (i + ringNo * 5) % 19;
            const double scale = ringNo == 0 ? 1.0 : 0.3, dx = ringNo == 2 ? r * 0.4 : 0;
            for (int j = 0; j <= n; ++j) {  // closed, as read
                const double a = 2 * M_PI * (j % n) / n * (ringNo == 0 ? 1 : -1) + i * 0.1;
                const double rr = r * scale * (0.8 + 0.2 * std::sin((j % n) * 2.7 + i));
                poly.pts.emplace_back(cx + dx + rr * std::cos(a), cy + rr * std::sin(a));
            }
            poly.sizes.push_back(n + 1);
        }
        polygons.push_back(poly);
    }
    for (const double k : {1.0, 2.0})
        for (const double width : {0.8 / k, 1.0 / k, 0.35 / k})
            for (const QRect clip : {QRect(0, 0, 300, 220), QRect(37, 41, 151, 97)}) {
                QPen pen(QColor(60, 52, 40, 230), width);
                QImage qt(300, 220, QImage::Format_ARGB32_Premultiplied);
                qt.fill(QColor(236, 231, 220));
                QImage ours = qt;
                {
                    QPainter p(&qt);
                    p.setClipRect(clip);
                    p.setRenderHint(QPainter::Antialiasing);
                    p.scale(k, k);
                    for (const Polygon& poly : polygons) {
                        QPainterPath path;
                        path.setFillRule(Qt::OddEvenFill);
                        for (std::size_t r = 0, first = 0; r < poly.sizes.size(); first += std::size_t(poly.sizes[r++])) {
                            path.addPolygon(QPolygonF(QList<QPointF>(poly.pts.begin() + long(first), poly.pts.begin() + long(first) + poly.sizes[r])));
                            path.closeSubpath();
                        }
                        p.strokePath(path, pen);
                    }
                }
                Hairline h;
                RasterRows rows{ours.bits(), ours.bytesPerLine(), 300, 220, clip.top(), clip.bottom() + 1, clip.left(), clip.right() + 1};
                for (const Polygon& poly : polygons)
                    ASSERT_TRUE(h.strokeRings(rows, poly.pts.data(), poly.sizes.data(), int(poly.sizes.size()), pen, k));
                EXPECT_EQ(qt, ours) << "k " << k << ", pen " << width << ", largest difference " << largestDifference(qt, ours);
            }
    QImage im = white(40, 40);
    const RasterRows rows = rowsOf(im);
    const QPointF shellAndLine[] = {{2, 2}, {20, 5}, {9, 18}, {2, 2}, {5, 6}, {8, 7}};
    const int sizes[] = {4, 2};
    Hairline h;
    EXPECT_FALSE(h.strokeRings(rows, shellAndLine, sizes, 2, QPen(Qt::black, 0.8), 1.0)) << "a ring of two points";
    EXPECT_FALSE(h.strokeRings(rows, shellAndLine, sizes, 1, QPen(Qt::black, 1.5), 1.0)) << "a pen wider than a pixel";
    EXPECT_EQ(im, white(40, 40)) << "nothing drawn when refused";
}

TEST(Painter, ANarrowViewOfALargeLayerPaintsWhatTheScanOfEveryPolygonPaints) {
    std::vector<std::string> wkt;
    for (int i = 0; i < 90; ++i)
        for (int j = 0; j < 60; ++j) {
            const double x = i * 10 + (j % 3), y = j * 10 + (i % 4), s = 4 + (i * 7 + j * 3) % 11;
            if ((i + j) % 5 == 0)
                wkt.push_back(QString("POLYGON((%1 %2,%3 %2,%3 %4,%1 %4,%1 %2),(%5 %6,%5 %7,%8 %7,%8 %6,%5 %6))")
                                  .arg(x).arg(y).arg(x + s).arg(y + s).arg(x + 1).arg(y + 1).arg(y + 2).arg(x + 2)
                                  .toStdString());
            else
                wkt.push_back(QString("POLYGON((%1 %2,%3 %2,%1 %4,%1 %2))").arg(x).arg(y).arg(x + s).arg(y + s).toStdString());
        }
    const Layer indexed = test::layerFromWkt(wkt);
    ASSERT_GT(indexed.features.size(), 4096u);
    ASSERT_FALSE(indexed.index.empty());
    Layer scanned = indexed;
    scanned.index = SpatialIndex{};
    const StyleSheet style = parcelStyle(1.2f);
    auto paint = [&](const Layer& l, Vec2d centre, double res) {
        MapDocument doc;
        adoptParcels(doc, style, l);
        Viewport vp;
        vp.setSize(300, 200);
        vp.setCenter(centre);
        vp.setResolution(res);
        MapSettings settings = mapSettings(doc, vp, "zh");
        settings.labels = false;
        return paintSceneImage(prepareScene(doc.snapshot(), settings, nullptr, nullptr, /*gpu=*/false));
    };
    for (const auto& [centre, res] : {std::pair{Vec2d{455, 305}, 0.2}, {Vec2d{101, 47}, 0.05}, {Vec2d{870, 580}, 0.4}}) {
        const QImage a = paint(indexed, centre, res), b = paint(scanned, centre, res);
        EXPECT_EQ(a, b) << centre.x << "," << centre.y;
        EXPECT_NE(a.pixel(150, 100), qRgba(250, 250, 250, 255)) << "something painted";
    }
}

// A picture painted in pieces on every core (paintSceneImage: tiles of kTileSide px) is the one a
// single painter makes: parcels with thick outlines straddling the pieces' edges, each piece painting
// only the polygons within it and half a pen of them; a layer large enough for its index to be asked
// which features meet a piece, with lines through the pieces; and each polygon counted once however
// many pieces paint it.
TEST(Painter, APicturePaintedInPiecesIsOnePaintersPicture) {
    std::vector<std::string> wkt;
    for (int i = 0; i < 40; ++i)
        for (int j = 0; j < 30; ++j) {
            const double x = i * 10 + (j % 4), y = j * 10 + (i % 3), s = 3 + (i * 5 + j * 7) % 13;
            wkt.push_back(QString("POLYGON((%1 %2,%3 %2,%3 %4,%1 %4,%1 %2))").arg(x).arg(y).arg(x + s).arg(y + s).toStdString());
        }
    std::vector<std::string> large;
    for (int i = 0; i < 90; ++i)
        for (int j = 0; j < 60; ++j) {
            const double x = i * 4.5 + (j % 3) * 0.4, y = j * 5 + (i % 4) * 0.3, s = 2 + (i * 3 + j * 5) % 7;
            large.push_back(QString("POLYGON((%1 %2,%3 %2,%3 %4,%1 %4,%1 %2))").arg(x).arg(y).arg(x + s).arg(y + s * 0.8).toStdString());
        }
    for (int i = 0; i < 12; ++i)
        large.push_back(QString("LINESTRING(%1 -5,%2 305)").arg(i * 37).arg(i * 37 + 60).toStdString());
    struct Case {
        std::vector<std::string>* wkt;
        float width;
        Vec2d centre;
        double resolution;
    };
    for (const Case& c : {Case{&wkt, 0.8f, {200, 150}, 0.75}, Case{&wkt, 6.0f, {200, 150}, 0.75},
                          Case{&large, 0.8f, {150, 110}, 0.3}, Case{&large, 3.0f, {150, 110}, 0.3}}) {
        MapDocument doc;
        const Layer layer = test::layerFromWkt(*c.wkt);
        adoptParcels(doc, parcelStyle(c.width), layer);
        Viewport asked;
        asked.setSize(601, 517);  // pieces that do not split evenly
        asked.setCenter(c.centre);
        asked.setResolution(c.resolution);
        MapSettings settings = mapSettings(doc, asked, "zh");
        settings.labels = false;
        const Scene scene = prepareScene(doc.snapshot(), settings, nullptr, nullptr, /*gpu=*/false);
        // The view as the scene holds it (its centre may differ from the one asked for in the last bit).
        const Viewport vp = scene.settings.view();
        PaintCounts counts;
        PictureOptions options;
        options.counts = &counts;
        const QImage pieces = paintSceneImage(scene, options);
        QImage single(pieces.size(), QImage::Format_ARGB32_Premultiplied);
        single.fill(Qt::transparent);
        {
            QPainter p(&single);
            PaintTarget t{vp, 1.0, {}, {}, {}};
            t.raster = rowsOf(single);
            paintScene(p, scene, t);
        }
        EXPECT_EQ(pieces, single) << "outline " << c.width << " px, largest difference " << largestDifference(pieces, single);
        EXPECT_NE(single.pixel(300, 258), qRgba(250, 250, 250, 255)) << "something painted";
        // Counted once: those whose box meets the view, give or take the few within a pen of its edge.
        const Bounds view = vp.visibleBounds();
        const double pen = (c.width / 2 + 2) * vp.resolution();
        std::size_t meet = 0, near = 0;
        for (const Part& part : scene.layers.at(0).layer->parts) {
            if (part.kind != PartKind::Polygon) continue;
            Bounds b;
            for (std::uint32_t v = scene.layers.at(0).layer->ringBegin(part.firstRing); v < scene.layers.at(0).layer->ringEnd(part.firstRing); ++v)
                b.extend(scene.layers.at(0).layer->projected[v]);
            meet += b.intersects(view);
            near += b.intersects(Bounds{view.minX - pen, view.minY - pen, view.maxX + pen, view.maxY + pen});
        }
        EXPECT_GE(counts.polygons.load(), meet);
        EXPECT_LE(counts.polygons.load(), near);
        EXPECT_GT(meet, 500u);
    }
}

// The margin's picture painted around the view's: the view's pixels in the middle, and around them
// the very pixels of the margin's picture painted whole (parcels with thick outlines straddling the
// middle's edges, each strip painting only the polygons that meet it).
TEST(ScenePictures, TheMarginPaintedAroundTheViewsPictureIsTheWholePicturesMargin) {
    std::vector<std::string> wkt;
    for (int i = 0; i < 60; ++i)
        for (int j = 0; j < 45; ++j) {
            const double x = 100 + i * 7 + (j % 4), y = 250 + j * 7 + (i % 3), s = 2 + (i * 5 + j * 7) % 11;
            wkt.push_back(QString("POLYGON((%1 %2,%3 %2,%3 %4,%1 %4,%1 %2))").arg(x).arg(y).arg(x + s).arg(y + s).toStdString());
        }
    for (const float width : {0.8f, 6.0f}) {
        MapDocument doc;
        adoptParcels(doc, parcelStyle(width), test::layerFromWkt(wkt));
        const Viewport vp = windowView();
        MapSettings settings = mapSettings(doc, vp, "zh");
        settings.labels = false;
        const Scene scene = prepareScene(doc.snapshot(), settings, nullptr, nullptr, /*gpu=*/false);
        const MapPicture whole = paintMapPicture(scene, vp);
        const MapPicture view = paintMapPicture(scene, vp, nullptr, /*margin=*/false);
        const MapPicture around = paintMapPicture(scene, vp, nullptr, true, &view);
        const FrameMargins m = whole.margin;
        ASSERT_EQ(around.image.size(), whole.image.size());
        ASSERT_EQ(around.margin.x, m.x);
        const QRect middle(m.x, m.y, 320, 200);
        int marginDiffers = 0, marginPainted = 0, middleWorst = 0;
        for (int y = 0; y < whole.image.height(); ++y)
            for (int x = 0; x < whole.image.width(); ++x) {
                const QRgb a = around.image.pixel(x, y), b = whole.image.pixel(x, y);
                if (!middle.contains(x, y)) {
                    marginDiffers += a != b;
                    marginPainted += a != qRgb(250, 250, 250);
                    continue;
                }
                EXPECT_EQ(a, view.image.pixel(x - m.x, y - m.y));
                middleWorst = std::max({middleWorst, std::abs(qRed(a) - qRed(b)), std::abs(qGreen(a) - qGreen(b)), std::abs(qBlue(a) - qBlue(b))});
            }
        EXPECT_EQ(marginDiffers, 0) << "outline " << width << " px";
        EXPECT_LE(middleWorst, 2) << "levels of 255 between the view's picture and the whole one's middle";
        EXPECT_GT(marginPainted, 10000) << "parcels painted in the margin";
        EXPECT_EQ(around.polygons, view.polygons) << "the frame shows the view";
        // Not the middle of this picture (another view): painted whole.
        Viewport moved = vp;
        moved.setCenter({vp.center().x + 3, vp.center().y});
        const MapPicture elsewhere = paintMapPicture(scene, moved, nullptr, true, &view);
        EXPECT_EQ(elsewhere.image, paintMapPicture(scene, moved).image);
    }
}

// The window's pictures (where OpenGL is software): a large scene's comes in two, the view alone
// first (shown sooner), then the view with the frame cache's margin for pans; where they overlap it is
// the same map. A small scene's comes once, with its margin.
TEST(ScenePictures, ALargeScenesPictureComesAsTheViewThenWithItsMargin) {
    auto squares = [](int across, int down) { return squaresLayer(across, down, 0, 0); };
    const StyleSheet style = parcelStyle(1.0f);
    auto pictures = [&](const Layer& layer) {
        MapDocument doc;
        adoptParcels(doc, style, layer);
        const Viewport vp = windowView();
        MapSettings settings = mapSettings(doc, vp, "zh");
        settings.labels = false;
        SceneWorker worker;
        std::vector<std::shared_ptr<const MapPicture>> got;
        QObject::connect(&worker, &SceneWorker::ready, [&](std::shared_ptr<const Scene>, std::shared_ptr<const MapPicture> p) { got.push_back(p); });
        worker.request(doc.snapshot(), settings, vp);
        QElapsedTimer clock;
        clock.start();
        while (worker.busy() && clock.elapsed() < 60000) QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QCoreApplication::processEvents();
        for (const auto& p : got) {
            EXPECT_TRUE(p && !p->image.isNull());
            if (p) {
                EXPECT_TRUE(p->view.center().x == vp.center().x && p->view.resolution() == vp.resolution());
            }
        }
        return got;
    };
    const auto large = pictures(squares(260, 200));  // 52,000 polygons
    ASSERT_EQ(large.size(), 2u);
    const MapPicture& view = *large[0];
    const MapPicture& withMargin = *large[1];
    EXPECT_EQ(view.margin.x, 0);
    EXPECT_EQ(view.image.size(), QSize(320, 200));
    const FrameMargins m = frameCacheMargins(QSize(320, 200));
    EXPECT_EQ(withMargin.margin.x, m.x);
    EXPECT_EQ(withMargin.margin.y, m.y);
    ASSERT_EQ(withMargin.image.size(), QSize(320 + 2 * m.x, 200 + 2 * m.y));
    int worst = 0;
    for (int y = 0; y < 200; ++y)
        for (int x = 0; x < 320; ++x) {
            const QRgb a = view.image.pixel(x, y), b = withMargin.image.pixel(x + m.x, y + m.y);
            worst = std::max({worst, std::abs(qRed(a) - qRed(b)), std::abs(qGreen(a) - qGreen(b)), std::abs(qBlue(a) - qBlue(b))});
        }
    EXPECT_LE(worst, 2) << "levels of 255 between the two pictures of one view";
    EXPECT_NE(view.image.pixel(160, 100), qRgba(250, 250, 250, 255)) << "something painted";
    const auto small = pictures(squares(40, 30));
    ASSERT_EQ(small.size(), 1u);
    EXPECT_EQ(small[0]->margin.x, m.x);
}

// The window's frames where OpenGL is software: a view the picture's shifted by whole pixels within
// its margin shows the picture's own pixels; any other is a preview, the picture moved and scaled to
// it with the background around; the labels are placed for the frame's view and painted over it.
TEST(PictureFrames, AFrameIsThePictureShiftedExactlyOrScaledAsAPreview) {
    MapDocument doc;
    adoptParcels(doc, parcelStyle(1.0f), squaresLayer(60, 50, 200, 300));
    const Viewport vp = windowView();
    MapSettings settings = mapSettings(doc, vp, "zh");
    settings.labels = false;
    auto scene = std::make_shared<const Scene>(prepareScene(doc.snapshot(), settings, nullptr, nullptr, /*gpu=*/false));
    auto picture = std::make_shared<const MapPicture>(paintMapPicture(*scene, vp));
    const FrameMargins m = picture->margin;
    ASSERT_EQ(picture->image.size(), QSize(320 + 2 * m.x, 200 + 2 * m.y));
    PictureFrames frames;
    frames.show(scene, picture);
    auto frameOf = [&](const Viewport& v) {
        QImage out(320, 200, QImage::Format_RGB32);
        out.fill(Qt::magenta);
        QPainter p(&out);
        frames.paint(p, v, QSize(320, 200));
        return out;
    };
    // 12 px right and 7 px up: the picture's pixels from 12 px right of and 7 px above the view's.
    Viewport panned = vp;
    panned.setCenter({vp.center().x + 12 * 0.9, vp.center().y + 7 * 0.9});
    ASSERT_TRUE(frames.servesExactly(panned, QSize(320, 200)));
    const QImage shifted = frameOf(panned);
    EXPECT_FALSE(frames.lastFrame().preview);
    EXPECT_TRUE(frames.lastFrame().fromCache) << "a picture painted for another view, shifted";
    EXPECT_TRUE(frames.lastFrame().picture);
    EXPECT_GT(frames.lastFrame().polygons, 0u);
    frameOf(vp);
    EXPECT_FALSE(frames.lastFrame().fromCache) << "the picture of this very view, however often shown";
    EXPECT_EQ(shifted, picture->image.copy(QRect(m.x + 12, m.y - 7, 320, 200)).convertToFormat(QImage::Format_RGB32));
    // Past the margin, or by part of a pixel: a preview.
    Viewport far = vp;
    far.setCenter({vp.center().x + (m.x + 5) * 0.9, vp.center().y});
    EXPECT_FALSE(frames.servesExactly(far, QSize(320, 200)));
    Viewport subPixel = vp;
    subPixel.setCenter({vp.center().x + 0.45, vp.center().y});
    EXPECT_FALSE(frames.servesExactly(subPixel, QSize(320, 200)));
    frameOf(subPixel);
    EXPECT_TRUE(frames.lastFrame().preview);
    // Zoomed out by two: the picture at half its size about the same centre, the background beyond it.
    Viewport out = vp;
    out.setResolution(1.8);
    const QImage half = frameOf(out);
    EXPECT_TRUE(frames.lastFrame().preview);
    EXPECT_EQ(half.pixel(2, 2), qRgb(250, 250, 250)) << "the background beyond the picture";
    int worst = 0;
    for (const QPoint at : {QPoint(160, 100), QPoint(120, 70), QPoint(210, 140)}) {
        const QRgb a = half.pixel(at), b = picture->image.pixel(m.x + 160 + 2 * (at.x() - 160), m.y + 100 + 2 * (at.y() - 100));
        worst = std::max({worst, std::abs(qRed(a) - qRed(b)), std::abs(qGreen(a) - qGreen(b)), std::abs(qBlue(a) - qBlue(b))});
    }
    EXPECT_LE(worst, 60) << "a pixel of the preview is (near enough) the picture's at that place";
    EXPECT_NE(half.pixel(160, 100), qRgb(250, 250, 250)) << "the parcels shown";
    // The picture painted for where a zoom in will rest covers only the middle of the views on the
    // way: previews show the picture before around it; a new scene of that same view drops it.
    Viewport in = vp;
    in.setResolution(0.45);
    auto zoomed = std::make_shared<const MapPicture>(paintMapPicture(*scene, in, nullptr, /*margin=*/false));
    frames.show(std::make_shared<const Scene>(*scene), zoomed);
    Viewport way = vp;
    way.setResolution(0.7);
    const QImage onTheWay = frameOf(way);
    EXPECT_TRUE(frames.lastFrame().preview);
    EXPECT_NE(onTheWay.pixel(3, 3), qRgb(250, 250, 250)) << "the picture before, around the new one";
    frames.show(std::make_shared<const Scene>(*scene), zoomed);  // the same view, another scene
    EXPECT_EQ(frameOf(way).pixel(3, 3), qRgb(250, 250, 250)) << "nothing of what was before";
    frames.show(scene, picture);
    // A label of the scene: placed for the frame's view, with ink where it sits.
    Scene labelled = *scene;
    labelled.settings.labels = true;
    LabelSource name;
    name.text = U"天河";
    name.style.enabled = true;
    name.style.size = 16;
    name.style.color = Rgba{200, 0, 0, 255};
    name.anchor = vp.center();
    name.bounds = Bounds{vp.center().x - 1, vp.center().y - 1, vp.center().x + 1, vp.center().y + 1};
    labelled.labels = std::make_shared<const std::vector<LabelSource>>(std::vector<LabelSource>{name});
    frames.show(std::make_shared<const Scene>(labelled), picture);
    const QImage withLabel = frameOf(vp);
    ASSERT_EQ(frames.placed().size(), 1u);
    EXPECT_EQ(frames.textOf(frames.placed().front().id), U"天河");
    int red = 0;
    for (int y = 80; y < 120; ++y)
        for (int x = 130; x < 190; ++x) red += qRed(withLabel.pixel(x, y)) > 150 && qGreen(withLabel.pixel(x, y)) < 80;
    EXPECT_GT(red, 20) << "the label's red glyphs over the map";
}
