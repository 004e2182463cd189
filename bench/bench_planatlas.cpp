// Benchmarks on the seed-42 synthetic data of ../shared/bench/make_synthetic.py (see bench/run.sh).
// Timings come from here, never from tests. Set PLANATLAS_BENCH_FILE to the GeoJSON to use.
#include <benchmark/benchmark.h>

#include <QGuiApplication>

#include <sys/resource.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <memory>
#include <random>
#include <string>

#include "core/json_scan.h"
#include "core/picking.h"
#include "core/triangulator.h"
#include "document/map_document.h"
#include "io/ogr_reader.h"
#include "document/map_settings.h"
#include "io/reprojection.h"
#include "render/gl_platform.h"
#include "render/gpu_layer.h"
#include "render/map_picture.h"
#include "render/offscreen_renderer.h"

using namespace pa;

namespace {

constexpr int kWidth = 1920, kHeight = 1080;

std::string benchFile() {
    const char* f = std::getenv("PLANATLAS_BENCH_FILE");
    return f ? f : "";
}

// PLANATLAS_BENCH_MSAA=0 measures without multisampling (default 4, as the app draws).
int msaaSamples() {
    const char* m = std::getenv("PLANATLAS_BENCH_MSAA");
    return m ? std::atoi(m) : 4;
}

double peakRssMiB() {
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return u.ru_maxrss / 1024.0;
}

// Loaded once for the benchmarks that start from data in memory.
struct Loaded {
    MapDocument doc;
    std::unique_ptr<OffscreenRenderer> gl;
    Viewport vp;
};

Loaded& loaded() {
    static Loaded* l = [] {
        auto* x = new Loaded;
        x->doc.addFiles({benchFile()});
        x->gl = std::make_unique<OffscreenRenderer>();
        if (const Problem p = x->gl->initialize(msaaSamples())) std::fprintf(stderr, "bench: %s\n", p->text.c_str());
        x->vp.setSize(kWidth, kHeight);
        x->vp.fitBounds(x->doc.fullExtent());
        x->gl->setScene(prepareScene(x->doc.snapshot(), mapSettings(x->doc, x->vp, "zh")));
        return x;
    }();
    return *l;
}

// From the file on disk to a finished frame: read, triangulate, reproject, build buffers,
// upload, draw 1920x1080 with 4x MSAA, wait for the GPU.
void BM_OpenToFirstFrame(benchmark::State& state) {
    OffscreenRenderer gl;
    if (const Problem p = gl.initialize(msaaSamples())) {
        state.SkipWithError(p->text.c_str());
        return;
    }
    for (auto _ : state) {
        MapDocument doc;
        const Diagnostics d = doc.addFiles({benchFile()});
        if (doc.layers().empty()) {
            state.SkipWithError(d.empty() ? "nothing loaded" : d.front().toLine().c_str());
            return;
        }
        Viewport vp;
        vp.setSize(kWidth, kHeight);
        vp.fitBounds(doc.fullExtent());
        gl.setScene(prepareScene(doc.snapshot(), mapSettings(doc, vp, "zh")));
        gl.draw(vp);
        state.counters["triangles"] = double(gl.renderer().lastFrame().triangles);
        state.counters["segments"] = double(gl.renderer().lastFrame().segments);
    }
    state.counters["peak_rss_MiB"] = peakRssMiB();
}
BENCHMARK(BM_OpenToFirstFrame)->Unit(benchmark::kMillisecond)->Iterations(1)->Repetitions(3)->UseRealTime();

// GDAL reading with triangulation and repair, no GL.
void BM_ReadAndTriangulate(benchmark::State& state) {
    for (auto _ : state) {
        ReadResult r = readVectorFile(benchFile());
        benchmark::DoNotOptimize(r.layers.data());
    }
}
BENCHMARK(BM_ReadAndTriangulate)->Unit(benchmark::kMillisecond)->Iterations(1)->Repetitions(3)->UseRealTime();

// The GeoJSON precheck alone (core/json_scan), over the file in memory: one piece on one core
// (argument 0), and the two halves the reader uses on two cores (argument 1).
void BM_ScanGeoJson(benchmark::State& state) {
    static const std::string text = [] {
        std::ifstream in(benchFile(), std::ios::binary);
        return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    }();
    JsonScanLimits limits;
    if (state.range(0) == 0) limits.splitBytes = std::size_t(-1);
    std::size_t features = 0;
    for (auto _ : state) {
        const JsonScanResult r = scanGeoJson(text.data(), text.size(), limits);
        if (!r.ok()) {
            state.SkipWithError(("the scan found a problem: " + r.detail).c_str());
            return;
        }
        features = r.featureSpans.size();
    }
    state.counters["features"] = double(features);
    state.SetBytesProcessed(std::int64_t(state.iterations() * text.size()));
}
BENCHMARK(BM_ScanGeoJson)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond)->UseRealTime();

