#include "app/cli.h"

#include <QApplication>
#include <QScreen>
#include <QElapsedTimer>
#include <QTimer>

#include <cstdio>
#include <cstdlib>
#include <cerrno>
#include <cstring>
#include <sys/stat.h>
#include <string>
#include <vector>

#include "app/geodata_command.h"
#include "app/interrupts.h"
#include "app/read_options_args.h"
#include "core/arguments.h"
#include "app/check_command.h"
#include "app/raster_command.h"
#include "app/export_command.h"
#include "app/locate_command.h"
#include "app/plan_command.h"
#include "app/render_command.h"
#include "io/crs.h"
#include "io/geodata_paths.h"
#include "io/output_file.h"
#include "render/gl_platform.h"
#include "render/image_output.h"
#include "ui/basemap_menu.h"
#include "ui/main_window.h"
#include "ui/map_canvas.h"
#include "ui/message_bar.h"
#include "ui/selection.h"
#include "ui/tours.h"
#include "ui/ui_language.h"

namespace pa {

namespace {

const char* kUsage =
    "Usage:\n"
    "  planatlas [--crs CRS] [--basemap SOURCE] [FILES...]\n"
    "                                        open the viewer (bundled plan geodata when no FILES);\n"
    "                                        FILES may be vector data or rasters (GeoTIFF, MBTiles, VRT...)\n"
    "            [--window-size 1400x900] [--screenshot shot.png] [--lang zh|en] [--backend auto|gl|painter]\n"
    "            [--select ID-or-name] [--plan-element ID] [--present N] [--source GCJ02|BD09] [--encoding GBK]\n"
    "                                        --screenshot saves the window once drawn, then quits\n"
    "                                        (without restoring the last session's view);\n"
    "                                        --backend: who draws the map's layers (auto: OpenGL on a GPU,\n"
    "                                        pictures painted on all cores where OpenGL is software)\n"
    "  planatlas render --out map.png [--size 1600x1200] [--bbox minlon,minlat,maxlon,maxlat]\n"
    "                   [--crs EPSG:N] [--dpr 2] [--lang zh|en] [--no-labels] [--style STYLE.json]\n"
    "                   [--backend auto|gl|painter] [--basemap SOURCE] [FILES...]\n"
    "                                        SOURCE: a preset (osm, tianditu-vec|img,key=K, amap,\n"
    "                                        amap-satellite, tencent, baidu), a tile URL template with {z}/{x}/{y}\n"
    "                                        (,gcj02 ,bd09 ,baidu for Chinese services), or an MBTiles/GeoPackage file\n"
    "                                        draw the map headless into a PNG (no X server needed);\n"
    "                                        auto: OpenGL on a GPU, else the painter;\n"
    "                                        painter: without OpenGL, as PDF/SVG export draws\n"
    "  planatlas plan import|outline|show|targets|search ...\n"
    "                                        the plan as data (planatlas plan --help)\n"
    "  planatlas validate [--json] [--checklist FILE] [--complete] [FILES...]\n"
    "                                        check the geodata: schema, WGS 84, ids, plan links, checklist\n"
    "  planatlas describe ID-or-name [--json]  one feature with its plan clauses and targets\n"
    "  planatlas locate LON LAT [--crs EPSG:N|GCJ02|BD09] [--within 500] [--json]\n"
    "                                        the zones, corridors, nearest hubs, stations and lines of a place,\n"
    "                                        with their plan clauses and targets\n"
    "  planatlas export --out map.pdf|map.svg|map.png [--dpi 300] [--page A4|A3|A4-portrait|WxH]\n"
    "                   [--bbox minlon,minlat,maxlon,maxlat] [--title T] [--lang zh|en] [--no-labels]\n"
    "                   [--slide N [--project tour.json]] [--style STYLE.json] [--basemap SOURCE] [FILES...]\n"
    "                                        a report figure: title, legend, scale bar, north arrow, source, date\n"
    "  planatlas check PROJECTS --out report.csv|report.gpkg [--source GCJ02|BD09] [--encoding GBK]\n"
    "                                        each project of a layer against the plan: zones, nearest hub\n"
    "                                        and station, clauses\n"
    "  planatlas georeference IMAGE --points FILE.points --out OUT.tif [--method affine|polynomial|tps]\n"
    "                                        a scan placed by control points (QGIS .points), as a GeoTIFF\n"
    "  planatlas overviews RASTER            RASTER.ovr beside it, so zoomed-out views read little\n"
    "  planatlas --help | --version\n";

int runViewer(int argc, char** argv, const std::vector<std::string>& args) {
    std::string crs, screenshot, lang, selectKey, planElement, why;
    ReadOptions readOptions;
    int present = 0;
    int winW = 1280, winH = 860;
    std::vector<std::string> files, basemaps;
    for (std::size_t i = 0; i < args.size(); ++i) {
        if (args[i] == "--crs" && i + 1 < args.size()) {
            crs = args[++i];
        } else if (args[i] == "--basemap" && i + 1 < args.size()) {
            basemaps.push_back(args[++i]);
        } else if (args[i] == "--screenshot" && i + 1 < args.size()) {
            screenshot = args[++i];
        } else if (args[i] == "--lang" && i + 1 < args.size()) {
            lang = args[++i];
            if (lang != "zh" && lang != "en") {
                std::fprintf(stderr, "planatlas: --lang is zh or en\n");
                return 2;
            }
        } else if (const ReadOptionArg r = takeReadOption(args, i, readOptions, why); r != ReadOptionArg::NotMine) {
            if (r == ReadOptionArg::Bad) {
                std::fprintf(stderr, "planatlas: %s\n", why.c_str());
                return 2;
            }
        } else if (args[i] == "--select" && i + 1 < args.size()) {
            selectKey = args[++i];
        } else if (args[i] == "--present" && i + 1 < args.size()) {
            long long n = 0;
            if (!parseInteger(args[++i], 1, 100000, n)) {
                std::fprintf(stderr, "planatlas: --present counts slides from 1\n");
                return 2;
            }
            present = int(n);
        } else if (args[i] == "--plan-element" && i + 1 < args.size()) {
            planElement = args[++i];
        } else if (args[i] == "--backend" && i + 1 < args.size()) {
            const std::string& b = args[++i];
            if (b != "auto" && b != "gl" && b != "painter") {
                std::fprintf(stderr, "planatlas: --backend is auto, gl or painter\n");
                return 2;
            }
            MapCanvas::setDefaultBackend(b == "gl" ? MapCanvas::Backend::OpenGL
                                         : b == "painter" ? MapCanvas::Backend::Painter
                                                          : MapCanvas::Backend::Auto);
        } else if (args[i] == "--window-size" && i + 1 < args.size()) {
            if (!parseSize(args[++i], 150, 16384, winW, winH) || winW < 200) {
                std::fprintf(stderr, "planatlas: --window-size wants WIDTHxHEIGHT, e.g. 1400x900\n");
                return 2;
            }
        } else if (!args[i].empty() && args[i][0] == '-') {
            std::fprintf(stderr, "planatlas: unknown option %s\n%s", args[i].c_str(), kUsage);
            return 2;
        } else {
            files.push_back(args[i]);
        }
    }
    OutputRules shotRules;
    shotRules.inputs = files;
    shotRules.extensions = {"png"};
    shotRules.format = "a PNG image";
    if (!screenshot.empty()) {
        if (const Problem refused = outputProblem(screenshot, shotRules)) {
            const std::string& why = refused->text;
            std::fprintf(stderr, "planatlas: --screenshot: %s\n", why.c_str());
            return 2;
        }
    }
    // A word that is no file is most likely a mistyped command: say so before anything about displays.
    for (const std::string& f : files) {
        if (f.rfind("PG:", 0) == 0) continue;
        struct stat st {};
        if (::lstat(f.c_str(), &st) != 0 && errno == ENOENT && f.find('/') == std::string::npos &&
            f.find('.') == std::string::npos) {
            std::fprintf(stderr,
                         "planatlas: '%s' is neither a command (render, export, check, locate, plan, validate, describe, georeference, overviews) "
                         "nor a file\n%s",
                         f.c_str(), kUsage);
            return 2;
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
    setViewerDefaultFormat();
    chooseViewerPlatform();
    QApplication app(argc, argv);
    installInterruptHandlers();
    if (!isUsableWindowPlatform()) {
        std::fprintf(stderr,
                     "planatlas: no display: the display '%s' does not answer, so the viewer window cannot open.\n"
                     "  Draw the map headless instead:  planatlas render --out map.png\n",
                     std::getenv("DISPLAY") ? std::getenv("DISPLAY") : "");
        return 2;
    }
    QApplication::setApplicationName("PlanAtlas");
    QApplication::setOrganizationName("PlanAtlas");
    if (!lang.empty()) overrideUiLanguage(QString::fromStdString(lang));
    installUiTranslator(app);
    MainWindow w;
    if (!crs.empty()) {
        std::string why;
        if (const Problem p = describeCrs(crs)) {
            std::fprintf(stderr, "planatlas: --crs: %s\n", p->text.c_str());
            return 2;
        }
        w.setDisplayCrs(crs);
    }
    Diagnostics d = files.empty() ? w.openBundled() : w.openFiles(files, readOptions);
    for (const std::string& b : basemaps) {
        const Diagnostics base = w.basemaps()->add(b, screenshot.empty());
        d.insert(d.end(), base.begin(), base.end());
        if (!base.empty()) w.messageBar()->showMessages(base);
    }
    for (const Diagnostic& m : d) std::fprintf(stderr, "planatlas: %s\n", m.toLine().c_str());
    w.resize(winW, winH);
    // A screenshot shows the defaults, not whatever the last session left.
    if (screenshot.empty()) w.restoreSettings();
    w.show();
    if (!selectKey.empty()) {
        const FeatureRef f = w.selection()->findFeature(selectKey);
        if (!f.valid()) {
            std::fprintf(stderr, "planatlas: --select: no feature %s\n", selectKey.c_str());
            return 2;
        }
        QTimer::singleShot(300, &w, [&w, f] { w.selection()->select(f, true); });
    }
    if (present > 0) QTimer::singleShot(300, &w, [&w, present] { w.tours()->present(present - 1); });
    if (!planElement.empty())
        QTimer::singleShot(300, &w, [&w, planElement] { w.selection()->revealPlanElement(QString::fromStdString(planElement)); });
    int status = 0;
    if (!screenshot.empty()) {
        // Give the window time to be exposed and the selection or flight to start, then wait until the
        // map rests (scene prepared, drawn whole, no animation), at most 30 s, and save it atomically.
        auto shoot = [&] {
            const QPixmap shot = w.screen()->grabWindow(w.winId());
            if (const Problem p = savePngAtomically(shot.toImage(), screenshot, shotRules)) {
                std::fprintf(stderr, "planatlas: --screenshot: %s\n", p->text.c_str());
                status = 1;
            }
            app.quit();
        };
        auto* settle = new QTimer(&w);
        settle->setInterval(50);
        QElapsedTimer waited;
        QObject::connect(settle, &QTimer::timeout, &w, [&, settle] {
            if (!w.canvas()->isSettled() && waited.elapsed() < 30000) return;
            settle->stop();
            // One more frame so what was drawn last is on the screen.
            QTimer::singleShot(100, &w, shoot);
        });
        QTimer::singleShot(present > 0 ? 3500 : 1000, &w, [settle, &waited] {
            waited.start();
            settle->start();
        });
    }
    const int rc = app.exec();
    return status ? status : rc;
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
    if (!args.empty() && (args[0] == "validate" || args[0] == "describe")) {
        QCoreApplication app(argc, argv);
        installInterruptHandlers();
        const std::vector<std::string> rest(args.begin() + 1, args.end());
        return args[0] == "validate" ? runValidate(rest) : runDescribe(rest);
    }
    if (!args.empty() && args[0] == "export") {
        // QPainter text needs a GUI application; the offscreen platform needs no display.
        if (!std::getenv("QT_QPA_PLATFORM")) setenv("QT_QPA_PLATFORM", "offscreen", 1);
        quietPlatformMessages();
        QGuiApplication app(argc, argv);
        installInterruptHandlers();
        return runExport({args.begin() + 1, args.end()});
    }
    if (!args.empty() && args[0] == "check") {
        QCoreApplication app(argc, argv);
        installInterruptHandlers();
        return runCheck({args.begin() + 1, args.end()});
    }
    if (!args.empty() && (args[0] == "georeference" || args[0] == "overviews")) {
        QCoreApplication app(argc, argv);
        installInterruptHandlers();
        const std::vector<std::string> rest(args.begin() + 1, args.end());
        return args[0] == "georeference" ? runGeoreference(rest) : runOverviews(rest);
    }
    if (!args.empty() && args[0] == "locate") {
        QCoreApplication app(argc, argv);
        installInterruptHandlers();
        return runLocate({args.begin() + 1, args.end()});
    }
    if (!args.empty() && args[0] == "plan") {
        QCoreApplication app(argc, argv);
        installInterruptHandlers();
        return runPlanCommand({args.begin() + 1, args.end()});
    }
    if (!args.empty() && args[0] == "render") {
        RenderOptions opts;
        std::string error;
        if (!parseRenderOptions({args.begin() + 1, args.end()}, opts, error)) {
            std::fprintf(stderr, "planatlas render: %s\n%s", error.c_str(), kUsage);
            return 2;
        }
        // Without a GPU, OpenGL would be a software rasteriser: the painter draws, and no GL driver
        // is loaded at all.
        if (opts.backend == "auto" && !gpuDevicePresent()) opts.backend = "painter-no-gpu";
        if (opts.backend.rfind("painter", 0) == 0) usePainterPlatform();
        else useSurfacelessEglIfNoDisplay();
        quietPlatformMessages();
        QGuiApplication app(argc, argv);
        installInterruptHandlers();
        return runRender(opts);
    }
    return runViewer(argc, argv, args);
}

}  // namespace pa
