#pragma once
// Raster files through GDAL: GeoTIFF and COG, JPEG/PNG with a world file or .aux.xml, GeoPackage
// tiles, MBTiles, VRT, in any CRS PROJ knows. Each display tile is one GDALWarp into memory: GDAL
// picks the overview for the tile's resolution, reads only the blocks under it and reprojects, so a
// zoomed-out view of a huge file reads its overviews and a zoomed-in one a few blocks. Files are
// opened read-only through the guarded VSI, one handle per thread that reads.
#include <functional>
#include <string>

#include "core/diagnostic.h"
#include "core/layer.h"
#include "core/raster.h"

namespace pa {

// Whether the file is one GDAL opens as a raster (a GeoPackage may hold both kinds). Cheap: the
// known vector extensions are answered without opening anything.
bool looksLikeRaster(const std::string& path);

// The size limit of a raster file (it is read by windows, never whole).
constexpr std::uint64_t kMaxRasterFileBytes = std::uint64_t(1) << 40;
// Above this many pixels a header is not believed (a damaged or hostile file).
constexpr double kMaxRasterPixels = 1e12;
// Larger than this without overviews, a zoomed-out view reads the whole file: offer to build them.
constexpr double kOverviewAdvisedPixels = 4096.0 * 4096.0;

struct RasterFileInfo {
    bool georeferenced = false;  // false: a plain image (a scan) that must be georeferenced first
    bool hasOverviews = false;
    double pixels = 0;
};

// Opens a raster file as a layer (its name the file stem). Fails with one message naming the file
// when it is empty, truncated, claims an absurd size, has no georeference or a CRS PROJ cannot use.
// `info` (optional) is filled even on failure where the header could be read.
Outcome<Layer> readRasterFile(const std::string& path, RasterFileInfo* info = nullptr);

// Builds overviews of the raster at `path` into `path`.ovr, the side file GDAL finds by itself: the
// raster is opened read-only and never changed. Written under a temporary name and renamed, so a
// cancelled or failed build leaves nothing. `progress` (0..1) returns false to cancel.
Problem buildOverviews(const std::string& path, const std::function<bool(double)>& progress = {});

// The raster source alone (for a basemap from a tile file).
Outcome<RasterSourcePtr> openRasterSource(const std::string& path, RasterFileInfo* info = nullptr);

}  // namespace pa
