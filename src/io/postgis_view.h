#pragma once
// A PostGIS table read by view (core/vector_source): each display tile is one query that the table's
// geometry index answers (`geom && envelope`), its outlines simplified on the server to the tile's
// pixel (ST_SimplifyPreserveTopology) and at most kTileFeatures features a tile, the largest first.
// Identify and search are queries too, answered from the whole table. Queries run on a few pooled
// connections, one per thread at a time (a GDAL dataset is not shared between threads).
#include <cstdint>
#include <optional>
#include <string>

#include "core/diagnostic.h"
#include "core/layer.h"

namespace pa {

// Features one tile keeps; a denser tile (a city's parcels seen whole) keeps its largest: 512×512
// pixels hold no more distinguishable parcels than this.
constexpr std::size_t kTileFeatures = 16384;
// Tables with more rows than this (PostgreSQL's estimate) are read by view; smaller ones whole.
constexpr std::int64_t kWholeTableRows = 50000;

// When `connection` ("PG:… tables=schema.table") names one table with more than `wholeRows` rows: a
// layer read by view (no features, `viewSource` set, source CRS given). Nothing when the table is
// small enough to read whole or the string names no single table; a problem when the server or the
// table cannot be reached (it names the connection without its password).
Outcome<std::optional<Layer>> openPostgisByView(const std::string& connection, std::int64_t wholeRows = kWholeTableRows);

}  // namespace pa
