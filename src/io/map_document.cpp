#include "io/map_document.h"

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

Bounds MapDocument::fullExtent() const {
    Bounds b;
    for (const Layer& l : layers_) b.unite(l.projectedBounds);
    return b;
}

}  // namespace pa
