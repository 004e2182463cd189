#include "app/export_command.h"

#include <QDate>

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <map>

#include "core/arguments.h"
#include "io/crs.h"
#include "io/feature_relations.h"
#include "io/geodata_paths.h"
#include "io/map_document.h"
#include "io/output_file.h"
#include "io/plan_file.h"
#include "io/style_loader.h"
#include "io/tour_file.h"
#include "render/map_export.h"
#include "ui/layer_tree.h"
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
    ExportOptions o;
    std::string out, lang = "zh", crs = "EPSG:3857";
    std::vector<std::string> files;
    double bbox[4] = {0, 0, 0, 0};
    bool haveBbox = false, titleGiven = false;
    int slide = 0;
    std::string project, style;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        const bool hasValue = i + 1 < args.size();
        if ((a == "--out" || a == "-o") && hasValue) out = args[++i];
        else if (a == "--dpi" && hasValue) {
            if (!parseDecimal(args[++i], o.dpi) || !(o.dpi >= 36 && o.dpi <= 1200)) {
                std::fprintf(stderr, "planatlas export: --dpi wants 36 to 1200\n");
                return 2;
            }
        } else if (a == "--page" && hasValue) {
            if (!parsePage(args[++i], o.pageMm)) {
                std::fprintf(stderr, "planatlas export: --page wants A4, A3, A4-portrait, A3-portrait or WxH in mm\n");
                return 2;
            }
        } else if (a == "--bbox" && hasValue) {
            std::string why;
            if (!parseLonLatBox(args[++i], bbox, &why)) {
                std::fprintf(stderr, "planatlas export: --bbox wants minlon,minlat,maxlon,maxlat in WGS 84 degrees (%s)\n",
                             why.c_str());
                return 2;
            }
            haveBbox = true;
        } else if (a == "--title" && hasValue) {
            o.title = QString::fromStdString(args[++i]);
            titleGiven = true;
        } else if (a == "--lang" && hasValue) {
            lang = args[++i];
            if (lang != "zh" && lang != "en") {
                std::fprintf(stderr, "planatlas export: --lang is zh or en\n");
                return 2;
            }
        } else if (a == "--crs" && hasValue) crs = args[++i];
        else if (a == "--no-labels") o.labels = false;
        else if (a == "--slide" && hasValue) {
            long long n = 0;
            if (!parseInteger(args[++i], 1, 100000, n)) {
                std::fprintf(stderr, "planatlas export: --slide counts from 1\n");
                return 2;
            }
            slide = int(n);
        } else if (a == "--project" && hasValue) project = args[++i];
        else if (a == "--style" && hasValue) style = args[++i];
        else if (!a.empty() && a[0] == '-') {
            std::fprintf(stderr, "planatlas export: unknown option %s\n", a.c_str());
            return 2;
        } else files.push_back(a);
    }
    if (out.empty()) {
        std::fprintf(stderr, "planatlas export: --out map.pdf (or .svg, .png) is required\n");
        return 2;
    }
    o.outputRules.inputs = files;
    if (!project.empty()) o.outputRules.inputs.push_back(project);
    if (!style.empty()) o.outputRules.inputs.push_back(style);
    {
        OutputRules early = o.outputRules;
        early.extensions = {"pdf", "svg", "png"};
        early.format = "a PDF, SVG or PNG figure";
        if (std::string problem = outputProblem(out, early); !problem.empty()) {
            std::fprintf(stderr, "planatlas export: %s\n", problem.c_str());
            return 2;
        }
    }
    overrideUiLanguage(QString::fromStdString(lang));
    MapDocument doc;
    Diagnostics messages;
    doc.setStyle(loadStyleSheet(style.empty() ? defaultStylePath() : style, messages));
    std::string why;
    if (!describeCrs(crs, nullptr, &why)) {
        std::fprintf(stderr, "planatlas export: --crs: %s\n", why.c_str());
        return 2;
    }
    doc.setDisplayCrs(crs);
    if (files.empty()) {
        std::map<std::string, std::string> groups;
        for (const BundledLayer& l : bundledLayers()) groups[l.path] = l.group;
        doc.setFileGroups(groups);
        doc.setHomeLonLat(bundledHomeLonLat());
        files = bundledGeodataFiles();
    }
    const Diagnostics load = doc.addFiles(files);
    messages.insert(messages.end(), load.begin(), load.end());
    for (const Diagnostic& m : messages) std::fprintf(stderr, "planatlas: %s\n", m.toLine().c_str());
    if (hasErrors(load) || doc.layers().empty()) return 1;
    if (slide > 0) {
        // A slide of the project's first tour, or of the plan's zone-strategy tour.
        std::vector<Tour> tours;
        if (!project.empty()) {
            tours = readTourFile(project, &why);
            if (tours.empty()) {
                std::fprintf(stderr, "planatlas export: %s\n", why.c_str());
                return 1;
            }
        } else if (const auto plan = readPlanFile(bundledPlanPath(), &why)) {
            tours.push_back(defaultZoneTour(*plan, doc));
        }
        if (tours.empty() || std::size_t(slide) > tours[0].slides.size()) {
            std::fprintf(stderr, "planatlas export: there is no slide %d (the tour has %zu)\n", slide,
                         tours.empty() ? std::size_t(0) : tours[0].slides.size());
            return 2;
        }
        const Slide& s = tours[0].slides[std::size_t(slide - 1)];
        const Bounds& e = s.extentLonLat;
        bbox[0] = e.minX, bbox[1] = e.minY, bbox[2] = e.maxX, bbox[3] = e.maxY;
        haveBbox = true;
        if (!titleGiven) {
            o.title = QString::fromStdString(s.caption);
            titleGiven = true;
        }
        for (std::size_t i = 0; i < doc.layers().size(); ++i)
            doc.state(int(i)).visible = s.layers.empty() ||
                                        std::find(s.layers.begin(), s.layers.end(), doc.layers()[i].name) != s.layers.end();
    }
    if (haveBbox) {
        auto t = CrsTransform::create("OGC:CRS84", doc.displayCrs(), &why);
        Bounds b;
        for (int k = 0; k <= 20; ++k) {
            const double f = k / 20.0;
            for (Vec2d p : {Vec2d{bbox[0] + f * (bbox[2] - bbox[0]), bbox[1]}, Vec2d{bbox[0] + f * (bbox[2] - bbox[0]), bbox[3]},
                            Vec2d{bbox[0], bbox[1] + f * (bbox[3] - bbox[1])}, Vec2d{bbox[2], bbox[1] + f * (bbox[3] - bbox[1])}}) {
                const Vec2d q = t->forward(p);
                if (std::isfinite(q.x)) b.extend(q);
            }
        }
        o.extent = b;
    } else {
        o.extent = doc.homeExtent();
    }
    o.metresPerUnit = 1.0 / displayUnitsPerMetre(doc, o.extent.center());
    o.language = lang;
    o.kindName = [](const std::string& k) { return displayNameOfKind(k) == QString::fromStdString(k) ? displayTerm(k) : displayNameOfKind(k); };
    o.legendTitle = lang == "zh" ? QStringLiteral("图例") : QStringLiteral("Legend");
    if (!titleGiven)
        o.title = lang == "zh" ? QStringLiteral("广州市天河区“十四五”规划纲要 · 空间布局")
                               : QStringLiteral("Tianhe District 14th Five-Year Plan: spatial layout");
    o.sourceNote = lang == "zh" ? QStringLiteral("数据：规划纲要文本；区界与地铁据 DataV、MetroMan（GCJ-02 已转 WGS 84）；坐标系 %1。示意与近似位置见 docs/geodata.md")
                                      .arg(QString::fromStdString(doc.displayCrs()))
                                : QStringLiteral("Data: the plan text; boundaries and metro from DataV and MetroMan (GCJ-02 converted to WGS 84); CRS %1. Schematic and approximate positions: docs/geodata.md")
                                      .arg(QString::fromStdString(doc.displayCrs()));
    o.date = QDate::currentDate().toString(Qt::ISODate);
    std::vector<ExportLayer> layers;
    for (int li : doc.drawOrder())
        if (doc.states()[std::size_t(li)].visible)
            layers.push_back({&doc.layers()[std::size_t(li)], doc.states()[std::size_t(li)].opacity,
                              displayNameOfLayer(doc.layers()[std::size_t(li)].name).toStdString()});
    if (!exportMap(out, layers, doc.style(), o, &why)) {
        std::fprintf(stderr, "planatlas export: %s\n", why.c_str());
        return 1;
    }
    std::fprintf(stderr, "planatlas: wrote %s (%.0f x %.0f mm, %.0f dpi)\n", out.c_str(), o.pageMm.width(), o.pageMm.height(), o.dpi);
    return 0;
}

}  // namespace pa
