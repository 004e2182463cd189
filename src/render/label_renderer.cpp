#include "render/label_renderer.h"

#include <QOpenGLShaderProgram>

#include <algorithm>
#include <cmath>
#include <cstddef>

#include "core/polylabel.h"
#include "core/text.h"
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

// Liang-Barsky: the part of segment a-b inside the rectangle, if any.
bool clip(Vec2d& a, Vec2d& b, double w, double h) {
    double t0 = 0, t1 = 1;
    const double dx = b.x - a.x, dy = b.y - a.y;
    const double p[4] = {-dx, dx, -dy, dy}, q[4] = {a.x, w - a.x, a.y, h - a.y};
    for (int i = 0; i < 4; ++i) {
        if (p[i] == 0) {
            if (q[i] < 0) return false;
            continue;
        }
        const double t = q[i] / p[i];
        if (p[i] < 0) t0 = std::max(t0, t);
        else t1 = std::min(t1, t);
    }
    if (t0 > t1) return false;
    const Vec2d a0 = a;
    a = {a0.x + t0 * dx, a0.y + t0 * dy};
    b = {a0.x + t1 * dx, a0.y + t1 * dy};
    return true;
}

}  // namespace

std::vector<LabelSource> collectLabelSources(const std::vector<Layer>& layers, const std::vector<int>& drawOrder,
                                             const std::vector<bool>& visible, const StyleSheet& style,
                                             const std::string& language) {
    std::vector<LabelSource> out;
    for (std::size_t k = 0; k < drawOrder.size(); ++k) {
        const std::size_t li = std::size_t(drawOrder[k]);
        if (li >= layers.size() || (li < visible.size() && !visible[li])) continue;
        const Layer& l = layers[li];
        if (l.projected.size() != l.vertices.size()) continue;
        for (const Feature& f : l.features) {
            const LabelStyle ls = style.resolveLabel(l, f);
            if (!ls.enabled || f.partCount == 0) continue;
            std::string name = language == "en" ? f.value("name_en") : f.value("name_zh");
            if (name.empty()) name = f.value("name_zh");
            if (name.empty()) continue;
            LabelSource s;
            s.text = decodeUtf8(name);
            s.style = ls;
            s.order = int(k);
            // The largest part carries the label.
            std::uint32_t best = f.firstPart;
            std::size_t bestSize = 0;
            for (std::uint32_t p = f.firstPart; p < f.firstPart + f.partCount; ++p) {
                const Part& part = l.parts[p];
                const std::size_t n = l.ringEnd(part.firstRing) - l.ringBegin(part.firstRing);
                if (n > bestSize) best = p, bestSize = n;
            }
            const Part& part = l.parts[best];
            const std::uint32_t b = l.ringBegin(part.firstRing), e = l.ringEnd(part.firstRing);
            for (std::uint32_t i = b; i < e; ++i) s.bounds.extend(l.projected[i]);
            const Symbol sym = style.resolve(l, f);
            LabelPlacement pl = ls.placement;
            if (pl == LabelPlacement::Auto)
                pl = part.kind == PartKind::Point  ? LabelPlacement::Point
                     : part.kind == PartKind::Line ? LabelPlacement::Line
                                                   : LabelPlacement::Area;
            if (pl == LabelPlacement::Point || part.kind == PartKind::Point) {
                s.kind = LabelCandidate::Kind::Point;
                s.anchor = l.projected[b];
                s.markerRadius = part.kind == PartKind::Point ? sym.markerSize * 0.5f : 0;
            } else if (pl == LabelPlacement::Line && part.kind == PartKind::Line) {
                s.kind = LabelCandidate::Kind::Line;
                s.line.assign(l.projected.begin() + b, l.projected.begin() + e);
            } else {
                s.kind = LabelCandidate::Kind::Area;
                std::vector<std::vector<Vec2d>> rings;
                for (std::uint32_t r = part.firstRing; r < part.firstRing + part.ringCount; ++r)
                    rings.emplace_back(l.projected.begin() + l.ringBegin(r), l.projected.begin() + l.ringEnd(r));
                s.anchor = part.kind == PartKind::Polygon
                               ? poleOfInaccessibility(rings, std::max(s.bounds.width(), s.bounds.height()) / 200.0)
                               : s.bounds.center();
            }
            out.push_back(std::move(s));
        }
    }
    return out;
}

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

std::vector<LabelCandidate> LabelRenderer::candidates(const Viewport& vp) {
    std::vector<LabelCandidate> out;
    const double w = vp.width(), h = vp.height();
    const double dpr = vp.devicePixelRatio();
    Bounds view;
    view.extend(vp.screenToMap({0, 0}));
    view.extend(vp.screenToMap({w, h}));
    for (std::size_t i = 0; i < sources_.size(); ++i) {
        const LabelSource& s = sources_[i];
        if (s.style.maxResolution > 0 && vp.resolution() > s.style.maxResolution) continue;
        if (!s.bounds.intersects(view)) continue;
        LabelCandidate c;
        c.id = int(i);
        // Priority from the style; the layer drawn on top wins ties.
        c.priority = s.style.priority * 1000 + s.order;
        const int px = int(std::lround(s.style.size * dpr));
        bool cjk = false;
        for (char32_t ch : s.text) {
            c.advances.push_back(atlas_.advance(ch, px) / float(dpr));
            cjk = cjk || ch >= 0x2E80;
        }
        c.height = s.style.size * 1.25f;
        c.upright = cjk;
        if (s.kind == LabelCandidate::Kind::Line) {
            c.kind = LabelCandidate::Kind::Line;
            // The longest run of the line inside the view.
            std::vector<Vec2d> run, best;
            auto flush = [&] {
                if (run.size() >= 2) {
                    double a = 0, b = 0;
                    for (std::size_t k = 1; k < run.size(); ++k) a += std::hypot(run[k].x - run[k - 1].x, run[k].y - run[k - 1].y);
                    for (std::size_t k = 1; k < best.size(); ++k) b += std::hypot(best[k].x - best[k - 1].x, best[k].y - best[k - 1].y);
                    if (a > b) best = run;
                }
                run.clear();
            };
            for (std::size_t k = 0; k + 1 < s.line.size(); ++k) {
                Vec2d a = vp.mapToScreen(s.line[k]), b = vp.mapToScreen(s.line[k + 1]);
                if (!clip(a, b, w, h)) {
                    flush();
                    continue;
                }
                if (run.empty() || std::hypot(run.back().x - a.x, run.back().y - a.y) > 0.5) {
                    flush();
                    run.push_back(a);
                }
                run.push_back(b);
            }
            flush();
            if (best.size() < 2) continue;
            c.path = std::move(best);
        } else {
            c.kind = s.kind;
            c.anchor = vp.mapToScreen(s.anchor);
            c.offset = s.markerRadius;
            if (s.kind == LabelCandidate::Kind::Area) c.areaWidth = s.bounds.width() / vp.resolution();
        }
        out.push_back(std::move(c));
    }
    return out;
}

void LabelRenderer::render(const Viewport& vp, QSize fb) {
    placed_.clear();
    if (!initialized_ || sources_.empty()) return;
    placed_ = placeLabels(candidates(vp), vp.width(), vp.height());
    const double dpr = vp.devicePixelRatio();
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
