#pragma once
// Basemaps: what --basemap SOURCE and the window's Basemap menu put under the map. SOURCE is a
// preset name from assets/basemaps.json ("osm", "tianditu-img,key=…", "amap"), a URL template
// (core/tile_template) or a local tile file (MBTiles, a GeoPackage with tiles, any raster GDAL reads)
// for offline use.
#include <memory>
#include <string>
#include <vector>

#include "core/diagnostic.h"
#include "core/layer.h"
#include "core/tile_template.h"
#include "io/tile_fetcher.h"

namespace pa {

struct BasemapPreset {
    std::string id, nameZh, nameEn;
    std::string keyName;  // the key the service needs ("tianditu"); empty: none
    TileTemplate tiles;   // without its key
    std::vector<std::string> overlays;  // preset ids drawn over it
};

// The presets of assets/basemaps.json (empty, with the reason in `problem`, when it cannot be read).
const std::vector<BasemapPreset>& basemapPresets(std::string* problem = nullptr);
const BasemapPreset* findBasemapPreset(const std::string& id);

// The layers of a basemap, bottom first (a preset with annotation is two), named for the layer tree.
// `fetcher`: null for the process's shared one.
Outcome<std::vector<Layer>> openBasemap(const std::string& source, std::shared_ptr<TileFetcher> fetcher = nullptr);

// The layer of one web tile service.
Layer webTileLayer(const TileTemplate& t, std::shared_ptr<TileFetcher> fetcher = nullptr);

}  // namespace pa
