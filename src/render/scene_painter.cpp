#include "render/scene_painter.h"

#include <atomic>
#include <cstring>
#include <optional>
#include <thread>

#include <QFontDatabase>
#include <QFontMetricsF>
#include <QPainterPath>

#include <algorithm>
#include <cmath>
#include <unordered_map>

#include "core/label_placer.h"
#include "render/hairline.h"
#include "render/screen_clip.h"

namespace pa {

namespace {

bool visibleIn(const Layer& l, const Part& part, const Bounds& view) {
    Bounds b;
    const std::uint32_t vb = l.ringBegin(part.firstRing), ve = l.ringEnd(part.firstRing + part.ringCount - 1);
    for (std::uint32_t v = vb; v < ve; ++v) b.extend(l.projected[v]);
    return !b.isEmpty() && b.intersects(view);
}

// A screen ring, or nothing when a vertex could not be projected (PROJ gave NaN).
bool screenRing(const Layer& l, std::uint32_t r, const Viewport& vp, QPolygonF& out) {
    const std::uint32_t b = l.ringBegin(r), e = l.ringEnd(r);
    out.resize(qsizetype(e - b));  // written in place: no append's capacity check a vertex
    QPointF* o = out.data();
    const Vec2d* v = l.projected.data();
    for (std::uint32_t i = b; i < e; ++i) {
        const Vec2d s = vp.mapToScreen(v[i]);
        if (!std::isfinite(s.x) || !std::isfinite(s.y)) return false;
        o[i - b] = QPointF(s.x, s.y);
    }
    return true;
}

QPainterPath polygonPath(const Layer& l, const Part& part, const Viewport& vp) {
    QPainterPath path;
    path.setFillRule(Qt::OddEvenFill);
    QPolygonF ring;
    for (std::uint32_t r = part.firstRing; r < part.firstRing + part.ringCount; ++r) {
        if (!screenRing(l, r, vp, ring)) return QPainterPath();
        if (far(ring.boundingRect(), vp)) ring = clipRing(ring, reach(vp));
        if (ring.size() < 3) continue;
        path.addPolygon(ring);
        path.closeSubpath();
    }
    return path;
}

void paintHatch(QPainter& p, const QPainterPath& path, const Symbol& s, float opacity, Vec2d originOnScreen) {
    const QRectF b = path.boundingRect();
    const double step = s.hatchSpacing * std::sqrt(2.0);
    Rgba c = s.stroke;
    c.a = std::uint8_t(std::lround(c.a * 0.55));
    p.save();
    p.setClipPath(path, Qt::IntersectClip);
    p.setPen(QPen(toQColor(c, opacity), s.hatchWidth, Qt::SolidLine, Qt::FlatCap));
    // Stripe n: y = x + k - (n + 1/2) * step, k = origin.y - origin.x on screen.
    const double k = originOnScreen.y - originOnScreen.x;
    const double lo = b.top() - b.right() - k, hi = b.bottom() - b.left() - k;
    for (double n = std::floor(-hi / step - 0.5) - 1; n <= std::ceil(-lo / step - 0.5) + 1; ++n) {
        const double c0 = k - (n + 0.5) * step;
        p.drawLine(QPointF(b.left() - 2, b.left() - 2 + c0), QPointF(b.right() + 2, b.right() + 2 + c0));
    }
    p.restore();
}

enum class Pass { Fills, Outlines, Lines, Markers };

// Whether two symbols give the same QPen (symbolPen reads only these).
bool samePen(const Symbol& a, const Symbol& b) {
    return a.stroke == b.stroke && a.strokeWidth == b.strokeWidth && a.cap == b.cap && a.dashOn == b.dashOn && a.dashOff == b.dashOff;
}

// Whether to stop, looked at every thousand items, and what was painted: a picture a newer view
// supersedes gives way within a few milliseconds (three superseded by a zoom's notches held the
// live one to a quarter of the cores for 400 ms).
struct Watch {
    const std::atomic<bool>* cancel = nullptr;
    PaintCounts* counts = nullptr;
    bool stop() const { return cancel && cancel->load(std::memory_order_relaxed); }
    void add(std::atomic<std::size_t> PaintCounts::*what, std::size_t n) const {
        if (counts && n) (counts->*what).fetch_add(n, std::memory_order_relaxed);
    }
};
constexpr std::size_t kWatchEvery = 1024;

// A layer's polygons largest first, as the OpenGL backend orders them (by size within each spatial
// chunk, so that small areas stay visible over the large ones they lie in).
struct PolygonItem {  // 16 B: a million polygons' order is 16 MB
    std::uint32_t feature, part;
    double size;
};

// The features that may meet `view`, in the layer's order, when asking the layer's index is cheaper
// than a scan of all (a street of a million parcels: a few thousand; a tile of a picture). False: scan
// them all. The index's boxes are rounded outwards, so the caller's exact test decides.
bool featuresNear(const Layer& l, const Bounds& view, std::vector<std::uint32_t>& near) {
    const Bounds& all = l.projectedBounds;
    const double seen = std::max(0.0, std::min(view.maxX, all.maxX) - std::max(view.minX, all.minX)) *
                        std::max(0.0, std::min(view.maxY, all.maxY) - std::max(view.minY, all.minY));
    if (l.index.empty() || l.features.size() <= 4096 || seen >= 0.25 * all.width() * all.height()) return false;
    near.clear();
    l.index.query(view, near);
    std::sort(near.begin(), near.end());
    near.erase(std::unique(near.begin(), near.end()), near.end());
    return true;
}

// Only those that meet `view` (a piece of the picture paints only its own; what is out of sight is
// not painted at all). None once `watch` says stop. `home` (a piece's own part of `picture`, the
// visible bounds): the polygons whose box's centre, kept within the picture, lies there are counted in
// `owned`, so that a polygon painted in several pieces counts once.
std::vector<PolygonItem> polygonsLargestFirst(const Layer& l, const Bounds& view, const Watch& watch, const Bounds& home,
                                              const Bounds& picture, std::size_t& owned) {
    std::vector<PolygonItem> out;
    std::vector<std::uint32_t> near;
    const bool indexed = featuresNear(l, view, near);
    owned = 0;
    const std::size_t count = indexed ? near.size() : l.features.size();
    const bool boxed = l.partBounds.size() == l.parts.size();
    for (std::size_t k = 0; k < count; ++k) {
        if ((k + 1) % (16 * kWatchEvery) == 0 && watch.stop()) return {};
        const std::uint32_t fi = indexed ? near[k] : std::uint32_t(k);
        const Feature& f = l.features[fi];
        for (std::uint32_t pi = f.firstPart; pi < f.firstPart + f.partCount; ++pi) {
            const Part& part = l.parts[pi];
            if (part.kind != PartKind::Polygon) continue;
            Bounds b;
            if (boxed) {
                b = l.partBounds[pi];
            } else if (part.ringCount > 0) {
                const std::uint32_t vb = l.ringBegin(part.firstRing), ve = l.ringEnd(part.firstRing + part.ringCount - 1);
                for (std::uint32_t v = vb; v < ve; ++v) b.extend(l.projected[v]);
            }
            if (b.isEmpty() || !b.intersects(view)) continue;
            out.push_back({fi, pi, std::max(b.width(), b.height())});
            if (home.isEmpty()) {
                ++owned;
            } else {
                const double cx = std::clamp(0.5 * (b.minX + b.maxX), picture.minX, picture.maxX);
                const double cy = std::clamp(0.5 * (b.minY + b.maxY), picture.minY, picture.maxY);
                // Half open, as the pieces' edges are shared; the picture's last column and row are the last piece's.
                owned += cx >= home.minX && (cx < home.maxX || home.maxX >= picture.maxX) && cy <= home.maxY &&
                         (cy > home.minY || home.minY <= picture.minY);
            }
        }
    }
    if (watch.stop()) return {};
    // Largest first, ties in the layer's order: what a stable sort gives, without its buffer of n items.
    std::sort(out.begin(), out.end(), [](const PolygonItem& a, const PolygonItem& b) {
        return a.size != b.size ? a.size > b.size : a.part < b.part;
    });
    return out;
}


// A hint to fetch `p`'s cache line. GCC's dead-code pass drops a __builtin_prefetch whose address
// is read from memory for it alone (GCC 12, -O2), so on x86 it is the instruction itself.
inline void prefetch(const void* p) {
#if defined(__x86_64__) || defined(__i386__)
    asm volatile("prefetcht0 %0" : : "m"(*static_cast<const char*>(p)));
#else
    __builtin_prefetch(p);
#endif
}

// `direct`: the image's pixels, where small polygons are filled by CoverageFill instead of QPainter.
struct DirectFill {
    RasterRows rows;
    CoverageFill fill;
    Hairline hairline;
    bool outlines = false;  // the picture is the view's, pixel for pixel: thin outlines straight into it too
};

void paintPolygons(QPainter& p, const SceneLayer& sl, const std::vector<PolygonItem>& order, Pass pass, const Viewport& vp,
                   double k, DirectFill* direct, const Watch& watch) {
    const Layer& l = *sl.layer;
    const ResolvedStyle& style = *sl.style;
    QPolygonF ring;  // reused: one allocation for the layer
    std::vector<QPointF> device;  // a ring in device px, for the direct fill
    auto filledDirectly = [&](const QPointF* pts, int n, const Symbol& s) {
        if (!direct) return false;
        device.resize(std::size_t(n));
        for (int i = 0; i < n; ++i) device[std::size_t(i)] = pts[i] * k;
        return direct->fill.fill(direct->rows, device.data(), n, toQColor(s.fill, sl.opacity).rgba());
    };
    // A polygon with holes, every ring in device px one after another; not when a ring is far out
    // (polygonPath clips those) or degenerate.
    std::vector<int> ringSizes;
    std::vector<QPointF> rings;  // the same in logical px
    auto ringsOnScreen = [&](const Part& part) {
        rings.clear();
        ringSizes.clear();
        for (std::uint32_t r = part.firstRing; r < part.firstRing + part.ringCount; ++r) {
            if (!screenRing(l, r, vp, ring) || ring.size() < 3 || far(ring.boundingRect(), vp)) return false;
            rings.insert(rings.end(), ring.cbegin(), ring.cend());
            ringSizes.push_back(int(ring.size()));
        }
        return true;
    };
    auto filledWithHoles = [&](const Part& part, const Symbol& s) {
        if (!ringsOnScreen(part)) return false;
        device.resize(rings.size());
        for (std::size_t i = 0; i < rings.size(); ++i) device[i] = rings[i] * k;
        return direct->fill.fill(direct->rows, device.data(), ringSizes.data(), int(ringSizes.size()),
                                 toQColor(s.fill, sl.opacity).rgba());
    };
    // The painter's state changes only when a polygon's colour or pen differs from the one before:
    // each change costs the raster engine a new span setup, a million times over at 1M polygons.
    const Symbol* last = nullptr;
    enum class Tool { None, Fill, Stroke } tool = Tool::None;
    auto fillWith = [&](const Symbol& s) {
        if (tool != Tool::Fill) {
            p.setPen(Qt::NoPen);
            tool = Tool::Fill;
            last = nullptr;
        }
        if (!last || !(last->fill == s.fill)) p.setBrush(toQColor(s.fill, sl.opacity));
        last = &s;
    };
    auto strokeWith = [&](const Symbol& s) {
        if (tool != Tool::Stroke) {
            p.setBrush(Qt::NoBrush);
            tool = Tool::Stroke;
            last = nullptr;
        }
        if (!last || !samePen(*last, s)) p.setPen(symbolPen(s, sl.opacity));
        last = &s;
    };
    const Symbol* hairSymbol = nullptr;  // the pen of the last outline written straight into the pixels
    QPen hairPen;
    auto hairPenOf = [&](const Symbol& s) -> const QPen& {
        if (!hairSymbol || !samePen(*hairSymbol, s)) {
            hairPen = symbolPen(s, sl.opacity);
            hairSymbol = &s;
        }
        return hairPen;
    };
    // Largest first is no order in memory: a polygon's part, ring offsets, symbol and vertices are
    // each a cache miss (a million polygons' vertices are 240 MB). Fetched ahead in stages, each
    // stage's addresses read from what the one before fetched, the misses overlap instead of
    // queueing (at 1M the paint waited on memory for most of its time: draw 2.75 -> 2.3 s).
    const std::size_t n = order.size();
    const PolygonItem* const items = order.data();
    auto fetchAhead = [&](std::size_t i) {
        if (i + 24 < n) prefetch(&l.parts[items[i + 24].part]);
        if (i + 12 < n) {
            prefetch(&l.ringOffsets[l.parts[items[i + 12].part].firstRing]);
            prefetch(&style.symbolOf[items[i + 12].feature]);
        }
        if (i + 4 < n) {
            const Vec2d* v = l.projected.data() + l.ringBegin(l.parts[items[i + 4].part].firstRing);
            for (int line = 0; line < 4; ++line) prefetch(reinterpret_cast<const char*>(v) + 64 * line);
        }
    };
    for (std::size_t i = 0; i < n; ++i) {
        if ((i + 1) % kWatchEvery == 0 && watch.stop()) return;
        fetchAhead(i);
        const PolygonItem& it = items[i];
        const Symbol& s = style.symbol(it.feature);
        const Part& part = l.parts[it.part];
        if (pass == Pass::Fills) {
            if (it.size / vp.resolution() * k < kExactFillMinPx && s.hatchSpacing <= 0) {
                // The OpenGL level of detail: a polygon under kExactFillMinPx device px is its coarse quad.
                const auto q = coarseQuad(l, part.firstRing);
                QPointF pts[4];
                bool finite = true;
                for (int i = 0; i < 4; ++i) {
                    const Vec2d sp = vp.mapToScreen(l.projected[q[std::size_t(i)]]);
                    finite = finite && std::isfinite(sp.x) && std::isfinite(sp.y);
                    pts[i] = QPointF(sp.x, sp.y);
                }
                if (!finite || filledDirectly(pts, 4, s)) continue;
                fillWith(s);
                p.drawConvexPolygon(pts, 4);
                continue;
            }
            if (part.ringCount == 1 && s.hatchSpacing <= 0) {
                // One ring: drawn as a polygon, without building a path.
                if (!screenRing(l, part.firstRing, vp, ring)) continue;
                if (far(ring.boundingRect(), vp)) ring = clipRing(ring, reach(vp));
                if (filledDirectly(ring.constData(), int(ring.size()), s)) continue;
                fillWith(s);
                p.drawPolygon(ring, Qt::OddEvenFill);
                continue;
            }
            if (s.hatchSpacing <= 0 && direct && filledWithHoles(part, s)) continue;
            const QPainterPath path = polygonPath(l, part, vp);
            p.fillPath(path, toQColor(s.fill, sl.opacity));
            if (s.hatchSpacing > 0) paintHatch(p, path, s, sl.opacity, vp.mapToScreen(l.projectedBounds.center()));
            tool = Tool::None;  // hatching saves and restores the painter's state
        } else if (s.strokeWidth > 0 && s.stroke.a > 0 && it.size / vp.resolution() * k >= kOutlineMinPx) {
            // The OpenGL level of detail: a polygon under kOutlineMinPx device px has no outline.
            if (part.ringCount == 1) {
                if (!screenRing(l, part.firstRing, vp, ring)) continue;
                if (far(ring.boundingRect(), vp)) ring = clipRing(ring, reach(vp));
                if (direct && direct->outlines && ring.size() >= 2 &&
                    direct->hairline.stroke(direct->rows, ring.constData(), int(ring.size()), hairPenOf(s), k))
                    continue;
                strokeWith(s);
                p.drawPolygon(ring, Qt::OddEvenFill);
                continue;
            }
            if (direct && direct->outlines && ringsOnScreen(part) &&
                direct->hairline.strokeRings(direct->rows, rings.data(), ringSizes.data(), int(ringSizes.size()), hairPenOf(s), k))
                continue;
            p.strokePath(polygonPath(l, part, vp), symbolPen(s, sl.opacity));
        }
    }
}

// A raster layer's tiles composed at the target's device resolution first, then painted as one
// image: a PDF or SVG holds one picture per layer, with no seams between tiles.
void paintTiles(QPainter& p, const SceneLayer& sl, const Viewport& vp, double k) {
    const int w = int(std::ceil(vp.width() * k)), h = int(std::ceil(vp.height() * k));
    if (w <= 0 || h <= 0) return;
    QImage composed(w, h, QImage::Format_ARGB32_Premultiplied);
    composed.fill(Qt::transparent);
    {
        QPainter c(&composed);
        c.setRenderHint(QPainter::SmoothPixmapTransform);
        c.scale(k, k);
        for (const SceneTile& t : sl.tiles) {
            const RasterImage& im = *t.image;
            if (im.empty()) continue;
            const QImage tile(im.rgba.data(), im.width, im.height, im.width * 4, QImage::Format_RGBA8888);
            const Vec2d tl = vp.mapToScreen({im.extent.minX, im.extent.maxY});
            const Vec2d br = vp.mapToScreen({im.extent.maxX, im.extent.minY});
            c.drawImage(QRectF(QPointF(tl.x, tl.y), QPointF(br.x, br.y)), tile);
        }
    }
    p.save();
    p.setOpacity(p.opacity() * sl.opacity);
    p.drawImage(QRectF(0, 0, vp.width(), vp.height()), composed);
    p.restore();
}

void paintLayer(QPainter& p, const SceneLayer& sl, std::vector<PolygonItem>& order, Pass pass, const Viewport& vp,
                const Bounds& view, double k, DirectFill* direct, const Watch& watch, const Bounds& band) {
    const Layer& l = *sl.layer;
    if (!sl.tiles.empty()) {
        if (pass == Pass::Fills) {
            paintTiles(p, sl, vp, k);
            watch.add(&PaintCounts::tiles, sl.tiles.size());
        }
        return;
    }
    const ResolvedStyle& style = *sl.style;
    if (l.projected.size() != l.vertices.size()) return;
    if (pass == Pass::Fills || pass == Pass::Outlines) {
        if (pass == Pass::Fills) {
            // A polygon paints its box and, outlined, half its pen around it and a pixel of
            // antialiasing: only those within that of the band are its, not all within its margin.
            float pen = 0;
            for (const Symbol& sym : style.palette) pen = std::max(pen, sym.strokeWidth);
            const double m = (64.0 - (pen / 2 + 2.0)) * vp.resolution();
            const Bounds own = band.isEmpty() ? view : Bounds{view.minX + m, view.minY + m, view.maxX - m, view.maxY - m};
            std::size_t owned = 0;
            order = polygonsLargestFirst(l, own, watch, band, vp.visibleBounds(), owned);
            watch.add(&PaintCounts::polygons, owned);
        }
        return paintPolygons(p, sl, order, pass, vp, k, direct, watch);
    }
    if (!l.holds(pass == Pass::Lines ? PartKind::Line : PartKind::Point)) return;
    std::size_t painted = 0;
    // A piece of a large layer's picture looks only at what its index says may meet it.
    std::vector<std::uint32_t> near;
    const bool indexed = !band.isEmpty() && featuresNear(l, view, near);
    const std::size_t count = indexed ? near.size() : l.features.size();
    for (std::size_t c = 0; c < count; ++c) {
        if ((c + 1) % kWatchEvery == 0 && watch.stop()) break;
        const std::uint32_t fi = indexed ? near[c] : std::uint32_t(c);
        const Feature& f = l.features[fi];
        const Symbol& s = style.symbol(fi);
        for (std::uint32_t pi = f.firstPart; pi < f.firstPart + f.partCount; ++pi) {
            const Part& part = l.parts[pi];
            if (part.kind == PartKind::Line && pass == Pass::Lines) {
                if (!visibleIn(l, part, view)) continue;
                QPolygonF line;
                if (!screenRing(l, part.firstRing, vp, line)) continue;
                p.setPen(symbolPen(s, sl.opacity));
                p.setBrush(Qt::NoBrush);
                ++painted;
                if (!far(line.boundingRect(), vp)) p.drawPolyline(line);
                else
                    for (const QPolygonF& piece : clipLine(line, reach(vp))) p.drawPolyline(piece);
            } else if (part.kind == PartKind::Point && pass == Pass::Markers) {
                const Vec2d sp = vp.mapToScreen(l.projected[l.ringBegin(part.firstRing)]);
                const double r = s.markerSize / 2.0;
                if (sp.x < -r || sp.y < -r || sp.x > vp.width() + r || sp.y > vp.height() + r) continue;
                // The stroke lies inside the symbol's size, as the marker shader draws it.
                const double sw = std::min<double>(s.strokeWidth, r);
                const double ri = r - sw / 2;
                p.setPen(sw > 0 && s.stroke.a > 0 ? QPen(toQColor(s.stroke, sl.opacity), sw) : QPen(Qt::NoPen));
                p.setBrush(toQColor(s.fill, sl.opacity));
                ++painted;
                if (s.marker == MarkerShape::Square) p.drawRect(QRectF(sp.x - ri, sp.y - ri, 2 * ri, 2 * ri));
                else p.drawEllipse(QPointF(sp.x, sp.y), ri, ri);
            }
        }
    }
    watch.add(pass == Pass::Lines ? &PaintCounts::lines : &PaintCounts::markers, painted);
}

// `only`: the part of the view being painted (a band of an image painted in parallel); empty: all.
void paintLayers(QPainter& p, const std::vector<SceneLayer>& layers, const Viewport& vp, double k, const Bounds& only,
                 DirectFill* direct, const Watch& watch = {}) {
    Bounds view = vp.visibleBounds();
    if (!only.isEmpty()) view = only;
    const double m = 64.0 * vp.resolution();
    view = Bounds{view.minX - m, view.minY - m, view.maxX + m, view.maxY + m};
    std::vector<std::vector<PolygonItem>> order(layers.size());  // made in the fill pass, kept for the outlines
    for (Pass pass : {Pass::Fills, Pass::Outlines, Pass::Lines, Pass::Markers})
        for (std::size_t i = 0; i < layers.size(); ++i) {
            const SceneLayer& sl = layers[i];
            if (watch.stop()) return;
            if (sl.layer && sl.style && sl.opacity > 0) paintLayer(p, sl, order[i], pass, vp, view, k, direct, watch, only);
        }
}


}  // namespace

LabelFonts::LabelFonts(QString family, double k) : family_(std::move(family)), k_(k) {}

const QFont& LabelFonts::font(float size) {
    // At device pixel size, as the atlas rasterises them.
    const int px = std::max(1, int(std::lround(size * k_)));
    auto it = fonts_.find(px);
    if (it == fonts_.end()) {
        QFont f(family_);
        f.setPixelSize(px);
        it = fonts_.emplace(px, f).first;
    }
    return it->second;
}

float LabelFonts::advance(char32_t ch, float size) {
    const int px = std::max(1, int(std::lround(size * k_)));
    const std::uint64_t key = std::uint64_t(ch) << 20 | std::uint64_t(px);
    auto it = advances_.find(key);
    if (it == advances_.end())
        it = advances_.emplace(key, float(QFontMetricsF(font(size)).horizontalAdvance(QString::fromUcs4(&ch, 1)) / k_)).first;
    return it->second;
}

void LabelFonts::paintGlyph(QPainter& p, char32_t code, const LabelStyle& style) {
    const QFont& f = font(style.size);
    const QFontMetricsF fm(f);
    const QString ch = QString::fromUcs4(&code, 1);
    const QPointF at(-fm.horizontalAdvance(ch) / 2, (fm.ascent() - fm.descent()) / 2);
    // Halo as a stroked outline, then the glyph as real text on top.
    QPainterPath path;
    path.addText(at, f, ch);
    p.strokePath(path, QPen(toQColor(style.halo), style.haloWidth * k_ * 2, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p.setFont(f);
    p.setPen(toQColor(style.color));
    p.drawText(at, ch);
}

std::vector<PlacedLabel> paintLabels(QPainter& p, const std::vector<LabelSource>& sources, const Viewport& vp, double k,
                                     const QString& family) {
    LabelFonts fonts(family, k);
    const GlyphAdvance advance = [&](char32_t ch, float size) { return fonts.advance(ch, size); };
    std::vector<PlacedLabel> placed = placeLabels(labelCandidates(sources, vp, advance), vp.width(), vp.height());
    for (const PlacedLabel& pl : placed) {
        const LabelSource& s = sources[std::size_t(pl.id)];
        for (std::size_t g = 0; g < pl.glyphs.size() && g < s.text.size(); ++g) {
            p.save();
            p.translate(pl.glyphs[g].center.x, pl.glyphs[g].center.y);
            p.rotate(-pl.glyphs[g].angle * 180.0 / M_PI);
            p.scale(1 / k, 1 / k);  // glyph metrics in device units
            fonts.paintGlyph(p, s.text[g], s.style);
            p.restore();
        }
    }
    return placed;
}

void paintOverlays(QPainter& p, const std::vector<SceneLayer>& overlays, const Viewport& vp, double k) {
    paintLayers(p, overlays, vp, k, Bounds{}, nullptr);
}

QColor toQColor(const Rgba& c, float opacity) { return QColor(c.r, c.g, c.b, int(std::lround(c.a * opacity))); }

QPen symbolPen(const Symbol& s, float opacity) {
    QPen pen(toQColor(s.stroke, opacity), std::max(0.05f, s.strokeWidth));
    pen.setCapStyle(s.cap == LineCap::Butt ? Qt::FlatCap : s.cap == LineCap::Square ? Qt::SquareCap : Qt::RoundCap);
    pen.setJoinStyle(Qt::RoundJoin);
    if (s.dashOn > 0 && s.dashOff > 0) {
        // Qt's dash lengths are in pen widths; the style's are logical px, as the line shader reads them.
        const double w = pen.widthF();
        pen.setDashPattern({s.dashOn / w, s.dashOff / w});
        pen.setCapStyle(Qt::FlatCap);
    }
    return pen;
}

QString firstInstalledFamily(std::initializer_list<const char*> families) {
    const QStringList have = QFontDatabase::families();
    for (const char* f : families)
        if (have.contains(f)) return f;
    return QFont().family();
}

QString mapFontFamily() { return firstInstalledFamily({"Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC"}); }

QImage paintSceneImage(const Scene& scene, const PictureOptions& options) {
    const Viewport vp = scene.settings.view();
    const double dpr = vp.devicePixelRatio();
    QImage img(int(std::lround(vp.width() * dpr)), int(std::lround(vp.height() * dpr)), QImage::Format_ARGB32_Premultiplied);
    paintSceneInto(img, scene, vp, options);
    return img;
}

void paintSceneInto(QImage& img, const Scene& scene, const Viewport& vp, const PictureOptions& options) {
    const double dpr = vp.devicePixelRatio();
    const int w = img.width(), h = img.height();
    const QRect keep = options.keep.intersected(img.rect());
    if (keep.isEmpty()) img.fill(Qt::transparent);
    // In pieces taken by the cores from a queue, each painting only what meets it, clipped to its
    // pixels: tiles of the picture, or (around a kept middle) of the rows above and below it and the
    // columns either side. Tiles, not a band a core: the polygons come largest first, so each lands
    // anywhere in a picture larger than the caches, and the blend of its edge pixels waited on a miss
    // a row; a tile's pixels stay in the core's cache, and many pieces share the work out evenly
    // (the window's 1M zoom shown exactly 1.6 -> 1.4 s in one run of each here; render at 100k the
    // same within the machine's noise). Each paints on an image of the whole picture's size,
    // since QPainter treats what crosses its device's edge differently (dashes, long paths): clipped
    // so, a piece's pixels are those a single painter makes. The images share the picture's pixels:
    // a painter writes only within its clip.
    const int cores = int(std::clamp(std::thread::hardware_concurrency(), 1u, 8u));
    std::vector<QRect> pieces;
    // Hatching is the exception: Qt draws its long lines through a clip path whose pixels, cut at a
    // tile's edge, differ from the whole picture's by a level or two (666 pixels of the
    // bundled plan). A scene with hatched symbols is painted in a band a core, as before.
    bool hatched = false;
    for (const std::vector<SceneLayer>* group : {&scene.layers, &scene.overlays})
        for (const SceneLayer& sl : *group)
            if (sl.style)
                for (const Symbol& sym : sl.style->palette) hatched = hatched || sym.hatchSpacing > 0;
    auto tile = [&](const QRect& r) {
        if (r.isEmpty()) return;
        if (hatched) {
            if (r != img.rect() || h < 256) return pieces.push_back(r);
            const int rows = (h + cores - 1) / cores;
            for (int y0 = 0; y0 < h; y0 += rows) pieces.push_back(QRect(0, y0, w, std::min(rows, h - y0)));
            return;
        }
        const int cols = (r.width() + kTileSide - 1) / kTileSide, rows = (r.height() + kTileSide - 1) / kTileSide;
        for (int j = 0; j < rows; ++j)
            for (int i = 0; i < cols; ++i) {
                const int x0 = r.left() + r.width() * i / cols, x1 = r.left() + r.width() * (i + 1) / cols;
                const int y0 = r.top() + r.height() * j / rows, y1 = r.top() + r.height() * (j + 1) / rows;
                pieces.push_back(QRect(x0, y0, x1 - x0, y1 - y0));
            }
    };
    if (!keep.isEmpty()) {
        for (const QRect& r : {QRect(0, 0, w, keep.top()), QRect(0, keep.bottom() + 1, w, h - keep.bottom() - 1),
                               QRect(0, keep.top(), keep.left(), keep.height()),
                               QRect(keep.right() + 1, keep.top(), w - keep.right() - 1, keep.height())})
            tile(r);
    } else {
        tile(img.rect());
    }
    const bool whole = pieces.size() == 1 && pieces[0] == img.rect();
    uchar* const bits = img.bits();  // detached here, once, not by each piece's thread
    const std::size_t stride = std::size_t(img.bytesPerLine());
    std::atomic<std::size_t> next{0};
    auto paintPieces = [&](bool first) {
        for (std::size_t i; (i = next++) < pieces.size();) {
            const QRect& r = pieces[i];
            QImage own = first ? QImage() : QImage(bits, w, h, qsizetype(stride), img.format());
            QPainter p(first ? &img : &own);
            if (!keep.isEmpty()) {
                // Its own pixels made new: the kept ones are not touched.
                p.setCompositionMode(QPainter::CompositionMode_Source);
                p.fillRect(r, Qt::transparent);
                p.setCompositionMode(QPainter::CompositionMode_SourceOver);
            }
            if (!whole) p.setClipRect(r);
            p.scale(dpr, dpr);
            PaintTarget t{vp, dpr, {}, {}, {}};
            t.raster = RasterRows{bits, qsizetype(stride), w, h, r.top(), r.bottom() + 1, r.left(), r.right() + 1};
            // The labels and attribution once, over the whole picture, after the pieces.
            t.layersOnly = options.layersOnly;
            t.labelsAfter = !whole;
            t.cancel = options.cancel;
            t.counts = options.counts;
            if (!whole) {
                const Bounds v = vp.visibleBounds();
                const double unitsPerPx = vp.resolution() / dpr;
                t.only = Bounds{r.left() == 0 ? v.minX : v.minX + r.left() * unitsPerPx, v.maxY - (r.bottom() + 1) * unitsPerPx,
                                r.right() + 1 == w ? v.maxX : v.minX + (r.right() + 1) * unitsPerPx, v.maxY - r.top() * unitsPerPx};
            }
            paintScene(p, scene, t);
        }
    };
    std::vector<std::thread> pool;
    for (int c = 1; c < std::min<int>(cores, int(pieces.size())); ++c) pool.emplace_back(paintPieces, false);
    paintPieces(true);
    for (std::thread& t : pool) t.join();
    if (whole || options.layersOnly || (options.cancel && *options.cancel)) return;
    QPainter p(&img);
    p.scale(dpr, dpr);
    paintSceneTop(p, scene, PaintTarget{vp, dpr, {}, {}, {}});
}

namespace {

// The painter's state for the view: saved, clipped to the view, antialiased. The view's rectangle.
QRectF beginView(QPainter& p, const Viewport& vp) {
    const QRectF rect(0, 0, vp.width(), vp.height());
    p.save();
    p.setClipRect(rect, Qt::IntersectClip);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    return rect;
}

}  // namespace

void paintScene(QPainter& p, const Scene& scene, const PaintTarget& t) {
    const Viewport& vp = t.view;
    const QRectF rect = beginView(p, vp);
    p.fillRect(rect, toQColor(scene.background));
    // Straight into the pixels only where they are the painter's own, unchanged by it: an ARGB32
    // image painted at its device scale, source over, fully opaque painter.
    std::optional<DirectFill> direct;
    if (t.raster.bits && p.compositionMode() == QPainter::CompositionMode_SourceOver && p.opacity() == 1.0 &&
        p.transform() == QTransform::fromScale(t.devicePerLogical, t.devicePerLogical)) {
        direct.emplace(DirectFill{t.raster, {}, {}, false});
        // Qt clips outlines to the view's rectangle; where that is the image's, exactly, so do they.
        const double w = vp.width() * t.devicePerLogical, h = vp.height() * t.devicePerLogical;
        direct->outlines = w == t.raster.width && h == t.raster.height;
    }
    paintLayers(p, scene.layers, vp, t.devicePerLogical, t.only, direct ? &*direct : nullptr, Watch{t.cancel, t.counts});
    if (t.layersOnly) return p.restore();
    paintLayers(p, scene.overlays, vp, t.devicePerLogical, t.only, direct ? &*direct : nullptr);
    p.restore();
    if (!t.labelsAfter) paintSceneTop(p, scene, t);
}

void paintSceneTop(QPainter& p, const Scene& scene, const PaintTarget& t) {
    const Viewport& vp = t.view;
    const QRectF rect = beginView(p, vp);
    if (scene.settings.labels)
        paintLabels(p, *scene.labels, vp, t.devicePerLogical, t.fontFamily.isEmpty() ? mapFontFamily() : t.fontFamily);
    paintAttribution(p, scene.attributions, rect, t.fontFamily);
    p.restore();
}

void paintAttribution(QPainter& p, const std::vector<std::string>& attributions, const QRectF& rect, const QString& family) {
    if (attributions.empty()) return;
    QString text;
    for (const std::string& a : attributions) text += (text.isEmpty() ? "" : " | ") + QString::fromStdString(a);
    QFont font(family.isEmpty() ? mapFontFamily() : family);
    font.setPixelSize(10);
    const QFontMetricsF fm(font);
    const double pad = 3;
    const double w = std::min(rect.width(), fm.horizontalAdvance(text) + 2 * pad), h = fm.height() + 2 * pad;
    const QRectF box(rect.right() - w, rect.bottom() - h, w, h);
    p.save();
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(255, 255, 255, 200));
    p.drawRect(box);
    p.setFont(font);
    p.setPen(QColor(40, 40, 40));
    p.drawText(box.adjusted(pad, pad, -pad, -pad), Qt::AlignRight | Qt::AlignVCenter,
               fm.elidedText(text, Qt::ElideLeft, box.width() - 2 * pad));
    p.restore();
}

}  // namespace pa
