#pragma once
// What is checked of a vector file before GDAL opens it, so that the user hears what is wrong in
// their terms rather than in a driver's, and so that no input can make the reader block or take
// more than linear time: the file's kind and size (input_file), UTF-16/UTF-32 text (converted), a
// JSON text's structure (json_scan), a CSV header's width, a shapefile's companions (.shx, .dbf,
// .cpg) and a .dbf's or GeoPackage's length against what its header announces.
#include <atomic>
#include <string>
#include <vector>

#include "core/diagnostic.h"
#include "core/json_scan.h"
#include "io/file_text.h"

namespace pa {

struct VectorPrecheck {
    Diagnostics messages;   // an error means: do not open it
    std::string openPath;   // what GDAL should open: the file, or a UTF-8 copy in /vsimem/
    bool temporaryCopy = false;  // openPath is a /vsimem/ copy to unlink after reading
    // A UTF-8 JSON file as read for the check, with where its features are: the GeoJSON fast path
    // reads these bytes rather than the file again (empty for other formats and converted text).
    FileText jsonText;
    JsonScanResult jsonScan;
    bool cancelled = false;  // `cancel` was set while the file was read or scanned
};

// `encoding`: the user's choice for a shapefile's attributes (empty: none). `cancel`: a load's Cancel,
// heeded while a large text is read and scanned.
VectorPrecheck precheckVectorFile(const std::string& path, const std::string& encoding,
                                  const std::atomic<bool>* cancel = nullptr);

// The same for bytes in memory, named `name`: they are put in /vsimem/ for GDAL (openPath, to unlink).
VectorPrecheck precheckVectorBytes(const std::string& bytes, const std::string& name);

// The shapefile driver's reading of a .cpg value as an iconv name ("65001" → "UTF-8", "936" → "CP936").
std::string encodingOfCpg(const std::string& cpg);

}  // namespace pa
