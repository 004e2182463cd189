#include "render/map_renderer.h"

#include <QOpenGLShaderProgram>

#include <cstddef>

#include "render/shader_library.h"

namespace pa {

struct MapRenderer::Uploaded {
    Vec2d origin;
    Bounds bounds;
    unsigned fillVao = 0, fillVbo = 0, fillIbo = 0;
    unsigned outlineVao = 0, outlineVbo = 0;
    unsigned lineVao = 0, lineVbo = 0;
    unsigned markerVao = 0, markerVbo = 0;
    GLsizei fillIndexCount = 0, outlineCount = 0, lineCount = 0, markerCount = 0;
};

MapRenderer::MapRenderer() = default;
MapRenderer::~MapRenderer() = default;

bool MapRenderer::initialize(std::string* error) {
    initializeOpenGLFunctions();
    fill_ = buildProgram("fill", error);
    if (!fill_) return false;
    line_ = buildProgram("line", error);
    if (!line_) return false;
    marker_ = buildProgram("marker", error);
    if (!marker_) return false;

    const float corners[] = {0, -1, 1, -1, 0, 1, 1, 1};
    glGenBuffers(1, &quadBuffer_);
    glBindBuffer(GL_ARRAY_BUFFER, quadBuffer_);
    glBufferData(GL_ARRAY_BUFFER, sizeof(corners), corners, GL_STATIC_DRAW);
    const float markerCorners[] = {-1, -1, 1, -1, -1, 1, 1, 1};
    glGenBuffers(1, &markerQuad_);
    glBindBuffer(GL_ARRAY_BUFFER, markerQuad_);
    glBufferData(GL_ARRAY_BUFFER, sizeof(markerCorners), markerCorners, GL_STATIC_DRAW);
    glBindBuffer(GL_ARRAY_BUFFER, 0);
    initialized_ = true;
    return true;
}

namespace {
// Strokes and markers reach beyond their geometry by up to their size in pixels.
Bounds visibleWithMargin(const Viewport& vp) {
    Bounds b = vp.visibleBounds();
    const double m = 64.0 * vp.resolution();
    b.minX -= m;
    b.minY -= m;
    b.maxX += m;
    b.maxY += m;
    return b;
}
const void* offset(std::size_t bytes) { return reinterpret_cast<const void*>(bytes); }
}  // namespace

void MapRenderer::setLayers(std::vector<GpuLayerData> layers) {
    for (auto& u : layers_) {
        glDeleteVertexArrays(1, &u->fillVao);
        glDeleteVertexArrays(1, &u->outlineVao);
        glDeleteVertexArrays(1, &u->lineVao);
        glDeleteVertexArrays(1, &u->markerVao);
        unsigned bufs[] = {u->fillVbo, u->fillIbo, u->outlineVbo, u->lineVbo, u->markerVbo};
        glDeleteBuffers(5, bufs);
    }
    layers_.clear();

    auto segmentVao = [&](const std::vector<SegmentInstance>& segs, unsigned& vao, unsigned& vbo) {
        glGenVertexArrays(1, &vao);
        glBindVertexArray(vao);
        glBindBuffer(GL_ARRAY_BUFFER, quadBuffer_);
        glEnableVertexAttribArray(0);
        glVertexAttribPointer(0, 2, GL_FLOAT, GL_FALSE, 2 * sizeof(float), nullptr);
        glGenBuffers(1, &vbo);
        glBindBuffer(GL_ARRAY_BUFFER, vbo);
        glBufferData(GL_ARRAY_BUFFER, GLsizeiptr(segs.size() * sizeof(SegmentInstance)), segs.data(), GL_STATIC_DRAW);
        const GLsizei st = sizeof(SegmentInstance);
        glEnableVertexAttribArray(1);
        glVertexAttribPointer(1, 4, GL_FLOAT, GL_FALSE, st, offset(offsetof(SegmentInstance, x0)));
        glEnableVertexAttribArray(2);
        glVertexAttribPointer(2, 4, GL_UNSIGNED_BYTE, GL_TRUE, st, offset(offsetof(SegmentInstance, rgba)));
        glEnableVertexAttribArray(3);
        glVertexAttribPointer(3, 1, GL_FLOAT, GL_FALSE, st, offset(offsetof(SegmentInstance, width)));
        glEnableVertexAttribArray(4);
        glVertexAttribPointer(4, 2, GL_UNSIGNED_BYTE, GL_FALSE, st, offset(offsetof(SegmentInstance, capStart)));
        for (unsigned a = 1; a <= 4; ++a) glVertexAttribDivisor(a, 1);
        glBindVertexArray(0);
    };

    for (GpuLayerData& d : layers) {
        auto u = std::make_unique<Uploaded>();
        u->origin = d.origin;
        u->bounds = d.bounds;
        if (!d.fillIndices.empty()) {
            glGenVertexArrays(1, &u->fillVao);
            glBindVertexArray(u->fillVao);
            glGenBuffers(1, &u->fillVbo);
            glBindBuffer(GL_ARRAY_BUFFER, u->fillVbo);
            glBufferData(GL_ARRAY_BUFFER, GLsizeiptr(d.fillVertices.size() * sizeof(FillVertex)), d.fillVertices.data(),
                         GL_STATIC_DRAW);
            glEnableVertexAttribArray(0);
            glVertexAttribPointer(0, 2, GL_FLOAT, GL_FALSE, sizeof(FillVertex), offset(offsetof(FillVertex, x)));
            glEnableVertexAttribArray(1);
            glVertexAttribPointer(1, 4, GL_UNSIGNED_BYTE, GL_TRUE, sizeof(FillVertex), offset(offsetof(FillVertex, rgba)));
            glGenBuffers(1, &u->fillIbo);
            glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, u->fillIbo);
            glBufferData(GL_ELEMENT_ARRAY_BUFFER, GLsizeiptr(d.fillIndices.size() * sizeof(std::uint32_t)),
                         d.fillIndices.data(), GL_STATIC_DRAW);
            glBindVertexArray(0);
            u->fillIndexCount = GLsizei(d.fillIndices.size());
        }
        if (!d.outlines.empty()) {
            segmentVao(d.outlines, u->outlineVao, u->outlineVbo);
            u->outlineCount = GLsizei(d.outlines.size());
        }
        if (!d.lines.empty()) {
            segmentVao(d.lines, u->lineVao, u->lineVbo);
            u->lineCount = GLsizei(d.lines.size());
        }
        if (!d.markers.empty()) {
            glGenVertexArrays(1, &u->markerVao);
            glBindVertexArray(u->markerVao);
            glBindBuffer(GL_ARRAY_BUFFER, markerQuad_);
            glEnableVertexAttribArray(0);
            glVertexAttribPointer(0, 2, GL_FLOAT, GL_FALSE, 2 * sizeof(float), nullptr);
            glGenBuffers(1, &u->markerVbo);
            glBindBuffer(GL_ARRAY_BUFFER, u->markerVbo);
            glBufferData(GL_ARRAY_BUFFER, GLsizeiptr(d.markers.size() * sizeof(MarkerInstance)), d.markers.data(),
                         GL_STATIC_DRAW);
            const GLsizei st = sizeof(MarkerInstance);
            glEnableVertexAttribArray(1);
            glVertexAttribPointer(1, 2, GL_FLOAT, GL_FALSE, st, offset(offsetof(MarkerInstance, x)));
            glEnableVertexAttribArray(2);
            glVertexAttribPointer(2, 4, GL_UNSIGNED_BYTE, GL_TRUE, st, offset(offsetof(MarkerInstance, fill)));
            glEnableVertexAttribArray(3);
            glVertexAttribPointer(3, 4, GL_UNSIGNED_BYTE, GL_TRUE, st, offset(offsetof(MarkerInstance, stroke)));
            glEnableVertexAttribArray(4);
            glVertexAttribPointer(4, 3, GL_FLOAT, GL_FALSE, st, offset(offsetof(MarkerInstance, size)));
            for (unsigned a = 1; a <= 4; ++a) glVertexAttribDivisor(a, 1);
            glBindVertexArray(0);
            u->markerCount = GLsizei(d.markers.size());
        }
        glBindBuffer(GL_ARRAY_BUFFER, 0);
        layers_.push_back(std::move(u));
        // Free the CPU copy now that the GPU holds it.
        d = GpuLayerData{};
    }
}

