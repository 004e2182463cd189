#pragma once
// A feature of the map document: its layer's id (stable while the layer is in the document) and
// its index in that layer (layers do not change once loaded).
#include <cstdint>

#include "core/layer.h"

namespace pa {

struct FeatureRef {
    LayerId layer = 0;
    std::uint32_t feature = 0;

    bool valid() const { return layer != 0; }
    bool operator==(const FeatureRef& o) const { return layer == o.layer && feature == o.feature; }
    bool operator!=(const FeatureRef& o) const { return !(*this == o); }
    bool operator<(const FeatureRef& o) const { return layer != o.layer ? layer < o.layer : feature < o.feature; }
};

}  // namespace pa
