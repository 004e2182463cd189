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

#include "core/layer.h"
#include "core/style.h"
#include "io/output_file.h"

namespace pa {

struct ExportLayer {
    const Layer* layer = nullptr;  // with display-CRS vertices
    float opacity = 1.0f;
    std::string title;             // for the legend
};

struct ExportOptions {
    QSizeF pageMm{297, 210};   // A4 landscape
    double dpi = 300;          // PNG pixels and PDF resolution
    Bounds extent;             // display-CRS extent to show (fitted, aspect kept)
    double metresPerUnit = 1;  // ground metres per display unit at the extent's centre (for the scale bar)
    QString title, sourceNote, date;
    std::string language = "zh";
    bool labels = true;
    // Names of kinds, statuses and the legend heading in the chosen language.
    std::function<QString(const std::string&)> kindName = [](const std::string& k) { return QString::fromStdString(k); };
    QString legendTitle = "图例";
    QString fontFamily;  // empty: the CJK family the map uses
    // What the figure must not replace besides every file the process has read (its inputs).
    OutputRules outputRules;
};

// Paints the whole page; `painter` is set up for a device of `pageMm` at `deviceDpi`.
void paintMapPage(QPainter& painter, double deviceDpi, const std::vector<ExportLayer>& layers, const StyleSheet& style,
                  const ExportOptions& o);

// Writes `path` (.png, .pdf or .svg by its suffix) atomically, after outputProblem's checks. False with
// `error` on failure or refusal.
bool exportMap(const std::string& path, const std::vector<ExportLayer>& layers, const StyleSheet& style,
               const ExportOptions& o, std::string* error);

}  // namespace pa
