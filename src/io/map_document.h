#pragma once
// What the map shows: the loaded layers (kept in their source CRS and reprojected to the display
// CRS), the style, and the display CRS itself. Shared by the window and the command line.
#include <string>
#include <vector>

#include <map>

#include "core/diagnostic.h"
#include "core/feature_links.h"
#include "core/layer.h"
#include "core/style.h"
#include "io/ogr_reader.h"

namespace pa {

// How one layer is shown: the layer tree's checkbox, opacity slider and group.
struct LayerState {
    bool visible = true;
    float opacity = 1.0f;
    std::string group;  // the plan group from geodata/layers.json, or "user layers"
};

class MapDocument {
public:
    static constexpr const char* kUserGroup = "user layers";
    static constexpr const char* kDefaultCrs = "EPSG:3857";

    const std::vector<Layer>& layers() const { return layers_; }
    const std::vector<LayerState>& states() const { return states_; }
    LayerState& state(int layer) { return states_[std::size_t(layer)]; }
    // Layer indices in drawing order, bottom first.
    const std::vector<int>& drawOrder() const { return order_; }
    // Moves a layer to position `to` of the drawing order.
    void moveLayer(int layer, int to);
    std::vector<bool> visibility() const;
    // Files opened later with these paths get these groups (the bundled manifest).
    void setFileGroups(std::map<std::string, std::string> groups) { fileGroups_ = std::move(groups); }
    // The links between features and the plan, rebuilt whenever layers are added.
    const FeatureLinks& links() const { return links_; }
    const Feature& feature(FeatureRef r) const { return layers_[std::size_t(r.layer)].features[r.feature]; }
    const std::string& displayCrs() const { return displayCrs_; }
    const StyleSheet& style() const { return style_; }
    void setStyle(StyleSheet s) { style_ = std::move(s); }

    // Reads, reprojects and appends; layers that fail are left out and explained in the result.
    Diagnostics addFiles(const std::vector<std::string>& paths, const ReadOptions& options = {});
    // The two halves of addFiles: reading and reprojecting touch no document state, so they can run
    // on a worker thread; adopting the result happens where the document lives.
    struct Loaded {
        std::vector<std::pair<std::string, Layer>> layers;  // with the file each came from
        Diagnostics messages;
        bool cancelled = false;
    };
    static Loaded loadFiles(const std::vector<std::string>& paths, const std::string& displayCrs, const ReadOptions& options);
    Diagnostics adopt(Loaded&& loaded);
    // Reprojects every layer. An unknown CRS leaves everything as it was.
    Diagnostics setDisplayCrs(const std::string& crs);
    Bounds fullExtent() const;
    // The area the map is about (the bundled plan's district), in lon/lat; the view opens on it and
    // Home returns to it. Without one, home is the full extent.
    void setHomeLonLat(const Bounds& lonLat) { homeLonLat_ = lonLat; }
    Bounds homeExtent() const;
    void clear() {
        layers_.clear();
        states_.clear();
        order_.clear();
        links_ = FeatureLinks{};
    }

private:
    std::vector<Layer> layers_;
    std::string displayCrs_ = kDefaultCrs;
    Bounds homeLonLat_;
    std::vector<LayerState> states_;
    std::vector<int> order_;
    std::map<std::string, std::string> fileGroups_;
    FeatureLinks links_;
    StyleSheet style_;
};

}  // namespace pa
