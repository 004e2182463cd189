#pragma once
// What every vector reader does once a layer's features are read: the messages about what was
// repaired, left out, recoded or skipped, the layer's CRS (or WGS 84 assumed, or the refusal), and
// the Chinese web-map datum. One function, so the GeoJSON fast path and GDAL's readers cannot say
// different things about the same file.
#include <string>
#include <vector>

#include "core/layer.h"
#include "io/layer_builder.h"
#include "io/ogr_reader.h"

typedef void* OGRSpatialReferenceH;
typedef void* OGRLayerH;
typedef void* GDALDatasetH;

namespace pa {

struct ReadTally {
    std::size_t recoded = 0, undecodable = 0;  // attribute values not in UTF-8
    std::size_t skipped = 0;                   // features without usable geometry
    std::string firstSkipped;
};

// Joins a piece of a layer read in parts (on other threads) to the pieces before it, as one
// sequential read would have given them: its features after theirs, repair and refusal counts added
// (the first occurrence kept), skips counted, GDAL's first five distinct errors. Empties `piece`.
void joinBuilt(Layer& into, BuildStats& stats, ReadTally& tally, std::vector<std::string>& errors, Layer&& piece,
               const BuildStats& pieceStats, const ReadTally& pieceTally, const std::vector<std::string>& pieceErrors);

Diagnostic readError(const std::string& file, std::string text);
Diagnostic readWarning(const std::string& file, std::string text);

// `where` prefixes messages about one layer of several ("layer 'x': "); `srs` may be null.
// Appends the layer to out.layers unless it is refused (then an error says why).
void finishLayer(Layer&& layer, const std::string& path, const std::string& where, const BuildStats& stats,
                 const ReadTally& tally, OGRSpatialReferenceH srs, const ReadOptions& options, ReadResult& out);

// How to open the layer's file again, on another thread (each GDAL dataset is one thread's).
struct OgrReopen {
    std::string openPath;
    const char* const* drivers = nullptr;
    const char* const* openOptions = nullptr;
    int layer = 0;
    // The dataset the first range's layer belongs to, where a range is a filter on the table's key
    // (a GeoPackage); null: ranges are positioned by SetNextByIndex.
    GDALDatasetH keyedBy = nullptr;
};

// One OGR layer's features into out.layers (ogr_reader). `wholeTable`: a database table read whole,
// counted first and refused past a limit; a query's result (postgis_view) is not. `reopen`: a large
// file's layer is read in one range of features a core, each from a dataset of its own.
void readOgrLayer(OGRLayerH ogr, const std::string& path, bool singleLayer, bool wholeTable, const ReadOptions& options,
                  ReadResult& out, const OgrReopen* reopen = nullptr);

}  // namespace pa
