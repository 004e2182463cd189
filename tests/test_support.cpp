#include "test_support.h"

#include <sstream>

#include <gdal.h>
#include <gdal_utils.h>
#include <ogr_api.h>

#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "core/geometry.h"
#include "io/layer_builder.h"

namespace pa::test {

TempDir::TempDir() {
    std::string tmpl = (std::filesystem::temp_directory_path() / "planatlas-test-XXXXXX").string();
    path_ = mkdtemp(tmpl.data()) ? tmpl : std::string();
}

TempDir::~TempDir() {
    std::error_code ec;
    if (!path_.empty()) std::filesystem::remove_all(path_, ec);
}

Layer layerFromWkt(const std::vector<std::string>& wkts, const std::string& name) {
    Layer layer;
    layer.name = name;
    layer.sourceCrs = "EPSG:3857";
    LayerBuilder builder(layer);
    int n = 0;
    for (const std::string& w : wkts) {
        OGRGeometryH g = nullptr;
        char* text = const_cast<char*>(w.c_str());
        if (OGR_G_CreateFromWkt(&text, nullptr, &g) != OGRERR_NONE) continue;
        layer.beginFeature(std::to_string(n++));
        if (!builder.addGeometry(g)) {
            layer.abandonFeature();
            layer.features.pop_back();
        }
        OGR_G_DestroyGeometry(g);
    }
    layer.projected = layer.vertices;
    layer.computeProjectedBounds();
    return layer;
}

void writeText(const std::string& path, const std::string& text) {
    std::ofstream out(path, std::ios::binary);
    out << text;
}

bool convertWithGdal(const std::string& src, const std::string& dst, const std::string& driver,
                     const std::vector<std::string>& extraArgs) {
    GDALAllRegister();
    GDALDatasetH in = GDALOpenEx(src.c_str(), GDAL_OF_VECTOR, nullptr, nullptr, nullptr);
    if (!in) return false;
    std::vector<std::string> args = {"-f", driver};
    args.insert(args.end(), extraArgs.begin(), extraArgs.end());
    std::vector<char*> argv;
    for (auto& a : args) argv.push_back(a.data());
    argv.push_back(nullptr);
    GDALVectorTranslateOptions* opts = GDALVectorTranslateOptionsNew(argv.data(), nullptr);
    int usageError = 0;
    GDALDatasetH out = GDALVectorTranslate(dst.c_str(), nullptr, 1, &in, opts, &usageError);
    GDALVectorTranslateOptionsFree(opts);
    GDALClose(in);
    if (!out) return false;
    GDALClose(out);
    return true;
}

double polygonAreaOfPart(const Layer& l, const Part& p) {
    double a = 0;
    for (std::uint32_t r = 0; r < p.ringCount; ++r) {
        const std::uint32_t b = l.ringBegin(p.firstRing + r), e = l.ringEnd(p.firstRing + r);
        const double ra = std::fabs(signedRingArea(l.vertices.data() + b, e - b));
        a += r == 0 ? ra : -ra;
    }
    return a;
}

double triangleAreaOfPart(const Layer& l, const Part& p) {
    double a = 0;
    for (std::uint32_t k = p.firstIndex; k < p.firstIndex + p.indexCount; k += 3) {
        const Vec2d t[3] = {l.vertices[l.triangles[k]], l.vertices[l.triangles[k + 1]], l.vertices[l.triangles[k + 2]]};
        a += std::fabs(signedRingArea(t, 3));
    }
    return a;
}

std::string describeRead(const ReadResult& r, bool triangles) {
    std::ostringstream o;
    o.precision(17);
    o << "cancelled " << r.cancelled << "\n";
    for (const Diagnostic& d : r.messages) o << int(d.severity) << " " << d.toLine() << "\n";
    for (const Layer& l : r.layers) {
        o << "layer " << l.name << " | " << l.sourcePath << " | " << l.sourceCrsName << "\n" << l.sourceCrs << "\n";
        for (const Feature& f : l.features) {
            o << "f " << f.id << " " << f.firstPart << "+" << f.partCount;
            for (const auto& [k, v] : f.properties) o << " [" << k << "=" << v << "]";
            o << "\n";
        }
        for (const Part& p : l.parts) {
            o << "p " << int(p.kind) << " " << p.firstRing << " " << p.ringCount;
            if (triangles) o << " " << p.firstIndex << " " << p.indexCount;
            o << "\n";
        }
        for (std::uint32_t r : l.ringOffsets) o << r << " ";
        o << "\n";
        for (const Vec2d& v : l.vertices) o << v.x << "," << v.y << " ";
        o << "\n";
        if (triangles)
            for (std::uint32_t t : l.triangles) o << t << " ";
        o << "\n";
    }
    return o.str();
}


}  // namespace pa::test
