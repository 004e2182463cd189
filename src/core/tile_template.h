#pragma once
// Web tile services as URL templates: XYZ ({z}/{x}/{y}), TMS ({-y}: rows counted from the south),
// WMTS REST or KVP in the GoogleMapsCompatible matrix set ({TileMatrix}, {TileCol}, {TileRow}), with
// subdomains ({s}) and a key ({key}). The tiles are Web Mercator; a service in GCJ-02 (Amap,
// Tencent) or BD-09 says so and its tiles are warped onto WGS 84 when drawn.
#include <string>
#include <vector>

#include "core/chinese_datums.h"
#include "core/diagnostic.h"

namespace pa {

// How a service numbers its tiles: Web Mercator XYZ, or Baidu's own grid (on its own Mercator, BD-09).
enum class TileGrid { WebMercator, Baidu };

struct TileTemplate {
    std::string url;                      // with its placeholders
    TileGrid grid = TileGrid::WebMercator;
    std::vector<std::string> subdomains;  // {s}: one per request, spread by tile
    ChineseDatum datum = ChineseDatum::None;
    int minZoom = 0, maxZoom = 19;
    std::string attribution;
    std::string name;  // shown in the layer tree
    std::string key;   // fills {key}
    int tileSize = 256;
    int timeoutMs = 0;  // per request; 0: the fetcher's

    // The address of tile (z, x, y), XYZ numbering (rows from the north).
    std::string tileUrl(int z, long x, long y) const;
};

// "URL[,gcj02|,bd09|,baidu][,name=…][,attribution=…][,subdomains=abc|0-7][,maxzoom=N][,key=…][,timeout=S]": what
// --basemap takes for a web service. Refused with the reason: no {z} (or {TileMatrix}), no {x}/{y},
// not http(s), an unknown option.
Outcome<TileTemplate> parseTileTemplate(const std::string& spec);

// The source named in --basemap: "http…" is a template, anything else a preset name or a tile file.
bool isTileTemplate(const std::string& spec);

}  // namespace pa
