#pragma once
// What to draw, as one value: which layers (by id) in which order and opacity, the view (extent,
// output size, device pixel ratio), the display CRS, the label language and the overlays. The
// window, `planatlas render`, `planatlas export`, slides, presentation mode, the bench and the
// render tests all build one with mapSettings() (io/map_settings) and hand it to the same scene
// preparation (render/scene) and backends.
#include <optional>
#include <string>
#include <vector>

#include "core/feature_ref.h"
#include "core/raster.h"
#include "core/viewport.h"

namespace pa {

struct LayerDraw {
    LayerId id = 0;
    float opacity = 1.0f;
    RasterLook look;  // raster layers: brightness and contrast
    bool operator==(const LayerDraw& o) const { return id == o.id && opacity == o.opacity && look == o.look; }
};

// Drawn over the map in the style's highlight colours.
struct MapOverlays {
    std::vector<FeatureRef> selection;
    std::optional<Vec2d> pin;          // the checked place, display CRS
    std::vector<Vec2d> measure;        // the measured path, display CRS
    bool measureArea = false;          // the path closes into a ring
    std::vector<Vec2d> marks;          // places a tool has marked (the georeferencer's control points), display CRS
    bool empty() const { return selection.empty() && !pin && measure.empty() && marks.empty(); }
};

struct MapSettings {
    std::vector<LayerDraw> layers;  // the shown layers, bottom first
    std::string crs;                // display CRS
    Bounds extent;                  // display CRS: what must be in the picture
    int width = 800, height = 600;  // output size, logical px
    double dpr = 1.0;               // device pixels per logical px
    std::string language = "zh";    // labels: "zh" (name_zh) or "en" (name_en, falling back)
    bool labels = true;
    MapOverlays overlays;

    // The extent framed in `w` x `h` logical px (aspect kept, centred, no margin).
    Viewport viewIn(int w, int h, double devicePixelRatio) const {
        Viewport v;
        v.setSize(w, h);
        v.setDevicePixelRatio(devicePixelRatio);
        v.fitBounds(extent, 0.0);
        return v;
    }
    Viewport view() const { return viewIn(width, height, dpr); }
    // Settings that show exactly what `v` shows.
    void setView(const Viewport& v) {
        extent = v.visibleBounds();
        width = v.width();
        height = v.height();
        dpr = v.devicePixelRatio();
    }
};

}  // namespace pa
