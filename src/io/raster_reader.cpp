#include "io/raster_reader.h"

#include <QtGlobal>

#include <cpl_conv.h>
#include <cpl_string.h>
#include <gdal.h>
#include <gdal_alg.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <map>
#include <mutex>
#include <unistd.h>

#include "io/crs.h"
#include "io/gdal_support.h"
#include "io/guarded_vsi.h"
#include "io/input_file.h"
#include "io/raster_warp.h"

namespace pa {

namespace {

// Formats that are vector only: never worth asking the raster drivers about.
bool vectorExtension(const std::string& path) {
    for (const char* e : {".geojson", ".json", ".shp", ".dbf", ".csv", ".gml", ".kml", ".kmz", ".fgb", ".tab", ".mif",
                          ".gpx", ".topojson", ".sqlite", ".gdb", ".osm", ".pbf", ".dxf"})
        if (hasExtension(path, e)) return true;
    return false;
}

enum class Kind { Rgb, Grey, Paletted, Values };

class GdalRaster final : public RasterSource {
public:
    static Outcome<std::shared_ptr<GdalRaster>> open(const std::string& path, RasterFileInfo* info);
    ~GdalRaster() override {
        for (GDALDatasetH ds : free_) GDALClose(ds);
    }

    Outcome<RasterImage> render(const TileRequest& request, const std::atomic<bool>* cancel) const override;
    Bounds extentIn(const std::string& crs) const override;
    std::string summary() const override { return summary_; }
    bool usesRamp() const override { return kind_ == Kind::Values; }
    std::pair<double, double> valueRange() const override { return ranges_.empty() ? std::pair{0.0, 1.0} : ranges_[0]; }
    std::vector<double> valuesAt(Vec2d displayPoint, const std::string& crs) const override;
    const std::string& crsWkt() const { return wkt_; }
    const std::string& crsName() const { return crsName_; }

private:
    GDALDatasetH take() const;
    void give(GDALDatasetH ds) const;
    void* transformerTo(GDALDatasetH ds, const std::string& crs) const;

