// A large raster in the window, as a planner meets it: File › Open of PLANATLAS_BENCH_RASTER, then
// a pan and a zoom to full resolution. For each step: the time until the map rests with every tile
// of the view read and drawn exactly (tiles are read on background threads, a coarser tile standing
// in until each arrives), and the longest stall of the event loop (a 1 ms timer's longest gap).
//
//   PLANATLAS_BENCH_RASTER=build/bench-data/raster_40000.tif
//       xvfb-run -a -s "-screen 0 1600x1000x24" build/bench/planatlas_bench_window_raster
#include <QApplication>
#include <QElapsedTimer>
#include <QTimer>
#include <QImage>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <functional>

#include "ui/main_window.h"
#include "ui/map_canvas.h"

using namespace pa;

int main(int argc, char** argv) {
    const char* file = std::getenv("PLANATLAS_BENCH_RASTER");
    if (!file) {
        std::fprintf(stderr, "Set PLANATLAS_BENCH_RASTER to a raster (bench/raster.sh makes one)\n");
        return 2;
    }
    QApplication app(argc, argv);
    QApplication::setApplicationName("PlanAtlasBench");
    MainWindow w;
    w.resize(1600, 1000);
    w.show();
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < 1500) app.processEvents(QEventLoop::AllEvents, 20);

    qint64 last = clock.elapsed(), longest = 0;
    int grabs = 0;
    QTimer tick;
    tick.setTimerType(Qt::PreciseTimer);
    tick.setInterval(1);
    QObject::connect(&tick, &QTimer::timeout, [&] {
        const qint64 now = clock.elapsed();
        longest = std::max(longest, now - last);
        last = now;
    });
    tick.start();
    // Runs `step` from the event loop and waits until the canvas rests; the time and the stall.
    auto measure = [&](const char* what, const std::function<void()>& step) {
        longest = 0;
        const qint64 start = clock.elapsed();
        QTimer::singleShot(0, step);
        QElapsedTimer guard;
        guard.start();
        app.processEvents(QEventLoop::AllEvents, 5);
        while ((!w.canvas()->isSettled() || clock.elapsed() - start < 30) && guard.elapsed() < 120000)
            app.processEvents(QEventLoop::AllEvents, 5);
        // PLANATLAS_BENCH_GRAB=DIR: the map as each step left it, to look at.
        if (const char* dir = std::getenv("PLANATLAS_BENCH_GRAB"))
            w.canvas()->grabFramebuffer().save(QString("%1/window-raster-%2.png").arg(dir).arg(++grabs));
        std::printf("window raster %s: %lld ms to rest, %zu tiles drawn; longest event-loop stall %lld ms\n", what,
                    (long long)(clock.elapsed() - start), w.canvas()->lastFrame().tiles, (long long)longest);
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
