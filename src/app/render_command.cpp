#include "app/render_command.h"

#include <QElapsedTimer>

#include <QGuiApplication>
#include <QPainter>

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>
#include <thread>

#include "core/arguments.h"
#include "core/tile_template.h"
#include "io/crs.h"
#include "document/document_open.h"
#include "document/map_document.h"
#include "io/output_file.h"
#include "document/map_settings.h"
#include "render/image_output.h"
#include "render/offscreen_renderer.h"
#include "render/scene.h"
#include "render/gl_platform.h"
#include "render/scene_painter.h"

namespace pa {

namespace {

void printDiagnostics(const Diagnostics& d) {
    for (const Diagnostic& m : d) std::fprintf(stderr, "planatlas: %s\n", m.toLine().c_str());
}

}  // namespace

bool parseRenderOptions(const std::vector<std::string>& args, RenderOptions& o, std::string& error) {
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        auto value = [&](std::string& v) {
            if (i + 1 >= args.size()) {
                error = a + " needs a value";
                return false;
            }
            v = args[++i];
            return true;
        };
        std::string v;
        if (a == "--out" || a == "-o") {
            if (!value(o.out)) return false;
        } else if (a == "--size") {
            if (!value(v)) return false;
            if (!parseSize(v, 1, 16384, o.width, o.height)) {
                error = "--size wants WIDTHxHEIGHT, e.g. 1600x1200 (got '" + v + "')";
                return false;
            }
        } else if (a == "--bbox") {
            if (!value(v)) return false;
            if (const Problem p = parseLonLatBox(v, o.bbox)) {
                error = "--bbox wants minlon,minlat,maxlon,maxlat in WGS 84 degrees (got '" + v + "': " + p->text + ")";
                return false;
            }
            o.haveBbox = true;
        } else if (a == "--crs") {
            if (!value(o.crs)) return false;
        } else if (a == "--dpr") {
            if (!value(v)) return false;
            if (!parseDecimal(v, o.dpr) || !(o.dpr >= 0.5 && o.dpr <= 4)) {
                error = "--dpr wants a device pixel ratio between 0.5 and 4";
                return false;
            }
        } else if (a == "--lang") {
            if (!value(o.lang)) return false;
            if (o.lang != "zh" && o.lang != "en") {
                error = "--lang is zh or en";
                return false;
            }
        } else if (a == "--no-labels") {
            o.labels = false;
        } else if (a == "--style") {
            if (!value(o.style)) return false;
        } else if (a == "--basemap") {
            if (!value(v)) return false;
            o.basemaps.push_back(v);
        } else if (a == "--backend") {
            if (!value(v)) return false;
            if (v != "gl" && v != "painter" && v != "auto") {
                error = "--backend is auto, gl or painter";
                return false;
            }
            o.backend = v;
        } else if (!a.empty() && a[0] == '-' && a != "-") {
            error = "unknown option " + a;
            return false;
        } else {
            o.files.push_back(a);
        }
    }
    if (o.out.empty()) {
        error = "--out FILE.png is required";
        return false;
    }
    return true;
}

namespace {

// The process's peak resident memory so far (VmHWM), for PLANATLAS_TIMINGS.
long peakRssMiB() {
    std::ifstream status("/proc/self/status");
    for (std::string line; std::getline(status, line);)
        if (line.rfind("VmHWM:", 0) == 0) return std::atol(line.c_str() + 6) / 1024;
    return 0;
}

#if defined(__has_feature)
#if __has_feature(address_sanitizer)
#define PA_LEAK_CHECKED 1
#endif
#endif
#if defined(__SANITIZE_ADDRESS__)
#define PA_LEAK_CHECKED 1
#endif

}  // namespace

