#include "core/vector_source.h"

namespace pa {

namespace {
std::size_t heap(const std::string& s) { return s.capacity() > 15 ? s.capacity() + 1 : 0; }
template <class T>
std::size_t heap(const std::vector<T>& v) {
    return v.capacity() * sizeof(T);
}
}  // namespace

std::size_t layerBytes(const Layer& l) {
    std::size_t n = sizeof(Layer) + heap(l.features) + heap(l.parts) + heap(l.ringOffsets) + heap(l.vertices) +
                    heap(l.triangles) + heap(l.projected) + l.index.bytes();
    for (const Feature& f : l.features) {
        n += heap(f.id) + heap(f.properties);
        for (const auto& [k, v] : f.properties) n += heap(k) + heap(v);
    }
    return n;
}

}  // namespace pa
