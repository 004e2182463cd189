#include "document/map_settings.h"

#include <algorithm>

#include "io/crs.h"

namespace pa {

MapSettings mapSettings(const MapDocument& doc, const Viewport& view, const std::string& language) {
    MapSettings s;
    for (LayerId id : doc.drawOrder())
        if (const LayerState* st = doc.state(id); st && st->visible) s.layers.push_back({id, st->opacity, st->look});
    s.crs = doc.displayCrs();
    s.setView(view);
    s.language = language;
    return s;
}

MapSettings slideSettings(const MapDocument& doc, MapSettings s, const Slide& slide) {
    s.layers.clear();
    for (LayerId id : doc.drawOrder()) {
        const Layer* l = doc.layer(id);
        const LayerState* st = doc.state(id);
        if (!l || !st) continue;
        // A visible basemap is the ground of every slide, whichever plan layers the slide names.
        const bool ground = st->group == MapDocument::kBasemapGroup && st->visible;
        if (ground || slide.layers.empty() || std::find(slide.layers.begin(), slide.layers.end(), l->name) != slide.layers.end())
            s.layers.push_back({id, st->opacity, st->look});
    }
    const Bounds e = lonLatBoxToDisplay(slide.extentLonLat, doc.displayCrs());
    if (!e.isEmpty()) s.extent = e;
    s.overlays.selection.clear();
    for (const std::string& id : slide.selection)
        if (FeatureRef r = doc.featureById(id); r.valid()) s.overlays.selection.push_back(r);
    return s;
}

}  // namespace pa
