#include "core/layer.h"

namespace pa {

const std::string* Feature::property(const std::string& key) const {
    for (const auto& kv : properties)
        if (kv.first == key) return &kv.second;
    return nullptr;
}

std::uint32_t Layer::beginFeature(std::string id) {
    Feature f;
    f.id = std::move(id);
    f.firstPart = static_cast<std::uint32_t>(parts.size());
    features.push_back(std::move(f));
    featureVertexStart_ = vertices.size();
    return static_cast<std::uint32_t>(features.size() - 1);
}

void Layer::beginPart(PartKind kind) {
    Part p;
    p.kind = kind;
    p.firstRing = static_cast<std::uint32_t>(ringCount());
    p.firstIndex = static_cast<std::uint32_t>(triangles.size());
    parts.push_back(p);
    features.back().partCount++;
}

void Layer::addRing(const Vec2d* pts, std::size_t n) {
    vertices.insert(vertices.end(), pts, pts + n);
    ringOffsets.push_back(static_cast<std::uint32_t>(vertices.size()));
    parts.back().ringCount++;
}

void Layer::abandonFeature() {
    Feature& f = features.back();
    if (f.partCount > 0) {
        const Part& first = parts[f.firstPart];
        ringOffsets.resize(first.firstRing + 1);
        triangles.resize(first.firstIndex);
        parts.resize(f.firstPart);
    }
    vertices.resize(featureVertexStart_);
    f.partCount = 0;
}

void Layer::popLastPart() {
    Feature& f = features.back();
    if (f.partCount == 0) return;
    const Part& last = parts.back();
    ringOffsets.resize(last.firstRing + 1);
    vertices.resize(ringOffsets.back());
    triangles.resize(last.firstIndex);
    parts.pop_back();
    f.partCount--;
}

GeometryCounts Layer::counts() const {
    GeometryCounts c;
    for (const Part& p : parts) {
        switch (p.kind) {
            case PartKind::Point: ++c.points; break;
            case PartKind::Line: ++c.lines; break;
            case PartKind::Polygon: ++c.polygons; break;
        }
    }
    c.rings = ringCount();
    c.vertices = vertices.size();
    c.triangles = triangles.size() / 3;
    return c;
}

bool Layer::hasKind(PartKind k) const {
    for (const Part& p : parts)
        if (p.kind == k) return true;
    return false;
}

void Layer::computeProjectedBounds() {
    projectedBounds = Bounds{};
    for (const Vec2d& v : projected) projectedBounds.extend(v);
}

}  // namespace pa
