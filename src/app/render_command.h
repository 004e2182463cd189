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
    // "gl", "painter", or "auto": OpenGL on a GPU, QPainter where the OpenGL is a software rasteriser
    // (faster there on the CPU's cores, and a third of the memory); "painter-no-gpu" is auto decided
    // before Qt starts, on a machine with no GPU device.
    std::string backend = "auto";
    std::vector<std::string> basemaps;  // --basemap sources, bottom first
};

// Parses the arguments after "render". Returns false with `error` set on bad usage.
bool parseRenderOptions(const std::vector<std::string>& args, RenderOptions& opts, std::string& error);

// Needs a QGuiApplication. Prints diagnostics to stderr; returns the exit status.
int runRender(const RenderOptions& opts);

}  // namespace pa
