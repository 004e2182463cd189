#pragma once
// The map's labels before they are drawn, shared by both backends: what each feature's label says
// and where it may go (collected once per layer, language and style), and the candidates for a
// view (core/label_placer places them). Only the glyph advances differ between the backends: the
// glyph atlas measures for OpenGL, Qt's font metrics for QPainter.
#include <functional>
#include <string>
#include <vector>

#include "core/label_placer.h"
#include "core/layer.h"
#include "core/style.h"
#include "core/viewport.h"

namespace pa {

// One feature's label, in display-CRS coordinates.
struct LabelSource {
    std::u32string text;
    LabelStyle style;
    LabelCandidate::Kind kind = LabelCandidate::Kind::Point;
    Vec2d anchor;              // point, or area pole of inaccessibility
    Bounds bounds;             // the feature's extent
    std::vector<Vec2d> line;   // lines: the longest part
    float markerRadius = 0;    // points: logical px
    int order = 0;             // drawing order of its layer: ties go to the layer on top
};

// The labels a layer's style letters, in `language`. `order` is the layer's place in the drawing.
std::vector<LabelSource> collectLabelSources(const Layer& layer, const ResolvedStyle& style, const std::string& language,
                                             int order = 0);

// A glyph's advance in logical px when set at `sizePx` logical px.
using GlyphAdvance = std::function<float(char32_t ch, float sizePx)>;

// The candidates of a view, in its logical px (id = index into `sources`): labels whose zoom
// limits and extent let them show; lines cut to their longest run inside the view.
std::vector<LabelCandidate> labelCandidates(const std::vector<LabelSource>& sources, const Viewport& view,
                                            const GlyphAdvance& advance);

}  // namespace pa
