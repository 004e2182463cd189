#include "io/reprojection.h"

#include "io/crs.h"

namespace pa {

bool reprojectLayer(Layer& layer, const std::string& displayCrs, Diagnostics& messages) {
    std::string why;
    auto t = CrsTransform::create(layer.sourceCrs, displayCrs, &why);
    if (!t) {
        layer.projected.clear();
        layer.projectedBounds = Bounds{};
        messages.push_back({Diagnostic::Severity::Error, layer.sourcePath,
                            "layer '" + layer.name + "' (CRS " + layer.sourceCrsName + "): " + why});
        return false;
    }
    layer.projected = layer.vertices;
    const std::size_t failed = t->forward(layer.projected.data(), layer.projected.size());
    layer.computeProjectedBounds();
    if (failed == layer.projected.size() && failed > 0) {
        messages.push_back({Diagnostic::Severity::Error, layer.sourcePath,
                            "layer '" + layer.name + "': no coordinate could be transformed to " + displayCrs +
                                " (outside the CRS's area of use?)"});
        return false;
    }
    if (failed)
        messages.push_back({Diagnostic::Severity::Warning, layer.sourcePath,
                            "layer '" + layer.name + "': " + std::to_string(failed) + " of " +
                                std::to_string(layer.projected.size()) + " vertices could not be transformed to " +
                                displayCrs + " and are not drawn"});
    return true;
}

}  // namespace pa
