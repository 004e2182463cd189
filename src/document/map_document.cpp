#include "document/map_document.h"

#include <algorithm>
#include <cmath>
#include <filesystem>

#include "io/crs.h"
#include "io/gdal_support.h"
#include "io/basemaps.h"
#include "io/ogr_reader.h"
#include "io/raster_reader.h"
#include "core/vector_source.h"
#include "io/postgis_view.h"
#include "io/reprojection.h"

namespace pa {

const LayerState* DocumentSnapshot::state(LayerId id) const {
    for (const LayerState& s : states)
        if (s.id == id) return &s;
    return nullptr;
}

MapDocument::MapDocument(QObject* parent) : QObject(parent) {}

Diagnostics MapDocument::addFiles(const std::vector<std::string>& paths, const ReadOptions& options) {
    return adopt(loadFiles(paths, displayCrs_, options));
}

MapDocument::Loaded MapDocument::loadFiles(const std::vector<std::string>& paths, const std::string& displayCrs,
                                           const ReadOptions& options) {
    Loaded out;
    for (const std::string& path : paths) {
        if (looksLikeRaster(path)) {
            RasterFileInfo info;
            Outcome<Layer> raster = readRasterFile(path, &info);
            if (!raster) {
                out.messages.push_back(raster.problem());
                continue;
            }
            if (!info.hasOverviews && info.pixels > kOverviewAdvisedPixels)
                out.messages.push_back({Diagnostic::Severity::Warning, path,
                                        "has no overviews, so a zoomed-out view reads the whole file; build them "
                                        "(the window offers to; they go beside it as " + std::filesystem::path(path).filename().string() +
                                            ".ovr, the file itself is not changed)"});
            Layer l = raster.take();
            if (reprojectLayer(l, displayCrs, out.messages)) out.layers.emplace_back(path, std::move(l));
            // A GeoPackage may hold vector layers beside its tiles.
            if (!hasExtension(path, ".gpkg")) continue;
            ReadResult v = readVectorFile(path, options);
            for (Layer& vl : v.layers) {
                vl.indexCitations();
                if (reprojectLayer(vl, displayCrs, out.messages)) out.layers.emplace_back(path, std::move(vl));
            }
            continue;
        }
        // A large PostGIS table is read by view, not whole.
        Outcome<std::optional<Layer>> byView = openPostgisByView(path);
        if (!byView) {
            out.messages.push_back(byView.problem());
            continue;
        }
        if (*byView) {
            Layer l = std::move(**byView);
            if (reprojectLayer(l, displayCrs, out.messages)) out.layers.emplace_back(path, std::move(l));
            continue;
        }
        ReadResult r = readVectorFile(path, options);
        for (Layer& l : r.layers) l.indexCitations();  // here, on the reading thread
        out.messages.insert(out.messages.end(), r.messages.begin(), r.messages.end());
        if (r.cancelled) {
            out.cancelled = true;
            out.layers.clear();  // all or nothing: a cancelled load adds no layer
            return out;
        }
        for (Layer& l : r.layers)
            if (reprojectLayer(l, displayCrs, out.messages)) out.layers.emplace_back(path, std::move(l));
    }
    return out;
}

Diagnostics MapDocument::addBasemap(const std::string& source) {
    Loaded loaded;
    loaded.basemap = true;
    Outcome<std::vector<Layer>> layers = openBasemap(source);
    if (!layers) {
        loaded.messages.push_back(layers.problem());
        return adopt(std::move(loaded));
    }
    for (Layer& l : *layers)
        if (reprojectLayer(l, displayCrs_, loaded.messages)) loaded.layers.emplace_back(source, std::move(l));
    return adopt(std::move(loaded));
}

Diagnostics MapDocument::adopt(Loaded&& loaded) {
    // Basemaps go under the lowest layer that is not one, in their own order.
    std::size_t under = 0;
    while (loaded.basemap && under < order_.size() && state(order_[under]) && state(order_[under])->group == kBasemapGroup) ++under;
    for (auto& [path, l] : loaded.layers) {
        LayerState st;
        st.id = nextId_++;
        const auto g = fileGroups_.find(path);
        st.group = loaded.basemap ? kBasemapGroup : g != fileGroups_.end() ? g->second : kUserGroup;
        l.id = st.id;
        if (loaded.basemap) order_.insert(order_.begin() + std::ptrdiff_t(under++), st.id);
        else order_.push_back(st.id);
        states_.push_back(st);
        layers_.push_back(std::make_shared<const Layer>(std::move(l)));
    }
    if (!loaded.layers.empty()) {
        links_.build(layers_);
        emit layersChanged();
    }
    return std::move(loaded.messages);
}

FeatureRef MapDocument::featureById(const std::string& id) const {
    if (id.empty()) return {};
    for (const Layer& l : layers_)
        for (std::uint32_t fi = 0; fi < l.features.size(); ++fi)
            if (l.features[fi].id == id) return {l.id, fi};
    return {};
}

const Feature* MapDocument::findFeature(FeatureRef r) const {
    const Layer* l = layers_.find(r.layer);
    return l && r.feature < l->features.size() ? &l->features[r.feature] : nullptr;
}

const LayerState* MapDocument::state(LayerId id) const {
    const int i = layers_.indexOf(id);
    return i < 0 ? nullptr : &states_[std::size_t(i)];
}

LayerState* MapDocument::mutableState(LayerId id) {
    const int i = layers_.indexOf(id);
    return i < 0 ? nullptr : &states_[std::size_t(i)];
}

std::vector<const Layer*> MapDocument::visibleLayers() const {
    std::vector<const Layer*> out;
    for (LayerId id : order_) {
        const int i = layers_.indexOf(id);
        if (i >= 0 && states_[std::size_t(i)].visible) out.push_back(&layers_.at(std::size_t(i)));
    }
    return out;
}

void MapDocument::setVisible(LayerId id, bool visible) {
    LayerState* s = mutableState(id);
    if (!s || s->visible == visible) return;
    s->visible = visible;
    emit statesChanged();
}

void MapDocument::setOpacity(LayerId id, float opacity) {
    LayerState* s = mutableState(id);
    opacity = std::clamp(opacity, 0.0f, 1.0f);
    if (!s || s->opacity == opacity) return;
    s->opacity = opacity;
    emit statesChanged();
}

void MapDocument::setRasterLook(LayerId id, RasterLook look) {
    LayerState* s = mutableState(id);
    look.brightness = std::clamp(look.brightness, -1.0f, 1.0f);
    look.contrast = std::clamp(look.contrast, -1.0f, 1.0f);
    if (!s || s->look == look) return;
    s->look = look;
    emit statesChanged();
}

void MapDocument::showOnly(const std::vector<std::string>& names) {
    bool changed = false;
    for (std::size_t i = 0; i < layers_.size(); ++i) {
        if (states_[i].group == kBasemapGroup) continue;  // the ground of every slide stays as it is
        const bool v = names.empty() || std::find(names.begin(), names.end(), layers_.at(i).name) != names.end();
        changed = changed || states_[i].visible != v;
        states_[i].visible = v;
    }
    if (changed) emit statesChanged();
}

void MapDocument::moveLayer(LayerId id, int to) {
    const auto it = std::find(order_.begin(), order_.end(), id);
    if (it == order_.end()) return;
    const int from = int(it - order_.begin());
    to = std::clamp(to, 0, int(order_.size()) - 1);
    if (from == to) return;
    order_.erase(it);
    order_.insert(order_.begin() + to, id);
    emit statesChanged();
}

void MapDocument::setDrawOrder(const std::vector<LayerId>& order) {
    // Only a permutation of the layers there are.
    std::vector<LayerId> a = order, b = order_;
    std::sort(a.begin(), a.end());
    std::sort(b.begin(), b.end());
    if (a != b || order == order_) return;
    order_ = order;
    emit statesChanged();
}

std::vector<FeatureRef> MapDocument::addFetched(LayerId id, const Layer& answer) {
    const int i = layers_.indexOf(id);
    if (i < 0 || !layers_.at(std::size_t(i)).viewSource || answer.features.empty()) return {};
    const Layer& old = layers_.at(std::size_t(i));
    // Answers are kept so earlier references stay good, up to a bound: a session of identifying
    // does not grow into the table.
    constexpr std::size_t kKeptAnswers = 20000;
    Layer joined = old.features.size() + answer.features.size() > kKeptAnswers ? joinUnique({&answer}) : joinUnique({&old, &answer});
    joined.id = old.id;
    joined.name = old.name;
    joined.sourcePath = old.sourcePath;
    joined.sourceCrs = old.sourceCrs;
    joined.sourceCrsName = old.sourceCrsName;
    joined.viewSource = old.viewSource;
    joined.projectedBounds = old.projectedBounds;  // the table's extent, not the answers'
    joined.indexCitations();
    std::map<std::string_view, std::uint32_t> at;
    for (std::uint32_t fi = 0; fi < joined.features.size(); ++fi) at.emplace(joined.features[fi].id, fi);
    std::vector<FeatureRef> refs;
    for (const Feature& f : answer.features) refs.push_back({id, at.at(f.id)});
    layers_.replace(std::size_t(i), std::make_shared<const Layer>(std::move(joined)));
    links_.build(layers_);
    emit layersChanged();
    return refs;
}

bool MapDocument::removeLayer(LayerId id) {
    const int i = layers_.indexOf(id);
    if (i < 0) return false;
    layers_.erase(std::size_t(i));
    states_.erase(states_.begin() + i);
    order_.erase(std::find(order_.begin(), order_.end(), id));
    links_.build(layers_);
    emit layerRemoved(id);
    emit layersChanged();
    return true;
}

void MapDocument::setStyle(StyleSheet s) {
    style_ = std::make_shared<const StyleSheet>(std::move(s));
    emit styleChanged();
}

Diagnostics MapDocument::setDisplayCrs(const std::string& crs) {
    Diagnostics messages;
    if (Problem p = describeCrs(crs)) {
        messages.push_back(std::move(*p));
        return messages;
    }
    // All or nothing: a layer that cannot go to the new CRS leaves every layer as it was. New layers
    // replace the old, so a snapshot being drawn keeps the layers it has.
    std::vector<std::vector<Vec2d>> projected(layers_.size());
    std::vector<Bounds> rasterExtents(layers_.size());
    for (std::size_t i = 0; i < layers_.size(); ++i) {
        const Layer& l = layers_.at(i);
        if (l.raster) {
            rasterExtents[i] = l.raster->extentIn(crs);
            if (rasterExtents[i].isEmpty() && !l.raster->coversWorld()) {
                messages.push_back(Diagnostic::error(l.sourcePath, "raster '" + l.name + "' cannot be shown in " + crs +
                                                                       ": none of it lies where that CRS is defined"));
                return messages;
            }
        } else if (l.viewSource) {
            rasterExtents[i] = l.viewSource->extentIn(crs);
            if (rasterExtents[i].isEmpty()) {
                messages.push_back(Diagnostic::error(l.sourcePath, "layer '" + l.name + "' cannot be shown in " + crs +
                                                                       ": none of it lies where that CRS is defined"));
                return messages;
            }
        } else if (!projectVertices(l, crs, projected[i], messages)) {
            return messages;
        }
    }
    for (std::size_t i = 0; i < layers_.size(); ++i) {
        auto l = std::make_shared<Layer>(layers_.at(i));
        if (l->viewSource) l->clearFeatures();  // answers fetched in the old CRS; asked again when needed
        l->projected = std::move(projected[i]);
        l->computeProjectedBounds();
        if (l->raster || l->viewSource) l->projectedBounds = rasterExtents[i];
        layers_.replace(i, std::move(l));
    }
    displayCrs_ = crs;
    if (!layers_.empty()) emit layersChanged();
    return messages;
}

Bounds MapDocument::homeExtent() const {
    if (homeLonLat_.isEmpty()) return fullExtent();
    const Bounds b = lonLatBoxToDisplay(homeLonLat_, displayCrs_);
    return b.isEmpty() ? fullExtent() : b;
}

Bounds MapDocument::fullExtent() const {
    Bounds b;
    for (const Layer& l : layers_) b.unite(l.projectedBounds);
    return b;
}

DocumentSnapshot MapDocument::snapshot() const {
    return DocumentSnapshot{layers_, states_, order_, style_, displayCrs_};
}

}  // namespace pa
