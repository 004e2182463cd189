#pragma once
// Reads any vector format GDAL/OGR knows into Layers. Never throws; problems come back as
// Diagnostics that name the file.
#include <string>
#include <vector>

#include "core/diagnostic.h"
#include "core/layer.h"

namespace pa {

struct ReadResult {
    std::vector<Layer> layers;
    Diagnostics messages;
};

ReadResult readVectorFile(const std::string& path);

}  // namespace pa
