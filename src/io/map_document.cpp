#include "io/map_document.h"

#include <cmath>

#include "io/crs.h"
#include "io/ogr_reader.h"
#include "io/reprojection.h"

namespace pa {

Diagnostics MapDocument::addFiles(const std::vector<std::string>& paths) {
    Diagnostics messages;
    for (const std::string& path : paths) {
        ReadResult r = readVectorFile(path);
        messages.insert(messages.end(), r.messages.begin(), r.messages.end());
        for (Layer& l : r.layers) {
            if (reprojectLayer(l, displayCrs_, messages)) layers_.push_back(std::move(l));
        }
    }
    return messages;
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
