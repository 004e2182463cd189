#include "render/coverage_fill.h"

#include <QPainter>

#include <algorithm>
#include <cmath>

#include "render/qt_blend.h"

namespace pa {

namespace {

// One edge's share of the area of each cell of a row it crosses: [top, bottom] is its part within
// the row, xt and xb its x there (cells relative to the polygon's box), d its signed height.
// Marks cells [lo, hi] of a row as crossed.
inline void mark(std::uint64_t* bits, int lo, int hi) {
    for (int k = lo; k <= hi;) {
        const int word = k >> 6, from = k & 63, to = std::min(63, from + (hi - k));
        const std::uint64_t span = (to == 63 ? ~0ull : (1ull << (to + 1)) - 1) & ~((1ull << from) - 1);
        bits[word] |= span;
        k += to - from + 1;
    }
}

inline void accumulate(float* row, std::uint64_t* bits, double xt, double xb, double d) {
    // Both are at or right of the box's left side; interpolation may undershoot it by a rounding.
    const double lo = std::max(0.0, std::min(xt, xb)), hi = std::max({0.0, xt, xb});
    // Non-negative, so truncation is the floor.
    const int loi = int(lo), hiTrunc = int(hi), hii = hiTrunc + (double(hiTrunc) < hi);
    if (hii <= loi + 1) {
        // Within one cell: the part of the cell right of the edge's mid x is left for the next.
        const double mid = 0.5 * (xt + xb) - loi;
        row[loi] += float(d - d * mid);
        row[loi + 1] += float(d * mid);
        mark(bits, loi, loi + 1);
        return;
    }
    mark(bits, loi, hii);
    // Across several cells: the area right of the edge, cell by cell (a trapezoid's integral).
    const double s = 1 / (hi - lo);
    const double lof = lo - loi;
    const double first = 0.5 * s * (1 - lof) * (1 - lof);
    const double hif = hi - hii + 1;
    const double last = 0.5 * s * hif * hif;
    row[loi] += float(d * first);
    if (hii == loi + 2) {
        row[loi + 1] += float(d * (1 - first - last));
    } else {
        const double second = s * (1.5 - lof);
        row[loi + 1] += float(d * (second - first));
        for (int k = loi + 2; k < hii - 1; ++k) row[k] += float(d * s);
        const double before = second + (hii - loi - 3) * s;
        row[hii - 1] += float(d * (1 - before - last));
    }
    row[hii] += float(d * last);
}

}  // namespace

QRgb CoverageFill::premultiplied(QRgb color) {
    // Qt's own solid colour for the brush (its premultiplication, through 16 bits a channel), read
    // back from one pixel it fills: a pixel fully inside is then exactly what QPainter makes.
    if (haveLast_ && color == lastColor_) return lastPremultiplied_;  // polygons come in runs of one colour
    const auto it = colors_.find(color);
    if (it != colors_.end()) {
        haveLast_ = true;
        lastColor_ = color;
        return lastPremultiplied_ = it->second;
    }
    QImage one(1, 1, QImage::Format_ARGB32_Premultiplied);
    one.fill(Qt::transparent);
    {
        QPainter p(&one);
        p.fillRect(QRect(0, 0, 1, 1), QColor::fromRgba(color));
    }
    const QRgb c = reinterpret_cast<const QRgb*>(one.constScanLine(0))[0];
    colors_.emplace(color, c);
    haveLast_ = true;
    lastColor_ = color;
    return lastPremultiplied_ = c;
}

bool CoverageFill::fill(const RasterRows& target, const QPointF* pts, int n, QRgb color) {
    return fill(target, pts, &n, 1, color);
}

bool CoverageFill::fill(const RasterRows& target, const QPointF* pts, const int* ringSizes, int rings, QRgb color) {
    if (rings < 1 || !target.bits) return false;
    int n = 0;
    for (int r = 0; r < rings; ++r) {
        if (ringSizes[r] < 3) return false;
        n += ringSizes[r];
    }
    double minX = pts[0].x(), maxX = minX, minY = pts[0].y(), maxY = minY;
    for (int i = 0; i < n; ++i) {
        if (!std::isfinite(pts[i].x()) || !std::isfinite(pts[i].y())) return false;
        minX = std::min(minX, pts[i].x());
        maxX = std::max(maxX, pts[i].x());
        minY = std::min(minY, pts[i].y());
        maxY = std::max(maxY, pts[i].y());
    }
    if (maxX - minX > kMaxSide || maxY - minY > kMaxSide) return false;
    const int x0 = int(std::floor(minX)), x1 = int(std::ceil(maxX));
    const int colBegin = std::max(0, target.colBegin), colEnd = std::min(target.width, target.colEnd);
    if (x1 <= colBegin || x0 >= colEnd) return true;  // wholly beside the picture, or its columns
    const int y0 = std::max({int(std::floor(minY)), target.rowBegin, 0});
    const int y1 = std::min({int(std::ceil(maxY)), target.rowEnd, target.height});
    if (y0 >= y1) return true;  // nothing of it in these rows
    const int w = x1 - x0 + 2, h = y1 - y0;
    const int words = (w + 63) / 64;
    // The cells and their marks are all zero between fills: each is zeroed again as the blend reads it.
    if (cells_.size() < std::size_t(w) * std::size_t(h)) cells_.resize(std::size_t(w) * std::size_t(h), 0.0f);
    if (crossed_.size() < std::size_t(words) * std::size_t(h)) crossed_.resize(std::size_t(words) * std::size_t(h), 0);
    for (int r = 0, first = 0; r < rings; first += ringSizes[r++]) {
        const int count = ringSizes[r];
        for (int j = 0; j < count; ++j) {
            const QPointF& a = pts[first + j];
            const QPointF& b = pts[first + (j + 1) % count];  // a closing vertex repeating the first adds nothing
            double ax = a.x() - x0, ay = a.y(), bx = b.x() - x0, by = b.y();
            if (ay == by) continue;
            double dir = 1;
            if (ay > by) {
                std::swap(ax, bx);
                std::swap(ay, by);
                dir = -1;
            }
            const double dxdy = (bx - ax) / (by - ay);
            const int ys = std::max(int(std::floor(ay)), y0), ye = std::min(int(std::ceil(by)), y1);
            for (int y = ys; y < ye; ++y) {
                const double top = std::max(double(y), ay), bottom = std::min(double(y + 1), by);
                if (bottom <= top) continue;
                const double xt = ax + dxdy * (top - ay), xb = ax + dxdy * (bottom - ay);
                accumulate(&cells_[std::size_t(y - y0) * std::size_t(w)], &crossed_[std::size_t(y - y0) * std::size_t(words)], xt, xb,
                           dir * (bottom - top));
            }
        }
    }
    const QRgb c = premultiplied(color);
    const unsigned inverse = 255 - qAlpha(c);
    const int left = std::max(0, colBegin - x0), right = std::min(w, colEnd - x0);  // the cells in its columns
    // Qt's blend of a solid span of `coverage` over pixels [from, to) of a row (source over).
    auto blend = [&](QRgb* line, int from, int to, unsigned coverage) {
        if (coverage == 0 || from >= to) return;
        QRgb* d = line + x0 + from;
        QRgb* const end = line + x0 + to;
        if (coverage == 255 && inverse == 0) {
            std::fill(d, end, c);
        } else if (coverage == 255) {
            sourceOverSpan(d, end, c, inverse);
        } else {
            const QRgb part = byteMul(c, coverage);
            sourceOverSpan(d, end, part, 255 - qAlpha(part));
        }
    };
    for (int y = 0; y < h; ++y) {
        float* row = &cells_[std::size_t(y) * std::size_t(w)];
        std::uint64_t* bits = &crossed_[std::size_t(y) * std::size_t(words)];
        QRgb* line = reinterpret_cast<QRgb*>(target.bits + std::size_t(y0 + y) * std::size_t(target.stride));
        float sum = 0;
        unsigned coverage = 0;
        int x = 0;
        // Only cells an edge crossed (marked as it added to them) change the running sum; between
        // them a row's coverage is the same pixel after pixel, so each such span is blended at one
        // coverage (none outside the polygon). A marked cell whose share came to zero changes nothing:
        // the span is the same, in two calls. Cells beside the columns are zeroed, not blended.
        for (int word = 0; word < words; ++word) {
            for (std::uint64_t m = bits[word]; m; m &= m - 1) {
                const int next = word * 64 + __builtin_ctzll(m);
                if (next >= right) {
                    row[next] = 0;
                    continue;
                }
                blend(line, std::max(x, left), next, coverage);
                sum += row[next];
                row[next] = 0;
                // Even-odd, as QPainter fills these: a winding of two (a hole drawn the outer ring's
                // way round, a ring crossing itself) is outside.
                float cover = std::fabs(sum);
                if (cover > 1) {
                    cover = std::fmod(cover, 2.0f);
                    if (cover > 1) cover = 2 - cover;
                }
                coverage = unsigned(cover * 255 + 0.5f);
                if (next >= left) blend(line, next, next + 1, coverage);
                x = next + 1;
            }
            bits[word] = 0;
        }
        blend(line, std::max(x, left), right, coverage);
    }
    return true;
}

}  // namespace pa
