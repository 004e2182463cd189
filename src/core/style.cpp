#include "core/style.h"

#include <cmath>

#include <map>

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
bool matches(const StyleRule& r, const Layer& layer, const Feature& feature) {
    if (!r.layer.empty() && r.layer != layer.name) return false;
    if (r.property.empty()) return true;
    const std::string* v = feature.property(r.property);
    if (!v) return false;
    for (const auto& want : r.values)
        if (want == *v) return true;
    return false;
}
}  // namespace

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

LabelStyle StyleSheet::resolveLabel(const Layer& layer, const Feature& feature) const {
    LabelStyle s = labelBase;
    for (const StyleRule& r : rules)
        if (matches(r, layer, feature)) r.label.applyTo(s);
    return s;
}

Symbol StyleSheet::resolve(const Layer& layer, const Feature& feature) const {
    Symbol s = base;
    for (const StyleRule& r : rules) {
        if (!r.layer.empty() && r.layer != layer.name) continue;
        if (!r.property.empty()) {
            const std::string* v = feature.property(r.property);
            if (!v) continue;
            bool any = false;
            for (const auto& want : r.values) any = any || want == *v;
            if (!any) continue;
        }
        r.patch.applyTo(s);
    }
    if (!s.strokeColorProperty.empty())
        if (const std::string* v = feature.property(s.strokeColorProperty))
            if (auto c = parseColor(*v)) s.stroke = *c;
    if (!s.fillColorProperty.empty())
        if (const std::string* v = feature.property(s.fillColorProperty))
            if (auto c = parseColor(*v)) s.fill = *c;
    return s;
}

namespace {

// The fields that change a drawing, as bytes: equal keys draw the same.
std::string symbolKey(const Symbol& s) {
    std::string k;
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
    return k;
}

}  // namespace

ResolvedStyle resolveLayerStyle(const Layer& layer, const StyleSheet& style) {
    ResolvedStyle r;
    r.symbolOf.reserve(layer.features.size());
    r.labels.reserve(layer.features.size());
    std::map<std::string, std::uint32_t> index;
    for (const Feature& f : layer.features) {
        Symbol s = style.resolve(layer, f);
        s.strokeColorProperty.clear();  // resolved: the colours are in the symbol now
        s.fillColorProperty.clear();
        const auto [it, added] = index.emplace(symbolKey(s), std::uint32_t(r.palette.size()));
        if (added) r.palette.push_back(std::move(s));
        r.symbolOf.push_back(it->second);
        r.labels.push_back(style.resolveLabel(layer, f));
    }
    return r;
}

}  // namespace pa
