#pragma once
// Web tile basemaps as raster sources. A display tile is made from the service's tiles under it: they
// are fetched (TileFetcher: cached, polite), laid side by side in memory and warped by GDAL into the
// display tile. A GCJ-02 or BD-09 service's mosaic is georeferenced by control points that
// core/chinese_datums moves from the service's coordinates to WGS 84 and warped through a thin-plate
// spline, so Amap and Tencent tiles line up with WGS 84 data to within a pixel.
#include <memory>
#include <string>
#include <vector>

#include "core/diagnostic.h"
#include "core/layer.h"
#include "core/tile_template.h"
#include "io/tile_fetcher.h"

namespace pa {

// Above this many service tiles a display tile is not made from (a view that is far too wide).
constexpr int kMaxServiceTilesPerDisplayTile = 64;

RasterSourcePtr makeWebTileSource(const TileTemplate& t, std::shared_ptr<TileFetcher> fetcher, int timeoutMs = 0);

// The URL with its key hidden ("tk=…"), for messages and the layer tree.
std::string redactedTileUrl(const TileTemplate& t, const std::string& url);

}  // namespace pa
