#include "render/screen_clip.h"

#include <algorithm>

namespace pa {

QRectF reach(const Viewport& vp) {
    const double m = std::max(vp.width(), vp.height());
    return QRectF(-m, -m, vp.width() + 2 * m, vp.height() + 2 * m);
}

bool far(const QRectF& b, const Viewport& vp) {
    return b.left() < -kFarPx || b.top() < -kFarPx || b.right() > vp.width() + kFarPx || b.bottom() > vp.height() + kFarPx;
}

QPolygonF clipRing(const QPolygonF& ring, const QRectF& r) {
    QPolygonF out = ring;
    for (int edge = 0; edge < 4 && !out.isEmpty(); ++edge) {
        auto inside = [&](const QPointF& q) {
            return edge == 0 ? q.x() >= r.left() : edge == 1 ? q.x() <= r.right() : edge == 2 ? q.y() >= r.top() : q.y() <= r.bottom();
        };
        auto cross = [&](const QPointF& a, const QPointF& b) {
            const double t = edge == 0   ? (r.left() - a.x()) / (b.x() - a.x())
                             : edge == 1 ? (r.right() - a.x()) / (b.x() - a.x())
                             : edge == 2 ? (r.top() - a.y()) / (b.y() - a.y())
                                         : (r.bottom() - a.y()) / (b.y() - a.y());
            return a + t * (b - a);
        };
        QPolygonF in = out;
        out.clear();
        for (int i = 0; i < in.size(); ++i) {
            const QPointF& cur = in[i];
            const QPointF& prev = in[(i + in.size() - 1) % in.size()];
            if (inside(cur)) {
                if (!inside(prev)) out << cross(prev, cur);
                out << cur;
            } else if (inside(prev)) {
                out << cross(prev, cur);
            }
        }
    }
    return out;
}

std::vector<QPolygonF> clipLine(const QPolygonF& line, const QRectF& r) {
    std::vector<QPolygonF> out;
    QPolygonF piece;
    for (int i = 0; i + 1 < line.size(); ++i) {
        const QPointF a = line[i], d = line[i + 1] - line[i];
        double t0 = 0, t1 = 1;
        bool keep = true;
        const double pq[4][2] = {{-d.x(), a.x() - r.left()}, {d.x(), r.right() - a.x()}, {-d.y(), a.y() - r.top()}, {d.y(), r.bottom() - a.y()}};
        for (const auto& [pp, q] : pq) {
            if (pp == 0) {
                if (q < 0) keep = false;
                continue;
            }
            const double t = q / pp;
            if (pp < 0) t0 = std::max(t0, t);
            else t1 = std::min(t1, t);
        }
        if (!keep || t0 > t1) {
            if (piece.size() > 1) out.push_back(piece);
            piece.clear();
            continue;
        }
        const QPointF s0 = a + t0 * d, s1 = a + t1 * d;
        if (piece.isEmpty() || piece.back() != s0) {
            if (piece.size() > 1) out.push_back(piece);
            piece.clear();
            piece << s0;
        }
        piece << s1;
    }
    if (piece.size() > 1) out.push_back(piece);
    return out;
}

}  // namespace pa