    std::string path_, openPath_, wkt_, crsName_, summary_;
    Kind kind_ = Kind::Rgb;
    int bands_ = 0;
    bool hasAlpha_ = false;
    std::vector<Rgba> palette_;
    std::vector<std::pair<double, double>> ranges_;  // per colour band, for data that is not 8-bit
    mutable std::mutex mutex_;
    mutable std::vector<GDALDatasetH> free_;
    mutable std::map<std::string, Bounds> extents_;
};

GDALDatasetH GdalRaster::take() const {
    {
        std::lock_guard<std::mutex> lock(mutex_);
        if (!free_.empty()) {
            GDALDatasetH ds = free_.back();
            free_.pop_back();
            return ds;
        }
    }
    return GDALOpenEx(openPath_.c_str(), GDAL_OF_RASTER | GDAL_OF_READONLY, nullptr, nullptr, nullptr);
}

void GdalRaster::give(GDALDatasetH ds) const {
    if (!ds) return;
    std::lock_guard<std::mutex> lock(mutex_);
    // A few handles are enough for the reading threads; more would only hold memory.
    if (free_.size() < 8) free_.push_back(ds);
    else GDALClose(ds);
}

void* GdalRaster::transformerTo(GDALDatasetH ds, const std::string& crs) const {
    const std::string dst = "DST_SRS=" + crs;
    const char* options[] = {dst.c_str(), nullptr};
    return GDALCreateGenImgProjTransformer2(ds, nullptr, const_cast<char**>(options));
}

Outcome<std::shared_ptr<GdalRaster>> GdalRaster::open(const std::string& path, RasterFileInfo* info) {
    auto fail = [&](const std::string& why) { return Diagnostic::error(path, why); };
    if (const std::string p = inputProblem(path, kMaxRasterFileBytes); !p.empty()) return fail(p);
    if (std::error_code ec; std::filesystem::file_size(path, ec) == 0 && !ec)
        return fail(say(QT_TRANSLATE_NOOP("pa::FileProblem", "the file is empty (0 bytes)")));
    registerGdal();
    GdalErrors errors;
    auto r = std::make_shared<GdalRaster>();
    r->path_ = path;
    r->openPath_ = guardedVsiPath(path);
    GDALDatasetH ds = GDALOpenEx(r->openPath_.c_str(), GDAL_OF_RASTER | GDAL_OF_READONLY, nullptr, nullptr, nullptr);
    if (!ds) {
        const std::string why = withoutGuardPrefix(errors.lastError());
        return fail(say(QT_TRANSLATE_NOOP("pa::FileProblem", "GDAL cannot read this file as a raster (%1)"),
                        {why.empty() ? say(QT_TRANSLATE_NOOP("pa::FileProblem", "unknown or unsupported format")) : why}));
    }
    struct Closer {
        GDALDatasetH ds;
        ~Closer() {
            if (ds) GDALClose(ds);
        }
    } closer{ds};
    const int w = GDALGetRasterXSize(ds), h = GDALGetRasterYSize(ds), n = GDALGetRasterCount(ds);
    const double pixels = double(w) * double(h);
    if (info) info->pixels = pixels;
    if (n <= 0) {
        // A GeoPackage or NetCDF may hold several rasters: each is opened by its own name.
        if (CSLCount(GDALGetMetadata(ds, "SUBDATASETS")) > 0)
            return fail(say(QT_TRANSLATE_NOOP("pa::FileProblem", "the file holds several rasters (subdatasets); open one of them by its GDAL name")));
        return fail(say(QT_TRANSLATE_NOOP("pa::FileProblem", "the file holds no raster bands")));
    }
    if (w <= 0 || h <= 0 || pixels > kMaxRasterPixels || w > 10000000 || h > 10000000)
        return fail(say(QT_TRANSLATE_NOOP("pa::FileProblem", "the header claims %1 × %2 pixels, which no real raster has: the file is damaged"),
                        {std::to_string(w), std::to_string(h)}));
    GDALRasterBandH b1 = GDALGetRasterBand(ds, 1);
    const GDALDataType type = GDALGetRasterDataType(b1);
    // A truncated file still has its header: its last block is where it fails.
    {
        int bx = 0, by = 0;
        GDALGetBlockSize(b1, &bx, &by);
        const bool tiff = std::string(GDALGetDriverShortName(GDALGetDatasetDriver(ds))) == "GTiff";
        // Other formats (a VRT whose source is gone, a damaged JPEG): one pixel from the middle of
        // the coarsest level there is.
        GDALRasterBandH probe = GDALGetOverviewCount(b1) > 0 ? GDALGetOverview(b1, GDALGetOverviewCount(b1) - 1) : b1;
        double pixel = 0;
        const bool probeOk = tiff || pixels > 1e8 ||
                             GDALRasterIO(probe, GF_Read, GDALGetRasterBandXSize(probe) / 2, GDALGetRasterBandYSize(probe) / 2, 1,
                                          1, &pixel, 1, 1, GDT_Float64, 0, 0) == CE_None;
        if (!probeOk) {
            const std::string why = withoutGuardPrefix(errors.lastError());
            return fail(say(QT_TRANSLATE_NOOP("pa::FileProblem", "the raster's data cannot be read: the file is truncated or damaged (%1)"),
                            {why.empty() ? "GDAL gave no reason" : why}));
        }
        if (tiff && bx > 0 && by > 0 && double(bx) * by <= 64.0 * 1024 * 1024) {
            std::vector<unsigned char> block(std::size_t(bx) * std::size_t(by) * std::size_t(GDALGetDataTypeSizeBytes(type)));
            const int lastX = (w + bx - 1) / bx - 1, lastY = (h + by - 1) / by - 1;
            if (GDALReadBlock(b1, 0, 0, block.data()) != CE_None || GDALReadBlock(b1, lastX, lastY, block.data()) != CE_None) {
                const std::string why = withoutGuardPrefix(errors.lastError());
                return fail(say(QT_TRANSLATE_NOOP("pa::FileProblem", "the raster's data cannot be read: the file is truncated or damaged (%1)"),
                                {why.empty() ? "GDAL gave no reason" : why}));
            }
        }
    }
    double gt[6];
    const bool haveTransform = GDALGetGeoTransform(ds, gt) == CE_None;
    const bool haveGcps = GDALGetGCPCount(ds) >= 3;
    if (info) {
        info->georeferenced = haveTransform || haveGcps;
        info->hasOverviews = GDALGetOverviewCount(b1) > 0;
    }
    if (!haveTransform && !haveGcps)
        return fail(say(QT_TRANSLATE_NOOP("pa::FileProblem", "the image has no georeference (no world file, .aux.xml or GeoTIFF tags): georeference it with control points first (Tools › Georeference an image…)")));
    r->wkt_ = haveTransform ? (GDALGetProjectionRef(ds) ? GDALGetProjectionRef(ds) : "") : (GDALGetGCPProjection(ds) ? GDALGetGCPProjection(ds) : "");
    if (r->wkt_.empty())
        return fail(say(QT_TRANSLATE_NOOP("pa::FileProblem", "the raster has a georeference but no CRS (no .prj, .aux.xml or GeoTIFF keys): say which CRS it is in an .aux.xml beside it")));
    CrsInfo crs;
    if (const Problem p = describeCrs(r->wkt_, &crs))
        return fail(say(QT_TRANSLATE_NOOP("pa::FileProblem", "the raster's CRS is one PROJ cannot use (%1)"), {p->text}));
    r->crsName_ = crs.name;

    r->bands_ = n;
    const GDALColorInterp last = GDALGetRasterColorInterpretation(GDALGetRasterBand(ds, n));
    r->hasAlpha_ = n == 2 || n >= 4 || last == GCI_AlphaBand;
    if (GDALColorTableH ct = GDALGetRasterColorTable(b1); ct && n == 1) {
        r->kind_ = Kind::Paletted;
        for (int i = 0; i < GDALGetColorEntryCount(ct) && i < 65536; ++i) {
            const GDALColorEntry* e = GDALGetColorEntry(ct, i);
            r->palette_.push_back({std::uint8_t(std::clamp<short>(e->c1, 0, 255)), std::uint8_t(std::clamp<short>(e->c2, 0, 255)),
                                   std::uint8_t(std::clamp<short>(e->c3, 0, 255)), std::uint8_t(std::clamp<short>(e->c4, 0, 255))});
        }
    } else if (n >= 3) {
        r->kind_ = Kind::Rgb;
    } else if (type == GDT_Byte) {
        r->kind_ = Kind::Grey;  // a scan or a grey image: drawn as it is
    } else {
        r->kind_ = Kind::Values;  // a DEM, a density surface: through the style's ramp
    }
    const int colourBands = r->kind_ == Kind::Rgb ? 3 : 1;
    for (int i = 1; i <= colourBands; ++i) {
        double mm[2] = {0, 255};
        if (GDALGetRasterDataType(GDALGetRasterBand(ds, i)) != GDT_Byte || r->kind_ == Kind::Values)
            if (GDALComputeRasterMinMax(GDALGetRasterBand(ds, i), TRUE, mm) != CE_None) mm[0] = 0, mm[1] = 1;
        r->ranges_.push_back({mm[0], mm[1]});
    }

    const char* kinds[] = {"RGB", "grey", "paletted", "values"};
    const int overviews = GDALGetOverviewCount(b1);
    r->summary_ = std::string(GDALGetDriverShortName(GDALGetDatasetDriver(ds))) + ", " + std::to_string(w) + " × " +
                  std::to_string(h) + " px, " + std::to_string(n) + (n == 1 ? " band (" : " bands (") +
                  kinds[int(r->kind_)] + ", " + GDALGetDataTypeName(type) + "), " +
                  (overviews ? std::to_string(overviews) + " overviews" : std::string("no overviews")) + ", " + crs.name;
    closer.ds = nullptr;
    r->free_.push_back(ds);
    return r;
}

Bounds GdalRaster::extentIn(const std::string& crs) const {
    {
        std::lock_guard<std::mutex> lock(mutex_);
        if (auto it = extents_.find(crs); it != extents_.end()) return it->second;
    }
    GdalErrors errors;
    Bounds b;
    GDALDatasetH ds = take();
    if (!ds) return b;
    if (void* t = transformerTo(ds, crs)) {
        // The border sampled: a straight edge of the image is curved in most other CRSs.
        const int steps = 32;
        const double w = GDALGetRasterXSize(ds), h = GDALGetRasterYSize(ds);
        std::vector<double> x, y, z;
        for (int i = 0; i <= steps; ++i) {
            const double f = double(i) / steps;
            for (auto [px, py] : {std::pair{f * w, 0.0}, {f * w, h}, {0.0, f * h}, {w, f * h}}) {
                x.push_back(px);
                y.push_back(py);
                z.push_back(0);
            }
        }
        std::vector<int> ok(x.size());
        GDALGenImgProjTransform(t, FALSE, int(x.size()), x.data(), y.data(), z.data(), ok.data());
        for (std::size_t i = 0; i < x.size(); ++i)
            if (ok[i] && std::isfinite(x[i]) && std::isfinite(y[i])) b.extend({x[i], y[i]});
        GDALDestroyGenImgProjTransformer(t);
    }
    give(ds);
    std::lock_guard<std::mutex> lock(mutex_);
    extents_[crs] = b;
    return b;
}

Outcome<RasterImage> GdalRaster::render(const TileRequest& q, const std::atomic<bool>* cancel) const {
    GdalErrors errors;
    GDALDatasetH src = take();
    if (!src) return Diagnostic::error(path_, say(QT_TRANSLATE_NOOP("pa::FileProblem", "the raster can no longer be opened (%1)"), {withoutGuardPrefix(errors.lastError())}));
    WarpOptions options;
    options.resampling = kind_ == Kind::Paletted ? "near" : "bilinear";
    options.bands = kind_ == Kind::Rgb ? 3 : 1;
    options.source = path_;
    Outcome<WarpedTile> warped = warpTile(src, q, options, cancel);
    give(src);
    if (!warped) return warped.problem();
    const std::size_t n = std::size_t(q.width) * std::size_t(q.height);
    const std::vector<float>& alpha = warped->alpha;
    RasterImage image;
    image.width = q.width;
    image.height = q.height;
    image.extent = q.extent;
    image.rgba.assign(n * 4, 0);
    auto byte = [](double v) { return std::uint8_t(std::clamp(std::lround(v), 0L, 255L)); };
    if (kind_ == Kind::Values) {
        std::vector<std::uint8_t> valid(n);
        for (std::size_t i = 0; i < n; ++i) valid[i] = alpha[i] > 0.5f;
        const double lo = q.ramp.min.value_or(ranges_[0].first), hi = q.ramp.max.value_or(ranges_[0].second);
        colorize(warped->bands[0].data(), valid.data(), n, q.ramp, lo, hi, image.rgba.data());
    } else {
        for (std::size_t i = 0; i < n; ++i) {
            std::uint8_t* p = &image.rgba[4 * i];
            const std::uint8_t a = byte(alpha[i]);
            if (a == 0) continue;
            if (kind_ == Kind::Paletted) {
                const long index = std::lround(warped->bands[0][i]);
                const Rgba c = index >= 0 && std::size_t(index) < palette_.size() ? palette_[std::size_t(index)] : Rgba{0, 0, 0, 0};
                p[0] = c.r, p[1] = c.g, p[2] = c.b, p[3] = std::uint8_t(c.a * a / 255);
                continue;
            }
            for (int k = 0; k < 3; ++k) {
                const int b = kind_ == Kind::Rgb ? k : 0;
                const auto& [lo, hi] = ranges_[std::size_t(b)];
                const double v = warped->bands[std::size_t(b)][i];
                p[k] = lo == 0 && hi == 255 ? byte(v) : byte((v - lo) / (hi > lo ? hi - lo : 1) * 255.0);
            }
            p[3] = a;
        }
    }
    applyLook(image, q.look);
    return image;
}

std::vector<double> GdalRaster::valuesAt(Vec2d point, const std::string& crs) const {
    std::vector<double> out;
    GdalErrors errors;
    GDALDatasetH ds = take();
    if (!ds) return out;
    if (void* t = transformerTo(ds, crs)) {
        double x = point.x, y = point.y, z = 0;
        int ok = 0;
        GDALGenImgProjTransform(t, TRUE, 1, &x, &y, &z, &ok);
        GDALDestroyGenImgProjTransformer(t);
        const int px = int(std::floor(x)), py = int(std::floor(y));
        if (ok && px >= 0 && py >= 0 && px < GDALGetRasterXSize(ds) && py < GDALGetRasterYSize(ds)) {
            for (int b = 1; b <= bands_; ++b) {
                double v = 0;
                GDALRasterBandH band = GDALGetRasterBand(ds, b);
                if (GDALRasterIO(band, GF_Read, px, py, 1, 1, &v, 1, 1, GDT_Float64, 0, 0) != CE_None) break;
                int hasNodata = 0;
                const double nodata = GDALGetRasterNoDataValue(band, &hasNodata);
                if (hasNodata && (v == nodata || (std::isnan(v) && std::isnan(nodata)))) {
                    out.clear();
                    break;
                }
                out.push_back(v);
            }
        }
    }
    give(ds);
    return out;
}

}  // namespace

bool looksLikeRaster(const std::string& path) {
    if (vectorExtension(path)) return false;
    registerGdal();
    GdalErrors quiet;
    const std::string p = guardedVsiPath(path);
    if (!GDALIdentifyDriverEx(p.c_str(), GDAL_OF_RASTER, nullptr, nullptr)) return false;
    // A GeoPackage is a raster only when it holds tiles.
    if (hasExtension(path, ".gpkg")) {
        GDALDatasetH ds = GDALOpenEx(p.c_str(), GDAL_OF_RASTER | GDAL_OF_READONLY, nullptr, nullptr, nullptr);
        const bool raster = ds && (GDALGetRasterCount(ds) > 0 || CSLCount(GDALGetMetadata(ds, "SUBDATASETS")) > 0);
        if (ds) GDALClose(ds);
        return raster;
    }
    return true;
}

Problem buildOverviews(const std::string& path, const std::function<bool(double)>& progress) {
    namespace fs = std::filesystem;
    if (const std::string p = inputProblem(path, kMaxRasterFileBytes); !p.empty()) return Diagnostic::error(path, p);
    std::error_code ec;
    const fs::path file = fs::absolute(path, ec);
    const fs::path side = file.string() + ".ovr";
    if (fs::exists(side, ec)) return Diagnostic::error(side.string(), "overviews exist already; remove the file to build them again");
    // GDAL writes NAME.ovr beside the dataset it opened: open the raster through a link in a fresh
    // hidden folder beside it, so the side file is made there and only renamed into place when whole.
    const fs::path tmp = file.parent_path() / ("." + file.filename().string() + ".ovr-" + std::to_string(::getpid()));
    fs::remove_all(tmp, ec);
    if (!fs::create_directory(tmp, ec))
        return Diagnostic::error(side.string(), "cannot write beside the raster (" + ec.message() + "): overviews need its folder to be writable");
    struct Cleanup {
        fs::path dir;
        ~Cleanup() {
            std::error_code e;
            fs::remove_all(dir, e);
        }
    } cleanup{tmp};
    const fs::path link = tmp / file.filename();
    fs::create_symlink(file, link, ec);
    if (ec) return Diagnostic::error(side.string(), "cannot prepare the overviews (" + ec.message() + ")");
    registerGdal();
    GdalErrors errors;
    GDALDatasetH ds = GDALOpenEx(link.c_str(), GDAL_OF_RASTER | GDAL_OF_READONLY, nullptr, nullptr, nullptr);
    if (!ds) return Diagnostic::error(path, "GDAL cannot read the raster (" + errors.lastError() + ")");
    std::vector<int> levels;
    for (int f = 2; std::max(GDALGetRasterXSize(ds), GDALGetRasterYSize(ds)) / f >= 128 && f <= 4096; f *= 2) levels.push_back(f);
    CPLSetThreadLocalConfigOption("COMPRESS_OVERVIEW", "DEFLATE");
    CPLSetThreadLocalConfigOption("BIGTIFF_OVERVIEW", "IF_SAFER");
    struct Progress {
        const std::function<bool(double)>* f;
        static int CPL_STDCALL call(double done, const char*, void* self) {
            const auto* p = static_cast<Progress*>(self);
            return !*p->f || (*p->f)(done) ? TRUE : FALSE;
        }
    } pr{&progress};
    const bool paletted = GDALGetRasterColorTable(GDALGetRasterBand(ds, 1)) != nullptr;
    const CPLErr built = levels.empty() ? CE_None
                                        : GDALBuildOverviews(ds, paletted ? "NEAREST" : "AVERAGE", int(levels.size()), levels.data(), 0,
                                                             nullptr, &Progress::call, &pr);
    GDALClose(ds);
    CPLSetThreadLocalConfigOption("COMPRESS_OVERVIEW", nullptr);
    CPLSetThreadLocalConfigOption("BIGTIFF_OVERVIEW", nullptr);
    if (built != CE_None) {
        const std::string why = errors.lastError();
        return Diagnostic::error(path, why.find("User terminated") != std::string::npos || why.find("nterrupt") != std::string::npos
                                           ? "building overviews was cancelled; nothing was written"
                                           : "GDAL could not build overviews (" + why + ")");
    }
    if (levels.empty()) return Diagnostic::error(path, "the raster is small enough to need no overviews");
    fs::rename(tmp / (file.filename().string() + ".ovr"), side, ec);
    if (ec) return Diagnostic::error(side.string(), "cannot put the overviews in place (" + ec.message() + ")");
    return std::nullopt;
}

Outcome<RasterSourcePtr> openRasterSource(const std::string& path, RasterFileInfo* info) {
    auto r = GdalRaster::open(path, info);
    if (!r) return r.problem();
    return RasterSourcePtr(r.take());
}

Outcome<Layer> readRasterFile(const std::string& path, RasterFileInfo* info) {
    auto r = GdalRaster::open(path, info);
    if (!r) return r.problem();
    Layer l;
    l.name = std::filesystem::path(path).stem().string();
    l.sourcePath = path;
    l.sourceCrs = (*r)->crsWkt();
    l.sourceCrsName = (*r)->crsName();
    l.raster = r.take();
    return l;
}

}  // namespace pa
