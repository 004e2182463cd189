#pragma once
// Outlines of a pen no wider than a device pixel, written straight into a premultiplied ARGB32 image
// as Qt's raster engine writes them (its cosmetic stroker: a pair of pixels a step along the major
// axis, 26.6 and 16.16 fixed point, its clipping and its blend), pixel for pixel. QPainter spends
// most of an outline's time around that arithmetic, and a million parcels' outlines were a quarter of
// the window's exact redraw. A pen is taken only once it has drawn a test polygon exactly as Qt does.
#include <QImage>
#include <QPen>
#include <QPointF>

#include <cstdint>
#include <vector>

#include "render/coverage_fill.h"

namespace pa {

class Hairline {
public:
    // Strokes the closed ring `pts` (logical px, `k` device px per logical px) with `pen` into the
    // rows and columns of `target`; false, with nothing drawn, when the pen is not one Qt draws this
    // way or the ring is an axis-aligned rectangle (Qt draws those by another path): the caller
    // strokes it with QPainter.
    bool stroke(const RasterRows& target, const QPointF* pts, int n, const QPen& pen, double k);
    // The closed rings one after another in `pts` (`ringSizes[r]` points each, logical px) as
    // QPainter::strokePath strokes a path of them, each added and closed (a polygon with holes); the
    // same refusals, and the pen taken only once a test polygon with a hole comes out as Qt draws it.
    bool strokeRings(const RasterRows& target, const QPointF* pts, const int* ringSizes, int rings, const QPen& pen, double k);

private:
    struct Pen {
        QPen pen;
        double k = 0;
        bool usable = false;
        int ringsUsable = -1;  // for strokeRings: not yet tried, 0 or 1
        std::uint32_t shade[256] = {};  // the pen's premultiplied colour at each coverage
    };
    Pen* penFor(const QPen& pen, double k);
    std::vector<Pen> pens_;
};

}  // namespace pa
