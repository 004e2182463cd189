#pragma once
// Where the labels of a view go, in screen pixels: point labels beside their symbol, area labels at
// the area's pole of inaccessibility, line labels along the line (Chinese characters upright and
// spaced along it, as Chinese maps letter roads and rivers; Latin text turned along it). Higher
// priorities are placed first; a label whose glyph boxes would touch one already placed is dropped.
#include <cstdint>
#include <vector>

#include "core/geometry.h"

namespace pa {

struct LabelBox {
    double x0, y0, x1, y1;
    bool overlaps(const LabelBox& o) const { return x0 < o.x1 && o.x0 < x1 && y0 < o.y1 && o.y0 < y1; }
};

struct LabelCandidate {
    enum class Kind : std::uint8_t { Point, Line, Area } kind = Kind::Point;
    int id = 0;        // the caller's
    int priority = 0;
    std::vector<float> advances;  // per glyph, logical px
    float height = 12;            // line height, logical px
    bool upright = true;          // glyphs stay upright along lines (CJK); false turns them
    Vec2d anchor;                 // point or area anchor, screen px
    float offset = 0;             // point labels: gap from the anchor (the symbol's radius)
    double areaWidth = 0;         // areas: the area's width on screen, px; a wider label is left out
    std::vector<Vec2d> path;      // lines: the visible polyline, screen px
};

struct PlacedGlyph {
    Vec2d center;
    float angle = 0;  // radians, counter-clockwise on screen
};

struct PlacedLabel {
    int id = 0;
    std::vector<PlacedGlyph> glyphs;  // one per advance
    std::vector<LabelBox> boxes;      // the glyphs' screen boxes
};

std::vector<PlacedLabel> placeLabels(std::vector<LabelCandidate> candidates, double viewWidth, double viewHeight);

}  // namespace pa
