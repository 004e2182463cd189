#pragma once
// The prepared scene: a pure function of (document snapshot, settings) that resolves each layer's
// symbols once and builds everything a backend draws — the GPU-ready arrays, the label sources and
// the overlays — on worker threads, with no GL and no GUI. The OpenGL backend (MapRenderer,
// LabelRenderer) only uploads and draws it; the QPainter backend (scene_painter) paints the same
// values. A cache keeps what was prepared per layer and style, so changing visibility, order or
// opacity prepares nothing again.
#include <atomic>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "core/map_settings.h"
#include "core/style.h"
#include "document/map_document.h"
#include "render/gpu_layer.h"
#include "render/label_layout.h"
#include "render/tile_store.h"

namespace pa {

struct SceneLayer {
    LayerId id = 0;
    float opacity = 1.0f;
    LayerPtr layer;                               // display-CRS geometry
    std::shared_ptr<const ResolvedStyle> style;   // per feature
    std::shared_ptr<GpuLayerData> gpu;            // null when prepared for QPainter only; released once uploaded
    std::vector<SceneTile> tiles;                 // a raster layer's display tiles, drawn in order
};

struct Scene {
    MapSettings settings;
    Rgba background;
    Symbol highlight;
    std::vector<SceneLayer> layers;    // shown, bottom first
    // When settings.labels; shared, so handing a scene of a million names to a renderer copies none.
    std::shared_ptr<const std::vector<LabelSource>> labels = std::make_shared<const std::vector<LabelSource>>();
    std::vector<SceneLayer> overlays;  // selection, measured path, checked place: over everything
    std::vector<std::string> attributions;  // of the shown rasters and basemaps, on the map and in exports
    Diagnostics problems;              // tiles that could not be read (once per source and reason)
    std::size_t tilesPending = 0;      // tiles still being read for this view (the window's scenes)
    bool cancelled = false;
};

// What the tiles of layers read by view may hold: 256 MiB, or PLANATLAS_VIEW_BUDGET_MB.
std::size_t viewBudgetBytes();

// What was prepared per (layer, style): thread-safe, shared by successive preparations.
class SceneCache {
public:
    struct Entry {
        std::shared_ptr<const ResolvedStyle> style;
        std::shared_ptr<GpuLayerData> gpu;
        std::map<std::string, std::shared_ptr<const std::vector<LabelSource>>> labels;  // by language
    };
    // Keeps only the entries of these layers with this style (what the last scene used).
    void keepOnly(const std::vector<const Layer*>& layers, const StyleSheet* style);
    void clear();
    // The raster tiles read so far, shared by every scene of this cache.
    TileStore& tiles() { return tiles_; }
    // The tiles of layers read by view, kept up to their own budget (viewBudgetBytes).
    TileStore& viewTiles() { return viewTiles_; }

private:
    friend Scene prepareScene(const DocumentSnapshot&, const MapSettings&, SceneCache*, const std::atomic<bool>*, bool, bool);
    struct Key {
        const Layer* layer;
        const StyleSheet* style;
        bool operator<(const Key& o) const { return layer != o.layer ? layer < o.layer : style < o.style; }
    };
    struct Held {
        LayerPtr layer;  // keeps the key's address from being reused while the entry lives
        std::shared_ptr<const StyleSheet> style;
        Entry entry;
    };
    // A layer read by view: the tiles its last scene joined, and the joined layer (drawn again as it
    // is while the view's tiles stay the same, so its GPU arrays are not rebuilt).
    struct Joined {
        std::vector<std::shared_ptr<const VectorTile>> tiles;
        LayerPtr layer;
    };
    LayerPtr joinedLayer(const Layer& source, std::vector<std::shared_ptr<const VectorTile>> tiles);
    std::mutex mutex_;
    std::map<Key, Held> entries_;
    std::map<const VectorSource*, Joined> joined_;
    TileStore tiles_;
    TileStore viewTiles_{viewBudgetBytes()};
};

// Builds the scene of `settings` from `doc` on all cores. `cancel` (optional) ends it early with
// `cancelled` set. `gpu`: whether the OpenGL arrays are needed (the QPainter backend needs none).
// `waitForTiles`: read every raster tile the view needs before returning (commands, exports); the
// window passes false and gets what is read so far, the rest arriving through the cache's TileStore.
Scene prepareScene(const DocumentSnapshot& doc, const MapSettings& settings, SceneCache* cache = nullptr,
                   const std::atomic<bool>* cancel = nullptr, bool gpu = true, bool waitForTiles = true);

// The overlays alone (small: a selection, a path, a pin), for redrawing them without the scene.
std::vector<SceneLayer> prepareOverlays(const DocumentSnapshot& doc, const MapOverlays& overlays, bool gpu = true);

}  // namespace pa
