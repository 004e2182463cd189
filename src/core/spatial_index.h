#pragma once
// A static packed R-tree over boxes (the Hilbert-sorted, bottom-up packed tree of Flatbush and of
// FlatGeobuf's index): built once in O(n log n), queried in O(log n + hits), 20 bytes an item. A layer
// indexes its parts' display-CRS extents with it, so a click at a million features tests a handful.
#include <cstdint>
#include <vector>

#include "core/geometry.h"

namespace pa {

class SpatialIndex {
public:
    // Item i is boxes[i], reported as ids[i] (a part's feature, say); empty boxes are left out.
    void build(const std::vector<Bounds>& boxes, const std::vector<std::uint32_t>& ids);
    bool empty() const { return items_ == 0; }
    std::size_t size() const { return items_; }
    std::size_t bytes() const { return entries_.capacity() * sizeof(Entry) + levelEnd_.capacity() * sizeof(std::size_t); }

    // The ids of the items whose boxes meet `box` (boundaries included), each once per item, in no
    // particular order.
    void query(const Bounds& box, std::vector<std::uint32_t>& out) const;

private:
    // Per entry, leaves first and the root last: its box (in floats, rounded outwards) and, for a
    // leaf, the item's id, for a node, the index of its first child entry.
    struct Entry {
        float minX, minY, maxX, maxY;
        std::uint32_t ref;
    };
    std::vector<Entry> entries_;
    std::vector<std::size_t> levelEnd_;  // entries_[levelEnd_[k-1], levelEnd_[k]) is level k (0: leaves)
    std::size_t items_ = 0;
};

}  // namespace pa