int runRender(const RenderOptions& o) {
    if (const Problem p = describeCrs(o.crs)) {
        std::fprintf(stderr, "planatlas: --crs: %s\n", p->text.c_str());
        return 2;
    }
    OutputRules rules;
    rules.inputs = o.files;
    if (!o.style.empty()) rules.inputs.push_back(o.style);
    for (const std::string& b : o.basemaps)
        if (!isTileTemplate(b)) rules.inputs.push_back(b.substr(0, b.find(',')));
    rules.extensions = {"png"};
    rules.format = "a PNG image";
    // Refused before any reading: an output that is an input must not cost the user a long load first.
    if (const Problem refused = outputProblem(o.out, rules)) {
        const std::string& problem = refused->text;
        std::fprintf(stderr, "planatlas render: %s\n", problem.c_str());
        return 2;
    }
    // PLANATLAS_TIMINGS=1: where the time went, one line on stderr (bench/ reads it).
    const bool timings = std::getenv("PLANATLAS_TIMINGS") != nullptr;
    QElapsedTimer clock;
    clock.start();
    std::string phases;
    auto phase = [&](const char* name) {
        if (!timings) return;
        phases += std::string(phases.empty() ? "" : " ") + name + "=" + std::to_string(clock.nsecsElapsed() / 1000000);
        phases += "(" + std::to_string(peakRssMiB()) + "MiB)";
        clock.restart();
    };
    // The font database is read (fontconfig's files parsed) while the main thread opens the
    // document: the attribution and the labels would otherwise wait for it after the picture.
    std::thread fonts([] { mapFontFamily(); });
    struct Join {
        std::thread& t;
        ~Join() {
            if (t.joinable()) t.join();
        }
    } joinFonts{fonts};
    MapDocument doc;
    // A picture the painter alone draws keeps no fill triangles (OpenGL's).
    ReadOptions read;
    read.triangles = o.backend.rfind("painter", 0) != 0;
    const Diagnostics messages = openDocument(doc, {o.files, o.style, o.crs, read, o.basemaps, /*pictureOnly=*/true});
    fonts.join();
    phase("open_ms");
    printDiagnostics(messages);
    if (hasErrors(messages)) return 1;

    Viewport vp;
    vp.setSize(o.width, o.height);
    vp.setDevicePixelRatio(o.dpr);
    if (o.haveBbox) {
        const Bounds b = lonLatBoxToDisplay(Bounds{o.bbox[0], o.bbox[1], o.bbox[2], o.bbox[3]}, doc.displayCrs());
        if (b.isEmpty()) {
            std::fprintf(stderr, "planatlas: --bbox: the box lies outside %s\n", doc.displayCrs().c_str());
            return 2;
        }
        vp.fitBounds(b, 0.0);
    } else {
        vp.fitBounds(doc.homeExtent());
    }
    MapSettings settings = mapSettings(doc, vp, o.lang);
    settings.labels = o.labels;
    QImage img;
    QString backend;
    // auto: the painter where OpenGL is a software rasteriser (no GPU device, or the driver says so).
    const bool software = o.backend == "painter-no-gpu" || (o.backend == "auto" && softwareOpenGL());
    if (o.backend == "auto") phase("context_ms");
    if (o.backend == "painter" || software) {
        const Scene scene = prepareScene(doc.snapshot(), settings, nullptr, nullptr, false);
        printDiagnostics(scene.problems);
        phase("prepare_ms");
        img = paintSceneImage(scene);
        phase("draw_ms");
        backend = o.backend == "painter-no-gpu" ? "QPainter: no GPU here"
                  : software                   ? "QPainter: the OpenGL here is a software rasteriser"
                                               : "QPainter";
    } else {
        // The context first, as the window has it: the driver's own memory is then in place before the
        // layer's arrays come and go (it costs a tenth less peak memory on llvmpipe at 100k polygons).
        OffscreenRenderer r;
        if (const Problem p = r.initialize()) {
            std::fprintf(stderr, "planatlas: render: %s (--backend painter draws without OpenGL)\n", p->text.c_str());
            return 1;
        }
        phase("context_ms");
        const Scene scene = prepareScene(doc.snapshot(), settings);
        printDiagnostics(scene.problems);
        phase("prepare_ms");
        r.setScene(scene);
        phase("upload_ms");
        r.draw(settings.view());
        phase("draw_ms");
        img = r.readImage();
        phase("read_ms");
        backend = r.glDescription();
        QPainter p(&img);
        p.scale(o.dpr, o.dpr);
        paintAttribution(p, scene.attributions, QRectF(0, 0, settings.width, settings.height));
    }
    img.setDevicePixelRatio(1.0);
    const int dpm = int(std::lround(96.0 * o.dpr / 0.0254));
    img.setDotsPerMeterX(dpm);
    img.setDotsPerMeterY(dpm);

    // Checked again now that every input has been read, then written beside the target under a
    // temporary name and renamed: never a half-written PNG.
    if (const Problem p = savePngAtomically(img, o.out, rules)) {
        std::fprintf(stderr, "planatlas render: %s\n", p->text.c_str());
        return 1;
    }
    phase("save_ms");
    if (timings) std::fprintf(stderr, "planatlas: timings %s\n", phases.c_str());
    std::fprintf(stderr, "planatlas: wrote %s (%dx%d, %zu layers, %s)\n", o.out.c_str(), img.width(), img.height(),
                 settings.layers.size(), backend.toStdString().c_str());
#ifndef PA_LEAK_CHECKED
    // The picture is written and said: the process ends without taking apart the document (a hundred
    // thousand features freed one by one), GDAL's drivers, PROJ's contexts and Qt, which the system
    // takes back at once (a 100k render's last 20 ms). Under LeakSanitizer it returns as usual, so
    // that what is freed is still checked.
    std::fflush(stdout);
    std::fflush(stderr);
    std::_Exit(0);
#endif
    return 0;
}

}  // namespace pa
