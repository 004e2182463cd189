#include "io/raster_warp.h"

#include <QtGlobal>

#include <cpl_string.h>
#include <gdal.h>
#include <gdal_utils.h>

#include <algorithm>
#include <cstdio>

#include "io/gdal_support.h"
#include "io/guarded_vsi.h"

namespace pa {

namespace {

std::string number(double v) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.17g", v);
    return buf;
}

int progressCancel(double, const char*, void* flag) {
    const auto* cancel = static_cast<const std::atomic<bool>*>(flag);
    return cancel && cancel->load() ? FALSE : TRUE;
}

}  // namespace

Outcome<WarpedTile> warpTile(GDALDatasetH src, const TileRequest& q, const WarpOptions& o, const std::atomic<bool>* cancel) {
    GdalErrors errors;
    std::vector<std::string> args = {"-of", "MEM", "-t_srs", q.crs, "-te", number(q.extent.minX), number(q.extent.minY),
                                     number(q.extent.maxX), number(q.extent.maxY), "-ts", std::to_string(q.width),
                                     std::to_string(q.height), "-r", o.resampling, "-ot", "Float32", "-dstalpha", "-wo",
                                     "DST_ALPHA_MAX=255", "-q"};
    if (o.thinPlateSpline) args.push_back("-tps");
    CPLStringList argv;
    for (const std::string& a : args) argv.AddString(a.c_str());
    GDALWarpAppOptions* options = GDALWarpAppOptionsNew(argv.List(), nullptr);
    GDALWarpAppOptionsSetProgress(options, progressCancel, const_cast<std::atomic<bool>*>(cancel));
    int usageError = 0;
    GDALDatasetH out = GDALWarp("", nullptr, 1, &src, options, &usageError);
    GDALWarpAppOptionsFree(options);
    if (cancel && *cancel) {
        if (out) GDALClose(out);
        return Diagnostic::error(o.source, "cancelled");
    }
    auto failed = [&] {
        const std::string why = withoutGuardPrefix(errors.lastError());
        return Diagnostic::error(o.source, say(QT_TRANSLATE_NOOP("pa::FileProblem", "the raster could not be read for this view (%1)"),
                                               {why.empty() ? "GDAL gave no reason" : why}));
    };
    if (!out) return failed();
    WarpedTile t;
    t.width = q.width;
    t.height = q.height;
    const std::size_t n = std::size_t(q.width) * std::size_t(q.height);
    const int outBands = GDALGetRasterCount(out);
    t.alpha.resize(n);
    bool read = GDALRasterIO(GDALGetRasterBand(out, outBands), GF_Read, 0, 0, q.width, q.height, t.alpha.data(), q.width,
                             q.height, GDT_Float32, 0, 0) == CE_None;
    for (int b = 0; read && b < std::min(o.bands, outBands - 1); ++b) {
        t.bands.emplace_back(n);
        read = GDALRasterIO(GDALGetRasterBand(out, b + 1), GF_Read, 0, 0, q.width, q.height, t.bands.back().data(), q.width,
                            q.height, GDT_Float32, 0, 0) == CE_None;
    }
    GDALClose(out);
    if (!read || t.bands.empty()) return failed();
    while (int(t.bands.size()) < o.bands) t.bands.push_back(t.bands.front());  // grey read as RGB
    return t;
}

}  // namespace pa
