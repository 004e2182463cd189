#pragma once
#include <string>
#include <vector>

namespace pa {

struct RenderOptions {
    std::string out;
    int width = 1600;
    int height = 1200;
    double dpr = 1.0;
    bool haveBbox = false;
    double bbox[4] = {0, 0, 0, 0};  // minlon, minlat, maxlon, maxlat (WGS 84)
    std::string crs = "EPSG:3857";
    std::vector<std::string> files;  // empty: the bundled geodata
    std::string lang = "zh";         // labels: name_zh, or name_en for "en"
    bool labels = true;
    std::string style;               // a style file; empty: assets/styles/default.json
    bool painter = false;            // the QPainter backend instead of OpenGL
    std::vector<std::string> basemaps;  // --basemap sources, bottom first
};

// Parses the arguments after "render". Returns false with `error` set on bad usage.
bool parseRenderOptions(const std::vector<std::string>& args, RenderOptions& opts, std::string& error);

// Needs a QGuiApplication. Prints diagnostics to stderr; returns the exit status.
int runRender(const RenderOptions& opts);

}  // namespace pa