// Triangulation alone over every polygon of the file.
void BM_Triangulate(benchmark::State& state) {
    const Layer& l = loaded().doc.layers().at(0);
    std::vector<std::uint32_t> out;
    out.reserve(l.triangles.size());
    std::vector<RingView> rings;
    std::size_t polygons = 0;
    for (auto _ : state) {
        out.clear();
        polygons = 0;
        for (const Part& p : l.parts) {
            if (p.kind != PartKind::Polygon) continue;
            rings.resize(p.ringCount);
            for (std::uint32_t r = 0; r < p.ringCount; ++r)
                rings[r] = {l.ringBegin(p.firstRing + r), l.ringEnd(p.firstRing + r)};
            triangulatePolygon(l.vertices, rings.data(), rings.size(), out);
            ++polygons;
        }
        benchmark::DoNotOptimize(out.data());
    }
    state.counters["polygons"] = double(polygons);
    state.counters["vertices"] = double(l.vertices.size());
}
BENCHMARK(BM_Triangulate)->Unit(benchmark::kMillisecond)->UseRealTime();

// The scene of the whole file prepared from nothing (style resolved, GPU arrays, label sources), as a
// worker does it after a load; no GL.
void BM_PrepareScene(benchmark::State& state) {
    Loaded& x = loaded();
    const MapSettings settings = mapSettings(x.doc, x.vp, "zh");
    for (auto _ : state) {
        const Scene scene = prepareScene(x.doc.snapshot(), settings);
        benchmark::DoNotOptimize(scene.layers.data());
    }
}
BENCHMARK(BM_PrepareScene)->Unit(benchmark::kMillisecond)->UseRealTime();

// Identify at a click anywhere on the full-extent view, 4 px of tolerance, as the window asks it.
void BM_Identify(benchmark::State& state) {
    Loaded& x = loaded();
    const std::vector<const Layer*> layers = x.doc.visibleLayers();
    const Bounds b = x.doc.fullExtent();
    std::mt19937 rng(42);
    std::uniform_real_distribution<double> fx(b.minX, b.maxX), fy(b.minY, b.maxY);
    PickOptions o;
    o.tolerance = 4 * x.vp.resolution();
    std::size_t found = 0;
    for (auto _ : state) {
        const auto hits = pickFeatures(layers, {fx(rng), fy(rng)}, o);
        found += hits.size();
        benchmark::DoNotOptimize(hits.data());
    }
    state.counters["features_per_click"] = double(found) / double(state.iterations());
}
BENCHMARK(BM_Identify)->Unit(benchmark::kMicrosecond)->UseRealTime();

void BM_Reproject(benchmark::State& state) {
    Layer l = loaded().doc.layers().at(0);
    for (auto _ : state) {
        Diagnostics d;
        reprojectLayer(l, "EPSG:3857", d);
    }
}
BENCHMARK(BM_Reproject)->Unit(benchmark::kMillisecond)->UseRealTime();

