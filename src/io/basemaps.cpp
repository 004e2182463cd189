#include "io/basemaps.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <filesystem>
#include <mutex>

#include "io/geodata_paths.h"
#include "io/raster_reader.h"
#include "io/web_tiles.h"

namespace pa {

namespace {

std::vector<BasemapPreset> loadPresets(std::string& problem) {
    std::vector<BasemapPreset> out;
    const QString path = QString::fromStdString(dataRoot() + "/assets/basemaps.json");
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        problem = path.toStdString() + ": cannot be read";
        return out;
    }
    const QJsonArray presets = QJsonDocument::fromJson(f.read(1 << 20)).object().value("presets").toArray();
    for (const QJsonValue& v : presets) {
        const QJsonObject o = v.toObject();
        std::string spec = o.value("url").toString().toStdString();
        // The template's own checks, with the preset's fields as options (a key to come from the user).
        if (o.contains("subdomains")) spec += ",subdomains=" + o.value("subdomains").toString().toStdString();
        if (o.contains("minzoom")) spec += ",minzoom=" + std::to_string(o.value("minzoom").toInt());
        if (o.contains("maxzoom")) spec += ",maxzoom=" + std::to_string(o.value("maxzoom").toInt());
        if (o.value("grid").toString() == "baidu") spec += ",baidu";
        if (o.value("datum").toString() == "gcj02") spec += ",gcj02";
        if (o.value("datum").toString() == "bd09") spec += ",bd09";
        const bool needsKey = o.contains("key");
        if (needsKey) spec += ",key=KEY";
        Outcome<TileTemplate> t = parseTileTemplate(spec);
        if (!t) {
            problem = path.toStdString() + ": preset " + o.value("id").toString().toStdString() + ": " + t.why();
            continue;
        }
        BasemapPreset p;
        p.id = o.value("id").toString().toStdString();
        p.nameZh = o.value("name_zh").toString().toStdString();
        p.nameEn = o.value("name_en").toString().toStdString();
        p.keyName = o.value("key").toString().toStdString();
        p.tiles = t.take();
        p.tiles.key.clear();
        p.tiles.name = p.nameZh;
        p.tiles.attribution = o.value("attribution").toString().toStdString();
        for (const QJsonValue& ov : o.value("overlays").toArray()) p.overlays.push_back(ov.toString().toStdString());
        out.push_back(std::move(p));
    }
    return out;
}

// "key=…", "timeout=…" after a preset's name.
Problem applyPresetOptions(const std::string& source, const std::string& options, TileTemplate& t) {
    if (options.empty()) return std::nullopt;
    // The template parser knows the options; a dummy URL carries them.
    Outcome<TileTemplate> o = parseTileTemplate("https://x/{z}/{x}/{y}," + options);
    if (!o) return Diagnostic::error(source, o.why());
    if (!o->key.empty()) t.key = o->key;
    if (o->timeoutMs) t.timeoutMs = o->timeoutMs;
    return std::nullopt;
}

}  // namespace

const std::vector<BasemapPreset>& basemapPresets(std::string* problem) {
    static std::once_flag once;
    static std::vector<BasemapPreset> presets;
    static std::string why;
    std::call_once(once, [] { presets = loadPresets(why); });
    if (problem) *problem = why;
    return presets;
}

const BasemapPreset* findBasemapPreset(const std::string& id) {
    for (const BasemapPreset& p : basemapPresets())
        if (p.id == id) return &p;
    return nullptr;
}

Layer webTileLayer(const TileTemplate& t, std::shared_ptr<TileFetcher> fetcher) {
    Layer l;
    l.name = t.name;
    l.sourcePath = redactedTileUrl(t, t.url);
    l.sourceCrs = "EPSG:3857";
    l.sourceCrsName = t.datum == ChineseDatum::Gcj02 ? "WGS 84 / Pseudo-Mercator (GCJ-02 tiles)"
                      : t.datum == ChineseDatum::Bd09 ? "WGS 84 / Pseudo-Mercator (BD-09 tiles)"
                                                       : "WGS 84 / Pseudo-Mercator";
    l.raster = makeWebTileSource(t, std::move(fetcher));
    return l;
}

Outcome<std::vector<Layer>> openBasemap(const std::string& source, std::shared_ptr<TileFetcher> fetcher) {
    std::vector<Layer> out;
    if (isTileTemplate(source)) {
        Outcome<TileTemplate> t = parseTileTemplate(source);
        if (!t) return t.problem();
        out.push_back(webTileLayer(*t, fetcher));
        return out;
    }
    const std::string id = source.substr(0, source.find(','));
    const std::string options = source.find(',') == std::string::npos ? "" : source.substr(source.find(',') + 1);
    if (const BasemapPreset* p = findBasemapPreset(id)) {
        std::vector<const BasemapPreset*> parts{p};
        for (const std::string& o : p->overlays)
            if (const BasemapPreset* overlay = findBasemapPreset(o)) parts.push_back(overlay);
        for (const BasemapPreset* part : parts) {
            TileTemplate t = part->tiles;
            if (const Problem bad = applyPresetOptions(source, options, t)) return *bad;
            if (!part->keyName.empty() && t.key.empty())
                return Diagnostic::error(source, "the " + p->nameEn + " service needs a key of your own: --basemap " + id +
                                                     ",key=YOUR_KEY (the window asks for it once)");
            out.push_back(webTileLayer(t, fetcher));
        }
        return out;
    }
    if (source.find("://") != std::string::npos) return parseTileTemplate(source).problem();
    // A local tile file: MBTiles, a GeoPackage, a GeoTIFF.
    std::error_code ec;
    if (!std::filesystem::exists(source, ec)) {
        std::string names;
        for (const BasemapPreset& b : basemapPresets()) names += (names.empty() ? "" : ", ") + b.id;
        return Diagnostic::error(source, "neither a preset (" + names + "), nor a tile URL template, nor a tile file");
    }
    Outcome<Layer> file = readRasterFile(source);
    if (!file) return file.problem();
    out.push_back(file.take());
    return out;
}

}  // namespace pa
