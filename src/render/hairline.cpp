#include "render/hairline.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>
#include <cstdlib>

#include "render/qt_blend.h"

namespace pa {

namespace {

struct Canvas {
    std::uint32_t* px;
    std::ptrdiff_t perLine;
    int left, top, right, bottom;  // the pixels that may be written, inclusive
    double xmin, xmax, ymin, ymax;  // where segments are cut: a pixel around the picture
    const std::uint32_t* shade;
};

template <bool checked>
inline void plot(const Canvas& c, int x, int y, unsigned coverage) {
    if (checked && (x < c.left || x > c.right || y < c.top || y > c.bottom)) return;
    std::uint32_t& d = c.px[x + c.perLine * y];
    const std::uint32_t s = c.shade[coverage];
    d = s + byteMul(d, 255 - (s >> 24));  // source over
}

// The segment within the cut, in floating point, as Qt cuts it before going to fixed point: x first,
// then y (`u` the axis cut, `v` the other). True: nothing of it is left.
bool cutAxis(double& u1, double& v1, double& u2, double& v2, double lo, double hi) {
    if (u1 < lo) {
        if (u2 <= lo) return true;
        v1 += (v2 - v1) / (u2 - u1) * (lo - u1);
        u1 = lo;
    } else if (u1 > hi) {
        if (u2 >= hi) return true;
        v1 += (v2 - v1) / (u2 - u1) * (hi - u1);
        u1 = hi;
    }
    if (u2 < lo) {
        v2 += (v2 - v1) / (u2 - u1) * (lo - u2);
        u2 = lo;
    } else if (u2 > hi) {
        v2 += (v2 - v1) / (u2 - u1) * (hi - u2);
        u2 = hi;
    }
    return false;
}

bool cut(const Canvas& c, double& x1, double& y1, double& x2, double& y2) {
    if (!std::isfinite(x1) || !std::isfinite(y1) || !std::isfinite(x2) || !std::isfinite(y2)) return true;
    return cutAxis(x1, y1, x2, y2, c.xmin, c.xmax) || cutAxis(y1, x1, y2, x2, c.ymin, c.ymax);
}

// The two pixels either side of the line at step `at` of the major axis, `b` the minor (16.16),
// `share64` of 64 of the step within the segment.
template <bool steep, bool checked>
inline void pair(const Canvas& c, int at, std::int64_t b, unsigned share64) {
    const unsigned f = std::uint8_t(b >> 8);
    const int m = int(b >> 16);
    const unsigned near = (255 - f) * share64 >> 6, far = f * share64 >> 6;
    if (steep) {
        plot<checked>(c, m, at, near);
        plot<checked>(c, m + 1, at, far);
    } else {
        plot<checked>(c, at, m, near);
        plot<checked>(c, at, m + 1, far);
    }
}

// One segment stepped along its major axis `a` (26.6 fixed point), the minor `b` in 16.16: at each
// step the pixel pair either side of the line shares the coverage, the first and last pixels'
// scaled by how much of them the segment spans. `steep`: y is the major axis.
template <bool steep, bool checked>
void run(const Canvas& c, int a1, int b1, int a2, int b2) {
    if (a1 > a2) {
        std::swap(a1, a2);
        std::swap(b1, b2);
    }
    const std::int64_t step = std::int64_t(b2 - b1) * 65536 / (a2 - a1);
    std::int64_t b = std::int64_t(b1 - 32) * 1024 - ((std::int64_t((a1 & 63) - 32) * step) >> 6);
    int a = a1 >> 6;
    const int last = a2 >> 6;
    const int startShare = a == last ? a2 - a1 : 64 - (a1 & 63), endShare = a == last ? 0 : a2 & 63;
    pair<steep, checked>(c, a, b, unsigned(startShare));
    b += step;
    for (++a; a < last; ++a, b += step) pair<steep, checked>(c, a, b, 64);
    if (endShare) pair<steep, checked>(c, a, b, unsigned(endShare));
}

void segment(const Canvas& c, double x1, double y1, double x2, double y2) {
    if (cut(c, x1, y1, x2, y2)) return;
    const int ix1 = int(x1 * 64.), iy1 = int(y1 * 64.), ix2 = int(x2 * 64.), iy2 = int(y2 * 64.);
    const int dx = ix2 - ix1, dy = iy2 - iy1;
    // Two pixels clear of the writable edges, every pixel the segment writes is inside: none is tested.
    const bool inside = std::min(ix1, ix2) >= 64 * (c.left + 2) && std::max(ix1, ix2) < 64 * (c.right - 2) &&
                        std::min(iy1, iy2) >= 64 * (c.top + 2) && std::max(iy1, iy2) < 64 * (c.bottom - 2);
    if (std::abs(dx) < std::abs(dy)) inside ? run<true, false>(c, iy1, ix1, iy2, ix2) : run<true, true>(c, iy1, ix1, iy2, ix2);
    else if (dx != 0) inside ? run<false, false>(c, ix1, iy1, ix2, iy2) : run<false, true>(c, ix1, iy1, ix2, iy2);
}

// Qt strokes a polygon that is an axis-aligned rectangle as a rectangle (QVectorPath::isRect).
bool rectangle(const QPointF* p, int n) {
    if (n != 4 && n != 5) return false;
    if (n == 5 && !(p[0].x() == p[4].x() && p[0].y() == p[4].y())) return false;  // exactly, not QPointF's fuzzy ==
    return p[0].x() == p[3].x() && p[1].x() == p[2].x() && p[0].y() == p[1].y() && p[2].y() == p[3].y() &&
           p[0].x() < p[2].x() && p[0].y() < p[2].y();
}

void strokeRing(const Canvas& c, const QPointF* p, int n, double k) {
    for (int i = 0; i + 1 < n; ++i) segment(c, p[i].x() * k, p[i].y() * k, p[i + 1].x() * k, p[i + 1].y() * k);
    segment(c, p[n - 1].x() * k, p[n - 1].y() * k, p[0].x() * k, p[0].y() * k);  // the closing side
}

Canvas canvasOf(const RasterRows& t, const std::uint32_t* shade) {
    return Canvas{reinterpret_cast<std::uint32_t*>(t.bits), std::ptrdiff_t(t.stride / 4), std::max(0, t.colBegin), std::max(0, t.rowBegin),
                  std::min(t.width, t.colEnd) - 1, std::min(t.height, t.rowEnd) - 1, -1.0, double(t.width + 1), -1.0,
                  double(t.height + 1), shade};
}

}  // namespace

Hairline::Pen* Hairline::penFor(const QPen& pen, double k) {
    for (Pen& p : pens_)
        if (p.pen == pen && p.k == k) return p.usable ? &p : nullptr;
    Pen& p = pens_.emplace_back();
    p.pen = pen;
    p.k = k;
    // What Qt's raster engine strokes with its cosmetic stroker: a solid pen of a device pixel or less.
    if (pen.style() != Qt::SolidLine || pen.isCosmetic() || pen.brush().style() != Qt::SolidPattern || !(pen.widthF() > 0) ||
        pen.widthF() * k > 1)
        return nullptr;
    // The pen's colour with its width's opacity, as Qt makes it: read back from a pixel a line
    // covers wholly (its centre on a pixel row's middle, so nothing falls to the next row).
    QImage probe(4, 1, QImage::Format_ARGB32_Premultiplied);
    probe.fill(Qt::transparent);
    {
        QPainter q(&probe);
        q.setClipRect(probe.rect());
        q.setRenderHint(QPainter::Antialiasing);
        q.scale(k, k);
        q.setPen(pen);
        q.drawLine(QPointF(0.005 / k, 0.505 / k), QPointF(3.5 / k, 0.505 / k));
    }
    const std::uint32_t full = reinterpret_cast<const std::uint32_t*>(probe.constScanLine(0))[1];
    for (unsigned a = 0; a < 256; ++a) p.shade[a] = byteMul(full, a);
    // Taken only if a polygon of every slope, cut by the picture's edges, comes out as Qt draws it.
    const QPointF test[] = {{-2.3 / k, 3.7 / k},  {9.6 / k, 1.2 / k},   {21.4 / k, 4.9 / k},  {35.2 / k, 14.3 / k},
                            {26.8 / k, 30.6 / k}, {12.5 / k, 26.1 / k}, {14.1 / k, 18.55 / k}, {3.3 / k, 36.9 / k},
                            {-2.3 / k, 3.7 / k}};
    QImage qt(34, 34, QImage::Format_ARGB32_Premultiplied);
    qt.fill(QColor(236, 231, 220));
    QImage ours = qt;
    {
        QPainter q(&qt);
        q.setClipRect(QRect(0, 0, 34, 34));
        q.setRenderHint(QPainter::Antialiasing);
        q.scale(k, k);
        q.setPen(pen);
        q.setBrush(Qt::NoBrush);
        q.drawPolygon(test, 9, Qt::OddEvenFill);
    }
    strokeRing(canvasOf(RasterRows{ours.bits(), ours.bytesPerLine(), 34, 34, 0, 34}, p.shade), test, 9, k);
    p.usable = qt == ours;
    return p.usable ? &p : nullptr;
}

bool Hairline::strokeRings(const RasterRows& target, const QPointF* pts, const int* ringSizes, int rings, const QPen& pen, double k) {
    if (!target.bits || rings < 1) return false;
    for (int r = 0; r < rings; ++r)
        if (ringSizes[r] < 3) return false;
    Pen* p = penFor(pen, k);
    if (!p) return false;
    if (p->ringsUsable < 0) {
        // A shell cut by the picture's edges around a hole of every slope, stroked as a path.
        const QPointF test[] = {{-2.3 / k, 3.7 / k},  {9.6 / k, 1.2 / k},   {21.4 / k, 4.9 / k},  {35.2 / k, 14.3 / k},
                                {26.8 / k, 30.6 / k}, {12.5 / k, 26.1 / k}, {3.3 / k, 36.9 / k},  {-2.3 / k, 3.7 / k},
                                {8.2 / k, 9.1 / k},   {13.7 / k, 20.45 / k}, {20.1 / k, 17.3 / k}, {22.9 / k, 8.8 / k},
                                {8.2 / k, 9.1 / k}};
        const int sizes[] = {8, 5};
        QImage qt(34, 34, QImage::Format_ARGB32_Premultiplied);
        qt.fill(QColor(236, 231, 220));
        QImage ours = qt;
        {
            QPainterPath path;
            path.setFillRule(Qt::OddEvenFill);
            for (int r = 0, first = 0; r < 2; first += sizes[r++]) {
                path.addPolygon(QPolygonF(QList<QPointF>(test + first, test + first + sizes[r])));
                path.closeSubpath();
            }
            QPainter q(&qt);
            q.setClipRect(QRect(0, 0, 34, 34));
            q.setRenderHint(QPainter::Antialiasing);
            q.scale(k, k);
            q.strokePath(path, pen);
        }
        const Canvas c = canvasOf(RasterRows{ours.bits(), ours.bytesPerLine(), 34, 34, 0, 34}, p->shade);
        for (int r = 0, first = 0; r < 2; first += sizes[r++]) strokeRing(c, test + first, sizes[r], k);
        p->ringsUsable = qt == ours;
    }
    if (!p->ringsUsable) return false;
    const Canvas c = canvasOf(target, p->shade);
    for (int r = 0, first = 0; r < rings; first += ringSizes[r++]) strokeRing(c, pts + first, ringSizes[r], k);
    return true;
}

bool Hairline::stroke(const RasterRows& target, const QPointF* pts, int n, const QPen& pen, double k) {
    if (!target.bits || n < 2 || rectangle(pts, n)) return false;
    const Pen* p = penFor(pen, k);
    if (!p) return false;
    strokeRing(canvasOf(target, p->shade), pts, n, k);
    return true;
}

}  // namespace pa
