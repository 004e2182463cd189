#pragma once
// Reads any vector format GDAL/OGR knows into Layers. Never throws; problems come back as
// Diagnostics that name the file.
#include <atomic>
#include <functional>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "core/chinese_datums.h"
#include "core/diagnostic.h"
#include "core/layer.h"

namespace pa {

struct ReadResult {
    std::vector<Layer> layers;
    Diagnostics messages;
    bool cancelled = false;
};

// What the file does not say about itself, chosen by the user.
struct ReadOptions {
    // The coordinates are Chinese web-map coordinates (GCJ-02 from Amap/Tencent, BD-09 from Baidu):
    // they are converted to WGS 84 on reading. Only for longitude/latitude layers.
    ChineseDatum datum = ChineseDatum::None;
    // The attributes' text encoding when the file does not say (a shapefile without .cpg): "GBK",
    // "GB18030", "Big5", "UTF-8"… Empty: .cpg or UTF-8, with GB18030 for text that is not UTF-8.
    std::string encoding;
    // Long loads: set *cancel to stop reading (checked between features), and hear of progress
    // (features read, features in the layer or 0 when the format cannot say). Called from the
    // reading thread.
    const std::atomic<bool>* cancel = nullptr;
    std::function<void(std::size_t done, std::size_t total)> progress;
    // A query's answer (postgis_view) may hold no feature; a file's layer may not.
    bool allowEmpty = false;
    // Keep each polygon's fill triangles (OpenGL draws them). A picture drawn by the QPainter backend
    // alone needs none: polygons are still triangulated, as the check that their fill can be cut,
    // but the triangles are not kept (12 B a vertex).
    bool triangles = true;
    // Only these attributes are kept (a picture reads only what its style tests and its labels letter,
    // as QGIS asks a provider only for the attributes it draws); all of them when unset. Each
    // feature's id is read either way.
    std::optional<std::set<std::string>> attributes;
    bool keeps(const std::string& attribute) const { return !attributes || attributes->count(attribute) > 0; }
};

ReadResult readVectorFile(const std::string& path, const ReadOptions& options = {});
// The same from bytes in memory (through GDAL's /vsimem/); `name` gives the format by its extension and
// names the data in messages. What cannot be in one buffer (a shapefile's companions) is not read.
ReadResult readVectorBytes(const std::string& bytes, const std::string& name, const ReadOptions& options = {});

}  // namespace pa
