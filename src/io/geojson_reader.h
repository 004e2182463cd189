#pragma once
// The GeoJSON fast path: a FeatureCollection already in memory (the precheck read and scanned it)
// parsed with simdjson a feature at a time, its geometries handed to the same LayerBuilder and its
// layer finished by the same finishLayer as GDAL's reader. GDAL's GeoJSON driver parses the text
// into a tree of objects first and costs about forty times as long.
//
// It reads only what it can read exactly as GDAL's driver does: feature and property types whose
// meaning is plain (no dates or times, which GDAL turns into date fields; no nested objects or
// number arrays, which GDAL keeps as JSON; no field that mixes kinds), two-dimensional positions, no
// top-level feature ids. For anything else it declines, and GDAL reads the file: what is accepted and
// refused, and every message, stay GDAL's (tests/test_geojson_fast.cpp reads the test corpus both ways).
#include <string>
#include <string_view>

#include "core/json_scan.h"
#include "io/ogr_reader.h"

namespace pa {

// Appends the layer (or the refusal) to `out` and returns true; returns false, with `out` untouched,
// when GDAL should read the file. `openPath` is what GDAL would open (its GeoJSON driver must be the
// one that claims it: GDAL gives some GeoJSON-looking texts to its TopoJSON and ESRIJSON drivers);
// `text` must be the bytes `scan` was made from; messages name `path`. `releaseAsRead`: the caller
// reads `text` no more (GDAL, if it must read, reads the file): the pages of a large text's features
// go back to the system as they are parsed, and read as zeros after.
bool readGeoJsonFast(const std::string& path, const std::string& openPath, std::string_view text,
                     const JsonScanResult& scan, const ReadOptions& options, ReadResult& out, bool releaseAsRead = false);

// Whether the fast path is used at all: PLANATLAS_GEOJSON_READER=gdal turns it off (for comparing).
bool geoJsonFastPathEnabled();

}  // namespace pa
