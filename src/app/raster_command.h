#pragma once
#include <string>
#include <vector>

namespace pa {

// `planatlas georeference IMAGE --points FILE.points --out OUT.tif [--method affine|polynomial|tps]`
int runGeoreference(const std::vector<std::string>& args);
// `planatlas overviews RASTER`: RASTER.ovr beside it, the raster unchanged.
int runOverviews(const std::vector<std::string>& args);

}  // namespace pa
