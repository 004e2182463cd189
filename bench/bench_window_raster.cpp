// A large raster in the window, as a planner meets it: File › Open of PLANATLAS_BENCH_RASTER, then
// a pan and a zoom to full resolution. For each step: the time until the map rests with every tile
// of the view read and drawn exactly (tiles are read on background threads, a coarser tile standing
// in until each arrives), and the longest stall of the event loop (a 1 ms timer's longest gap).
//
//   PLANATLAS_BENCH_RASTER=build/bench-data/raster_40000.tif
//       xvfb-run -a -s "-screen 0 1600x1000x24" build/bench/planatlas_bench_window_raster
#include <QApplication>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <functional>

#include "window_bench.h"

using namespace pa;

int main(int argc, char** argv) {
    const char* file = std::getenv("PLANATLAS_BENCH_RASTER");
    if (!file) {
        std::fprintf(stderr, "Set PLANATLAS_BENCH_RASTER to a raster (bench/raster.sh makes one)\n");
        return 2;
    }
    QApplication app(argc, argv);
    WindowBench bench(app);
    MainWindow& w = bench.window;
    int grabs = 0;
    auto measure = [&](const char* what, const std::function<void()>& step) {
        const qint64 rest = bench.measure(step);
        // PLANATLAS_BENCH_GRAB=DIR: the map as each step left it, to look at.
        if (const char* dir = std::getenv("PLANATLAS_BENCH_GRAB"))
            w.canvas()->grabFramebuffer().save(QString("%1/window-raster-%2.png").arg(dir).arg(++grabs));
        std::printf("window raster %s: %lld ms to rest, %zu tiles drawn; longest event-loop stall %lld ms\n", what,
                    (long long)rest, w.canvas()->lastFrame().tiles, (long long)bench.stall());
    };
    measure("open → first frame", [&] { w.openFiles({file}); });
    measure("pan 200 px", [&] { w.canvas()->panByPixels(200, 0); });
    measure("zoom to full resolution", [&] {
        // About the raster's centre: 32 times closer is about its own 0.4 m pixels.
        w.canvas()->setView(w.document().fullExtent().center(), w.canvas()->viewport().resolution() / 32);
    });
    measure("pan at full resolution", [&] { w.canvas()->panByPixels(-500, 300); });
    return 0;
}
