#pragma once
// Rasters as the map draws them: every raster layer and basemap is read as display tiles, images
// already in the display CRS on a grid anchored at the CRS origin, so panning reuses what was read,
// zooming out reads the next level of the grid (and through it the file's overviews), and the two
// backends draw the same textured rectangles. The reading itself (GDAL, tiles over the network) lives
// in io behind RasterSource; here is only what is pure computation.
#include <atomic>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/diagnostic.h"
#include "core/geometry.h"
#include "core/style.h"

namespace pa {

class Viewport;

// An image in the display CRS: straight (not premultiplied) RGBA, top row first.
struct RasterImage {
    int width = 0, height = 0;
    std::vector<std::uint8_t> rgba;
    Bounds extent;  // display CRS
    std::string problem;  // drawn, but with gaps: why (a web tile that failed)
    bool empty() const { return width <= 0 || height <= 0; }
};

// A layer's look beyond opacity: brightness and contrast in -1..1 (0: as read).
struct RasterLook {
    float brightness = 0, contrast = 0;
    bool operator==(const RasterLook& o) const { return brightness == o.brightness && contrast == o.contrast; }
    bool neutral() const { return brightness == 0 && contrast == 0; }
};

// Applies brightness and contrast to every pixel (alpha untouched).
void applyLook(RasterImage& image, const RasterLook& look);
// Colours `values` (one per pixel) through the ramp over [lo, hi]; `valid[i] == 0` pixels (nodata)
// become transparent.
void colorize(const float* values, const std::uint8_t* valid, std::size_t n, const ColorRamp& ramp, double lo, double hi,
              std::uint8_t* rgba);

// One tile of the display grid: level z has tiles of kTilePx device pixels at 2^-z display units a
// pixel, numbered from the CRS origin (x right, y up).
struct TileKey {
    int z = 0;
    std::int64_t x = 0, y = 0;
    bool operator<(const TileKey& o) const { return z != o.z ? z < o.z : x != o.x ? x < o.x : y < o.y; }
    bool operator==(const TileKey& o) const { return z == o.z && x == o.x && y == o.y; }
    Bounds extent() const;
    TileKey parent() const;  // the tile of level z-1 holding this one
};
constexpr int kTilePx = 512;

// The level whose pixels are no coarser than `unitsPerDevicePixel`.
int tileLevelFor(double unitsPerDevicePixel);
// The tiles covering `area` at level z, nearest `centre` first; empty when there would be more than `limit`.
std::vector<TileKey> tilesCovering(const Bounds& area, int z, Vec2d centre, std::size_t limit = 4096);
// The tiles a view needs: its visible bounds grown by `marginFraction`, at the view's level.
std::vector<TileKey> tilesForView(const Viewport& view, double marginFraction = 0.25);

// What a source is asked for: a tile's extent in the display CRS, at a pixel size, with the layer's
// look (and ramp, for single-band data).
struct TileRequest {
    Bounds extent;
    int width = kTilePx, height = kTilePx;
    std::string crs;  // display CRS
    RasterLook look;
    ColorRamp ramp;
};

// A raster layer's or a basemap's reader. render() is called from several threads at once; it
// returns an image with nothing drawn (transparent) where the source has no data, and a Diagnostic
// naming the source when it cannot read at all. `cancel` ends a read early (the result is dropped).
class RasterSource {
public:
    virtual ~RasterSource() = default;
    virtual Outcome<RasterImage> render(const TileRequest& request, const std::atomic<bool>* cancel) const = 0;
    // The source's extent in `crs` (empty when it covers the world or cannot say).
    virtual Bounds extentIn(const std::string& crs) const = 0;
    // A basemap: the extent is the whole world, which no view is framed by (extentIn is empty).
    virtual bool coversWorld() const { return false; }
    // Shown on the map and in every export ("© OpenStreetMap contributors"); empty for local files.
    virtual std::string attribution() const { return {}; }
    // What the layer tree says about it ("GeoTIFF 40000×40000, 3 bands, 6 overviews").
    virtual std::string summary() const = 0;
    // Whether the legend shows a ramp (single-band data).
    virtual bool usesRamp() const { return false; }
    // The band's range the ramp spans unless the style gives one (single-band data).
    virtual std::pair<double, double> valueRange() const { return {0, 1}; }
    // Values at a display-CRS point (identify), one per band; empty outside or where nodata.
    virtual std::vector<double> valuesAt(Vec2d displayPoint, const std::string& crs) const {
        (void)displayPoint;
        (void)crs;
        return {};
    }
};
using RasterSourcePtr = std::shared_ptr<const RasterSource>;

}  // namespace pa
