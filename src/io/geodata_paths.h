#pragma once
// Where the bundled geodata, styles and shaders live, installed or in the source tree.
#include <string>
#include <vector>

namespace pa {

// $PLANATLAS_DATA_DIR, else <exe>/../share/planatlas, else the source tree this was built from.
std::string dataRoot();
std::string bundledGeodataDir();
std::string defaultStylePath();
// The vector files of the bundled geodata, in a stable (sorted) order.
std::vector<std::string> bundledGeodataFiles();

}  // namespace pa
