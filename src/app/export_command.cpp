#include "app/export_command.h"

#include <QCoreApplication>

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <map>

#include "core/arguments.h"
#include "core/tile_template.h"
#include "io/crs.h"
#include "document/document_open.h"
#include "io/geodata_paths.h"
#include "document/map_document.h"
#include "document/map_settings.h"
#include "io/output_file.h"
#include "plan/plan_file.h"
#include "analysis/zone_tour.h"
#include "document/tour_file.h"
#include "ui/figure.h"
#include "ui/ui_language.h"

namespace pa {

namespace {

bool parsePage(const std::string& s, QSizeF& mm) {
    if (s == "A4") mm = {297, 210};
    else if (s == "A4-portrait") mm = {210, 297};
    else if (s == "A3") mm = {420, 297};
    else if (s == "A3-portrait") mm = {297, 420};
    else {
        const std::size_t x = s.find_first_of("xX");
        double w = 0, h = 0;
        if (x == std::string::npos || !parseDecimal(s.substr(0, x), w) || !parseDecimal(s.substr(x + 1), h) || w < 50 ||
            h < 50 || w > 2000 || h > 2000)
            return false;
        mm = {w, h};
    }
    return true;
}

}  // namespace

int runExport(const std::vector<std::string>& args) {
    std::string out, lang = "zh", crs = "EPSG:3857";
    std::vector<std::string> files;
    double bbox[4] = {0, 0, 0, 0}, dpi = 300;
    QSizeF pageMm{297, 210};
    QString title;
    bool haveBbox = false, labels = true;
    int slide = 0;
    std::string project, style;
    std::vector<std::string> basemaps;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        const bool hasValue = i + 1 < args.size();
        if ((a == "--out" || a == "-o") && hasValue) out = args[++i];
        else if (a == "--dpi" && hasValue) {
            if (!parseDecimal(args[++i], dpi) || !(dpi >= 36 && dpi <= 1200)) {
                std::fprintf(stderr, "planatlas export: --dpi wants 36 to 1200\n");
                return 2;
            }
        } else if (a == "--page" && hasValue) {
            if (!parsePage(args[++i], pageMm)) {
                std::fprintf(stderr, "planatlas export: --page wants A4, A3, A4-portrait, A3-portrait or WxH in mm\n");
                return 2;
            }
        } else if (a == "--bbox" && hasValue) {
            if (const Problem p = parseLonLatBox(args[++i], bbox)) {
                std::fprintf(stderr, "planatlas export: --bbox wants minlon,minlat,maxlon,maxlat in WGS 84 degrees (%s)\n",
                             p->text.c_str());
                return 2;
            }
            haveBbox = true;
        } else if (a == "--title" && hasValue) {
            title = QString::fromStdString(args[++i]);
        } else if (a == "--lang" && hasValue) {
            lang = args[++i];
            if (lang != "zh" && lang != "en") {
                std::fprintf(stderr, "planatlas export: --lang is zh or en\n");
                return 2;
            }
        } else if (a == "--crs" && hasValue) crs = args[++i];
        else if (a == "--no-labels") labels = false;
        else if (a == "--slide" && hasValue) {
            long long n = 0;
            if (!parseInteger(args[++i], 1, 100000, n)) {
                std::fprintf(stderr, "planatlas export: --slide counts from 1\n");
                return 2;
            }
            slide = int(n);
        } else if (a == "--project" && hasValue) project = args[++i];
        else if (a == "--style" && hasValue) style = args[++i];
        else if (a == "--basemap" && hasValue) basemaps.push_back(args[++i]);
        else if (!a.empty() && a[0] == '-') {
            std::fprintf(stderr, "planatlas export: unknown option %s\n", a.c_str());
            return 2;
        } else files.push_back(a);
    }
    if (out.empty()) {
        std::fprintf(stderr, "planatlas export: --out map.pdf (or .svg, .png) is required\n");
        return 2;
    }
    OutputRules rules;
    rules.inputs = files;
    if (!project.empty()) rules.inputs.push_back(project);
    if (!style.empty()) rules.inputs.push_back(style);
    for (const std::string& b : basemaps)
        if (!isTileTemplate(b)) rules.inputs.push_back(b.substr(0, b.find(',')));
    {
        OutputRules early = rules;
        early.extensions = {"pdf", "svg", "png"};
        early.format = "a PDF, SVG or PNG figure";
        if (const Problem refused = outputProblem(out, early)) {
            const std::string& problem = refused->text;
            std::fprintf(stderr, "planatlas export: %s\n", problem.c_str());
            return 2;
        }
    }
    std::string why;
    if (const Problem p = describeCrs(crs)) {
        std::fprintf(stderr, "planatlas export: --crs: %s\n", p->text.c_str());
        return 2;
    }
    MapDocument doc;
    const Diagnostics messages = openDocument(doc, {files, style, crs, {}, basemaps});
    for (const Diagnostic& m : messages) std::fprintf(stderr, "planatlas: %s\n", m.toLine().c_str());
    if (hasErrors(messages) || doc.layers().empty()) return 1;
    Viewport page;  // the figure's map frame decides the size; the settings carry the extent
    page.setSize(1000, 700);
    page.fitBounds(doc.homeExtent());
    MapSettings settings = mapSettings(doc, page, lang);
    settings.labels = labels;
    if (haveBbox) {
        settings.extent = lonLatBoxToDisplay(Bounds{bbox[0], bbox[1], bbox[2], bbox[3]}, doc.displayCrs());
        if (settings.extent.isEmpty()) {
            std::fprintf(stderr, "planatlas export: --bbox: the box lies outside %s\n", doc.displayCrs().c_str());
            return 2;
        }
    }
    if (slide > 0) {
        // A slide of the project's first tour, or of the plan's zone-strategy tour.
        std::vector<Tour> tours;
        if (!project.empty()) {
            auto read = readTourFile(project);
            if (!read) {
                std::fprintf(stderr, "planatlas export: %s: %s\n", read.problem().file.c_str(), read.why().c_str());
                return 1;
            }
            tours = read.take();
        } else if (const auto plan = readPlanFile(bundledPlanPath())) {
            tours.push_back(defaultZoneTour(*plan, doc));
        } else {
            std::fprintf(stderr, "planatlas export: the zone tour needs the plan: %s\n", plan.why().c_str());
            return 1;
        }
        if (tours.empty() || std::size_t(slide) > tours[0].slides.size()) {
            std::fprintf(stderr, "planatlas export: there is no slide %d (the tour has %zu)\n", slide,
                         tours.empty() ? std::size_t(0) : tours[0].slides.size());
            return 2;
        }
        const Slide& s = tours[0].slides[std::size_t(slide - 1)];
        settings = slideSettings(doc, settings, s);
        if (title.isEmpty()) title = QString::fromStdString(s.caption);
    }
    // The figure's words in its language; the messages above stay in the command line's English.
    overrideUiLanguage(QString::fromStdString(lang));
    if (QCoreApplication* app = QCoreApplication::instance()) installUiTranslator(*app);
    ExportOptions o = figureOptions(doc, settings, title);
    o.dpi = dpi;
    o.pageMm = pageMm;
    o.outputRules = rules;
    Diagnostics tiles;
    const Problem failed = exportFigure(doc, settings, o, out, &tiles);
    for (const Diagnostic& m : tiles) std::fprintf(stderr, "planatlas: %s\n", m.toLine().c_str());
    if (failed) {
        std::fprintf(stderr, "planatlas export: %s\n", failed->text.c_str());
        return 1;
    }
    std::fprintf(stderr, "planatlas: wrote %s (%.0f x %.0f mm, %.0f dpi)\n", out.c_str(), pageMm.width(), pageMm.height(), dpi);
    return 0;
}

}  // namespace pa
