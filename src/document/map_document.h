#pragma once
// What the map shows: the loaded layers (kept in their source CRS and reprojected to the display
// CRS), each layer's state, the drawing order, the style and the display CRS. Shared by the window
// and the command line. It says when it changes; the panels and the canvas follow its signals.
#include <QObject>

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "core/diagnostic.h"
#include "core/feature_links.h"
#include "core/layer_list.h"
#include "core/style.h"
#include "io/ogr_reader.h"

namespace pa {

// How one layer is shown: the layer tree's checkbox, opacity slider and group.
struct LayerState {
    LayerId id = 0;
    bool visible = true;
    float opacity = 1.0f;
    RasterLook look;    // raster layers: brightness and contrast
    std::string group;  // the plan group from geodata/layers.json, or "user layers"
};

// What a worker thread needs to draw the document: shared layers and style, copied in microseconds;
// the document may change while the copy is read.
struct DocumentSnapshot {
    LayerList layers;
    std::vector<LayerState> states;
    std::vector<LayerId> order;  // bottom first
    std::shared_ptr<const StyleSheet> style;
    std::string displayCrs;
    const LayerState* state(LayerId id) const;
};

class MapDocument : public QObject {
    Q_OBJECT
public:
    static constexpr const char* kUserGroup = "user layers";
    static constexpr const char* kBasemapGroup = "basemaps";
    static constexpr const char* kDefaultCrs = "EPSG:3857";

    explicit MapDocument(QObject* parent = nullptr);

    const LayerList& layers() const { return layers_; }
    const Layer* layer(LayerId id) const { return layers_.find(id); }
    // The feature a reference names; null when its layer has been removed or the index is stale.
    // A feature by its `id` property, the first in layer order (a user layer may repeat ids). Looked
    // for rather than indexed: a slide or a command line asks for a few, and an index of a million
    // user features' ids cost a third of a second and a hundred megabytes on every file opened.
    FeatureRef featureById(const std::string& id) const;
    const Feature* findFeature(FeatureRef r) const;
    // The feature of a reference known to be valid.
    const Feature& feature(FeatureRef r) const { return *findFeature(r); }
    const std::vector<LayerState>& states() const { return states_; }
    const LayerState* state(LayerId id) const;
    // Layer ids in drawing order, bottom first.
    const std::vector<LayerId>& drawOrder() const { return order_; }
    // The shown layers, bottom first.
    std::vector<const Layer*> visibleLayers() const;

    void setVisible(LayerId id, bool visible);
    void setOpacity(LayerId id, float opacity);
    void setRasterLook(LayerId id, RasterLook look);
    // Shows exactly the layers named (all when `names` is empty): a slide's layers. Basemaps keep
    // their visibility: they are the ground of every slide.
    void showOnly(const std::vector<std::string>& names);
    // Moves a layer to position `to` of the drawing order.
    void moveLayer(LayerId id, int to);
    void setDrawOrder(const std::vector<LayerId>& order);
    // A layer read by view (a large PostGIS table) holds as features only what was asked of its
    // source: this adds an answer (identify, search: display CRS) to them and returns the reference
    // of each of its features, in its order (none when it is empty or the layer is not read by view).
    std::vector<FeatureRef> addFetched(LayerId id, const Layer& answer);
    // Takes a layer out of the document; references to its features stop resolving.
    bool removeLayer(LayerId id);

    // Files opened later with these paths get these groups (the bundled manifest).
    void setFileGroups(std::map<std::string, std::string> groups) { fileGroups_ = std::move(groups); }
    // The links between features and the plan, rebuilt whenever layers are added or removed.
    const FeatureLinks& links() const { return links_; }
    const std::string& displayCrs() const { return displayCrs_; }
    const StyleSheet& style() const { return *style_; }
    void setStyle(StyleSheet s);

    // Reads, reprojects and appends; layers that fail are left out and explained in the result.
    Diagnostics addFiles(const std::vector<std::string>& paths, const ReadOptions& options = {});
    // The two halves of addFiles: reading and reprojecting touch no document state, so they can run
    // on a worker thread; adopting the result happens where the document lives.
    struct Loaded {
        std::vector<std::pair<std::string, Layer>> layers;  // with the file each came from
        Diagnostics messages;
        bool cancelled = false;
        bool basemap = false;  // under every other layer, in the basemaps group
    };
    static Loaded loadFiles(const std::vector<std::string>& paths, const std::string& displayCrs, const ReadOptions& options);
    Diagnostics adopt(Loaded&& loaded);
    // A basemap (io/basemaps: a preset, a URL template, a tile file) under every layer there is.
    Diagnostics addBasemap(const std::string& source);
    // Reprojects every layer. An unknown CRS leaves everything as it was.
    Diagnostics setDisplayCrs(const std::string& crs);
    Bounds fullExtent() const;
    // The area the map is about (the bundled plan's district), in lon/lat; the view opens on it and
    // Home returns to it. Without one, home is the full extent.
    void setHomeLonLat(const Bounds& lonLat) { homeLonLat_ = lonLat; }
    Bounds homeExtent() const;

    DocumentSnapshot snapshot() const;

signals:
    // Layers were added or removed, or every layer changed (a new display CRS).
    void layersChanged();
    // A layer was removed: references to its features no longer resolve.
    void layerRemoved(LayerId id);
    // Visibility, opacity or drawing order changed.
    void statesChanged();
    void styleChanged();

private:
    LayerState* mutableState(LayerId id);
    LayerList layers_;
    std::string displayCrs_ = kDefaultCrs;
    Bounds homeLonLat_;
    std::vector<LayerState> states_;  // parallel to layers_
    std::vector<LayerId> order_;
    std::map<std::string, std::string> fileGroups_;
    FeatureLinks links_;
    std::shared_ptr<const StyleSheet> style_ = std::make_shared<StyleSheet>();
    LayerId nextId_ = 1;
};

}  // namespace pa
