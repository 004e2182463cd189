#pragma once
// A vector layer too large to hold whole (a PostGIS table of a city's parcels) is read by view: the
// map asks its source for the features of each display tile (core/raster's grid) at that tile's
// resolution, keeps the tiles it read up to a memory budget and joins the tiles of the view into one
// layer (render/scene). The questions a planner asks of the whole layer — what is here, which feature
// has this name — go to the source too, which answers them from all of it, not from what is drawn.
#include <atomic>
#include <cstddef>
#include <memory>
#include <string>

#include "core/diagnostic.h"
#include "core/layer.h"
#include "core/raster.h"

namespace pa {

// The features of one display tile, in the display CRS (projected vertices and index filled).
struct VectorTile {
    Layer layer;
    // More features lie in the tile than one tile keeps at this scale: `layer` holds the largest of them.
    bool thinned = false;
};

class VectorSource {
public:
    virtual ~VectorSource() = default;
    // The features intersecting request.extent, their outlines simplified to the tile's pixel size
    // (never a feature dropped for being small unless `thinned`). Called from several threads at once.
    virtual Outcome<VectorTile> readTile(const TileRequest& request, const std::atomic<bool>* cancel) const = 0;
    // The source's extent in `crs` (empty when it cannot say).
    virtual Bounds extentIn(const std::string& crs) const = 0;
    // What the layer tree says about it ("PostGIS parcels, 1,000,000 rows, read by view").
    virtual std::string summary() const = 0;
    // The features within `radius` display units of `at` (exact geometry, every attribute), nearest
    // first, at most `limit`: identify and check.
    virtual Outcome<Layer> featuresNear(Vec2d at, double radius, const std::string& crs, std::size_t limit) const = 0;
    // The features whose name contains `text` (the name fields featureName reads), at most `limit`.
    virtual Outcome<Layer> featuresNamed(const std::string& text, const std::string& crs, std::size_t limit) const = 0;
};
using VectorSourcePtr = std::shared_ptr<const VectorSource>;

// What a tile's features cost in memory, for the budget of what is kept.
std::size_t layerBytes(const Layer& layer);

}  // namespace pa
