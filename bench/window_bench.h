#pragma once
// What the window benches share: the window shown and left to settle, a 1 ms timer whose longest gap
// is the longest stall of the event loop, and a step run from the event loop and timed until the map
// rests (every tile of the view read and drawn exactly).
#include <QApplication>
#include <QElapsedTimer>
#include <QTimer>

#include <algorithm>
#include <functional>

#include "ui/main_window.h"
#include "ui/map_canvas.h"

namespace pa {

class WindowBench {
public:
    explicit WindowBench(QApplication& app) : app_(app) {
        QApplication::setApplicationName("PlanAtlasBench");  // its own settings, not the user's
        window.resize(1600, 1000);
        window.show();
        clock_.start();
        while (clock_.elapsed() < 1500) app_.processEvents(QEventLoop::AllEvents, 20);
        last_ = clock_.elapsed();
        tick_.setTimerType(Qt::PreciseTimer);
        tick_.setInterval(1);
        QObject::connect(&tick_, &QTimer::timeout, [this] {
            const qint64 now = clock_.elapsed();
            longest_ = std::max(longest_, now - last_);
            last_ = now;
        });
        tick_.start();
    }
    // Runs `step` from the event loop and waits (at most two minutes) until the canvas rests; the
    // milliseconds it took. stall() is then the longest stall during it.
    qint64 measure(const std::function<void()>& step) {
        longest_ = 0;
        const qint64 start = clock_.elapsed();
        QTimer::singleShot(0, step);
        QElapsedTimer guard;
        guard.start();
        app_.processEvents(QEventLoop::AllEvents, 5);
        while ((!window.canvas()->isSettled() || clock_.elapsed() - start < 30) && guard.elapsed() < 120000)
            app_.processEvents(QEventLoop::AllEvents, 5);
        return clock_.elapsed() - start;
    }
    qint64 stall() const { return longest_; }

    MainWindow window;

private:
    QApplication& app_;
    QElapsedTimer clock_;
    qint64 last_ = 0, longest_ = 0;
    QTimer tick_;
};

}  // namespace pa
