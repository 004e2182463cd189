#pragma once
// Rings and lines in logical screen px cut to a rectangle before QPainter sees them.
#include <QPolygonF>
#include <QRectF>

#include <vector>

#include "core/viewport.h"

namespace pa {

// Geometry reaching further than this beyond the picture (logical px) is clipped to that reach
// before QPainter sees it: QPainter's stroker, dashes and our hatching walk a path's whole length, so a
// vertex a file puts at 10^16 held a picture for forty seconds (the corpus's noisy shapefile). Anything
// nearer is handed over whole, so dash phases and joins are exactly as drawn.
constexpr double kFarPx = 32768;

// The rectangle far geometry is cut to: the picture and its own size again on every side.
QRectF reach(const Viewport& vp);
// Whether a box reaches further than kFarPx beyond the picture.
bool far(const QRectF& b, const Viewport& vp);
// Sutherland–Hodgman against a rectangle: within it, the even-odd fill of the clipped ring is the ring's.
QPolygonF clipRing(const QPolygonF& ring, const QRectF& r);
// The pieces of a polyline inside a rectangle (Liang–Barsky on each segment, joined where they meet).
std::vector<QPolygonF> clipLine(const QPolygonF& line, const QRectF& r);

}  // namespace pa