void MapRenderer::setCommonUniforms(QOpenGLShaderProgram& p, const Uploaded& u, const Viewport& vp, QSize fb) {
    // The double-precision difference is what keeps street-level views free of float jitter.
    p.setUniformValue("u_offset", float(u.origin.x - vp.center().x), float(u.origin.y - vp.center().y));
    p.setUniformValue("u_pxPerUnit", float(vp.devicePixelRatio() / vp.resolution()));
    p.setUniformValue("u_viewportPx", float(fb.width()), float(fb.height()));
    p.setUniformValue("u_dpr", float(vp.devicePixelRatio()));
    p.setUniformValue("u_opacity", 1.0f);
}

void MapRenderer::drawSegments(const std::vector<std::unique_ptr<Uploaded>>& layers, bool outlines,
                               const Viewport& vp, QSize fb) {
    line_->bind();
    const Bounds visible = visibleWithMargin(vp);
    for (const auto& u : layers) {
        const GLsizei n = outlines ? u->outlineCount : u->lineCount;
        if (!n || !u->bounds.intersects(visible)) continue;
        setCommonUniforms(*line_, *u, vp, fb);
        glBindVertexArray(outlines ? u->outlineVao : u->lineVao);
        glDrawArraysInstanced(GL_TRIANGLE_STRIP, 0, 4, n);
        stats_.segments += std::size_t(n);
    }
}

