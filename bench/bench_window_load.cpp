// How long the window stops answering while it opens a large file: the viewer on the bundled plan,
// then File › Open of PLANATLAS_BENCH_FILE as a user does it (a worker reads it behind a progress
// dialog, another prepares the scene, the GUI thread uploads it). A 1 ms timer runs throughout;
// the longest gap between its ticks is the longest stall of the event loop, from the open until
// the new layer is drawn exactly. Also reports where the GUI thread spent its longest stalls.
//
//   PLANATLAS_BENCH_FILE=build/bench-data/synthetic_100000_seed42.geojson
//       xvfb-run -a -s "-screen 0 1600x1000x24" build/bench/planatlas_bench_window_load
#include <QApplication>
#include <QElapsedTimer>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "ui/main_window.h"
#include "ui/map_canvas.h"
#include "ui/ui_language.h"

using namespace pa;

int main(int argc, char** argv) {
    const char* file = std::getenv("PLANATLAS_BENCH_FILE");
    if (!file) {
        std::fprintf(stderr, "Set PLANATLAS_BENCH_FILE to a GeoJSON made by make_synthetic.py (see bench/run.sh)\n");
        return 2;
    }
    QApplication app(argc, argv);
    QApplication::setApplicationName("PlanAtlasBench");  // its own settings, not the user's
    MainWindow w;
    w.openBundled();
    w.resize(1600, 1000);
    w.show();
    // Let the window settle on the bundled plan first.
    QElapsedTimer wait;
    wait.start();
    while ((!w.canvas()->isSettled() || wait.elapsed() < 1500) && wait.elapsed() < 30000) app.processEvents(QEventLoop::AllEvents, 20);

    struct Stall {
        qint64 at, ms;
    };
    std::vector<Stall> stalls;
    QElapsedTimer clock;
    qint64 last = 0;
    QTimer tick;
    tick.setTimerType(Qt::PreciseTimer);
    tick.setInterval(1);
    QObject::connect(&tick, &QTimer::timeout, [&] {
        const qint64 now = clock.elapsed();
        if (now - last > 5) stalls.push_back({last, now - last});
        last = now;
    });
    clock.start();
    tick.start();
    bool done = false;
    qint64 loaded = 0, drawn = 0;
    // Opened from the event loop, as the menu would: the measurement sees every event it handles.
    QTimer::singleShot(0, [&] {
        const std::size_t before = w.document().layers().size();
        w.openFiles({file});
        loaded = clock.elapsed();
        if (w.document().layers().size() == before) {
            std::fprintf(stderr, "bench: %s did not load\n", file);
            std::exit(1);
        }
    });
    QTimer poll;
    poll.setInterval(10);
    QObject::connect(&poll, &QTimer::timeout, [&] {
        if (loaded && !done && w.canvas()->isSettled() && (w.canvas()->lastFrame().triangles > 0 || w.canvas()->lastFrame().polygons > 0)) {
            done = true;
            drawn = clock.elapsed();
            // A few more ticks so the last frame's stall is counted.
            QTimer::singleShot(100, &app, &QApplication::quit);
        }
        if (clock.elapsed() > 300000) app.quit();
    });
    poll.start();
    app.exec();
    tick.stop();
    std::sort(stalls.begin(), stalls.end(), [](const Stall& a, const Stall& b) { return a.ms > b.ms; });
    const qint64 longest = stalls.empty() ? 0 : stalls.front().ms;
    std::printf("window load of %s: read and adopted at %lld ms, drawn at %lld ms; longest event-loop stall %lld ms\n", file,
                (long long)loaded, (long long)drawn, (long long)longest);
    std::printf("longest stalls (start ms: length ms):");
    for (std::size_t i = 0; i < stalls.size() && i < 6; ++i) std::printf(" %lld:%lld", (long long)stalls[i].at, (long long)stalls[i].ms);
    std::printf("\n");
    return done ? 0 : 1;
}
