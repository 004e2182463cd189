#include "core/style.h"

#include <algorithm>
#include <cmath>
#include <iterator>
#include <map>
#include <thread>

#include "core/layer.h"

namespace pa {

bool operator==(const Rgba& x, const Rgba& y) { return x.r == y.r && x.g == y.g && x.b == y.b && x.a == y.a; }

namespace {
int hexDigit(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}
}  // namespace

std::optional<Rgba> parseColor(const std::string& text) {
    if (text.empty() || text[0] != '#') return std::nullopt;
    const std::string h = text.substr(1);
    for (char c : h)
        if (hexDigit(c) < 0) return std::nullopt;
    auto byte = [&](std::size_t i) { return std::uint8_t(hexDigit(h[i]) * 16 + hexDigit(h[i + 1])); };
    if (h.size() == 3)
        return Rgba{std::uint8_t(hexDigit(h[0]) * 17), std::uint8_t(hexDigit(h[1]) * 17), std::uint8_t(hexDigit(h[2]) * 17), 255};
    if (h.size() == 6) return Rgba{byte(0), byte(2), byte(4), 255};
    if (h.size() == 8) return Rgba{byte(0), byte(2), byte(4), byte(6)};
    return std::nullopt;
}

void SymbolPatch::applyTo(Symbol& s) const {
    if (fill) s.fill = *fill;
    if (stroke) s.stroke = *stroke;
    if (strokeWidth) s.strokeWidth = *strokeWidth;
    if (markerSize) s.markerSize = *markerSize;
    if (cap) s.cap = *cap;
    if (marker) s.marker = *marker;
    if (strokeColorProperty) s.strokeColorProperty = *strokeColorProperty;
    if (fillColorProperty) s.fillColorProperty = *fillColorProperty;
    if (dashOn) s.dashOn = *dashOn;
    if (dashOff) s.dashOff = *dashOff;
    if (hatchSpacing) s.hatchSpacing = *hatchSpacing;
    if (hatchWidth) s.hatchWidth = *hatchWidth;
}

void LabelPatch::applyTo(LabelStyle& s) const {
    if (enabled) s.enabled = *enabled;
    if (size) s.size = *size;
    if (haloWidth) s.haloWidth = *haloWidth;
    if (color) s.color = *color;
    if (halo) s.halo = *halo;
    if (priority) s.priority = *priority;
    if (placement) s.placement = *placement;
    if (maxResolution) s.maxResolution = *maxResolution;
}

namespace {
// The feature's own colours, where the symbol names properties that hold them.
void applyColorProperties(Symbol& s, const Feature& feature) {
    if (!s.strokeColorProperty.empty())
        if (const std::string* v = feature.property(s.strokeColorProperty))
            if (auto c = parseColor(*v)) s.stroke = *c;
    if (!s.fillColorProperty.empty())
        if (const std::string* v = feature.property(s.fillColorProperty))
            if (auto c = parseColor(*v)) s.fill = *c;
}
}  // namespace

std::set<std::string> StyleSheet::attributesDrawn() const {
    std::set<std::string> out(std::begin(kNameFields), std::end(kNameFields));
    out.insert("name_en");
    auto colours = [&](const std::string& stroke, const std::string& fill) {
        if (!stroke.empty()) out.insert(stroke);
        if (!fill.empty()) out.insert(fill);
    };
    colours(base.strokeColorProperty, base.fillColorProperty);
    for (const StyleRule& r : rules) {
        if (!r.property.empty()) out.insert(r.property);
        colours(r.patch.strokeColorProperty.value_or(""), r.patch.fillColorProperty.value_or(""));
    }
    return out;
}

Rgba ColorRamp::at(double t) const {
    if (stops.empty()) return {};
    if (!(t > stops.front().at)) return stops.front().color;
    if (t >= stops.back().at) return stops.back().color;
    for (std::size_t i = 1; i < stops.size(); ++i) {
        const Stop& a = stops[i - 1];
        const Stop& b = stops[i];
        if (t > b.at) continue;
        const double f = b.at > a.at ? (t - a.at) / (b.at - a.at) : 1.0;
        auto mix = [f](std::uint8_t x, std::uint8_t y) { return std::uint8_t(std::lround(x + (y - x) * f)); };
        return {mix(a.color.r, b.color.r), mix(a.color.g, b.color.g), mix(a.color.b, b.color.b), mix(a.color.a, b.color.a)};
    }
    return stops.back().color;
}

bool ColorRamp::operator==(const ColorRamp& o) const {
    if (stops.size() != o.stops.size() || min != o.min || max != o.max) return false;
    for (std::size_t i = 0; i < stops.size(); ++i)
        if (stops[i].at != o.stops[i].at || !(stops[i].color == o.stops[i].color)) return false;
    return true;
}

const ColorRamp& StyleSheet::rampFor(const Layer& layer) const {
    const ColorRamp* ramp = &rasterRamp;
    for (const StyleRule& r : rules)
        if (r.ramp && r.layer == layer.name) ramp = &*r.ramp;
    return *ramp;
}

// One feature at a time (a legend's swatch, a slide's key): the layer's rules found for it alone.
LabelStyle StyleSheet::resolveLabel(const Layer& layer, const Feature& feature) const {
    LabelStyle label;
    LayerRules(*this, layer).resolve(feature, label);
    return label;
}

Symbol StyleSheet::resolve(const Layer& layer, const Feature& feature) const {
    LabelStyle label;
    return LayerRules(*this, layer).resolve(feature, label);
}

LayerRules::LayerRules(const StyleSheet& sheet, const Layer& layer) : sheet_(sheet) {
    for (const StyleRule& r : sheet.rules) {
        if (!r.layer.empty() && r.layer != layer.name) continue;
        rules_.push_back(&r);
        int slot = -1;
        if (!r.property.empty()) {
            const auto at = std::find(properties_.begin(), properties_.end(), r.property);
            slot = int(at - properties_.begin());
            if (at == properties_.end()) properties_.push_back(r.property);
        }
        slot_.push_back(slot);
    }
    values_.resize(properties_.size());
}

Symbol LayerRules::resolve(const Feature& feature, LabelStyle& label) const {
    for (std::size_t k = 0; k < properties_.size(); ++k) values_[k] = feature.property(properties_[k]);
    Symbol s = sheet_.base;
    label = sheet_.labelBase;
    for (std::size_t i = 0; i < rules_.size(); ++i) {
        const StyleRule& r = *rules_[i];
        if (slot_[i] >= 0) {
            const std::string* v = values_[std::size_t(slot_[i])];
            if (!v || std::find(r.values.begin(), r.values.end(), *v) == r.values.end()) continue;
        }
        r.patch.applyTo(s);
        r.label.applyTo(label);
    }
    applyColorProperties(s, feature);
    return s;
}

namespace {

// The fields that change a drawing, as bytes: equal keys draw the same.
void writeSymbolKey(const Symbol& s, std::string& k) {
    k.clear();
    auto put = [&](const void* p, std::size_t n) { k.append(static_cast<const char*>(p), n); };
    put(&s.fill, sizeof s.fill);
    put(&s.stroke, sizeof s.stroke);
    put(&s.strokeWidth, sizeof s.strokeWidth);
    put(&s.cap, sizeof s.cap);
    put(&s.markerSize, sizeof s.markerSize);
    put(&s.marker, sizeof s.marker);
    put(&s.dashOn, sizeof s.dashOn);
    put(&s.dashOff, sizeof s.dashOff);
    put(&s.hatchSpacing, sizeof s.hatchSpacing);
    put(&s.hatchWidth, sizeof s.hatchWidth);
}

std::string symbolKey(const Symbol& s) {
    std::string k;
    writeSymbolKey(s, k);
    return k;
}

}  // namespace

namespace {

// Features [begin, end) resolved into `out` in place: their symbols indexed into a palette of the
// range's own, in order of first use.
void resolveRange(const Layer& layer, const StyleSheet& style, std::size_t begin, std::size_t end, ResolvedStyle& out,
                  std::vector<Symbol>& palette) {
    std::map<std::string, std::uint32_t> index;
    std::string key;  // reused: a symbol's key is built without an allocation a feature
    const LayerRules rules(style, layer);
    for (std::size_t i = begin; i < end; ++i) {
        const Feature& f = layer.features[i];
        Symbol s = rules.resolve(f, out.labels[i]);
        s.strokeColorProperty.clear();  // resolved: the colours are in the symbol now
        s.fillColorProperty.clear();
        writeSymbolKey(s, key);
        auto it = index.find(key);
        if (it == index.end()) {
            it = index.emplace(key, std::uint32_t(palette.size())).first;
            palette.push_back(std::move(s));
        }
        out.symbolOf[i] = it->second;
    }
}

}  // namespace

ResolvedStyle resolveLayerStyle(const Layer& layer, const StyleSheet& style) {
    // A large layer in one range a core, written in place and joined in order: the palette is in
    // order of first use over the whole layer, as one pass makes it.
    const std::size_t n = layer.features.size();
    const std::size_t parts = n < 50000 ? 1 : std::clamp<std::size_t>(std::thread::hardware_concurrency(), 1, 8);
    ResolvedStyle r;
    r.symbolOf.resize(n);
    r.labels.resize(n);
    std::vector<std::vector<Symbol>> palettes(parts);
    {
        std::vector<std::thread> pool;
        for (std::size_t p = 1; p < parts; ++p)
            pool.emplace_back(resolveRange, std::cref(layer), std::cref(style), n * p / parts, n * (p + 1) / parts, std::ref(r),
                              std::ref(palettes[p]));
        resolveRange(layer, style, 0, n / parts, r, palettes[0]);
        for (std::thread& t : pool) t.join();
    }
    r.palette = std::move(palettes[0]);
    std::map<std::string, std::uint32_t> index;
    for (std::uint32_t i = 0; i < r.palette.size() && parts > 1; ++i) index.emplace(symbolKey(r.palette[i]), i);
    for (std::size_t p = 1; p < parts; ++p) {
        std::vector<std::uint32_t> global(palettes[p].size());
        for (std::size_t i = 0; i < palettes[p].size(); ++i) {
            const auto [it, added] = index.emplace(symbolKey(palettes[p][i]), std::uint32_t(r.palette.size()));
            if (added) r.palette.push_back(std::move(palettes[p][i]));
            global[i] = it->second;
        }
        for (std::size_t i = n * p / parts; i < n * (p + 1) / parts; ++i) r.symbolOf[i] = global[r.symbolOf[i]];
    }
    return r;
}

}  // namespace pa
