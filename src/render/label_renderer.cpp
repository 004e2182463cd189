#include "render/label_renderer.h"

#include <QOpenGLShaderProgram>

#include <algorithm>
#include <cmath>
#include <cstddef>

#include "render/shader_library.h"

namespace pa {

namespace {

struct GlyphInstance {
    float cx, cy, w, h;
    float u0, v0, u1, v1;
    float angle;
    std::uint8_t color[4];
    std::uint8_t halo[4];
};

void* offset(std::size_t n) { return reinterpret_cast<void*>(n); }

}  // namespace

LabelRenderer::LabelRenderer() = default;
LabelRenderer::~LabelRenderer() = default;

bool LabelRenderer::initialize(std::string* error) {
    initializeOpenGLFunctions();
    program_ = buildProgram("label", error);
    if (!program_) return false;
    const float corners[] = {-1, -1, 1, -1, -1, 1, 1, 1};
    glGenBuffers(1, &corners_);
    glBindBuffer(GL_ARRAY_BUFFER, corners_);
    glBufferData(GL_ARRAY_BUFFER, sizeof(corners), corners, GL_STATIC_DRAW);
    glGenBuffers(1, &instances_);
    glGenVertexArrays(1, &vao_);
    glBindVertexArray(vao_);
    glBindBuffer(GL_ARRAY_BUFFER, corners_);
    glEnableVertexAttribArray(0);
    glVertexAttribPointer(0, 2, GL_FLOAT, GL_FALSE, 0, nullptr);
    glBindBuffer(GL_ARRAY_BUFFER, instances_);
    const GLsizei stride = sizeof(GlyphInstance);
    glEnableVertexAttribArray(1);
    glVertexAttribPointer(1, 4, GL_FLOAT, GL_FALSE, stride, offset(offsetof(GlyphInstance, cx)));
    glEnableVertexAttribArray(2);
    glVertexAttribPointer(2, 4, GL_FLOAT, GL_FALSE, stride, offset(offsetof(GlyphInstance, u0)));
    glEnableVertexAttribArray(3);
    glVertexAttribPointer(3, 1, GL_FLOAT, GL_FALSE, stride, offset(offsetof(GlyphInstance, angle)));
    glEnableVertexAttribArray(4);
    glVertexAttribPointer(4, 4, GL_UNSIGNED_BYTE, GL_TRUE, stride, offset(offsetof(GlyphInstance, color)));
    glEnableVertexAttribArray(5);
    glVertexAttribPointer(5, 4, GL_UNSIGNED_BYTE, GL_TRUE, stride, offset(offsetof(GlyphInstance, halo)));
    for (GLuint a = 1; a <= 5; ++a) glVertexAttribDivisor(a, 1);
    glBindVertexArray(0);
    glBindBuffer(GL_ARRAY_BUFFER, 0);
    glGenTextures(1, &texture_);
    glBindTexture(GL_TEXTURE_2D, texture_);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
    glBindTexture(GL_TEXTURE_2D, 0);
    initialized_ = true;
    return true;
}

void LabelRenderer::setSources(std::vector<LabelSource> sources) { sources_ = std::move(sources); }

void LabelRenderer::render(const Viewport& vp, QSize fb) {
    placed_.clear();
    if (!initialized_ || sources_.empty()) return;
    const double dpr = vp.devicePixelRatio();
    // Glyphs are rasterised at device pixel size; their advances read back in logical px.
    const GlyphAdvance advance = [&](char32_t ch, float size) {
        return atlas_.advance(ch, int(std::lround(size * dpr))) / float(dpr);
    };
    placed_ = placeLabels(labelCandidates(sources_, vp, advance), vp.width(), vp.height());
    std::vector<GlyphInstance> glyphs;
    for (int attempt = 0; attempt < 2; ++attempt) {
        glyphs.clear();
        bool full = false;
        for (const PlacedLabel& p : placed_) {
            const LabelSource& s = sources_[std::size_t(p.id)];
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
    if (glyphs.empty()) return;
    glBindTexture(GL_TEXTURE_2D, texture_);
    if (atlas_.dirty()) {
        // The atlas image is top-down; texture rows are stored as they come, v flipped in the instances.
        glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA8, atlas_.image().width(), atlas_.image().height(), 0, GL_RGBA,
                     GL_UNSIGNED_BYTE, atlas_.image().constBits());
        atlas_.markClean();
    }
    glBindBuffer(GL_ARRAY_BUFFER, instances_);
    glBufferData(GL_ARRAY_BUFFER, GLsizeiptr(glyphs.size() * sizeof(GlyphInstance)), glyphs.data(), GL_STREAM_DRAW);
    glBindBuffer(GL_ARRAY_BUFFER, 0);
    glViewport(0, 0, fb.width(), fb.height());
    glDisable(GL_DEPTH_TEST);
    glEnable(GL_BLEND);
    glBlendFuncSeparate(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA, GL_ONE, GL_ONE_MINUS_SRC_ALPHA);
    program_->bind();
    program_->setUniformValue("u_viewportPx", float(fb.width()), float(fb.height()));
    program_->setUniformValue("u_atlas", 0);
    glActiveTexture(GL_TEXTURE0);
    glBindVertexArray(vao_);
    glDrawArraysInstanced(GL_TRIANGLE_STRIP, 0, 4, GLsizei(glyphs.size()));
    glBindVertexArray(0);
    glBindTexture(GL_TEXTURE_2D, 0);
    program_->release();
}

void LabelRenderer::release() {
    if (!initialized_) return;
    glDeleteVertexArrays(1, &vao_);
    glDeleteBuffers(1, &corners_);
    glDeleteBuffers(1, &instances_);
    glDeleteTextures(1, &texture_);
    program_.reset();
    initialized_ = false;
}

}  // namespace pa
