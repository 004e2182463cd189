#pragma once
// Where the bundled geodata, styles and shaders live, installed or in the source tree.
#include <string>
#include <vector>

#include "core/geometry.h"

namespace pa {

// $PLANATLAS_DATA_DIR, else <exe>/../share/planatlas, else the source tree this was built from.
std::string dataRoot();
std::string bundledGeodataDir();
std::string defaultStylePath();
struct BundledLayer {
    std::string path;
    std::string group;  // the plan's layer group from geodata/layers.json; empty when the file is not listed
};

// The bundled layers in drawing order (bottom first): geodata/layers.json's order, then any other
// vector file of geodata/ by name.
std::vector<BundledLayer> bundledLayers();
std::vector<std::string> bundledGeodataFiles();
// layers.json's "home": the lon/lat box the bundled map opens on (empty when not given).
Bounds bundledHomeLonLat();

}  // namespace pa
