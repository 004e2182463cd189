#include "io/reprojection.h"

#include "io/crs.h"

namespace pa {

bool reprojectLayer(Layer& layer, const std::string& displayCrs, Diagnostics& messages) {
    if (layer.raster) {
        layer.projected.clear();
        layer.projectedBounds = layer.raster->extentIn(displayCrs);
        if (!layer.projectedBounds.isEmpty() || layer.raster->coversWorld()) return true;
        messages.push_back({Diagnostic::Severity::Error, layer.sourcePath,
                            "raster '" + layer.name + "' (CRS " + layer.sourceCrsName + ") cannot be shown in " + displayCrs +
                                ": none of it lies where that CRS is defined"});
        return false;
    }
    std::vector<Vec2d> projected;
    const bool ok = projectVertices(layer, displayCrs, projected, messages);
    layer.projected = ok ? std::move(projected) : std::vector<Vec2d>{};
    layer.computeProjectedBounds();
    return ok;
}

bool projectVertices(const Layer& layer, const std::string& displayCrs, std::vector<Vec2d>& out,
                     Diagnostics& messages) {
    auto t = CrsTransform::create(layer.sourceCrs, displayCrs);
    if (!t) {
        messages.push_back({Diagnostic::Severity::Error, layer.sourcePath,
                            "layer '" + layer.name + "' (CRS " + layer.sourceCrsName + "): " + t.why()});
        return false;
    }
    out = layer.vertices;
    const std::size_t failed = t->forward(out.data(), out.size());
    if (failed == out.size() && failed > 0) {
        messages.push_back({Diagnostic::Severity::Error, layer.sourcePath,
                            "layer '" + layer.name + "': no coordinate could be transformed to " + displayCrs +
                                " (outside the CRS's area of use?)"});
        return false;
    }
    if (failed)
        messages.push_back({Diagnostic::Severity::Warning, layer.sourcePath,
                            "layer '" + layer.name + "': " + std::to_string(failed) + " of " +
                                std::to_string(out.size()) + " vertices could not be transformed to " +
                                displayCrs + " and are not drawn"});
    return true;
}

}  // namespace pa
