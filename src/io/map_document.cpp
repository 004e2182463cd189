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
    std::vector<Layer> next = layers_;
    for (Layer& l : next) {
        if (!reprojectLayer(l, crs, messages)) return messages;
    }
    layers_ = std::move(next);
    displayCrs_ = crs;
    return messages;
}

Bounds MapDocument::fullExtent() const {
    Bounds b;
    for (const Layer& l : layers_) b.unite(l.projectedBounds);
    return b;
}

}  // namespace pa
