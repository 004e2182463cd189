#pragma once
// What the map shows: the loaded layers (kept in their source CRS and reprojected to the display
// CRS), the style, and the display CRS itself. Shared by the window and the command line.
#include <string>
#include <vector>

#include "core/diagnostic.h"
#include "core/layer.h"
#include "core/style.h"

namespace pa {

class MapDocument {
public:
    static constexpr const char* kDefaultCrs = "EPSG:3857";

    const std::vector<Layer>& layers() const { return layers_; }
    const std::string& displayCrs() const { return displayCrs_; }
    const StyleSheet& style() const { return style_; }
    void setStyle(StyleSheet s) { style_ = std::move(s); }

    // Reads, reprojects and appends; layers that fail are left out and explained in the result.
    Diagnostics addFiles(const std::vector<std::string>& paths);
    // Reprojects every layer. An unknown CRS leaves everything as it was.
    Diagnostics setDisplayCrs(const std::string& crs);
    Bounds fullExtent() const;
    // The area the map is about (the bundled plan's district), in lon/lat; the view opens on it and
    // Home returns to it. Without one, home is the full extent.
    void setHomeLonLat(const Bounds& lonLat) { homeLonLat_ = lonLat; }
    Bounds homeExtent() const;
    void clear() { layers_.clear(); }

private:
    std::vector<Layer> layers_;
    std::string displayCrs_ = kDefaultCrs;
    Bounds homeLonLat_;
    StyleSheet style_;
};

}  // namespace pa
