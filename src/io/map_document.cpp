#include "io/map_document.h"

#include <algorithm>
#include <cmath>

#include "io/crs.h"
#include "io/ogr_reader.h"
#include "io/reprojection.h"

namespace pa {

Diagnostics MapDocument::addFiles(const std::vector<std::string>& paths, const ReadOptions& options) {
    return adopt(loadFiles(paths, displayCrs_, options));
}

MapDocument::Loaded MapDocument::loadFiles(const std::vector<std::string>& paths, const std::string& displayCrs,
                                           const ReadOptions& options) {
    Loaded out;
    for (const std::string& path : paths) {
        ReadResult r = readVectorFile(path, options);
        out.messages.insert(out.messages.end(), r.messages.begin(), r.messages.end());
        if (r.cancelled) {
            out.cancelled = true;
            out.layers.clear();  // all or nothing: a cancelled load adds no layer
            return out;
        }
        for (Layer& l : r.layers)
            if (reprojectLayer(l, displayCrs, out.messages)) out.layers.emplace_back(path, std::move(l));
    }
    return out;
}

Diagnostics MapDocument::adopt(Loaded&& loaded) {
    for (auto& [path, l] : loaded.layers) {
        LayerState st;
        const auto g = fileGroups_.find(path);
        st.group = g != fileGroups_.end() ? g->second : kUserGroup;
        order_.push_back(int(layers_.size()));
        states_.push_back(st);
        layers_.push_back(std::move(l));
    }
    links_.build(layers_);
    return std::move(loaded.messages);
}

void MapDocument::moveLayer(int layer, int to) {
    const auto it = std::find(order_.begin(), order_.end(), layer);
    if (it == order_.end()) return;
    order_.erase(it);
    to = std::clamp(to, 0, int(order_.size()));
    order_.insert(order_.begin() + to, layer);
}

std::vector<bool> MapDocument::visibility() const {
    std::vector<bool> v;
    for (const LayerState& s : states_) v.push_back(s.visible);
    return v;
}

Diagnostics MapDocument::setDisplayCrs(const std::string& crs) {
    Diagnostics messages;
    std::string why;
    if (!describeCrs(crs, nullptr, &why)) {
        messages.push_back({Diagnostic::Severity::Error, crs, why});
        return messages;
    }
    // All or nothing: a layer that cannot go to the new CRS leaves every layer as it was.
    std::vector<std::vector<Vec2d>> projected(layers_.size());
    for (std::size_t i = 0; i < layers_.size(); ++i)
        if (!projectVertices(layers_[i], crs, projected[i], messages)) return messages;
    for (std::size_t i = 0; i < layers_.size(); ++i) {
        layers_[i].projected = std::move(projected[i]);
        layers_[i].computeProjectedBounds();
    }
    displayCrs_ = crs;
    return messages;
}

Bounds MapDocument::homeExtent() const {
    if (homeLonLat_.isEmpty()) return fullExtent();
    std::string why;
    auto t = CrsTransform::create("OGC:CRS84", displayCrs_, &why);
    if (!t) return fullExtent();
    // Sample the edges: a lon/lat box is curved in most projected CRSs.
    std::vector<Vec2d> pts;
    const Bounds& h = homeLonLat_;
    for (int k = 0; k <= 16; ++k) {
        const double f = k / 16.0;
        pts.push_back({h.minX + f * h.width(), h.minY});
        pts.push_back({h.minX + f * h.width(), h.maxY});
        pts.push_back({h.minX, h.minY + f * h.height()});
        pts.push_back({h.maxX, h.minY + f * h.height()});
    }
    t->forward(pts.data(), pts.size());
    Bounds b;
    for (const Vec2d& p : pts)
        if (std::isfinite(p.x) && std::isfinite(p.y)) b.extend(p);
    return b.isEmpty() ? fullExtent() : b;
}

Bounds MapDocument::fullExtent() const {
    Bounds b;
    for (const Layer& l : layers_) b.unite(l.projectedBounds);
    return b;
}

}  // namespace pa