// A redraw after a drag of a few dozen pixels at full extent (the whole dataset in view), as the
// window does it: the renderer shifts its cached frame when the pan stays within its margin.
void BM_RedrawAfterPan(benchmark::State& state) {
    Loaded& x = loaded();
    x.gl->makeCurrent();
    Viewport vp = x.vp;
    x.gl->draw(vp);
    int k = 0, cached = 0;
    for (auto _ : state) {
        vp.panByPixels((k % 2) ? -37 : 37, (k % 2) ? -11 : 11);
        ++k;
        x.gl->draw(vp);
        cached += x.gl->renderer().lastFrame().fromCache;
    }
    state.counters["cached_share"] = double(cached) / double(state.iterations());
}
BENCHMARK(BM_RedrawAfterPan)->Unit(benchmark::kMillisecond)->UseRealTime()->MinTime(2.0);

// Every frame drawn from the geometry (a pan beyond the cache margin, or a zoom), at full extent
// and at street level (0.5 m per pixel, where chunk culling leaves most of the data out).
void fullRedraw(benchmark::State& state, double resolution) {
    Loaded& x = loaded();
    x.gl->makeCurrent();
    Viewport vp = x.vp;
    if (resolution > 0) vp.setResolution(resolution);
    int k = 0;
    for (auto _ : state) {
        vp.panByPixels((k++ % 2) ? -37 : 37, 11);
        x.gl->renderer().invalidate();
        x.gl->draw(vp);
    }
    state.counters["triangles"] = double(x.gl->renderer().lastFrame().triangles);
    state.counters["segments"] = double(x.gl->renderer().lastFrame().segments);
}
void BM_FullRedraw(benchmark::State& state) { fullRedraw(state, 0); }
void BM_FullRedrawStreetLevel(benchmark::State& state) { fullRedraw(state, 0.5); }
BENCHMARK(BM_FullRedraw)->Unit(benchmark::kMillisecond)->UseRealTime()->MinTime(2.0);
BENCHMARK(BM_FullRedrawStreetLevel)->Unit(benchmark::kMillisecond)->UseRealTime()->MinTime(2.0);

// The window's picture where OpenGL is software (the QPainter backend in bands, render/map_picture):
// the view alone, as painted first, at full extent and after four wheel notches in (1.25^4).
void paintPicture(benchmark::State& state, double zoom) {
    Loaded& x = loaded();
    Viewport vp = x.vp;
    vp.setResolution(vp.resolution() / zoom);
    MapSettings settings = mapSettings(x.doc, vp, "zh");
    const Scene scene = prepareScene(x.doc.snapshot(), settings, nullptr, nullptr, /*gpu=*/false);
    std::size_t polygons = 0;
    for (auto _ : state) {
        const MapPicture picture = paintMapPicture(scene, vp, nullptr, /*margin=*/false);
        polygons = picture.polygons;
        benchmark::DoNotOptimize(picture.image.constBits());
    }
    state.counters["polygons"] = double(polygons);
}
void BM_PaintPicture(benchmark::State& state) { paintPicture(state, 1); }
void BM_PaintPictureZoomedIn(benchmark::State& state) { paintPicture(state, 1.25 * 1.25 * 1.25 * 1.25); }
BENCHMARK(BM_PaintPicture)->Unit(benchmark::kMillisecond)->UseRealTime()->MinTime(2.0);
BENCHMARK(BM_PaintPictureZoomedIn)->Unit(benchmark::kMillisecond)->UseRealTime()->MinTime(2.0);

}  // namespace

int main(int argc, char** argv) {
    if (benchFile().empty()) {
        std::fprintf(stderr, "Set PLANATLAS_BENCH_FILE to a GeoJSON made by make_synthetic.py (see bench/run.sh)\n");
        return 2;
    }
    useSurfacelessEglIfNoDisplay();
    QGuiApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
