#include <QOpenGLContext>
#include <QOpenGLFunctions>

#include "render/gl_platform.h"
#include "ui/map_canvas.h"
#include "ui/map_surface.h"

namespace pa {

namespace {
constexpr int kFrameBudgetMs = 10;  // scene drawing per frame; the rest waits for the next frame
}

GlMapSurface::GlMapSurface(MapCanvas* canvas) : QOpenGLWidget(canvas), canvas_(canvas) {
    // The canvas takes the input; this only draws.
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setFocusPolicy(Qt::NoFocus);
}

GlMapSurface::~GlMapSurface() {
    cleanup();
    // QOpenGLWidget's destructor destroys the context, whose signal would otherwise call cleanup() on
    // what is by then no longer a GlMapSurface (UBSan: a downcast of a destroyed object).
    if (context()) disconnect(context(), &QOpenGLContext::aboutToBeDestroyed, this, &GlMapSurface::cleanup);
}

void GlMapSurface::cleanup() {
    if (!renderer_.isInitialized() || !context()) return;
    makeCurrent();
    renderer_.release();
    labels_.release();
    doneCurrent();
}

void GlMapSurface::initializeGL() {
    connect(context(), &QOpenGLContext::aboutToBeDestroyed, this, &GlMapSurface::cleanup, Qt::UniqueConnection);
    Problem p = renderer_.initialize();
    if (!p) p = labels_.initialize();
    const char* r = reinterpret_cast<const char*>(context()->functions()->glGetString(GL_RENDERER));
    // A frame draws the scene for at most this long, then shows what it has and goes on in the next:
    // a large layer fills in over a few frames and the window keeps answering.
    renderer_.setFrameBudget(kFrameBudgetMs);
    canvas_->surfaceStarted(p ? QString::fromStdString(p->text) : QString(), isSoftwareRenderer(QString::fromLatin1(r ? r : "")));
}

bool GlMapSurface::adoptScene(const std::shared_ptr<const Scene>& scene, const std::shared_ptr<const MapPicture>&) {
    if (!renderer_.isInitialized()) return true;
    // Only uploads here: the scene was prepared on worker threads.
    const bool uploaded = renderer_.setScene(*scene);
    labels_.setSources(scene->labels);
    return uploaded;
}

void GlMapSurface::adoptOverlays(const std::vector<SceneLayer>& overlays) {
    if (renderer_.isInitialized()) renderer_.setOverlays(overlays);
}

void GlMapSurface::paintGL() {
    MapFrame f;
    if (!canvas_->beginFrame(*this, f)) return;
    renderer_.render(f.view, f.fb, f.mode);
    labels_.render(f.view, f.fb);
    canvas_->endFrame(f);
}

}  // namespace pa
