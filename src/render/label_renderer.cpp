#include "render/label_renderer.h"

#include <QOpenGLShaderProgram>

#include <algorithm>
#include <cmath>
#include <cstddef>

#include "render/gl_objects.h"
#include "render/shader_library.h"
#include "render/vertex_layout.h"

namespace pa {

LabelRenderer::LabelRenderer() = default;
LabelRenderer::~LabelRenderer() = default;

Problem LabelRenderer::initialize() {
    initializeOpenGLFunctions();
    auto program = buildProgram("label", "label", &glyphLayout());
    if (!program) return program.problem();
    program_ = program.take();
    const float corners[] = {-1, -1, 1, -1, -1, 1, 1, 1};
    corners_ = GlBuffer::create();
    glBindBuffer(GL_ARRAY_BUFFER, corners_.id());
    glBufferData(GL_ARRAY_BUFFER, sizeof(corners), corners, GL_STATIC_DRAW);
    instances_ = GlBuffer::create();
    vao_ = GlVertexArray::create();
    glBindVertexArray(vao_.id());
    bindLayout(*this, glyphLayout(), instances_.id(), 0, corners_.id());
    glBindVertexArray(0);
    glBindBuffer(GL_ARRAY_BUFFER, 0);
    texture_ = GlTexture::create();
    glBindTexture(GL_TEXTURE_2D, texture_.id());
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
    glBindTexture(GL_TEXTURE_2D, 0);
    initialized_ = true;
    return std::nullopt;
}

void LabelRenderer::setSources(std::shared_ptr<const std::vector<LabelSource>> sources) {
    if (sources == sources_) return;
    sources_ = sources ? std::move(sources) : std::make_shared<const std::vector<LabelSource>>();
    last_.valid = false;
}

void LabelRenderer::render(const Viewport& vp, QSize fb) {
    if (!initialized_ || sources_->empty()) {
        placed_.clear();
        return;
    }
    const double dpr = vp.devicePixelRatio();
    const bool same = last_.valid && last_.center == vp.center() && last_.resolution == vp.resolution() && last_.dpr == dpr &&
                      last_.width == vp.width() && last_.height == vp.height();
    if (same) {
        drawGlyphs(fb, last_.glyphs);
        return;
    }
    placed_.clear();
    // Glyphs are rasterised at device pixel size; their advances read back in logical px.
    const GlyphAdvance advance = [&](char32_t ch, float size) {
        return atlas_.advance(ch, int(std::lround(size * dpr))) / float(dpr);
    };
    placed_ = placeLabels(labelCandidates(*sources_, vp, advance), vp.width(), vp.height());
    std::vector<GlyphInstance> glyphs;
    for (int attempt = 0; attempt < 2; ++attempt) {
        glyphs.clear();
        bool full = false;
        for (const PlacedLabel& p : placed_) {
            const LabelSource& s = (*sources_)[std::size_t(p.id)];
            const int px = int(std::lround(s.style.size * dpr));
            const int halo = int(std::lround(s.style.haloWidth * dpr));
            for (std::size_t g = 0; g < p.glyphs.size() && g < s.text.size(); ++g) {
                const GlyphInfo* info = atlas_.glyph(s.text[g], px, halo);
                if (!info) {
                    full = true;
                    break;
                }
                const float W = float(atlas_.image().width()), H = float(atlas_.image().height());
                GlyphInstance in{};
                in.cx = float(p.glyphs[g].center.x * dpr);
                in.cy = float(p.glyphs[g].center.y * dpr);
                in.w = info->width;
                in.h = info->height;
                in.u0 = info->rect.left() / W;
                in.v0 = info->rect.top() / H;
                in.u1 = (info->rect.left() + info->rect.width()) / W;
                in.v1 = (info->rect.top() + info->rect.height()) / H;
                in.angle = p.glyphs[g].angle;
                const Rgba c = s.style.color, hl = s.style.halo;
                in.color[0] = c.r, in.color[1] = c.g, in.color[2] = c.b, in.color[3] = c.a;
                in.halo[0] = hl.r, in.halo[1] = hl.g, in.halo[2] = hl.b, in.halo[3] = hl.a;
                glyphs.push_back(in);
            }
        }
        if (!full) break;
        atlas_.clear();  // filled by earlier views' sizes: start over with this view's glyphs
    }
    last_ = {vp.center(), vp.resolution(), dpr, vp.width(), vp.height(), glyphs.size(), true};
    if (glyphs.empty()) return;
    glBindTexture(GL_TEXTURE_2D, texture_.id());
    if (atlas_.dirty()) {
        // The atlas image is top-down; texture rows are stored as they come, v flipped in the instances.
        glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA8, atlas_.image().width(), atlas_.image().height(), 0, GL_RGBA,
                     GL_UNSIGNED_BYTE, atlas_.image().constBits());
        atlas_.markClean();
    }
    glBindTexture(GL_TEXTURE_2D, 0);
    glBindBuffer(GL_ARRAY_BUFFER, instances_.id());
    glBufferData(GL_ARRAY_BUFFER, GLsizeiptr(glyphs.size() * sizeof(GlyphInstance)), glyphs.data(), GL_STREAM_DRAW);
    glBindBuffer(GL_ARRAY_BUFFER, 0);
    drawGlyphs(fb, glyphs.size());
}

void LabelRenderer::drawGlyphs(QSize fb, std::size_t count) {
    if (count == 0) return;
    glBindTexture(GL_TEXTURE_2D, texture_.id());
    glViewport(0, 0, fb.width(), fb.height());
    glDisable(GL_DEPTH_TEST);
    glEnable(GL_BLEND);
    glBlendFuncSeparate(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA, GL_ONE, GL_ONE_MINUS_SRC_ALPHA);
    program_->bind();
    program_->setUniformValue("u_viewportPx", float(fb.width()), float(fb.height()));
    program_->setUniformValue("u_atlas", 0);
    glActiveTexture(GL_TEXTURE0);
    glBindVertexArray(vao_.id());
    glDrawArraysInstanced(GL_TRIANGLE_STRIP, 0, 4, GLsizei(count));
    glBindVertexArray(0);
    glBindTexture(GL_TEXTURE_2D, 0);
    program_->release();
}

void LabelRenderer::release() {
    last_.valid = false;
    if (!initialized_) return;
    vao_.reset();
    corners_.reset();
    instances_.reset();
    texture_.reset();
    program_.reset();
    initialized_ = false;
}

}  // namespace pa
