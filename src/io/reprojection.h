#pragma once
#include <string>

#include "core/diagnostic.h"
#include "core/layer.h"

namespace pa {

// Fills layer.projected from layer.vertices through PROJ. On failure the layer keeps no projected
// vertices and the returned message says why; partly failing layers keep their good vertices.
bool reprojectLayer(Layer& layer, const std::string& displayCrs, Diagnostics& messages);
// The same into `out`, leaving the layer as it is.
bool projectVertices(const Layer& layer, const std::string& displayCrs, std::vector<Vec2d>& out,
                     Diagnostics& messages);

}  // namespace pa
