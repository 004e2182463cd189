#pragma once
// The test pattern behind every raster and tile test: a checkerboard of kCell-degree cells in
// WGS 84 longitude/latitude, drawn by the tests into web tiles (as a WGS 84 service draws the ground,
// and as GCJ-02 and BD-09 services draw it, offset), a GeoTIFF and tile files. Where the drawn map
// shows the pattern can be checked pixel by pixel against patternAt().
#include <string>

#include "core/chinese_datums.h"
#include "core/geometry.h"
#include "core/style.h"

namespace pa::test {

constexpr double kCell = 0.004;  // degrees: about 400 m, dozens of pixels at the tests' zooms
// Where the tile sets and the GeoTIFF have the pattern (lon/lat, WGS 84), around Tianhe.
constexpr double kAreaMinLon = 113.30, kAreaMinLat = 23.10, kAreaMaxLon = 113.38, kAreaMaxLat = 23.16;
constexpr int kMinZoom = 13, kMaxZoom = 15;
// Tiles are made this far beyond the area (degrees): a display tile reaches past the view, and a
// GCJ-02 service's numbering is offset.
constexpr double kTilePad = 0.045;

Rgba patternAt(Vec2d lonLat);

// Writes DIR/{z}/{x}/{y}.png for kMinZoom..kMaxZoom as a service in `datum` draws the pattern:
// the pixel at service coordinates g shows the ground at WGS 84 toWgs84(datum, g).
void writeTileSet(const std::string& dir, ChineseDatum datum);

// The same as Baidu draws it: its own grid (levels 14 to 16) on its own Mercator, BD-09.
void writeBaiduTileSet(const std::string& dir);

// The pattern as a GeoTIFF in EPSG:4326 (RGB, 2e-5 degree pixels), with `overviews`.
void writePatternGeoTiff(const std::string& path, bool overviews = true);

// A single-band Float32 GeoTIFF (EPSG:4326) over the area: value = longitude offset in cells, and
// nodata (-9999) in the cell-aligned square [113.34, 113.348] x [23.124, 23.132].
void writeValuesGeoTiff(const std::string& path);

// A "scan": the pattern drawn into a plain 5000 x 4800 PNG under a rotated affine mapping, with no
// georeference, and the mapping (pixel → WGS 84 lon/lat) it was drawn with.
struct Scan {
    std::string path;
    Vec2d lonLat(Vec2d pixel) const {
        return {113.300 + 1.4e-5 * pixel.x + 1.5e-6 * pixel.y, 23.155 + 1.2e-6 * pixel.x - 1.1e-5 * pixel.y};
    }
};
Scan writeScan(const std::string& path);

// The served root of the test tile server: wgs/, gcj/, bd/, baidu/ tile sets, pattern.tif, pattern.mbtiles,
// values.tif. Returns false when GDAL could not write one.
bool writeTestData(const std::string& root);

}  // namespace pa::test
