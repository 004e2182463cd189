#pragma once
// One display tile out of a GDAL dataset: GDALWarp into memory at the tile's extent, size and CRS,
// in float (8-bit colours, 16-bit imagery and elevations take one path), with an alpha band that is
// 0 where the source has no data. GDAL picks the overview for the resolution and reads only the
// blocks under the tile. Shared by raster files and web tiles.
#include <atomic>
#include <string>
#include <vector>

#include "core/diagnostic.h"
#include "core/raster.h"

typedef void* GDALDatasetH;

namespace pa {

struct WarpedTile {
    int width = 0, height = 0;
    std::vector<std::vector<float>> bands;  // the source's colour bands, as many as asked for
    std::vector<float> alpha;               // 0..255
};

struct WarpOptions {
    std::string resampling = "bilinear";  // "near" for palettes and classes
    int bands = 3;                        // colour bands to read back (1 for grey, paletted, values)
    bool thinPlateSpline = false;         // georeferenced by control points: warp through a thin-plate spline
    std::string source;                   // names the source in messages
};

Outcome<WarpedTile> warpTile(GDALDatasetH src, const TileRequest& request, const WarpOptions& options,
                             const std::atomic<bool>* cancel);

}  // namespace pa
