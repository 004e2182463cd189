#include "render/offscreen_renderer.h"

#include <QOffscreenSurface>
#include <QOpenGLContext>
#include <QOpenGLFramebufferObject>
#include <QOpenGLFunctions>

#include <cmath>

#include "render/gl_platform.h"

namespace pa {

OffscreenRenderer::OffscreenRenderer() = default;

OffscreenRenderer::~OffscreenRenderer() {
    if (context_ && makeCurrent()) {
        renderer_.release();
        labels_.release();
        fbo_.reset();
        context_->doneCurrent();
    }
}

Problem OffscreenRenderer::initialize(int samples) {
    samples_ = samples;
    const QSurfaceFormat fmt = rendererFormat(0);
    context_ = std::make_unique<QOpenGLContext>();
    context_->setFormat(fmt);
    if (!context_->create())
        return Diagnostic::error("OpenGL", "cannot create an OpenGL context (" + std::string(fmt.renderableType() == QSurfaceFormat::OpenGLES ? "OpenGL ES 3.0" : "OpenGL 3.3 core") + " requested)");
    surface_ = std::make_unique<QOffscreenSurface>();
    surface_->setFormat(context_->format());
    surface_->create();
    if (!makeCurrent()) return Diagnostic::error("OpenGL", "cannot make the OpenGL context current on an offscreen surface");
    const QSurfaceFormat got = context_->format();
    const bool es = context_->isOpenGLES();
    if ((es && got.majorVersion() < 3) || (!es && (got.majorVersion() * 10 + got.minorVersion()) < 33))
        return Diagnostic::error("OpenGL", "OpenGL " + std::to_string(got.majorVersion()) + "." + std::to_string(got.minorVersion()) +
                                               " is too old (3.3 core or ES 3.0 needed)");
    renderer_.setSamples(samples_);  // the renderer multisamples its own scene buffer
    if (Problem p = renderer_.initialize()) return p;
    return labels_.initialize();
}

bool OffscreenRenderer::makeCurrent() { return context_ && context_->makeCurrent(surface_.get()); }

QString OffscreenRenderer::glDescription() const {
    if (!context_) return {};
    auto* f = context_->functions();
    return QString("%1 | %2").arg(reinterpret_cast<const char*>(f->glGetString(GL_VERSION)),
                                 reinterpret_cast<const char*>(f->glGetString(GL_RENDERER)));
}

bool OffscreenRenderer::setScene(const Scene& scene) {
    if (!makeCurrent()) return false;
    const bool ok = renderer_.setScene(scene);
    renderer_.setOverlays(scene.overlays);
    labels_.setSources(scene.settings.labels ? scene.labels : std::make_shared<const std::vector<LabelSource>>());
    return ok;
}

void OffscreenRenderer::draw(const Viewport& vp, FrameMode mode) {
    const QSize px(int(std::lround(vp.width() * vp.devicePixelRatio())),
                   int(std::lround(vp.height() * vp.devicePixelRatio())));
    if (!fbo_ || fbo_->size() != px) {
        QOpenGLFramebufferObjectFormat ff;
        ff.setAttachment(QOpenGLFramebufferObject::NoAttachment);
        fbo_ = std::make_unique<QOpenGLFramebufferObject>(px, ff);
    }
    fbo_->bind();
    renderer_.render(vp, px, mode);
    fbo_->bind();
    labels_.render(vp, px);
    context_->functions()->glFinish();
    fbo_->release();
}

QImage OffscreenRenderer::readImage() {
    if (!fbo_) return {};
    QImage img = fbo_->toImage();
    return img.convertToFormat(QImage::Format_ARGB32);
}

}  // namespace pa
