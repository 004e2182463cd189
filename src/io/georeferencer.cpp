#include "io/georeferencer.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <cpl_conv.h>
#include <cpl_string.h>
#include <cpl_vsi.h>
#include <gdal.h>
#include <gdal_alg.h>
#include <gdal_utils.h>
#include <ogr_srs_api.h>

#include <cmath>
#include <cstdio>

#include "io/crs.h"
#include "io/gdal_support.h"
#include "io/guarded_vsi.h"
#include "io/input_file.h"

namespace pa {

namespace {

std::vector<GDAL_GCP> gdalPoints(const std::vector<ControlPoint>& points, std::vector<std::string>& ids) {
    std::vector<GDAL_GCP> out;
    ids.clear();
    ids.reserve(points.size());
    for (std::size_t i = 0; i < points.size(); ++i) {
        if (!points[i].enabled) continue;
        ids.push_back(std::to_string(i + 1));
        GDAL_GCP g{};
        g.pszId = ids.back().data();
        g.pszInfo = const_cast<char*>("");
        g.dfGCPPixel = points[i].pixel.x;
        g.dfGCPLine = points[i].pixel.y;
        g.dfGCPX = points[i].map.x;
        g.dfGCPY = points[i].map.y;
        out.push_back(g);
    }
    return out;
}

struct Transformer {
    void* t = nullptr;
    bool tps = false;
    ~Transformer() {
        if (!t) return;
        if (tps) GDALDestroyTPSTransformer(t);
        else GDALDestroyGCPTransformer(t);
    }
    bool apply(bool inverse, Vec2d& p) const {
        double x = p.x, y = p.y, z = 0;
        int ok = 0;
        if (tps) GDALTPSTransform(t, inverse, 1, &x, &y, &z, &ok);
        else GDALGCPTransform(t, inverse, 1, &x, &y, &z, &ok);
        p = {x, y};
        return ok && std::isfinite(x) && std::isfinite(y);
    }
};

}  // namespace

int minimumControlPoints(GeorefMethod m) { return m == GeorefMethod::Polynomial2 ? 6 : 3; }

const char* methodName(GeorefMethod m) {
    return m == GeorefMethod::Affine ? "affine" : m == GeorefMethod::Polynomial2 ? "second-order polynomial" : "thin-plate spline";
}

Outcome<GeorefFit> fitControlPoints(const std::vector<ControlPoint>& points, GeorefMethod method, const std::string& crs) {
    std::vector<std::string> ids;
    std::vector<GDAL_GCP> gcps = gdalPoints(points, ids);
    if (int(gcps.size()) < minimumControlPoints(method))
        return Diagnostic::error("control points", std::string("a ") + methodName(method) + " needs at least " +
                                                       std::to_string(minimumControlPoints(method)) + " points (" +
                                                       std::to_string(gcps.size()) + " enabled)");
    registerGdal();
    GdalErrors errors;
    Transformer tr;
    tr.tps = method == GeorefMethod::ThinPlateSpline;
    tr.t = tr.tps ? GDALCreateTPSTransformer(int(gcps.size()), gcps.data(), FALSE)
                  : GDALCreateGCPTransformer(int(gcps.size()), gcps.data(), method == GeorefMethod::Affine ? 1 : 2, FALSE);
    if (!tr.t)
        return Diagnostic::error("control points", "GDAL cannot fit a " + std::string(methodName(method)) +
                                                       " to these points (are they in a line, or repeated?)" +
                                                       (errors.lastError().empty() ? "" : ": " + errors.lastError()));
    auto lonLat = CrsTransform::create(crs, "EPSG:4326");
    if (!lonLat) return lonLat.problem();
    GeorefFit fit;
    double sumPx = 0, sumM = 0;
    int n = 0;
    for (const ControlPoint& p : points) {
        if (!p.enabled) {
            fit.residualPixels.push_back(0);
            fit.residualMetres.push_back(0);
            continue;
        }
        Vec2d onMap = p.pixel, inImage = p.map;
        const bool a = tr.apply(false, onMap), b = tr.apply(true, inImage);
        const double px = b ? std::hypot(inImage.x - p.pixel.x, inImage.y - p.pixel.y) : NAN;
        const double m = a ? geodesicDistance(lonLat->forward(onMap), lonLat->forward(p.map)) : NAN;
        fit.residualPixels.push_back(px);
        fit.residualMetres.push_back(m);
        sumPx += px * px;
        sumM += m * m;
        ++n;
    }
    fit.rmsPixels = std::sqrt(sumPx / n);
    fit.rmsMetres = std::sqrt(sumM / n);
    return fit;
}

Problem writeGeoreferencedTiff(const std::string& image, const std::vector<ControlPoint>& points, GeorefMethod method,
                               const std::string& crs, const std::string& out, OutputRules rules) {
    rules.inputs.push_back(image);
    rules.extensions = {"tif", "tiff"};
    rules.format = "a GeoTIFF";
    if (Problem p = outputProblem(out, rules)) return p;
    if (const std::string p = inputProblem(image, std::uint64_t(4) << 30); !p.empty()) return Diagnostic::error(image, p);
    const Outcome<GeorefFit> fit = fitControlPoints(points, method, crs);
    if (!fit) return fit.problem();
    const std::string wkt = wktOf(crs);
    if (wkt.empty()) return Diagnostic::error(crs, "not a CRS GDAL knows");
    registerGdal();
    GdalErrors errors;
    GDALDatasetH src = GDALOpenEx(guardedVsiPath(image).c_str(), GDAL_OF_RASTER | GDAL_OF_READONLY, nullptr, nullptr, nullptr);
    if (!src) return Diagnostic::error(image, "GDAL cannot read the image (" + withoutGuardPrefix(errors.lastError()) + ")");
    // The points go on a virtual copy of the image; the image itself is never written.
    const char* vrtArgs[] = {"-of", "VRT", nullptr};
    GDALTranslateOptions* to = GDALTranslateOptionsNew(const_cast<char**>(vrtArgs), nullptr);
    GDALDatasetH vrt = GDALTranslate("", src, to, nullptr);
    GDALTranslateOptionsFree(to);
    if (!vrt) {
        GDALClose(src);
        return Diagnostic::error(image, "GDAL cannot copy the image (" + withoutGuardPrefix(errors.lastError()) + ")");
    }
    std::vector<std::string> ids;
    std::vector<GDAL_GCP> gcps = gdalPoints(points, ids);
    GDALSetGCPs(vrt, int(gcps.size()), gcps.data(), wkt.c_str());
    const std::string mem = "/vsimem/planatlas-georef-" + std::to_string(reinterpret_cast<std::uintptr_t>(&gcps)) + ".tif";
    std::vector<std::string> args = {"-of", "GTiff", "-r", "bilinear", "-dstalpha", "-co", "COMPRESS=DEFLATE", "-co", "TILED=YES", "-q"};
    if (method == GeorefMethod::ThinPlateSpline) args.push_back("-tps");
    else args.insert(args.end(), {"-order", method == GeorefMethod::Affine ? "1" : "2"});
    CPLStringList argv;
    for (const std::string& a : args) argv.AddString(a.c_str());
    GDALWarpAppOptions* wo = GDALWarpAppOptionsNew(argv.List(), nullptr);
    int usage = 0;
    GDALDatasetH warped = GDALWarp(mem.c_str(), nullptr, 1, &vrt, wo, &usage);
    GDALWarpAppOptionsFree(wo);
    if (warped) {
        // Overviews inside the file: a large scan draws at once when zoomed out.
        int levels[] = {2, 4, 8, 16, 32};
        int count = 0;
        while (count < 5 && std::max(GDALGetRasterXSize(warped), GDALGetRasterYSize(warped)) / levels[count] >= 256) ++count;
        if (count && GDALBuildOverviews(warped, "AVERAGE", count, levels, 0, nullptr, nullptr, nullptr) != CE_None) count = 0;
        GDALClose(warped);
    }
    GDALClose(vrt);
    GDALClose(src);
    if (!warped) {
        VSIUnlink(mem.c_str());
        return Diagnostic::error(image, "GDAL could not warp the image (" + withoutGuardPrefix(errors.lastError()) + ")");
    }
    vsi_l_offset size = 0;
    GByte* bytes = VSIGetMemFileBuffer(mem.c_str(), &size, FALSE);
    const std::string data(reinterpret_cast<const char*>(bytes), std::size_t(size));
    VSIUnlink(mem.c_str());
    return writeFileAtomically(out, data, rules);
}

Problem writeControlPoints(const std::string& path, const std::vector<ControlPoint>& points, const std::string& crs,
                           OutputRules rules) {
    rules.extensions = {"points"};
    rules.format = "a control points file (.points)";
    std::string text = "#CRS: " + wktOf(crs) + "\nmapX,mapY,sourceX,sourceY,enable,dX,dY,residual\n";
    char line[256];
    for (const ControlPoint& p : points) {
        std::snprintf(line, sizeof line, "%.10f,%.10f,%.6f,%.6f,%d,0,0,0\n", p.map.x, p.map.y, p.pixel.x, -p.pixel.y,
                      p.enabled ? 1 : 0);
        text += line;
    }
    return writeFileAtomically(path, text, rules);
}

Outcome<ControlPointFile> readControlPoints(const std::string& path) {
    QByteArray bytes;
    if (const Problem p = readTextInput(path, 16u << 20, bytes)) return *p;
    ControlPointFile f;
    const QStringList lines = QString::fromUtf8(bytes).split('\n');
    int number = 0;
    for (const QString& raw : lines) {
        ++number;
        const QString l = raw.trimmed();
        if (l.isEmpty()) continue;
        if (l.startsWith("#CRS:")) {
            f.crs = l.mid(5).trimmed().toStdString();
            continue;
        }
        if (l.startsWith('#') || l.startsWith("mapX")) continue;
        const QStringList c = l.split(',');
        bool ok[5] = {false, false, false, false, true};
        if (c.size() < 4) return Diagnostic::error(path, "line " + std::to_string(number) + ": want mapX,mapY,sourceX,sourceY,enable");
        ControlPoint p;
        p.map = {c[0].toDouble(&ok[0]), c[1].toDouble(&ok[1])};
        p.pixel = {c[2].toDouble(&ok[2]), -c[3].toDouble(&ok[3])};
        if (c.size() > 4) p.enabled = c[4].trimmed().toInt(&ok[4]) != 0;
        for (bool b : ok)
            if (!b) return Diagnostic::error(path, "line " + std::to_string(number) + ": not a number where one should be");
        f.points.push_back(p);
    }
    if (f.crs.empty()) return Diagnostic::error(path, "no '#CRS:' line: the points' CRS is unknown");
    if (const Problem p = describeCrs(f.crs)) return Diagnostic::error(path, "the points' CRS: " + p->text);
    return f;
}

}  // namespace pa
