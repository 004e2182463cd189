#pragma once
// Report figures of the document, one way for the window (File › Export map, a tour's slides) and
// for `planatlas export`: the settings say what the map shows, this adds the page around it
// (title, legend names, scale, source note, date) in the interface language.
#include <QString>

#include <string>

#include "core/map_settings.h"
#include "document/map_document.h"
#include "render/map_export.h"

namespace pa {

// The page options of a figure of `settings`: legend names from geodata/layers.json, the scale at the
// extent's centre, the source note naming the display CRS, today's date. Title: the given one, or
// the plan's spatial layout.
ExportOptions figureOptions(const MapDocument& doc, const MapSettings& settings, const QString& title = {});

// Prepares the scene of `settings` for QPainter and writes the figure to `path` (.pdf, .svg, .png).
// Raster or basemap tiles that could not be read (the figure is written without them) are added to
// `warnings`.
Problem exportFigure(const MapDocument& doc, const MapSettings& settings, const ExportOptions& options,
                     const std::string& path, Diagnostics* warnings = nullptr);

}  // namespace pa
