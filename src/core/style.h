#pragma once
// Cartographic style resolved per feature. The values come from a style file in assets/
// (see io/style_loader); this holds only the model and the matching rules.
#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace pa {

class Layer;
struct Feature;

struct Rgba {
    std::uint8_t r = 0, g = 0, b = 0, a = 255;
};
bool operator==(const Rgba& x, const Rgba& y);

// Parses "#rgb", "#rrggbb" or "#rrggbbaa"; nullopt for anything else.
std::optional<Rgba> parseColor(const std::string& text);

enum class LineCap : std::uint8_t { Butt, Round, Square };
enum class MarkerShape : std::uint8_t { Circle, Square };

struct Symbol {
    Rgba fill{200, 200, 200, 255};
    Rgba stroke{60, 60, 60, 255};
    float strokeWidth = 1.0f;  // logical pixels
    LineCap cap = LineCap::Round;
    float markerSize = 8.0f;  // logical pixels, diameter
    MarkerShape marker = MarkerShape::Circle;
    std::string strokeColorProperty;  // take the stroke colour from this feature attribute
    std::string fillColorProperty;
    float dashOn = 0, dashOff = 0;              // logical px; 0: a solid stroke
    float hatchSpacing = 0, hatchWidth = 1.5f;  // diagonal hatching of fills in the stroke colour; 0: none
};

struct SymbolPatch {
    std::optional<Rgba> fill, stroke;
    std::optional<float> strokeWidth, markerSize;
    std::optional<LineCap> cap;
    std::optional<MarkerShape> marker;
    std::optional<std::string> strokeColorProperty, fillColorProperty;
    std::optional<float> dashOn, dashOff, hatchSpacing, hatchWidth;
    void applyTo(Symbol& s) const;
};

enum class LabelPlacement : std::uint8_t { Auto, Point, Line, Area };

// How a feature's name is lettered on the map. Labels are placed by priority, highest first, and
// a label that would overlap one already placed is left out.
struct LabelStyle {
    bool enabled = false;
    float size = 12.0f;  // logical pixels
    Rgba color{40, 40, 40, 255};
    Rgba halo{255, 255, 255, 230};
    float haloWidth = 2.0f;  // logical pixels
    int priority = 0;
    LabelPlacement placement = LabelPlacement::Auto;
    double maxResolution = 0;  // display units per logical pixel beyond which it is not drawn; 0: always
};

struct LabelPatch {
    std::optional<bool> enabled;
    std::optional<float> size, haloWidth;
    std::optional<Rgba> color, halo;
    std::optional<int> priority;
    std::optional<LabelPlacement> placement;
    std::optional<double> maxResolution;
    void applyTo(LabelStyle& s) const;
};

// How a single-band raster's values become colours: stops over 0..1 of [min, max] (the band's
// range unless the style gives one), linearly interpolated.
struct ColorRamp {
    struct Stop {
        double at = 0;  // 0..1
        Rgba color;
    };
    std::vector<Stop> stops{{0.0, {0, 0, 0, 255}}, {1.0, {255, 255, 255, 255}}};
    std::optional<double> min, max;  // absolute values; unset: the band's statistics
    Rgba at(double t) const;
    bool operator==(const ColorRamp& o) const;
};

struct StyleRule {
    std::string layer;          // layer name, or empty for every layer
    std::string property;       // attribute to test, or empty for every feature
    std::vector<std::string> values;  // attribute values that match (any of them)
    SymbolPatch patch;
    LabelPatch label;
    std::optional<ColorRamp> ramp;  // single-band rasters of the layer
};

class StyleSheet {
public:
    Symbol base;
    std::vector<StyleRule> rules;
    Rgba background{244, 242, 236, 255};
    // How a selected feature is drawn over the map (the style file's "highlight").
    Symbol highlight{{255, 212, 0, 90}, {255, 106, 0, 255}, 4.0f, LineCap::Round, 14.0f, MarkerShape::Circle, {}, {}};

    // Later rules override earlier ones; colour properties override both when the feature has them.
    Symbol resolve(const Layer& layer, const Feature& feature) const;
    LabelStyle labelBase;
    LabelStyle resolveLabel(const Layer& layer, const Feature& feature) const;

    // The attributes a picture in this style reads: those its rules test, those its colours are
    // taken from, and the names labels letter (featureName's). `render` reads no others.
    std::set<std::string> attributesDrawn() const;

    // Single-band rasters: the style's "raster" ramp, or the last rule for the layer that gives one.
    ColorRamp rasterRamp;
    const ColorRamp& rampFor(const Layer& layer) const;
};

// A style sheet's rules for many features of one layer: those that can apply to it (the rules for
// every layer and those naming it) found once, and each property they test looked up once a feature
// for the symbol and the label together (56 rules test "kind": one lookup, not 112).
class LayerRules {
public:
    LayerRules(const StyleSheet& sheet, const Layer& layer);
    // What resolve and resolveLabel give for the feature.
    Symbol resolve(const Feature& feature, LabelStyle& label) const;

private:
    const StyleSheet& sheet_;
    std::vector<const StyleRule*> rules_;
    std::vector<int> slot_;                // per rule, its property's place in properties_; -1: none
    std::vector<std::string> properties_;  // the properties the rules test
    mutable std::vector<const std::string*> values_;  // a feature's values of them (scratch)
};

// A layer's style resolved once for all its features, so the GPU arrays, the QPainter backend, the
// legend and the labels all read the same values: distinct symbols in a palette, an index per
// feature, and each feature's label style.
struct ResolvedStyle {
    std::vector<Symbol> palette;
    std::vector<std::uint32_t> symbolOf;  // per feature, into palette
    std::vector<LabelStyle> labels;       // per feature
    const Symbol& symbol(std::uint32_t feature) const { return palette[symbolOf[feature]]; }
};
ResolvedStyle resolveLayerStyle(const Layer& layer, const StyleSheet& style);

}  // namespace pa
