#pragma once
// The map renderer on an offscreen surface: batch export, tests and benchmarks. Same shaders and
// code path as the window, drawn into a multisampled framebuffer object.
#include <QImage>
#include <QSize>

#include <memory>
#include <string>

#include "render/label_renderer.h"
#include "render/map_renderer.h"

class QOffscreenSurface;
class QOpenGLContext;
class QOpenGLFramebufferObject;

namespace pa {

class OffscreenRenderer {
public:
    OffscreenRenderer();
    ~OffscreenRenderer();

    Problem initialize(int samples = 4);
    bool makeCurrent();
    MapRenderer& renderer() { return renderer_; }
    LabelRenderer& labels() { return labels_; }
    QString glDescription() const;

    // The OpenGL backend of a prepared scene: its layers, overlays and labels, ready to draw.
    bool setScene(const Scene& scene);
    // Draws into the framebuffer (logical size x dpr pixels) and waits for the GPU to finish.
    void draw(const Viewport& vp, FrameMode mode = FrameMode::Exact);
    // The last drawn frame, resolved from the multisampled buffer.
    QImage readImage();

private:
    std::unique_ptr<QOffscreenSurface> surface_;
    std::unique_ptr<QOpenGLContext> context_;
    std::unique_ptr<QOpenGLFramebufferObject> fbo_;
    MapRenderer renderer_;
    LabelRenderer labels_;
    int samples_ = 4;
};

}  // namespace pa
