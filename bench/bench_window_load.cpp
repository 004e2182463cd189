// How long the window stops answering while it opens a large file: the viewer on the bundled plan,
// then File › Open of PLANATLAS_BENCH_FILE as a user does it (a worker reads it behind a progress
// dialog, another prepares the scene, the GUI thread uploads it). A 1 ms timer runs throughout;
// the longest gap between its ticks is the longest stall of the event loop, from the open until
// the new layer is drawn exactly. Also reports where the GUI thread spent its longest stalls. Then,
// on the loaded map, as a user moves it: a wheel zoom of four notches about the centre and a drag of
// 300 px, each with its longest event-loop stall while the map moves (the longest a frame waits)
// and the time from the last input until the map is drawn exactly again; and identify (the
// features under a click) at 1,000 places in the view.
//
//   PLANATLAS_BENCH_FILE=build/bench-data/synthetic_100000_seed42.geojson
//       xvfb-run -a -s "-screen 0 1600x1000x24" build/bench/planatlas_bench_window_load
#include <QApplication>
#include <QElapsedTimer>
#include <QMouseEvent>
#include <QTimer>
#include <QWheelEvent>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <random>
#include <cstdlib>
#include <string>
#include <vector>

#include "render/gl_platform.h"
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
    setViewerDefaultFormat();  // as the viewer starts
    QApplication app(argc, argv);
    // PLANATLAS_BENCH_BACKEND=gl|painter: who draws the layers (else the machine chooses).
    if (const char* b = std::getenv("PLANATLAS_BENCH_BACKEND"))
        MapCanvas::setDefaultBackend(std::string(b) == "gl" ? MapCanvas::Backend::OpenGL : MapCanvas::Backend::Painter);
    QApplication::setApplicationName("PlanAtlasBench");  // its own settings, not the user's
    MainWindow w;
    w.openBundled();
    // PLANATLAS_BENCH_WINDOW=WxH: another window size (what a frame costs grows with it).
    int ww = 1600, wh = 1000;
    if (const char* size = std::getenv("PLANATLAS_BENCH_WINDOW")) std::sscanf(size, "%dx%d", &ww, &wh);
    w.resize(ww, wh);
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
    qint64 loaded = 0, drawn = 0, exactAt = 0;
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
    // Run from the event loop (windows are repainted only while it runs), after the load.
    std::vector<Stall> loadStalls;
    qint64 zoomStall = 0, zoomWait = 0, dragStall = 0, dragWait = 0, zoomExactWait = 0, dragExactWait = 0;
    auto interact = [&] {
        loadStalls = stalls;
        MapCanvas* canvas = w.canvas();
        // Moves of the map as input events, each timed from its last event until the map is shown
        // exactly, and until it rests (nothing more to come).
        auto untilExact = [&](qint64 from) {
            while (!canvas->showsExactly() && clock.elapsed() - from < 60000) app.processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents);
            return clock.elapsed();
        };
        auto untilSettled = [&](qint64 from) {
            while (!canvas->isSettled() && clock.elapsed() - from < 60000) app.processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents);
            return clock.elapsed();
        };
        auto longestSince = [&](qint64 from) {
            qint64 m = 0;
            for (const Stall& st : stalls)
                if (st.at >= from) m = std::max(m, st.ms);
            return m;
        };
        const QPointF centre(canvas->width() / 2.0, canvas->height() / 2.0);
        const qint64 zoomStart = clock.elapsed();
        qint64 zoomInput = 0;
        for (int notch = 0; notch < 4; ++notch) {
            QWheelEvent ev(centre, canvas->mapToGlobal(centre), QPoint(), QPoint(0, 120), Qt::NoButton, Qt::NoModifier,
                           Qt::NoScrollPhase, false);
            QApplication::sendEvent(canvas, &ev);
            zoomInput = clock.elapsed();
            if (notch < 3)
                while (clock.elapsed() - zoomInput < 60) app.processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents);
        }
        const qint64 zoomExact = untilExact(zoomInput);
        const qint64 zoomSettled = untilSettled(zoomInput);
        const qint64 zoomStallSeen = longestSince(zoomStart);
        const qint64 dragStart = clock.elapsed();
        QMouseEvent press(QEvent::MouseButtonPress, centre, canvas->mapToGlobal(centre), Qt::LeftButton, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(canvas, &press);
        for (int step = 1; step <= 30; ++step) {
            const QPointF at = centre + QPointF(10.0 * step, 4.0 * step);
            QMouseEvent move(QEvent::MouseMove, at, canvas->mapToGlobal(at), Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
            QApplication::sendEvent(canvas, &move);
            const qint64 t = clock.elapsed();
            while (clock.elapsed() - t < 16) app.processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents);
        }
        const QPointF end = centre + QPointF(300, 120);
        QMouseEvent release(QEvent::MouseButtonRelease, end, canvas->mapToGlobal(end), Qt::LeftButton, Qt::NoButton, Qt::NoModifier);
        QApplication::sendEvent(canvas, &release);
        const qint64 dragInput = clock.elapsed();
        const qint64 dragExact = untilExact(dragInput);
        const qint64 dragSettled = untilSettled(dragInput);
        const qint64 dragStallSeen = longestSince(dragStart);
        zoomWait = zoomSettled - zoomInput;
        dragWait = dragSettled - dragInput;
        zoomExactWait = zoomExact - zoomInput;
        dragExactWait = dragExact - dragInput;
        zoomStall = zoomStallSeen;
        dragStall = dragStallSeen;
        app.quit();
    };
    QTimer poll;
    poll.setInterval(10);
    QObject::connect(&poll, &QTimer::timeout, [&] {
        const bool layerDrawn = w.canvas()->lastFrame().triangles > 0 || w.canvas()->lastFrame().polygons > 0;
        if (loaded && !exactAt && w.canvas()->showsExactly() && layerDrawn) exactAt = clock.elapsed();
        if (loaded && !done && w.canvas()->isSettled() && layerDrawn) {
            done = true;
            drawn = clock.elapsed();
            // A few more ticks so the last frame's stall is counted, then the moves.
            QTimer::singleShot(100, &app, interact);
        }
        if (clock.elapsed() > 300000) app.quit();
    });
    poll.start();
    app.exec();
    tick.stop();
    MapCanvas* canvas = w.canvas();
    // Identify: what a click at each of 1,000 places in the view finds.
    std::mt19937 rng(42);
    std::vector<double> picks;
    std::size_t found = 0;
    for (int i = 0; i < 1000; ++i) {
        const QPointF at(std::uniform_real_distribution<double>(0, canvas->width())(rng),
                         std::uniform_real_distribution<double>(0, canvas->height())(rng));
        const auto t0 = std::chrono::steady_clock::now();
        found += !canvas->pickAt(at).empty();
        picks.push_back(std::chrono::duration<double, std::micro>(std::chrono::steady_clock::now() - t0).count());
    }
    std::sort(picks.begin(), picks.end());
    stalls = loadStalls;
    std::sort(stalls.begin(), stalls.end(), [](const Stall& a, const Stall& b) { return a.ms > b.ms; });
    const qint64 longest = stalls.empty() ? 0 : stalls.front().ms;
    std::printf("window load of %s: read and adopted at %lld ms, shown exactly at %lld ms, at rest at %lld ms; longest event-loop "
                "stall %lld ms\n",
                file, (long long)loaded, (long long)exactAt, (long long)drawn, (long long)longest);
    std::printf("longest stalls (start ms: length ms):");
    for (std::size_t i = 0; i < stalls.size() && i < 6; ++i) std::printf(" %lld:%lld", (long long)stalls[i].at, (long long)stalls[i].ms);
    std::printf("\n");
    std::printf("zoom by four wheel notches: longest stall while moving %lld ms, shown exactly %lld ms after the last notch, "
                "at rest %lld ms after it\n",
                (long long)zoomStall, (long long)zoomExactWait, (long long)zoomWait);
    std::printf("drag of 300 px: longest stall while moving %lld ms, shown exactly %lld ms after the release, at rest %lld ms after it\n",
                (long long)dragStall, (long long)dragExactWait, (long long)dragWait);
    std::printf("identify at 1000 places: median %.1f us, slowest %.1f us, %zu found something\n", picks[picks.size() / 2],
                picks.back(), found);
    return done ? 0 : 1;
}
