#include "render/gpu_layer.h"

#include <cmath>

namespace pa {

namespace {

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
        seg.pad0 = seg.pad1 = 0;
        out.push_back(seg);
    }
}

}  // namespace

GpuLayerData buildGpuLayer(const Layer& layer, const StyleSheet& style) {
    GpuLayerData d;
    d.bounds = layer.projectedBounds;
    if (layer.projected.size() != layer.vertices.size() || d.bounds.isEmpty()) return d;
    d.origin = d.bounds.center();

    const GeometryCounts counts = layer.counts();
    d.fillIndices = layer.triangles;
    if (counts.polygons) d.fillVertices.resize(layer.projected.size());
    d.outlines.reserve(counts.polygons ? counts.vertices : 0);
    d.markers.reserve(counts.points);

    for (const Feature& f : layer.features) {
        const Symbol s = style.resolve(layer, f);
        for (std::uint32_t pi = f.firstPart; pi < f.firstPart + f.partCount; ++pi) {
            const Part& part = layer.parts[pi];
            switch (part.kind) {
                case PartKind::Polygon: {
                    const std::uint32_t vb = layer.ringBegin(part.firstRing);
                    const std::uint32_t ve = layer.ringEnd(part.firstRing + part.ringCount - 1);
                    for (std::uint32_t v = vb; v < ve; ++v) {
                        FillVertex& fv = d.fillVertices[v];
                        fv.x = float(layer.projected[v].x - d.origin.x);
                        fv.y = float(layer.projected[v].y - d.origin.y);
                        copyColor(s.fill, fv.rgba);
                    }
                    for (std::uint32_t r = 0; r < part.ringCount; ++r)
                        addPath(layer, part.firstRing + r, true, s, d.origin, d.outlines);
                    break;
                }
                case PartKind::Line:
                    addPath(layer, part.firstRing, false, s, d.origin, d.lines);
                    break;
                case PartKind::Point: {
                    const Vec2d& p = layer.projected[layer.ringBegin(part.firstRing)];
                    if (!finite(p)) break;
                    MarkerInstance m;
                    m.x = float(p.x - d.origin.x);
                    m.y = float(p.y - d.origin.y);
                    copyColor(s.fill, m.fill);
                    copyColor(s.stroke, m.stroke);
                    m.size = s.markerSize;
                    m.strokeWidth = s.strokeWidth;
                    m.shape = float(static_cast<int>(s.marker));
                    d.markers.push_back(m);
                    break;
                }
            }
        }
    }
    return d;
}

}  // namespace pa
