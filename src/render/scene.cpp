#include "render/scene.h"

#include <algorithm>
#include <cstdlib>
#include <thread>

namespace pa {

namespace {

SceneLayer overlayLayer(Layer l, const Symbol& symbol, bool gpu) {
    l.projected = l.projected.empty() ? l.vertices : l.projected;
    l.computeProjectedBounds();
    StyleSheet sheet;
    sheet.base = symbol;
    SceneLayer s;
    auto layer = std::make_shared<const Layer>(std::move(l));
    auto style = std::make_shared<const ResolvedStyle>(resolveLayerStyle(*layer, sheet));
    if (gpu) s.gpu = std::make_shared<GpuLayerData>(buildGpuLayer(*layer, *style));
    s.layer = std::move(layer);
    s.style = std::move(style);
    return s;
}

// The measured path and the checked place are drawn in the highlight's hue, a red that reads over
// every plan colour.
Symbol markSymbol(const Symbol& highlight) {
    Symbol m = highlight;
    m.strokeWidth = 2.5f;
    m.markerSize = 10.0f;
    m.fill = {214, 39, 40, 60};
    m.stroke = {214, 39, 40, 255};
    m.dashOn = m.dashOff = m.hatchSpacing = 0;
    return m;
}

Layer measureLayer(const std::vector<Vec2d>& path, bool area) {
    Layer m;
    m.beginFeature("measure");
    const bool ring = area && path.size() >= 3;
    m.beginPart(path.size() == 1 ? PartKind::Point : ring ? PartKind::Polygon : PartKind::Line);
    std::vector<Vec2d> pts = path;
    if (ring) pts.push_back(pts.front());
    m.addRing(pts.data(), pts.size());
    if (ring) {
        // A fan is exact for the convex rings measured by hand and harmless otherwise: it only tints.
        Part& part = m.parts.back();
        part.firstIndex = 0;
        for (std::uint32_t i = 1; i + 1 < pts.size() - 1; ++i) m.triangles.insert(m.triangles.end(), {0u, i, i + 1});
        part.indexCount = std::uint32_t(m.triangles.size());
    }
    return m;
}

}  // namespace

std::vector<SceneLayer> prepareOverlays(const DocumentSnapshot& doc, const MapOverlays& o, bool gpu) {
    std::vector<SceneLayer> out;
    const Symbol highlight = doc.style ? doc.style->highlight : StyleSheet{}.highlight;
    std::map<LayerId, std::vector<std::uint32_t>> byLayer;
    for (const FeatureRef& r : o.selection)
        if (const Layer* l = doc.layers.find(r.layer); l && r.feature < l->features.size()) byLayer[r.layer].push_back(r.feature);
    for (const auto& [id, features] : byLayer) {
        SceneLayer s = overlayLayer(doc.layers.find(id)->subset(features), highlight, gpu);
        s.id = id;
        out.push_back(std::move(s));
    }
    const Symbol mark = markSymbol(highlight);
    if (!o.measure.empty()) out.push_back(overlayLayer(measureLayer(o.measure, o.measureArea), mark, gpu));
    if (!o.marks.empty()) {
        // Rings in the highlight's orange, open in the middle so the place itself stays visible.
        Layer m;
        for (const Vec2d& at : o.marks) {
            m.beginFeature("mark");
            m.beginPart(PartKind::Point);
            m.addRing(&at, 1);
        }
        Symbol ring = mark;
        ring.fill = {255, 255, 255, 0};
        ring.stroke = highlight.stroke;
        ring.markerSize = 16.0f;
        ring.strokeWidth = 3.0f;
        out.push_back(overlayLayer(std::move(m), ring, gpu));
    }
    if (o.pin) {
        Layer p;
        p.beginFeature("pin");
        p.beginPart(PartKind::Point);
        p.addRing(&*o.pin, 1);
        Symbol pin = mark;
        pin.fill = {214, 39, 40, 255};
        pin.stroke = {255, 255, 255, 255};
        pin.markerSize = 13.0f;
        pin.strokeWidth = 2.0f;
        out.push_back(overlayLayer(std::move(p), pin, gpu));
    }
    return out;
}

std::size_t viewBudgetBytes() {
    const char* mb = std::getenv("PLANATLAS_VIEW_BUDGET_MB");
    const long v = mb ? std::strtol(mb, nullptr, 10) : 0;
    return std::size_t(v > 0 ? v : 256) << 20;
}

LayerPtr SceneCache::joinedLayer(const Layer& source, std::vector<std::shared_ptr<const VectorTile>> tiles) {
    {
        std::lock_guard<std::mutex> lock(mutex_);
        const auto it = joined_.find(source.viewSource.get());
        if (it != joined_.end() && it->second.tiles == tiles && it->second.layer->id == source.id) return it->second.layer;
    }
    std::vector<const Layer*> pieces;
    for (const auto& t : tiles) pieces.push_back(&t->layer);
    auto joined = std::make_shared<Layer>(joinUnique(pieces));
    joined->id = source.id;
    joined->name = source.name;
    joined->sourcePath = source.sourcePath;
    joined->sourceCrs = source.sourceCrs;
    joined->sourceCrsName = source.sourceCrsName;
    std::lock_guard<std::mutex> lock(mutex_);
    joined_[source.viewSource.get()] = {std::move(tiles), joined};
    return joined;
}

void SceneCache::keepOnly(const std::vector<const Layer*>& layers, const StyleSheet* style) {
    std::lock_guard<std::mutex> lock(mutex_);
    for (auto it = entries_.begin(); it != entries_.end();) {
        const bool used = it->first.style == style && std::find(layers.begin(), layers.end(), it->first.layer) != layers.end();
        it = used ? std::next(it) : entries_.erase(it);
    }
    for (auto it = joined_.begin(); it != joined_.end();)
        it = std::find(layers.begin(), layers.end(), it->second.layer.get()) != layers.end() ? std::next(it) : joined_.erase(it);
}

void SceneCache::clear() {
    std::lock_guard<std::mutex> lock(mutex_);
    entries_.clear();
}

Scene prepareScene(const DocumentSnapshot& doc, const MapSettings& settings, SceneCache* cache,
                   const std::atomic<bool>* cancel, bool gpu, bool waitForTiles) {
    Scene scene;
    scene.settings = settings;
    const std::shared_ptr<const StyleSheet> style = doc.style ? doc.style : std::make_shared<const StyleSheet>();
    scene.background = style->background;
    scene.highlight = style->highlight;
    SceneCache local;
    SceneCache& c = cache ? *cache : local;

    std::vector<RasterLook> looks;
    for (const LayerDraw& d : settings.layers)
        if (LayerPtr l = doc.layers.share(d.id)) {
            SceneLayer sl;
            sl.id = d.id;
            sl.opacity = d.opacity;
            sl.layer = std::move(l);
            scene.layers.push_back(std::move(sl));
            looks.push_back(d.look);
        }

    // Layers read by view: the tiles of this view (with a margin for the window's short pans), the
    // finer first, joined into one layer of the features they hold (each once); it is then prepared
    // like any layer.
    const Viewport view = settings.view();
    for (SceneLayer& sl : scene.layers) {
        if (!sl.layer->viewSource) continue;
        std::vector<TileKey> needed;
        for (const TileKey& k : tilesForView(view, waitForTiles ? 0.0 : 0.25))
            if (k.extent().intersects(sl.layer->projectedBounds)) needed.push_back(k);
        TileVariant variant;
        variant.vector = sl.layer->viewSource;
        variant.crs = settings.crs;
        std::vector<SceneTile> got = c.viewTiles().tiles(variant, needed, waitForTiles, cancel, &scene.problems);
        std::stable_sort(got.begin(), got.end(), [](const SceneTile& a, const SceneTile& b) { return a.key.z > b.key.z; });
        std::vector<std::shared_ptr<const VectorTile>> tiles;
        for (SceneTile& t : got)
            if (t.vector) tiles.push_back(std::move(t.vector));
        sl.layer = c.joinedLayer(*sl.layer, std::move(tiles));
    }
    if (cancel && *cancel) {
        scene.cancelled = true;
        return scene;
    }

    // One task per layer, on every core; a layer already prepared with this style costs a lookup.
    std::atomic<std::size_t> next{0};
    std::vector<std::shared_ptr<const std::vector<LabelSource>>> labels(scene.layers.size());
    auto work = [&] {
        for (std::size_t i; (i = next++) < scene.layers.size();) {
            if (cancel && *cancel) return;
            SceneLayer& sl = scene.layers[i];
            const SceneCache::Key key{sl.layer.get(), style.get()};
            SceneCache::Entry e;
            {
                std::lock_guard<std::mutex> lock(c.mutex_);
                if (auto it = c.entries_.find(key); it != c.entries_.end()) e = it->second.entry;
            }
            bool changed = false;
            if (!e.style) {
                e.style = std::make_shared<const ResolvedStyle>(resolveLayerStyle(*sl.layer, *style));
                changed = true;
            }
            if (cancel && *cancel) return;
            // Built without the outlines' strokes while they are hairlines; again with them if a
            // higher pixel ratio (a HiDPI screen, an export at dpr 2) makes them wider.
            const bool strokes = gpu && needsOutlineStrokes(*e.style, settings.dpr);
            if (gpu && (!e.gpu || (strokes && !e.gpu->strokes))) {
                e.gpu = std::make_shared<GpuLayerData>(buildGpuLayer(*sl.layer, *e.style, strokes));
                changed = true;
            }
            if (settings.labels) {
                auto& l = e.labels[settings.language];
                if (!l) {
                    l = std::make_shared<const std::vector<LabelSource>>(collectLabelSources(*sl.layer, *e.style, settings.language));
                    changed = true;
                }
                labels[i] = l;
            }
            sl.style = e.style;
            sl.gpu = e.gpu;
            if (changed) {
                std::lock_guard<std::mutex> lock(c.mutex_);
                SceneCache::Held& h = c.entries_[key];
                h.layer = sl.layer;
                h.style = style;
                h.entry = e;
            }
        }
    };
    const std::size_t threads =
        std::min<std::size_t>(scene.layers.size(), std::max(1u, std::thread::hardware_concurrency()));
    std::vector<std::thread> pool;
    for (std::size_t t = 1; t < threads; ++t) pool.emplace_back(work);
    work();
    for (std::thread& t : pool) t.join();
    if (cancel && *cancel) {
        scene.cancelled = true;
        return scene;
    }
    {
        auto all = std::make_shared<std::vector<LabelSource>>();
        for (std::size_t i = 0; i < labels.size(); ++i)
            if (labels[i])
                for (LabelSource s : *labels[i]) {
                    s.order = int(i);
                    all->push_back(std::move(s));
                }
        scene.labels = std::move(all);
    }
    // Raster layers: the display tiles of this view (the window's view with a margin, so a short
    // pan finds them read already).
    const std::vector<TileKey> keys = tilesForView(view, waitForTiles ? 0.0 : 0.25);
    for (std::size_t i = 0; i < scene.layers.size(); ++i) {
        SceneLayer& sl = scene.layers[i];
        if (!sl.layer->raster) continue;
        const bool everywhere = sl.layer->raster->coversWorld();
        if (!everywhere && !sl.layer->projectedBounds.intersects(view.visibleBounds())) continue;
        std::vector<TileKey> needed;
        for (const TileKey& k : keys)
            if (everywhere || k.extent().intersects(sl.layer->projectedBounds)) needed.push_back(k);
        const TileVariant variant{sl.layer->raster, nullptr, settings.crs, looks[i], style->rampFor(*sl.layer)};
        sl.tiles = c.tiles().tiles(variant, needed, waitForTiles, cancel, &scene.problems);
        const std::string a = sl.layer->raster->attribution();
        if (!a.empty() && std::find(scene.attributions.begin(), scene.attributions.end(), a) == scene.attributions.end())
            scene.attributions.push_back(a);
    }
    if (cancel && *cancel) {
        scene.cancelled = true;
        return scene;
    }
    scene.tilesPending = waitForTiles ? 0 : c.tiles().pending() + c.viewTiles().pending();
    scene.overlays = prepareOverlays(doc, settings.overlays, gpu);
    if (cache) {
        std::vector<const Layer*> used;
        for (const SceneLayer& sl : scene.layers) used.push_back(sl.layer.get());
        // Hidden layers stay prepared too: showing them again must not cost a preparation.
        for (const Layer& l : doc.layers) used.push_back(&l);
        cache->keepOnly(used, style.get());
    }
    return scene;
}

}  // namespace pa
