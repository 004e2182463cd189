#pragma once
// The map's labels: each frame, the names of the visible features are placed for the view (see
// core/label_placer) and drawn as glyph quads from a glyph atlas, over the map. Owns GL objects:
// create, use and destroy it with the same context current.
#include <QOpenGLExtraFunctions>
#include <QSize>

#include <memory>
#include <string>
#include <vector>

#include "core/label_placer.h"
#include "core/layer.h"
#include "core/style.h"
#include "core/viewport.h"
#include "render/glyph_atlas.h"

class QOpenGLShaderProgram;

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

// Labels of the visible layers' features whose style letters them, in `language` ("zh": name_zh,
// "en": name_en, falling back to name_zh).
std::vector<LabelSource> collectLabelSources(const std::vector<Layer>& layers, const std::vector<int>& drawOrder,
                                             const std::vector<bool>& visible, const StyleSheet& style,
                                             const std::string& language);

class LabelRenderer : protected QOpenGLExtraFunctions {
public:
    LabelRenderer();
    ~LabelRenderer();
    bool initialize(std::string* error);
    void setSources(std::vector<LabelSource> sources);
    // Places the labels for the view and draws them into the framebuffer bound now.
    void render(const Viewport& vp, QSize framebufferPx);
    // What the last frame placed: boxes in logical px, per label, and the text of each.
    const std::vector<PlacedLabel>& placed() const { return placed_; }
    std::u32string textOf(int id) const { return id >= 0 && std::size_t(id) < sources_.size() ? sources_[std::size_t(id)].text : std::u32string(); }
    GlyphAtlas& atlas() { return atlas_; }
    void release();

private:
    std::vector<LabelCandidate> candidates(const Viewport& vp);
    bool initialized_ = false;
    std::unique_ptr<QOpenGLShaderProgram> program_;
    unsigned vao_ = 0, corners_ = 0, instances_ = 0, texture_ = 0;
    GlyphAtlas atlas_;
    std::vector<LabelSource> sources_;
    std::vector<PlacedLabel> placed_;
};

}  // namespace pa
