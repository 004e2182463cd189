#pragma once
// The layers of a document, shared: a layer never changes once it is in a document (a new display
// CRS makes new layers), so a copy of this list is a snapshot that a worker thread can read while
// the document goes on adding, reordering and removing layers.
#include <algorithm>
#include <memory>
#include <vector>

#include "core/layer.h"

namespace pa {

using LayerPtr = std::shared_ptr<const Layer>;

class LayerList {
public:
    class const_iterator {
    public:
        using iterator_category = std::forward_iterator_tag;
        using value_type = Layer;
        using difference_type = std::ptrdiff_t;
        using pointer = const Layer*;
        using reference = const Layer&;
        explicit const_iterator(std::vector<LayerPtr>::const_iterator it) : it_(it) {}
        const Layer& operator*() const { return **it_; }
        const Layer* operator->() const { return it_->get(); }
        const_iterator& operator++() {
            ++it_;
            return *this;
        }
        bool operator==(const const_iterator& o) const { return it_ == o.it_; }
        bool operator!=(const const_iterator& o) const { return it_ != o.it_; }

    private:
        std::vector<LayerPtr>::const_iterator it_;
    };

    std::size_t size() const { return layers_.size(); }
    bool empty() const { return layers_.empty(); }
    // By position in the list (not an id: use find() for ids).
    const Layer& at(std::size_t i) const { return *layers_[i]; }
    const LayerPtr& ptr(std::size_t i) const { return layers_[i]; }
    const Layer& back() const { return *layers_.back(); }
    const_iterator begin() const { return const_iterator(layers_.begin()); }
    const_iterator end() const { return const_iterator(layers_.end()); }

    // The layer with this id, or null (removed, or never there).
    const Layer* find(LayerId id) const {
        const int i = indexOf(id);
        return i < 0 ? nullptr : layers_[std::size_t(i)].get();
    }
    LayerPtr share(LayerId id) const {
        const int i = indexOf(id);
        return i < 0 ? nullptr : layers_[std::size_t(i)];
    }
    int indexOf(LayerId id) const {
        for (std::size_t i = 0; i < layers_.size(); ++i)
            if (layers_[i]->id == id) return int(i);
        return -1;
    }

    void push_back(LayerPtr l) { layers_.push_back(std::move(l)); }
    void replace(std::size_t i, LayerPtr l) { layers_[i] = std::move(l); }
    void erase(std::size_t i) { layers_.erase(layers_.begin() + std::ptrdiff_t(i)); }
    void clear() { layers_.clear(); }

private:
    std::vector<LayerPtr> layers_;
};

}  // namespace pa
