#pragma once
// The one way from a document to what to draw (core/map_settings): the shown layers in the
// document's order and opacity, its display CRS, a view and a language. A slide is the same
// settings with its layers, extent and selection; building them never changes the document.
#include <string>

#include "core/map_settings.h"
#include "document/map_document.h"
#include "document/tour_file.h"

namespace pa {

// The document as it is shown: its visible layers, order, opacity, CRS; `view` says where and how
// large. No overlays.
MapSettings mapSettings(const MapDocument& doc, const Viewport& view, const std::string& language);

// The same settings changed to show a slide: the layers it names (all when none), its extent, its
// features selected. A slide whose box cannot be shown in the CRS keeps the extent it had.
MapSettings slideSettings(const MapDocument& doc, MapSettings base, const Slide& slide);

}  // namespace pa
