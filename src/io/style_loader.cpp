#include "io/style_loader.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

#include "io/input_file.h"

namespace pa {

namespace {

bool readPatch(const QJsonObject& o, SymbolPatch& p, std::string& why) {
    auto color = [&](const char* key, std::optional<Rgba>& slot) {
        if (!o.contains(key)) return true;
        auto c = parseColor(o.value(key).toString().toStdString());
        if (!c) {
            why = std::string("bad colour for '") + key + "': " + o.value(key).toString().toStdString();
            return false;
        }
        slot = c;
        return true;
    };
    if (!color("fill", p.fill) || !color("stroke", p.stroke)) return false;
    if (o.contains("stroke_width")) p.strokeWidth = float(o.value("stroke_width").toDouble(1.0));
    if (o.contains("marker_size")) p.markerSize = float(o.value("marker_size").toDouble(8.0));
    if (o.contains("cap")) {
        const QString c = o.value("cap").toString();
        if (c == "butt") p.cap = LineCap::Butt;
        else if (c == "round") p.cap = LineCap::Round;
        else if (c == "square") p.cap = LineCap::Square;
        else {
            why = "unknown cap '" + c.toStdString() + "' (butt, round, square)";
            return false;
        }
    }
    if (o.contains("marker")) {
        const QString m = o.value("marker").toString();
        if (m == "circle") p.marker = MarkerShape::Circle;
        else if (m == "square") p.marker = MarkerShape::Square;
        else {
            why = "unknown marker '" + m.toStdString() + "' (circle, square)";
            return false;
        }
    }
    if (o.contains("dash")) {
        // [on, off] in logical px, or "solid".
        const QJsonArray d = o.value("dash").toArray();
        if (o.value("dash").toString() == "solid") {
            p.dashOn = 0.0f;
            p.dashOff = 0.0f;
        } else if (d.size() == 2 && d[0].toDouble() > 0 && d[1].toDouble() > 0 && d[0].toDouble() < 255 && d[1].toDouble() < 255) {
            p.dashOn = float(d[0].toDouble());
            p.dashOff = float(d[1].toDouble());
        } else {
            why = "dash wants [on, off] in pixels (each 1-254) or \"solid\"";
            return false;
        }
    }
    if (o.contains("fill_pattern")) {
        const QJsonObject f = o.value("fill_pattern").toObject();
        if (o.value("fill_pattern").toString() == "solid") {
            p.hatchSpacing = 0.0f;
        } else if (f.value("type").toString() == "hatch") {
            p.hatchSpacing = float(std::clamp(f.value("spacing").toDouble(8), 2.0, 60.0));
            p.hatchWidth = float(std::clamp(f.value("width").toDouble(1.5), 0.5, 20.0));
        } else {
            why = "fill_pattern wants {\"type\": \"hatch\", \"spacing\": px, \"width\": px} or \"solid\"";
            return false;
        }
    }
    if (o.contains("stroke_from")) p.strokeColorProperty = o.value("stroke_from").toString().toStdString();
    if (o.contains("fill_from")) p.fillColorProperty = o.value("fill_from").toString().toStdString();
    return true;
}

bool readLabel(const QJsonValue& v, LabelPatch& p, std::string& why) {
    if (v.isBool()) {
        p.enabled = v.toBool();
        return true;
    }
    const QJsonObject o = v.toObject();
    p.enabled = o.value("enabled").toBool(true);
    for (const char* key : {"color", "halo"}) {
        if (!o.contains(key)) continue;
        auto c = parseColor(o.value(key).toString().toStdString());
        if (!c) {
            why = std::string("bad label colour for '") + key + "'";
            return false;
        }
        (std::string(key) == "color" ? p.color : p.halo) = c;
    }
    if (o.contains("size")) p.size = float(o.value("size").toDouble(12));
    if (o.contains("halo_width")) p.haloWidth = float(o.value("halo_width").toDouble(2));
    if (o.contains("priority")) p.priority = o.value("priority").toInt();
    if (o.contains("max_resolution")) p.maxResolution = o.value("max_resolution").toDouble();
    if (o.contains("placement")) {
        const QString pl = o.value("placement").toString();
        if (pl == "point") p.placement = LabelPlacement::Point;
        else if (pl == "line") p.placement = LabelPlacement::Line;
        else if (pl == "area") p.placement = LabelPlacement::Area;
        else if (pl == "auto") p.placement = LabelPlacement::Auto;
        else {
            why = "unknown label placement '" + pl.toStdString() + "' (auto, point, line, area)";
            return false;
        }
    }
    return true;
}

// "raster": {"ramp": [[0, "#rrggbb"], [0.5, "#…"], [1, "#…"]], "min": 0, "max": 500}: stops at
// fractions of [min, max] (the band's range when min and max are not given).
bool readRamp(const QJsonValue& v, ColorRamp& ramp, std::string& why) {
    if (!v.isObject()) {
        why = "'raster' must be an object with a 'ramp'";
        return false;
    }
    const QJsonObject o = v.toObject();
    if (o.contains("ramp")) {
        const QJsonArray stops = o.value("ramp").toArray();
        if (stops.size() < 2) {
            why = "a raster ramp needs at least two stops [position, colour]";
            return false;
        }
        ramp.stops.clear();
        double last = -1;
        for (const QJsonValue& e : stops) {
            const QJsonArray pair = e.toArray();
            const std::optional<Rgba> c = pair.size() == 2 ? parseColor(pair.at(1).toString().toStdString()) : std::nullopt;
            const double at = pair.size() == 2 && pair.at(0).isDouble() ? pair.at(0).toDouble() : -1;
            if (!c || !(at >= 0 && at <= 1) || at < last) {
                why = "a raster ramp stop is [position 0..1, \"#rrggbb\"], positions rising";
                return false;
            }
            last = at;
            ramp.stops.push_back({at, *c});
        }
    }
    for (const char* key : {"min", "max"}) {
        if (!o.contains(key)) continue;
        if (!o.value(key).isDouble()) {
            why = std::string("raster '") + key + "' must be a number";
            return false;
        }
        (std::string(key) == "min" ? ramp.min : ramp.max) = o.value(key).toDouble();
    }
    if (ramp.min && ramp.max && !(*ramp.max > *ramp.min)) {
        why = "raster 'max' must be above 'min'";
        return false;
    }
    return true;
}

}  // namespace

StyleSheet loadStyleSheet(const std::string& path, Diagnostics& messages) {
    QByteArray bytes;
    std::string why;
    if (const Problem read = readTextInput(path, InputLimits::kStyle, bytes)) {
        why = read->text;
        messages.push_back({Diagnostic::Severity::Warning, path, "the style file: " + why + "; using the built-in neutral style"});
        return StyleSheet{};
    }
    return loadStyleSheetFromBytes(bytes, path, messages);
}

StyleSheet loadStyleSheetFromBytes(const QByteArray& bytes, const std::string& path, Diagnostics& messages) {
    StyleSheet sheet;
    auto fail = [&](const std::string& why) {
        messages.push_back({Diagnostic::Severity::Warning, path, why + "; using the built-in neutral style"});
        return StyleSheet{};
    };
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &err);
    if (doc.isNull()) return fail("not valid JSON at offset " + std::to_string(err.offset) + ": " + err.errorString().toStdString());
    if (!doc.isObject()) return fail("not a style sheet: a style is a JSON object");
    const QJsonObject root = doc.object();
    std::string why;
    if (root.contains("background")) {
        auto c = parseColor(root.value("background").toString().toStdString());
        if (!c) return fail("bad background colour");
        sheet.background = *c;
    }
    SymbolPatch base;
    if (!readPatch(root.value("default").toObject(), base, why)) return fail("default: " + why);
    base.applyTo(sheet.base);
    if (root.contains("highlight")) {
        SymbolPatch h;
        if (!readPatch(root.value("highlight").toObject(), h, why)) return fail("highlight: " + why);
        h.applyTo(sheet.highlight);
    }
    if (root.contains("label")) {
        LabelPatch l;
        if (!readLabel(root.value("label"), l, why)) return fail("label: " + why);
        l.enabled = false;  // the default only sets the look; rules turn labels on
        l.applyTo(sheet.labelBase);
    }
    if (root.contains("raster") && !readRamp(root.value("raster"), sheet.rasterRamp, why)) return fail("raster: " + why);
    const QJsonArray rules = root.value("rules").toArray();
    for (int i = 0; i < rules.size(); ++i) {
        const QJsonObject r = rules.at(i).toObject();
        StyleRule rule;
        rule.layer = r.value("layer").toString().toStdString();
        const QJsonObject when = r.value("when").toObject();
        if (!when.isEmpty()) {
            rule.property = when.begin().key().toStdString();
            const QJsonValue v = when.begin().value();
            if (v.isArray())
                for (const QJsonValue& e : v.toArray()) rule.values.push_back(e.toVariant().toString().toStdString());
            else
                rule.values.push_back(v.toVariant().toString().toStdString());
        }
        if (!readPatch(r, rule.patch, why)) return fail("rule " + std::to_string(i + 1) + ": " + why);
        if (r.contains("label") && !readLabel(r.value("label"), rule.label, why))
            return fail("rule " + std::to_string(i + 1) + ": " + why);
        if (r.contains("raster")) {
            rule.ramp = sheet.rasterRamp;
            if (!readRamp(r.value("raster"), *rule.ramp, why)) return fail("rule " + std::to_string(i + 1) + ": " + why);
        }
        sheet.rules.push_back(std::move(rule));
    }
    return sheet;
}

}  // namespace pa
