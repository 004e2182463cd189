#pragma once
// Opening a document the way every command and the window do: the style, the display CRS, then the
// files — or, with none, the bundled plan geodata with its groups, drawing order and home district.
#include <string>
#include <vector>

#include "document/map_document.h"

namespace pa {

struct DocumentRequest {
    std::vector<std::string> files;  // empty: the bundled plan
    std::string style;               // a style file; empty: assets/styles/default.json
    std::string crs = MapDocument::kDefaultCrs;
    ReadOptions read;
    std::vector<std::string> basemaps;  // --basemap sources, under the layers (io/basemaps)
    // A picture and nothing else will be made (`render`): only the attributes the style draws are
    // read (StyleSheet::attributesDrawn), as QGIS asks only for those.
    bool pictureOnly = false;
};

// Every problem is in the result (a missing style falls back to the built-in one with a warning);
// the layers that loaded stay in `doc`.
Diagnostics openDocument(MapDocument& doc, const DocumentRequest& request);

// The bundled plan's layers, groups and home district into `doc`.
Diagnostics openBundledGeodata(MapDocument& doc, const ReadOptions& read = {});

}  // namespace pa
