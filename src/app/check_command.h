#pragma once
#include <string>
#include <vector>

namespace pa {

// `planatlas check PROJECTS --out report.csv|report.gpkg`
int runCheck(const std::vector<std::string>& args);

}  // namespace pa
