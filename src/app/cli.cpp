#include "app/cli.h"

#include <QApplication>
#include <QSurfaceFormat>

#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

#include "app/render_command.h"
#include "io/crs.h"
#include "io/geodata_paths.h"
#include "render/gl_platform.h"
#include "ui/main_window.h"

namespace pa {

namespace {

const char* kUsage =
    "Usage:\n"
    "  planatlas [--crs CRS] [FILES...]      open the viewer (bundled plan geodata when no FILES)\n"
    "  planatlas render --out map.png [--size 1600x1200] [--bbox minlon,minlat,maxlon,maxlat]\n"
    "                   [--crs EPSG:N] [--dpr 2] [FILES...]\n"
    "                                        draw the map headless into a PNG (no X server needed)\n"
    "  planatlas --help | --version\n";

int runViewer(int argc, char** argv, const std::vector<std::string>& args) {
    std::string crs;
    std::vector<std::string> files;
    for (std::size_t i = 0; i < args.size(); ++i) {
        if (args[i] == "--crs" && i + 1 < args.size()) {
            crs = args[++i];
        } else if (!args[i].empty() && args[i][0] == '-') {
            std::fprintf(stderr, "planatlas: unknown option %s\n%s", args[i].c_str(), kUsage);
            return 2;
        } else {
            files.push_back(args[i]);
        }
    }
    const char* platform = std::getenv("QT_QPA_PLATFORM");
    if (!displayAvailable() && !(platform && *platform)) {
        std::fprintf(stderr,
                     "planatlas: no display: DISPLAY is not set, so the viewer window cannot open.\n"
                     "  On a server, draw the map headless instead:  planatlas render --out map.png\n"
                     "  or run the viewer in a virtual display:       xvfb-run -a -s \"-screen 0 1920x1080x24\" planatlas\n");
        return 2;
    }
    QSurfaceFormat fmt;
    fmt.setRenderableType(QSurfaceFormat::OpenGL);
    fmt.setVersion(3, 3);
    fmt.setProfile(QSurfaceFormat::CoreProfile);
    fmt.setSamples(4);
    QSurfaceFormat::setDefaultFormat(fmt);
    QApplication app(argc, argv);
    QApplication::setApplicationName("PlanAtlas");
    QApplication::setOrganizationName("PlanAtlas");
    MainWindow w;
    if (!crs.empty()) {
        std::string why;
        if (!describeCrs(crs, nullptr, &why)) {
            std::fprintf(stderr, "planatlas: --crs: %s\n", why.c_str());
            return 2;
        }
        w.setDisplayCrs(crs);
    }
    const Diagnostics d = w.openFiles(files.empty() ? bundledGeodataFiles() : files);
    for (const Diagnostic& m : d) std::fprintf(stderr, "planatlas: %s\n", m.toLine().c_str());
    w.show();
    return app.exec();
}

}  // namespace

int runPlanAtlas(int argc, char** argv) {
    std::vector<std::string> args(argv + 1, argv + argc);
    if (!args.empty() && (args[0] == "--help" || args[0] == "-h" || args[0] == "help")) {
        std::fputs(kUsage, stdout);
        return 0;
    }
    if (!args.empty() && args[0] == "--version") {
        std::printf("planatlas %s\n", PLANATLAS_VERSION);
        return 0;
    }
    if (!args.empty() && args[0] == "render") {
        RenderOptions opts;
        std::string error;
        if (!parseRenderOptions({args.begin() + 1, args.end()}, opts, error)) {
            std::fprintf(stderr, "planatlas render: %s\n%s", error.c_str(), kUsage);
            return 2;
        }
        useSurfacelessEglIfNoDisplay();
        QGuiApplication app(argc, argv);
        return runRender(opts);
    }
    return runViewer(argc, argv, args);
}

}  // namespace pa
