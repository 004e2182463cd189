#pragma once
// The map as a report figure: title, the map in a frame, legend, scale bar, north arrow, source
// note and date, laid out on a page in millimetres and painted with QPainter. One painter serves
// PNG (any DPI), PDF and SVG, so vector formats keep paths and real text (Chinese included), and the
// figure depends on the page and the extent, never on the screen it was made from.
#include <QPainter>
#include <QSizeF>
#include <QString>

#include <functional>

#include <string>
#include <vector>

#include "io/output_file.h"
#include "render/scene.h"

namespace pa {

// The page around the map; what the map shows (extent, layers, language, labels) is the scene's
// settings.
struct ExportOptions {
    QSizeF pageMm{297, 210};   // A4 landscape
    double dpi = 300;          // PNG pixels and PDF resolution
    double metresPerUnit = 1;  // ground metres per display unit at the extent's centre; 0: unknown, no scale bar
    QString title, sourceNote, date;
    // Names of kinds, statuses and the legend heading in the chosen language.
    std::function<QString(const std::string&)> kindName = [](const std::string& k) { return QString::fromStdString(k); };
    QString legendTitle = "图例";
    QString fontFamily;  // empty: the CJK family the map uses
    // What the figure must not replace besides every file the process has read (its inputs).
    OutputRules outputRules;
};

// Paints the whole page; `painter` is set up for a device of `pageMm` at `deviceDpi`. The scene
// needs no GPU arrays (prepareScene(..., gpu = false)).
void paintMapPage(QPainter& painter, double deviceDpi, const Scene& scene, const ExportOptions& o);

// Writes `path` (.png, .pdf or .svg by its suffix) atomically, after outputProblem's checks; what went
// wrong when it could not.
Problem exportMap(const std::string& path, const Scene& scene, const ExportOptions& o);

}  // namespace pa
