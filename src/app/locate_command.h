#pragma once
#include <string>
#include <vector>

namespace pa {

// `planatlas locate LON LAT [--crs EPSG:N|GCJ02|BD09] [--within 500] [--json]`
int runLocate(const std::vector<std::string>& args);

}  // namespace pa
