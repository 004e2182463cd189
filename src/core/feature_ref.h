#pragma once
// A feature of the map document: its layer's index and its index in that layer.
#include <cstdint>
#include <functional>

namespace pa {

struct FeatureRef {
    int layer = -1;
    std::uint32_t feature = 0;

    bool valid() const { return layer >= 0; }
    bool operator==(const FeatureRef& o) const { return layer == o.layer && feature == o.feature; }
    bool operator!=(const FeatureRef& o) const { return !(*this == o); }
    bool operator<(const FeatureRef& o) const { return layer != o.layer ? layer < o.layer : feature < o.feature; }
};

}  // namespace pa
