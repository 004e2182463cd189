#include "render/gpu_layer.h"

#include <algorithm>
#include <atomic>
#include <thread>
#include <cmath>

namespace pa {

namespace {

// Aim for a few thousand features a chunk: few enough draw calls at full extent, fine enough
// culling at street level.
constexpr double kFeaturesPerChunk = 1024.0;
constexpr int kMaxGrid = 64;

void copyColor(const Rgba& c, std::uint8_t out[4]) {
    out[0] = c.r;
    out[1] = c.g;
    out[2] = c.b;
    out[3] = c.a;
}

bool finite(const Vec2d& v) { return std::isfinite(v.x) && std::isfinite(v.y); }

// Emits one instance per segment of a path; closed rings join round at every vertex.
void addPath(const Layer& layer, std::uint32_t ring, bool closed, const Symbol& s, const Vec2d& origin,
             std::vector<SegmentInstance>& out) {
    const std::uint32_t b = layer.ringBegin(ring), e = layer.ringEnd(ring);
    if (e - b < 2 || s.strokeWidth <= 0 || s.stroke.a == 0) return;
    std::uint32_t last = e - 1;
    if (closed && layer.projected[b] == layer.projected[last]) --last;  // drawn by the closing segment
    const std::uint32_t segments = closed ? last - b + 1 : last - b;
    const std::uint8_t cap = static_cast<std::uint8_t>(s.cap);
    constexpr std::uint8_t kRoundJoin = static_cast<std::uint8_t>(LineCap::Round);
    const bool dashed = s.dashOn > 0 && s.dashOff > 0;
    double along = 0;
    for (std::uint32_t k = 0; k < segments; ++k) {
        const std::uint32_t i = b + k;
        const std::uint32_t j = (i == last) ? b : i + 1;
        const Vec2d& p = layer.projected[i];
        const Vec2d& q = layer.projected[j];
        if (!finite(p) || !finite(q)) continue;
        SegmentInstance seg;
        seg.x0 = float(p.x - origin.x);
        seg.y0 = float(p.y - origin.y);
        seg.x1 = float(q.x - origin.x);
        seg.y1 = float(q.y - origin.y);
        copyColor(s.stroke, seg.rgba);
        seg.width = s.strokeWidth;
        seg.capStart = (!closed && k == 0) ? cap : kRoundJoin;
        seg.capEnd = (!closed && k + 1 == segments) ? cap : kRoundJoin;
        seg.dashOn = dashed ? std::uint8_t(std::clamp(s.dashOn, 1.0f, 254.0f)) : 0;
        seg.dashOff = dashed ? std::uint8_t(std::clamp(s.dashOff, 1.0f, 254.0f)) : 0;
        // Dashes need butt ends where they break; round joins would close the gaps at vertices.
        if (dashed) seg.capStart = seg.capEnd = static_cast<std::uint8_t>(LineCap::Butt);
        seg.along = float(along);
        along += std::hypot(q.x - p.x, q.y - p.y);
        out.push_back(seg);
    }
}

// `shift` moves a layer vertex index to its place in the page (the page's copy of the polygon).
// How many indices addHairlines gives a ring.
std::uint32_t hairlineCount(const Layer& layer, std::uint32_t ring) {
    const std::uint32_t b = layer.ringBegin(ring), e = layer.ringEnd(ring);
    if (e - b < 2) return 0;
    std::uint32_t last = e - 1;
    if (layer.projected[b] == layer.projected[last]) --last;
    return 2 * (last - b + 1);
}

void addHairlines(const Layer& layer, std::uint32_t ring, std::int64_t shift, std::vector<std::uint32_t>& out) {
    const std::uint32_t b = layer.ringBegin(ring), e = layer.ringEnd(ring);
    if (e - b < 2) return;
    std::uint32_t last = e - 1;
    if (layer.projected[b] == layer.projected[last]) --last;
    for (std::uint32_t i = b; i <= last; ++i) {
        out.push_back(std::uint32_t(i + shift));
        out.push_back(std::uint32_t((i == last ? b : i + 1) + shift));
    }
}

// Two counter-clockwise triangles over four extreme vertices of the ring: its leftmost, lowest,
// rightmost and highest, or its extremes along the diagonals, whichever quad covers more (an
// axis-aligned rectangle has one vertex both leftmost and lowest, so the first quad would be half of
// it; a diamond has the same trouble along the diagonals).
}  // namespace

std::array<std::uint32_t, 4> coarseQuad(const Layer& layer, std::uint32_t ring) {
    const std::uint32_t b = layer.ringBegin(ring), e = layer.ringEnd(ring);
    const std::vector<Vec2d>& v = layer.projected;
    std::uint32_t l = b, lo = b, r = b, hi = b;   // axis extremes
    std::uint32_t sw = b, se = b, ne = b, nw = b;  // diagonal extremes
    for (std::uint32_t i = b; i < e; ++i) {
        const Vec2d& p = v[i];
        if (p.x < v[l].x) l = i;
        if (p.y < v[lo].y) lo = i;
        if (p.x > v[r].x) r = i;
        if (p.y > v[hi].y) hi = i;
        if (p.x + p.y < v[sw].x + v[sw].y) sw = i;
        if (p.x - p.y > v[se].x - v[se].y) se = i;
        if (p.x + p.y > v[ne].x + v[ne].y) ne = i;
        if (p.x - p.y < v[nw].x - v[nw].y) nw = i;
    }
    auto area = [&](std::uint32_t a, std::uint32_t c, std::uint32_t d, std::uint32_t f) {
        const Vec2d q[4] = {v[a], v[c], v[d], v[f]};
        return std::fabs(signedRingArea(q, 4));
    };
    if (area(sw, se, ne, nw) > area(l, lo, r, hi)) return {sw, se, ne, nw};
    return {l, lo, r, hi};
}

namespace {

void addCoarseQuad(const Layer& layer, std::uint32_t ring, std::int64_t shift, std::vector<std::uint32_t>& out) {
    const auto q = coarseQuad(layer, ring);
    const auto at = [&](std::uint32_t i) { return std::uint32_t(i + shift); };
    out.insert(out.end(), {at(q[0]), at(q[1]), at(q[2]), at(q[0]), at(q[2]), at(q[3])});
}

struct Item {
    std::uint32_t part;
    std::uint32_t feature;
    std::uint32_t cell;
    Bounds bounds;
    double size;
};

Bounds partBounds(const Layer& layer, const Part& part) {
    Bounds b;
    const std::uint32_t vb = layer.ringBegin(part.firstRing);
    const std::uint32_t ve = layer.ringEnd(part.firstRing + part.ringCount - 1);
    for (std::uint32_t v = vb; v < ve; ++v) b.extend(layer.projected[v]);
    return b;
}

}  // namespace

std::size_t polygonsAtLeast(const std::vector<double>& sizes, std::size_t begin, std::size_t end, double minSize) {
    return std::size_t(std::partition_point(sizes.begin() + long(begin), sizes.begin() + long(end),
                                            [&](double s) { return s >= minSize; }) -
                       (sizes.begin() + long(begin)));
}

void GpuLayerData::releaseArrays() {
    for (FillPage& p : pages) {
        p.vertices = {};
        p.fillIndices = {};
        p.coarseIndices = {};
        p.hairlineIndices = {};
    }
    outlines = {};
    lines = {};
    markers = {};
    released = true;
}

GpuLayerData buildGpuLayer(const Layer& layer, const StyleSheet& style) {
    return buildGpuLayer(layer, resolveLayerStyle(layer, style));
}

bool needsOutlineStrokes(const ResolvedStyle& style, double devicePixelRatio) {
    for (const Symbol& s : style.palette)
        if (s.strokeWidth > 0 && s.stroke.a > 0 && s.strokeWidth * devicePixelRatio > kHairlineMaxDevicePx) return true;
    return false;
}

GpuLayerData buildGpuLayer(const Layer& layer, const ResolvedStyle& style, bool strokes) {
    GpuLayerData d;
    d.strokes = strokes;
    d.bounds = layer.projectedBounds;
    if (layer.projected.size() != layer.vertices.size() || d.bounds.isEmpty()) return d;
    d.origin = d.bounds.center();

    const GeometryCounts counts = layer.counts();
    const int grid = std::clamp(int(std::ceil(std::sqrt(double(layer.parts.size()) / kFeaturesPerChunk))), 1, kMaxGrid);
    const double cw = std::max(d.bounds.width(), 1e-300) / grid, ch = std::max(d.bounds.height(), 1e-300) / grid;
    auto cellOf = [&](const Bounds& b) {
        const Vec2d c = b.center();
        const int gx = std::clamp(int((c.x - d.bounds.minX) / cw), 0, grid - 1);
        const int gy = std::clamp(int((c.y - d.bounds.minY) / ch), 0, grid - 1);
        return std::uint32_t(gy * grid + gx);
    };

    std::vector<Item> polygons, lines, points;
    polygons.reserve(counts.polygons);
    lines.reserve(counts.lines);
    points.reserve(counts.points);
    for (std::uint32_t fi = 0; fi < layer.features.size(); ++fi) {
        const Feature& f = layer.features[fi];
        const Symbol& sy = style.symbol(fi);
        for (std::uint32_t pi = f.firstPart; pi < f.firstPart + f.partCount; ++pi) {
            const Part& part = layer.parts[pi];
            const Bounds b = partBounds(layer, part);
            if (b.isEmpty()) continue;
            Item item{pi, fi, cellOf(b), b, std::max(b.width(), b.height())};
            switch (part.kind) {
                case PartKind::Polygon:
                    d.hatched = d.hatched || sy.hatchSpacing > 0;
                    polygons.push_back(item);
                    break;
                case PartKind::Line: lines.push_back(item); break;
                case PartKind::Point: points.push_back(item); break;
            }
        }
    }

    // Chunk order, then largest first within a chunk.
    std::stable_sort(polygons.begin(), polygons.end(), [](const Item& a, const Item& b) {
        return a.cell != b.cell ? a.cell < b.cell : a.size > b.size;
    });
    auto byCell = [](const Item& a, const Item& b) { return a.cell < b.cell; };
    std::stable_sort(lines.begin(), lines.end(), byCell);
    std::stable_sort(points.begin(), points.end(), byCell);

    d.polygonSizes.reserve(polygons.size());
    d.fillOffsets.reserve(polygons.size() + 1);
    d.outlineOffsets.reserve(polygons.size() + 1);
    d.outlines.reserve(counts.polygons && strokes ? counts.vertices : 0);
    d.markers.reserve(points.size());
    d.hairlineOffsets.reserve(polygons.size() + 1);
    std::uint32_t fillTotal = 0, hairlineTotal = 0;  // over the pages, for the offsets
    std::vector<std::size_t> pageVertices;           // per page
    d.fillOffsets.push_back(0);
    d.outlineOffsets.push_back(0);
    d.hairlineOffsets.push_back(0);

    std::size_t pi = 0, li = 0, mi = 0;
    for (std::uint32_t cell = 0; cell < std::uint32_t(grid * grid); ++cell) {
        Chunk c;
        c.polygonBegin = std::uint32_t(d.polygonSizes.size());
        // The tables of the chunk's polygons here; their vertices and indices go to their page below,
        // a page per thread.
        for (; pi < polygons.size() && polygons[pi].cell == cell; ++pi) {
            const Item& it = polygons[pi];
            const Part& part = layer.parts[it.part];
            if (d.pages.empty() || d.pages.back().chunkEnd != 0) {
                // A new page begins with this chunk (the last one was closed at a chunk's end).
                FillPage page;
                page.polygonBase = std::uint32_t(d.polygonSizes.size());
                page.fillBase = fillTotal;
                page.hairlineBase = hairlineTotal;
                d.pages.push_back(std::move(page));
                pageVertices.push_back(0);
            }
            c.bounds.unite(it.bounds);
            d.polygonSizes.push_back(it.size);
            pageVertices.back() += layer.ringEnd(part.firstRing + part.ringCount - 1) - layer.ringBegin(part.firstRing);
            fillTotal += part.indexCount;
            d.fillOffsets.push_back(fillTotal);
            const Symbol& sym = style.symbol(it.feature);
            const bool stroked = sym.strokeWidth > 0 && sym.stroke.a > 0;
            for (std::uint32_t r = 0; r < part.ringCount; ++r) {
                if (strokes) addPath(layer, part.firstRing + r, true, sym, d.origin, d.outlines);
                if (stroked) hairlineTotal += hairlineCount(layer, part.firstRing + r);
            }
            if (stroked) d.maxOutlineWidth = std::max(d.maxOutlineWidth, sym.strokeWidth);
            d.outlineOffsets.push_back(std::uint32_t(d.outlines.size()));
            d.hairlineOffsets.push_back(hairlineTotal);
        }
        c.polygonEnd = std::uint32_t(d.polygonSizes.size());
        c.lineBegin = std::uint32_t(d.lines.size());
        for (; li < lines.size() && lines[li].cell == cell; ++li) {
            c.bounds.unite(lines[li].bounds);
            addPath(layer, layer.parts[lines[li].part].firstRing, false, style.symbol(lines[li].feature), d.origin, d.lines);
        }
        c.lineEnd = std::uint32_t(d.lines.size());
        c.markerBegin = std::uint32_t(d.markers.size());
        for (; mi < points.size() && points[mi].cell == cell; ++mi) {
            const Item& it = points[mi];
            const Symbol& s = style.symbol(it.feature);
            const Vec2d& p = layer.projected[layer.ringBegin(layer.parts[it.part].firstRing)];
            c.bounds.unite(it.bounds);
            MarkerInstance m;
            m.x = float(p.x - d.origin.x);
            m.y = float(p.y - d.origin.y);
            copyColor(s.fill, m.fill);
            copyColor(s.stroke, m.stroke);
            m.size = s.markerSize;
            m.strokeWidth = s.strokeWidth;
            m.shape = float(static_cast<int>(s.marker));
            d.markers.push_back(m);
        }
        c.markerEnd = std::uint32_t(d.markers.size());
        if (c.polygonEnd > c.polygonBegin || c.lineEnd > c.lineBegin || c.markerEnd > c.markerBegin)
            d.chunks.push_back(c);
        // A full page ends with its chunk.
        if (!d.pages.empty() && d.pages.back().chunkEnd == 0 && pageVertices.back() >= kPageVertices)
            d.pages.back().chunkEnd = std::uint32_t(d.chunks.size());
    }
    if (!d.pages.empty() && d.pages.back().chunkEnd == 0) d.pages.back().chunkEnd = std::uint32_t(d.chunks.size());

    // Each page's vertices and indices, the pages on every core.
    std::atomic<std::size_t> next{0};
    auto fill = [&] {
        for (std::size_t k; (k = next++) < d.pages.size();) {
            FillPage& page = d.pages[k];
            const std::size_t end = k + 1 < d.pages.size() ? d.pages[k + 1].polygonBase : polygons.size();
            page.vertices.reserve(pageVertices[k]);
            page.fillIndices.reserve(d.fillOffsets[end] - page.fillBase);
            page.hairlineIndices.reserve(d.hairlineOffsets[end] - page.hairlineBase);
            page.coarseIndices.reserve(6 * (end - page.polygonBase));
            for (std::size_t i = page.polygonBase; i < end; ++i) {
                const Item& it = polygons[i];
                const Part& part = layer.parts[it.part];
                // The polygon's vertices are copied to the page, so its indices move by `shift`.
                const std::uint32_t vb = layer.ringBegin(part.firstRing);
                const std::uint32_t ve = layer.ringEnd(part.firstRing + part.ringCount - 1);
                const std::int64_t shift = std::int64_t(page.vertices.size()) - std::int64_t(vb);
                const Symbol& sym = style.symbol(it.feature);
                FillVertex fv;
                copyColor(sym.fill, fv.rgba);
                copyColor(sym.stroke, fv.stroke);
                fv.hatch[0] = std::uint8_t(std::clamp(sym.hatchSpacing, 0.0f, 255.0f));
                fv.hatch[1] = std::uint8_t(std::clamp(sym.hatchWidth * 10.0f, 0.0f, 255.0f));
                fv.hatch[2] = fv.hatch[3] = 0;
                for (std::uint32_t v = vb; v < ve; ++v) {
                    fv.x = float(layer.projected[v].x - d.origin.x);
                    fv.y = float(layer.projected[v].y - d.origin.y);
                    page.vertices.push_back(fv);
                }
                for (std::uint32_t t = part.firstIndex; t < part.firstIndex + part.indexCount; ++t)
                    page.fillIndices.push_back(std::uint32_t(layer.triangles[t] + shift));
                addCoarseQuad(layer, part.firstRing, shift, page.coarseIndices);
                if (sym.strokeWidth > 0 && sym.stroke.a > 0)
                    for (std::uint32_t r = 0; r < part.ringCount; ++r) addHairlines(layer, part.firstRing + r, shift, page.hairlineIndices);
            }
        }
    };
    const std::size_t threads = std::min<std::size_t>(d.pages.size(), std::max(1u, std::thread::hardware_concurrency()));
    std::vector<std::thread> pool;
    for (std::size_t t = 1; t < threads; ++t) pool.emplace_back(fill);
    fill();
    for (std::thread& t : pool) t.join();
    return d;
}

}  // namespace pa
