#include "test_tiles.h"

#include "core/baidu_mercator.h"

#include <QDir>
#include <QImage>

#include <cpl_string.h>
#include <gdal.h>
#include <gdal_utils.h>
#include <ogr_srs_api.h>

#include <algorithm>
#include <cmath>
#include <functional>
#include <thread>
#include <cstdio>
#include <vector>

namespace pa::test {

namespace {
constexpr double kPi = 3.14159265358979323846;

// Web Mercator tile maths for making test data only (the code under test uses PROJ).
Vec2d tilePixelLonLat(int z, double px, double py) {
    const double n = std::ldexp(1.0, z);
    const double lon = px / (256.0 * n) * 360.0 - 180.0;
    const double lat = std::atan(std::sinh(kPi * (1 - 2 * py / (256.0 * n)))) * 180.0 / kPi;
    return {lon, lat};
}

std::string wkt4326() {
    OGRSpatialReferenceH s = OSRNewSpatialReference(nullptr);
    OSRImportFromEPSG(s, 4326);
    char* w = nullptr;
    OSRExportToWkt(s, &w);
    std::string out = w;
    CPLFree(w);
    OSRDestroySpatialReference(s);
    return out;
}
}  // namespace

Rgba patternAt(Vec2d p) {
    const long i = long(std::floor(p.x / kCell)), j = long(std::floor(p.y / kCell));
    return ((i + j) & 1) ? Rgba{40, 110, 190, 255} : Rgba{235, 215, 140, 255};
}

namespace {

// One 256-pixel tile of the pattern: `ground(col, row)` is the WGS 84 lon/lat a pixel position of the
// tile shows. It is exact on a grid every 8 px and interpolated between (the services' mappings are
// smooth: well under a millionth of a degree off), so datum inverses are not iterated per pixel.
void writeTile(const std::string& dir, int z, long x, long y, const std::function<Vec2d(double, double)>& ground) {
    const int step = 8, cells = 256 / step;
    std::vector<Vec2d> at(std::size_t((cells + 1) * (cells + 1)));
    for (int j = 0; j <= cells; ++j)
        for (int i = 0; i <= cells; ++i) at[std::size_t(j * (cells + 1) + i)] = ground(i * step, j * step);
    QImage img(256, 256, QImage::Format_RGB32);
    for (int row = 0; row < 256; ++row) {
        auto* line = reinterpret_cast<QRgb*>(img.scanLine(row));
        for (int col = 0; col < 256; ++col) {
            const double fx = (col + 0.5) / step, fy = (row + 0.5) / step;
            const int i = std::min(int(fx), cells - 1), j = std::min(int(fy), cells - 1);
            const double u = fx - i, v = fy - j;
            auto a = [&](int di, int dj) { return at[std::size_t((j + dj) * (cells + 1) + i + di)]; };
            const Vec2d w{(1 - u) * (1 - v) * a(0, 0).x + u * (1 - v) * a(1, 0).x + (1 - u) * v * a(0, 1).x + u * v * a(1, 1).x,
                          (1 - u) * (1 - v) * a(0, 0).y + u * (1 - v) * a(1, 0).y + (1 - u) * v * a(0, 1).y + u * v * a(1, 1).y};
            const Rgba c = patternAt(w);
            line[col] = qRgb(c.r, c.g, c.b);
        }
    }
    const QString d = QString::fromStdString(dir) + QString("/%1/%2").arg(z).arg(x);
    QDir().mkpath(d);
    img.save(d + QString("/%1.png").arg(y), "PNG", 80);
}

// `column(x)` for x in [begin, end], spread over every core.
void forColumns(long begin, long end, const std::function<void(long)>& column) {
    std::vector<std::thread> workers;
    const unsigned threads = std::max(2u, std::thread::hardware_concurrency());
    for (unsigned t = 0; t < threads; ++t)
        workers.emplace_back([&, t] {
            for (long x = begin + long(t); x <= end; x += long(threads)) column(x);
        });
    for (std::thread& w : workers) w.join();
}

}  // namespace

void writeTileSet(const std::string& dir, ChineseDatum datum) {
    // The tiles over the area as the service numbers them (its coordinates are offset: padded).
    for (int z = kMinZoom; z <= kMaxZoom; ++z) {
        const double n = std::ldexp(1.0, z);
        auto tx = [&](double lon) { return long(std::floor((lon + 180.0) / 360.0 * n)); };
        auto ty = [&](double lat) {
            const double r = lat * kPi / 180.0;
            return long(std::floor((1 - std::log(std::tan(r) + 1 / std::cos(r)) / kPi) / 2 * n));
        };
        forColumns(tx(kAreaMinLon - kTilePad), tx(kAreaMaxLon + kTilePad), [&](long x) {
            for (long y = ty(kAreaMaxLat + kTilePad); y <= ty(kAreaMinLat - kTilePad); ++y)
                writeTile(dir, z, x, y, [&](double col, double row) {
                    return toWgs84(datum, tilePixelLonLat(z, x * 256.0 + col, y * 256.0 + row));
                });
        });
    }
}

void writeBaiduTileSet(const std::string& dir) {
    // Baidu's own grid: tile (x, y) at level z spans [x, x+1] · span east and [y, y+1] · span north of
    // the origin of Baidu's Mercator; its pixels show the ground at WGS 84 bd09ToWgs84(…) of their place.
    for (int z = 14; z <= 16; ++z) {
        const double span = baiduTileSpan(z), res = span / 256;
        Bounds mc;
        for (double lon : {kAreaMinLon - kTilePad, kAreaMaxLon + kTilePad})
            for (double lat : {kAreaMinLat - kTilePad, kAreaMaxLat + kTilePad}) mc.extend(bd09ToBaiduMercator(wgs84ToBd09({lon, lat})));
        const long yBegin = long(std::floor(mc.minY / span)), yEnd = long(std::floor(mc.maxY / span));
        forColumns(long(std::floor(mc.minX / span)), long(std::floor(mc.maxX / span)), [&](long x) {
            for (long y = yBegin; y <= yEnd; ++y)
                writeTile(dir, z, x, y, [&](double col, double row) {
                    return bd09ToWgs84(baiduMercatorToBd09({x * span + col * res, (y + 1) * span - row * res}));
                });
        });
    }
}

void writePatternGeoTiff(const std::string& path, bool overviews) {
    const double px = 2e-5;
    const int w = int(std::lround((kAreaMaxLon - kAreaMinLon) / px)), h = int(std::lround((kAreaMaxLat - kAreaMinLat) / px));
    const char* options[] = {"TILED=YES", "COMPRESS=DEFLATE", nullptr};
    GDALDatasetH ds = GDALCreate(GDALGetDriverByName("GTiff"), path.c_str(), w, h, 3, GDT_Byte, const_cast<char**>(options));
    double gt[6] = {kAreaMinLon, px, 0, kAreaMaxLat, 0, -px};
    GDALSetGeoTransform(ds, gt);
    GDALSetProjection(ds, wkt4326().c_str());
    std::vector<unsigned char> row(std::size_t(w) * 3);
    for (int y = 0; y < h; ++y) {
        for (int x = 0; x < w; ++x) {
            const Rgba c = patternAt({kAreaMinLon + (x + 0.5) * px, kAreaMaxLat - (y + 0.5) * px});
            row[3 * std::size_t(x)] = c.r, row[3 * std::size_t(x) + 1] = c.g, row[3 * std::size_t(x) + 2] = c.b;
        }
        int bands[3] = {1, 2, 3};
        if (GDALDatasetRasterIO(ds, GF_Write, 0, y, w, 1, row.data(), w, 1, GDT_Byte, 3, bands, 3, 0, 1) != CE_None) break;
    }
    if (overviews) {
        int levels[] = {2, 4, 8, 16};
        if (GDALBuildOverviews(ds, "AVERAGE", 4, levels, 0, nullptr, nullptr, nullptr) != CE_None) std::fprintf(stderr, "overviews failed\n");
    }
    GDALClose(ds);
}

void writeValuesGeoTiff(const std::string& path) {
    const double px = 1e-4;
    const int w = int(std::lround((kAreaMaxLon - kAreaMinLon) / px)), h = int(std::lround((kAreaMaxLat - kAreaMinLat) / px));
    GDALDatasetH ds = GDALCreate(GDALGetDriverByName("GTiff"), path.c_str(), w, h, 1, GDT_Float32, nullptr);
    double gt[6] = {kAreaMinLon, px, 0, kAreaMaxLat, 0, -px};
    GDALSetGeoTransform(ds, gt);
    GDALSetProjection(ds, wkt4326().c_str());
    GDALRasterBandH b = GDALGetRasterBand(ds, 1);
    GDALSetRasterNoDataValue(b, -9999);
    std::vector<float> row(static_cast<std::size_t>(w));
    for (int y = 0; y < h; ++y) {
        for (int x = 0; x < w; ++x) {
            const double lon = kAreaMinLon + (x + 0.5) * px, lat = kAreaMaxLat - (y + 0.5) * px;
            const bool hole = lon > 113.34 && lon < 113.348 && lat > 23.124 && lat < 23.132;
            row[std::size_t(x)] = hole ? -9999.f : float((lon - kAreaMinLon) / kCell);
        }
        if (GDALRasterIO(b, GF_Write, 0, y, w, 1, row.data(), w, 1, GDT_Float32, 0, 0) != CE_None) break;
    }
    GDALClose(ds);
}

Scan writeScan(const std::string& path) {
    Scan s{path};
    QImage img(5000, 4800, QImage::Format_RGB32);
    for (int r = 0; r < img.height(); ++r) {
        auto* line = reinterpret_cast<QRgb*>(img.scanLine(r));
        for (int c = 0; c < img.width(); ++c) {
            const Rgba p = patternAt(s.lonLat({c + 0.5, r + 0.5}));
            line[c] = qRgb(p.r, p.g, p.b);
        }
    }
    img.save(QString::fromStdString(path));
    return s;
}

bool writeTestData(const std::string& root) {
    GDALAllRegister();
    // GDAL's MBTiles overview building reports a harmless failed probe of its own.
    CPLPushErrorHandler(CPLQuietErrorHandler);
    QDir().mkpath(QString::fromStdString(root));
    writeTileSet(root + "/wgs", ChineseDatum::None);
    writeTileSet(root + "/gcj", ChineseDatum::Gcj02);
    writeTileSet(root + "/bd", ChineseDatum::Bd09);
    writeBaiduTileSet(root + "/baidu");
    writePatternGeoTiff(root + "/pattern.tif");
    writeValuesGeoTiff(root + "/values.tif");
    // MBTiles and GeoPackage tiles made by GDAL from the GeoTIFF (Web Mercator, as those formats are).
    GDALDatasetH src = GDALOpen((root + "/pattern.tif").c_str(), GA_ReadOnly);
    if (!src) return false;
    bool ok = true;
    for (const char* fmt : {"MBTiles", "GPKG"}) {
        const std::string out = root + (std::string(fmt) == "MBTiles" ? "/pattern.mbtiles" : "/pattern_tiles.gpkg");
        CPLStringList argv;
        argv.AddString("-of");
        argv.AddString(fmt);
        if (std::string(fmt) == "GPKG") argv.AddString("-co"), argv.AddString("TILING_SCHEME=GoogleMapsCompatible");
        GDALTranslateOptions* o = GDALTranslateOptionsNew(argv.List(), nullptr);
        GDALDatasetH d = GDALTranslate(out.c_str(), src, o, nullptr);
        GDALTranslateOptionsFree(o);
        if (!d) {
            ok = false;
            continue;
        }
        int levels[] = {2, 4, 8};
        ok = GDALBuildOverviews(d, "AVERAGE", 3, levels, 0, nullptr, nullptr, nullptr) == CE_None && ok;
        GDALClose(d);
    }
    GDALClose(src);
    CPLPopErrorHandler();
    return ok;
}

}  // namespace pa::test
