// A PostGIS table of a million parcels in the window, as a planner meets it: the layer opened (read
// by view), a street-level view, then jumps to new areas of the city at street level. For each step:
// the time until the map rests with every tile of the view read and drawn exactly, how many triangles
// it drew, what the kept tiles hold against their budget, the process's resident memory, and the
// longest stall of the event loop (a 1 ms timer's longest gap). One JSON line at the end.
// PLANATLAS_BENCH_JUMPS: how many jumps (8); PLANATLAS_VIEW_BUDGET_MB: the tiles' budget (256).
//
//   PLANATLAS_BENCH_PG="PG:host=… dbname=planatlas tables=parcels"
//       xvfb-run -a -s "-screen 0 1600x1000x24" build/bench/planatlas_bench_window_postgis
//   (bench/postgis.sh starts the server, makes the table and runs this)
#include <QApplication>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <functional>
#include <random>
#include <string>
#include <vector>

#include "io/crs.h"
#include "render/scene.h"
#include "window_bench.h"

using namespace pa;

namespace {
double rssMiB() {
    std::ifstream in("/proc/self/status");
    std::string line;
    while (std::getline(in, line))
        if (line.rfind("VmRSS:", 0) == 0) return std::atof(line.c_str() + 6) / 1024.0;
    return 0;
}
}  // namespace

int main(int argc, char** argv) {
    const char* pg = std::getenv("PLANATLAS_BENCH_PG");
    if (!pg) {
        std::fprintf(stderr, "Set PLANATLAS_BENCH_PG to a PostGIS connection naming the parcels table (bench/postgis.sh)\n");
        return 2;
    }
    QApplication app(argc, argv);
    WindowBench bench(app);
    MainWindow& w = bench.window;
    std::string json = "{\"budget_mib\": " + std::to_string(viewBudgetBytes() >> 20) + ", \"steps\": [";
    double maxRest = 0, maxTiles = 0, maxRss = 0;
    qint64 maxStall = 0;
    std::vector<double> jumps;
    auto measure = [&](const std::string& what, const std::function<void()>& step) {
        const double rest = double(bench.measure(step));
        const qint64 longest = bench.stall();
        const double tiles = double(w.canvas()->viewTileBytes()) / 1048576.0;
        const double rss = rssMiB();
        std::printf("window postgis %s: %.0f ms to rest, %zu triangles drawn; tiles kept %.1f MiB of %zu; RSS %.0f MiB; "
                    "longest event-loop stall %lld ms\n",
                    what.c_str(), rest, w.canvas()->lastFrame().triangles, tiles, viewBudgetBytes() >> 20, rss, (long long)longest);
        char buf[300];
        std::snprintf(buf, sizeof buf, "%s{\"step\": \"%s\", \"rest_ms\": %.0f, \"triangles\": %zu, \"tiles_mib\": %.1f, \"rss_mib\": %.0f, \"stall_ms\": %lld}",
                      json.back() == '[' ? "" : ", ", what.c_str(), rest, w.canvas()->lastFrame().triangles, tiles, rss, (long long)longest);
        json += buf;
        maxTiles = std::max(maxTiles, tiles);
        maxRss = std::max(maxRss, rss);
        maxStall = std::max(maxStall, longest);
        return rest;
    };
    measure("open", [&] { w.openFiles({pg}); });
    if (w.document().layers().empty()) {
        std::fprintf(stderr, "bench: %s did not open\n", pg);
        return 1;
    }
    const Bounds all = w.document().fullExtent();
    // Street level: about 0.5 m a pixel, a few hundred parcels in view.
    const Bounds street = lonLatBoxToDisplay({113.350, 23.150, 113.358, 23.155}, w.document().displayCrs());
    const double res = street.width() / w.canvas()->width();
    measure("street level", [&] { w.canvas()->setView(street.center(), res); });
    std::mt19937 rng(42);
    std::uniform_real_distribution<double> fx(0.05, 0.95);
    const char* n = std::getenv("PLANATLAS_BENCH_JUMPS");
    const int count = std::max(1, n ? std::atoi(n) : 8);
    for (int i = 0; i < count; ++i) {
        const Vec2d to{all.minX + fx(rng) * all.width(), all.minY + fx(rng) * all.height()};
        const double rest = measure("jump " + std::to_string(i + 1), [&, to] { w.canvas()->setView(to, res); });
        jumps.push_back(rest);
        maxRest = std::max(maxRest, rest);
    }
    std::sort(jumps.begin(), jumps.end());
    std::printf("window postgis: a new area at street level rests in median %.0f ms, at most %.0f ms; tiles kept at most "
                "%.1f MiB (budget %zu MiB); RSS at most %.0f MiB; longest stall %lld ms\n",
                jumps[jumps.size() / 2], maxRest, maxTiles, viewBudgetBytes() >> 20, maxRss, (long long)maxStall);
    std::printf("JSON %s], \"jump_median_ms\": %.0f, \"jump_max_ms\": %.0f, \"tiles_max_mib\": %.1f, \"rss_max_mib\": %.0f, \"stall_max_ms\": %lld}\n",
                json.c_str(), jumps[jumps.size() / 2], maxRest, maxTiles, maxRss, (long long)maxStall);
    return 0;
}
