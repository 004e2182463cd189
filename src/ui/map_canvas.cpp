#include "ui/map_canvas.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QOpenGLContext>
#include <QWheelEvent>

#include <cmath>

#include "io/map_document.h"
#include "render/gpu_layer.h"

namespace pa {

namespace {
constexpr double kWheelStep = 1.25;  // zoom per wheel notch
constexpr double kKeyZoom = 1.5;
}  // namespace

MapCanvas::MapCanvas(QWidget* parent) : QOpenGLWidget(parent) {
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setMinimumSize(200, 150);
}

MapCanvas::~MapCanvas() { cleanup(); }

void MapCanvas::cleanup() {
    if (!renderer_.isInitialized() || !context()) return;
    makeCurrent();
    renderer_.release();
    doneCurrent();
}

void MapCanvas::setDocument(const MapDocument* doc) {
    doc_ = doc;
    needsUpload_ = true;
    update();
}

void MapCanvas::initializeGL() {
    connect(context(), &QOpenGLContext::aboutToBeDestroyed, this, &MapCanvas::cleanup, Qt::UniqueConnection);
    std::string why;
    if (!renderer_.initialize(&why)) {
        glError_ = QString::fromStdString(why);
        emit renderFailed(glError_);
    }
    needsUpload_ = true;
}

void MapCanvas::resizeGL(int w, int h) {
    viewport_.setSize(w, h);
    viewport_.setDevicePixelRatio(devicePixelRatioF());
    // Until the user moves the map, it keeps showing everything as the window finds its size.
    if ((!haveView_ || fullExtentShown_) && doc_) zoomToFullExtent();
}

void MapCanvas::paintGL() {
    viewport_.setSize(width(), height());
    viewport_.setDevicePixelRatio(devicePixelRatioF());
    if (needsUpload_ && renderer_.isInitialized()) {
        std::vector<GpuLayerData> data;
        if (doc_) {
            renderer_.setBackground(doc_->style().background);
            for (const Layer& l : doc_->layers()) data.push_back(buildGpuLayer(l, doc_->style()));
        }
        renderer_.setLayers(std::move(data));
        needsUpload_ = false;
        if (!haveView_) zoomToFullExtent();
    }
    const QSize fb(int(std::lround(width() * devicePixelRatioF())), int(std::lround(height() * devicePixelRatioF())));
    renderer_.render(viewport_, fb);
}

void MapCanvas::changed() {
    fullExtentShown_ = false;
    update();
    emit viewChanged();
}

void MapCanvas::setView(Vec2d center, double resolution) {
    viewport_.setCenter(center);
    viewport_.setResolution(resolution);
    haveView_ = true;
    changed();
}

void MapCanvas::zoomToFullExtent() {
    if (!doc_) return;
    viewport_.setSize(width(), height());
    Bounds b = doc_->fullExtent();
    if (b.isEmpty()) return;
    viewport_.fitBounds(b);
    haveView_ = true;
    changed();
    fullExtentShown_ = true;
}

void MapCanvas::zoomBy(double factor) {
    viewport_.zoomAbout({width() * 0.5, height() * 0.5}, factor);
    changed();
}

void MapCanvas::panByPixels(double dx, double dy) {
    viewport_.panByPixels(dx, dy);
    changed();
}

void MapCanvas::mousePressEvent(QMouseEvent* e) {
    if (e->button() == Qt::LeftButton || e->button() == Qt::MiddleButton) {
        dragging_ = true;
        lastDrag_ = e->position();
        setCursor(Qt::ClosedHandCursor);
    }
}

void MapCanvas::mouseMoveEvent(QMouseEvent* e) {
    if (dragging_) {
        const QPointF d = e->position() - lastDrag_;
        lastDrag_ = e->position();
        viewport_.panByPixels(d.x(), d.y());
        changed();
    }
    const Vec2d m = viewport_.screenToMap({e->position().x(), e->position().y()});
    emit cursorMoved(m.x, m.y);
}

void MapCanvas::mouseReleaseEvent(QMouseEvent*) {
    dragging_ = false;
    unsetCursor();
}

void MapCanvas::mouseDoubleClickEvent(QMouseEvent* e) {
    const double f = e->modifiers() & Qt::ShiftModifier ? 1.0 / 2.0 : 2.0;
    viewport_.zoomAbout({e->position().x(), e->position().y()}, f);
    changed();
}

void MapCanvas::wheelEvent(QWheelEvent* e) {
    // angleDelta is in eighths of a degree, 120 per notch; touchpads send fractions of a notch.
    const double notches = e->angleDelta().y() / 120.0;
    if (notches == 0) return;
    viewport_.zoomAbout({e->position().x(), e->position().y()}, std::pow(kWheelStep, notches));
    changed();
    e->accept();
}

void MapCanvas::keyPressEvent(QKeyEvent* e) {
    // An eighth of the view per press, in whole pixels so the renderer can shift its cached frame.
    const double sx = std::round(width() * 0.125), sy = std::round(height() * 0.125);
    switch (e->key()) {
        case Qt::Key_Left: panByPixels(sx, 0); break;
        case Qt::Key_Right: panByPixels(-sx, 0); break;
        case Qt::Key_Up: panByPixels(0, sy); break;
        case Qt::Key_Down: panByPixels(0, -sy); break;
        case Qt::Key_Plus:
        case Qt::Key_Equal: zoomBy(kKeyZoom); break;
        case Qt::Key_Minus: zoomBy(1.0 / kKeyZoom); break;
        case Qt::Key_Home: zoomToFullExtent(); break;
        default: QOpenGLWidget::keyPressEvent(e); return;
    }
    e->accept();
}

}  // namespace pa
