#include "core/spatial_index.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace pa {

namespace {

constexpr std::size_t kNodeSize = 16;

float down(double v) {
    float f = float(v);
    return double(f) > v ? std::nextafter(f, -std::numeric_limits<float>::infinity()) : f;
}
float up(double v) {
    float f = float(v);
    return double(f) < v ? std::nextafter(f, std::numeric_limits<float>::infinity()) : f;
}

// Position of (x, y) on a Hilbert curve over a 2^16 grid (Warren's bit-twiddling form, as Flatbush).
std::uint32_t hilbert(std::uint32_t x, std::uint32_t y) {
    std::uint32_t a = x ^ y, b = 0xFFFF ^ a, c = 0xFFFF ^ (x | y), d = x & (y ^ 0xFFFF);
    std::uint32_t A = a | (b >> 1), B = (a >> 1) ^ a, C = ((c >> 1) ^ (b & (d >> 1))) ^ c, D = ((a & (c >> 1)) ^ (d >> 1)) ^ d;
    a = A, b = B, c = C, d = D;
    A = (a & (a >> 2)) ^ (b & (b >> 2));
    B = (a & (b >> 2)) ^ (b & ((a ^ b) >> 2));
    C ^= (a & (c >> 2)) ^ (b & (d >> 2));
    D ^= (b & (c >> 2)) ^ ((a ^ b) & (d >> 2));
    a = A, b = B, c = C, d = D;
    A = (a & (a >> 4)) ^ (b & (b >> 4));
    B = (a & (b >> 4)) ^ (b & ((a ^ b) >> 4));
    C ^= (a & (c >> 4)) ^ (b & (d >> 4));
    D ^= (b & (c >> 4)) ^ ((a ^ b) & (d >> 4));
    a = A, b = B, c = C, d = D;
    C ^= (a & (c >> 8)) ^ (b & (d >> 8));
    D ^= (b & (c >> 8)) ^ ((a ^ b) & (d >> 8));
    a = C ^ (C >> 1);
    b = D ^ (D >> 1);
    std::uint32_t i0 = x ^ y, i1 = b | (0xFFFF ^ (i0 | a));
    auto spread = [](std::uint32_t v) {
        v = (v | (v << 8)) & 0x00FF00FF;
        v = (v | (v << 4)) & 0x0F0F0F0F;
        v = (v | (v << 2)) & 0x33333333;
        return (v | (v << 1)) & 0x55555555;
    };
    return (spread(i1) << 1) | spread(i0);
}

// Sorts records by their 32-bit `key`, a byte a pass, each pass stable (records made in order of
// their boxes' numbers stay in that order among equal keys): whole records move in passes over
// memory, where sorting numbers and then fetching each one's box is a cache miss a box at 1M.
template <class Record>
void sortByKey(std::vector<Record>& v) {
    std::vector<Record> other(v.size());
    for (int shift = 0; shift < 32; shift += 8) {
        std::size_t count[257] = {};
        for (const Record& r : v) ++count[((r.key >> shift) & 0xFF) + 1];
        if (!v.empty() && count[((v[0].key >> shift) & 0xFF) + 1] == v.size()) continue;  // one bucket: nothing moves
        for (int b = 0; b < 256; ++b) count[b + 1] += count[b];
        for (const Record& r : v) other[count[(r.key >> shift) & 0xFF]++] = r;
        v.swap(other);
    }
}

bool meets(const float* e, const Bounds& b) {
    return !(double(e[0]) > b.maxX || double(e[2]) < b.minX || double(e[1]) > b.maxY || double(e[3]) < b.minY);
}

}  // namespace

void SpatialIndex::build(const std::vector<Bounds>& boxes, const std::vector<std::uint32_t>& ids) {
    entries_.clear();
    levelEnd_.clear();
    Bounds all;
    std::vector<std::uint32_t> order;
    order.reserve(boxes.size());
    for (std::uint32_t i = 0; i < boxes.size(); ++i)
        if (!boxes[i].isEmpty()) {
            all.unite(boxes[i]);
            order.push_back(i);
        }
    items_ = order.size();
    if (order.empty()) return;
    const double w = std::max(all.width(), 1e-300), h = std::max(all.height(), 1e-300);
    // Each box's entry with its Hilbert key, in order of the boxes' numbers, then sorted by key.
    struct Keyed {
        std::uint32_t key;
        Entry entry;
    };
    std::vector<Keyed> keyed;
    keyed.reserve(order.size());
    for (std::uint32_t i : order) {
        const Bounds& b = boxes[i];
        const Vec2d c = b.center();
        const std::uint32_t key = hilbert(std::uint32_t(std::clamp((c.x - all.minX) / w, 0.0, 1.0) * 65535.0),
                                          std::uint32_t(std::clamp((c.y - all.minY) / h, 0.0, 1.0) * 65535.0));
        keyed.push_back({key, {down(b.minX), down(b.minY), up(b.maxX), up(b.maxY), ids[i]}});
    }
    sortByKey(keyed);
    entries_.reserve(order.size() + order.size() / (kNodeSize - 1) + 2);
    for (const Keyed& k : keyed) entries_.push_back(k.entry);
    levelEnd_.push_back(entries_.size());
    std::size_t begin = 0;
    while (levelEnd_.back() - begin > 1) {
        const std::size_t end = levelEnd_.back();
        for (std::size_t first = begin; first < end; first += kNodeSize) {
            Entry n{entries_[first].minX, entries_[first].minY, entries_[first].maxX, entries_[first].maxY, std::uint32_t(first)};
            for (std::size_t k = first + 1; k < std::min(end, first + kNodeSize); ++k) {
                n.minX = std::min(n.minX, entries_[k].minX);
                n.minY = std::min(n.minY, entries_[k].minY);
                n.maxX = std::max(n.maxX, entries_[k].maxX);
                n.maxY = std::max(n.maxY, entries_[k].maxY);
            }
            entries_.push_back(n);
        }
        begin = end;
        levelEnd_.push_back(entries_.size());
    }
}

void SpatialIndex::query(const Bounds& box, std::vector<std::uint32_t>& out) const {
    if (entries_.empty()) return;
    // (first entry, level) of the nodes still to open; the root is the last entry.
    std::vector<std::pair<std::size_t, std::size_t>> stack{{entries_.size() - 1, levelEnd_.size() - 1}};
    while (!stack.empty()) {
        const auto [at, level] = stack.back();
        stack.pop_back();
        const Entry& e = entries_[at];
        if (!meets(&e.minX, box)) continue;
        if (level == 0) {
            out.push_back(e.ref);
            continue;
        }
        const std::size_t childEnd = std::min<std::size_t>(e.ref + kNodeSize, levelEnd_[level - 1]);
        for (std::size_t c = e.ref; c < childEnd; ++c) stack.push_back({c, level - 1});
    }
}

}  // namespace pa
