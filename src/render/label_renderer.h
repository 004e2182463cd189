#pragma once
// The map's labels: each frame, the names of the visible features are placed for the view (see
// core/label_placer) and drawn as glyph quads from a glyph atlas, over the map. Owns GL objects:
// create, use and destroy it with the same context current.
#include <QOpenGLExtraFunctions>
#include <QSize>

#include <memory>
#include <string>
#include <vector>

#include "core/diagnostic.h"
#include "core/layer.h"
#include "core/style.h"
#include "core/viewport.h"
#include "render/gl_objects.h"
#include "render/glyph_atlas.h"
#include "render/label_layout.h"

class QOpenGLShaderProgram;

namespace pa {

// One glyph of a placed label, as the label shader reads it (render/vertex_layout.cpp).
struct GlyphInstance {
    float cx, cy, w, h;
    float u0, v0, u1, v1;
    float angle;
    std::uint8_t color[4];
    std::uint8_t halo[4];
};

class LabelRenderer : protected QOpenGLExtraFunctions {
public:
    LabelRenderer();
    ~LabelRenderer();
    Problem initialize();
    void setSources(std::shared_ptr<const std::vector<LabelSource>> sources);
    // Places the labels for the view and draws them into the framebuffer bound now. A frame of the
    // view placed last (a scene filling in, a cached frame shifted back) reuses that placement.
    void render(const Viewport& vp, QSize framebufferPx);
    // What the last frame placed: boxes in logical px, per label, and the text of each.
    const std::vector<PlacedLabel>& placed() const { return placed_; }
    std::u32string textOf(int id) const {
        return id >= 0 && std::size_t(id) < sources_->size() ? (*sources_)[std::size_t(id)].text : std::u32string();
    }
    GlyphAtlas& atlas() { return atlas_; }
    void release();

private:
    void drawGlyphs(QSize framebufferPx, std::size_t count);  // the instances placed last
    bool initialized_ = false;
    std::unique_ptr<QOpenGLShaderProgram> program_;
    GlVertexArray vao_;
    GlBuffer corners_, instances_;
    GlTexture texture_;
    GlyphAtlas atlas_;
    std::shared_ptr<const std::vector<LabelSource>> sources_ = std::make_shared<const std::vector<LabelSource>>();
    std::vector<PlacedLabel> placed_;
    // The view the glyphs in `instances_` were placed for; placement is redone when it changes.
    struct Placed {
        Vec2d center;
        double resolution = 0, dpr = 0;
        int width = 0, height = 0;
        std::size_t glyphs = 0;
        bool valid = false;
    } last_;
};

}  // namespace pa
