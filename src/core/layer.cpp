#include "core/layer.h"

#include <string_view>
#include <unordered_set>

#include <algorithm>
#include <thread>

namespace pa {

std::string featureName(const Feature& f, const std::string& language) {
    if (language == "en")
        if (const std::string* v = f.property("name_en"); v && !v->empty()) return *v;
    for (const char* k : kNameFields)
        if (const std::string* v = f.property(k); v && !v->empty()) return *v;
    return {};
}

const std::string* Feature::property(const std::string& key) const {
    for (const auto& kv : properties)
        if (kv.first == key) return &kv.second;
    return nullptr;
}

std::string Feature::value(const std::string& key) const {
    const std::string* v = property(key);
    return v ? *v : std::string();
}

std::vector<std::string> Feature::list(const std::string& key) const {
    std::vector<std::string> out;
    const std::string* v = property(key);
    if (!v) return out;
    // "a,b" as read from a string array, or the array's JSON text ("[ ]", "[\"a\", \"b\"]") when a
    // reader kept it as text.
    std::string s = *v;
    if (!s.empty() && s.front() == '[' && s.back() == ']') s = s.substr(1, s.size() - 2);
    std::size_t start = 0;
    while (start <= s.size()) {
        const std::size_t end = std::min(s.find(',', start), s.size());
        std::string item = s.substr(start, end - start);
        const auto first = item.find_first_not_of(" \t\"");
        const auto last = item.find_last_not_of(" \t\"");
        if (first != std::string::npos) out.push_back(item.substr(first, last - first + 1));
        start = end + 1;
    }
    return out;
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

void Layer::computeProjectedBounds() {
    projectedBounds = Bounds{};
    index = SpatialIndex{};
    partBounds.clear();
    partKinds = ~0u;
    if (projected.size() != vertices.size() || projected.empty()) {
        for (const Vec2d& v : projected) projectedBounds.extend(v);
        return;
    }
    std::vector<Bounds> boxes(parts.size());
    std::vector<std::uint32_t> owner(parts.size());
    // Each part's box, features in one range a core for a large layer (as many vertices as
    // reprojection does on every core).
    const std::size_t n = features.size();
    const std::size_t ranges = projected.size() < 200000 ? 1 : std::clamp<std::size_t>(std::thread::hardware_concurrency(), 1, 8);
    std::vector<Bounds> all(ranges);
    std::vector<std::size_t> seen(ranges, 0);
    std::vector<std::uint32_t> kinds(ranges, 0);
    auto work = [&](std::size_t r) {
        // Summed here and written once: the ranges' slots share a cache line.
        Bounds mine;
        std::size_t count = 0;
        std::uint32_t kind = 0;
        for (std::size_t fi = n * r / ranges; fi < n * (r + 1) / ranges; ++fi)
            for (std::uint32_t p = features[fi].firstPart; p < features[fi].firstPart + features[fi].partCount; ++p) {
                owner[p] = std::uint32_t(fi);
                const Part& part = parts[p];
                kind |= 1u << unsigned(part.kind);
                if (part.ringCount == 0) continue;
                const std::uint32_t vb = ringBegin(part.firstRing), ve = ringEnd(part.firstRing + part.ringCount - 1);
                Bounds b;
                for (std::uint32_t v = vb; v < ve; ++v) b.extend(projected[v]);
                boxes[p] = b;
                mine.unite(b);
                count += ve - vb;
            }
        all[r] = mine;
        seen[r] = count;
        kinds[r] = kind;
    };
    std::vector<std::thread> pool;
    for (std::size_t r = 1; r < ranges; ++r) pool.emplace_back(work, r);
    work(0);
    for (std::thread& t : pool) t.join();
    // The layer's extent is every vertex's, parts or not (a vertex outside every part is none of the
    // index's business but still the layer's).
    std::size_t inParts = 0;
    partKinds = 0;
    for (std::size_t r = 0; r < ranges; ++r) {
        projectedBounds.unite(all[r]);
        inParts += seen[r];
        partKinds |= kinds[r];
    }
    if (inParts != projected.size()) {
        projectedBounds = Bounds{};
        for (const Vec2d& v : projected) projectedBounds.extend(v);
    }
    index.build(boxes, owner);
    partBounds = std::move(boxes);
}

void Layer::copyFeature(const Layer& from, std::uint32_t fi) {
    const bool haveProjected = from.projected.size() == from.vertices.size() && (projected.size() == vertices.size());
    const Feature& f = from.features[fi];
    Feature copy = f;
    copy.firstPart = std::uint32_t(parts.size());
    for (std::uint32_t p = f.firstPart; p < f.firstPart + f.partCount; ++p) {
        Part part = from.parts[p];
        part.firstRing = std::uint32_t(ringCount());
        std::uint32_t vertexShift = 0;
        bool first = true;
        for (std::uint32_t r = from.parts[p].firstRing; r < from.parts[p].firstRing + from.parts[p].ringCount; ++r) {
            if (first) vertexShift = std::uint32_t(vertices.size()) - from.ringBegin(r), first = false;
            vertices.insert(vertices.end(), from.vertices.begin() + from.ringBegin(r), from.vertices.begin() + from.ringEnd(r));
            if (haveProjected)
                projected.insert(projected.end(), from.projected.begin() + from.ringBegin(r), from.projected.begin() + from.ringEnd(r));
            ringOffsets.push_back(std::uint32_t(vertices.size()));
        }
        part.firstIndex = std::uint32_t(triangles.size());
        // A part's rings are contiguous, so its triangle indices move by one shift.
        for (std::uint32_t k = from.parts[p].firstIndex; k < from.parts[p].firstIndex + from.parts[p].indexCount; ++k)
            triangles.push_back(from.triangles[k] + vertexShift);
        parts.push_back(part);
    }
    features.push_back(std::move(copy));
}

Layer Layer::subset(const std::vector<std::uint32_t>& featureIndices) const {
    Layer out;
    out.name = name;
    out.sourcePath = sourcePath;
    out.sourceCrs = sourceCrs;
    out.sourceCrsName = sourceCrsName;
    const bool haveProjected = projected.size() == vertices.size();
    for (std::uint32_t fi : featureIndices)
        if (fi < features.size()) out.copyFeature(*this, fi);
    if (haveProjected) out.computeProjectedBounds();
    return out;
}

void Layer::clearFeatures() {
    features.clear();
    parts.clear();
    ringOffsets.assign(1, 0);
    vertices.clear();
    triangles.clear();
    projected.clear();
    index = {};
    partBounds.clear();
    partKinds = ~0u;
    citations.clear();
    featureVertexStart_ = 0;
}

Layer joinUnique(const std::vector<const Layer*>& pieces) {
    Layer out;
    std::size_t n = 0, v = 0;
    for (const Layer* l : pieces) {
        n += l->features.size();
        v += l->vertices.size();
    }
    if (!pieces.empty()) {
        out.name = pieces.front()->name;
        out.sourcePath = pieces.front()->sourcePath;
        out.sourceCrs = pieces.front()->sourceCrs;
        out.sourceCrsName = pieces.front()->sourceCrsName;
    }
    out.features.reserve(n);
    out.vertices.reserve(v);
    out.projected.reserve(v);
    std::unordered_set<std::string_view> seen;
    seen.reserve(n);
    for (const Layer* l : pieces) {
        const bool projected = l->projected.size() == l->vertices.size();
        for (std::uint32_t fi = 0; fi < l->features.size(); ++fi) {
            if (!seen.insert(l->features[fi].id).second) continue;
            if (!projected) out.projected.clear();
            out.copyFeature(*l, fi);
        }
    }
    out.computeProjectedBounds();
    return out;
}

void Layer::append(Layer&& other) {
    if (features.empty() && vertices.empty()) {
        features = std::move(other.features);
        parts = std::move(other.parts);
        ringOffsets = std::move(other.ringOffsets);
        vertices = std::move(other.vertices);
        triangles = std::move(other.triangles);
        other = Layer{};
        return;
    }
    const auto vertexBase = std::uint32_t(vertices.size()), ringBase = std::uint32_t(ringCount());
    const auto partBase = std::uint32_t(parts.size()), indexBase = std::uint32_t(triangles.size());
    vertices.insert(vertices.end(), other.vertices.begin(), other.vertices.end());
    other.vertices = {};
    for (std::size_t r = 1; r < other.ringOffsets.size(); ++r) ringOffsets.push_back(other.ringOffsets[r] + vertexBase);
    other.ringOffsets = {0};
    triangles.reserve(triangles.size() + other.triangles.size());
    for (std::uint32_t t : other.triangles) triangles.push_back(t + vertexBase);
    other.triangles = {};
    for (Part p : other.parts) {
        p.firstRing += ringBase;
        p.firstIndex += indexBase;
        parts.push_back(p);
    }
    other.parts = {};
    features.reserve(features.size() + other.features.size());
    for (Feature& f : other.features) {
        f.firstPart += partBase;
        features.push_back(std::move(f));
    }
    other.features = {};
}

}  // namespace pa