void MapRenderer::render(const Viewport& vp, QSize fb) {
    stats_ = FrameStats{};
    glViewport(0, 0, fb.width(), fb.height());
    glClearColor(background_.r / 255.f, background_.g / 255.f, background_.b / 255.f, background_.a / 255.f);
    glClear(GL_COLOR_BUFFER_BIT);
    if (!initialized_) return;
    glDisable(GL_DEPTH_TEST);
    glDisable(GL_CULL_FACE);
    glEnable(GL_BLEND);
    glBlendFuncSeparate(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA, GL_ONE, GL_ONE_MINUS_SRC_ALPHA);

    const Bounds visible = visibleWithMargin(vp);
    fill_->bind();
    for (const auto& u : layers_) {
        if (!u->fillIndexCount || !u->bounds.intersects(visible)) continue;
        fill_->setUniformValue("u_offset", float(u->origin.x - vp.center().x), float(u->origin.y - vp.center().y));
        fill_->setUniformValue("u_scale", float(2.0 / (vp.width() * vp.resolution())),
                               float(2.0 / (vp.height() * vp.resolution())));
        fill_->setUniformValue("u_opacity", 1.0f);
        glBindVertexArray(u->fillVao);
        glDrawElements(GL_TRIANGLES, u->fillIndexCount, GL_UNSIGNED_INT, nullptr);
        stats_.triangles += std::size_t(u->fillIndexCount / 3);
        stats_.layersDrawn++;
    }
    drawSegments(layers_, true, vp, fb);
    drawSegments(layers_, false, vp, fb);

    marker_->bind();
    for (const auto& u : layers_) {
        if (!u->markerCount || !u->bounds.intersects(visible)) continue;
        setCommonUniforms(*marker_, *u, vp, fb);
        glBindVertexArray(u->markerVao);
        glDrawArraysInstanced(GL_TRIANGLE_STRIP, 0, 4, u->markerCount);
        stats_.markers += std::size_t(u->markerCount);
    }
    glBindVertexArray(0);
}

void MapRenderer::release() {
    if (!initialized_) return;
    setLayers({});
    glDeleteBuffers(1, &quadBuffer_);
    glDeleteBuffers(1, &markerQuad_);
    fill_.reset();
    line_.reset();
    marker_.reset();
    initialized_ = false;
}

}  // namespace pa
