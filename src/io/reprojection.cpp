#include "io/reprojection.h"

#include "core/vector_source.h"
#include "io/crs.h"

#include <algorithm>
#include <thread>
#include <vector>

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
    if (layer.viewSource && layer.vertices.empty()) {
        layer.projected.clear();
        layer.projectedBounds = layer.viewSource->extentIn(displayCrs);
        if (!layer.projectedBounds.isEmpty()) return true;
        messages.push_back({Diagnostic::Severity::Error, layer.sourcePath,
                            "layer '" + layer.name + "' (CRS " + layer.sourceCrsName + ") cannot be shown in " + displayCrs +
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
    // A large layer on every core: a transformation (its own PROJ context) per thread, a slice each.
    const std::size_t n = out.size();
    const std::size_t threads = n < 200000 ? 1 : std::clamp<std::size_t>(std::thread::hardware_concurrency(), 1, 8);
    std::vector<std::size_t> failures(threads, 0);
    std::vector<char> done(threads, 0);
    std::vector<std::thread> workers;
    for (std::size_t k = 1; k < threads; ++k)
        workers.emplace_back([&, k] {
            const std::size_t b = n * k / threads, e = n * (k + 1) / threads;
            if (auto mine = CrsTransform::create(layer.sourceCrs, displayCrs)) {
                failures[k] = mine->forward(out.data() + b, e - b);
                done[k] = 1;
            }
        });
    failures[0] = t->forward(out.data(), n / threads);
    for (std::thread& w : workers) w.join();
    for (std::size_t k = 1; k < threads; ++k)  // a slice whose thread could not make its own transformation
        if (!done[k]) failures[k] = t->forward(out.data() + n * k / threads, n * (k + 1) / threads - n * k / threads);
    std::size_t failed = 0;
    for (std::size_t f : failures) failed += f;
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
