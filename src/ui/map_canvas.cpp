#include "ui/map_canvas.h"

#include <QLabel>

#include <QHelpEvent>
#include <QKeyEvent>
#include <QToolTip>
#include <QMouseEvent>
#include <QWheelEvent>

#include <cmath>
#include <utility>

#include "core/picking.h"
#include "document/map_document.h"
#include "document/map_settings.h"
#include "render/gl_platform.h"
#include "render/label_layout.h"
#include "ui/map_surface.h"

namespace pa {

namespace {
constexpr double kWheelStep = 1.25;  // zoom per wheel notch
constexpr double kKeyZoom = 1.5;
constexpr int kZoomAnimationMs = 180;
constexpr int kSettleMs = 220;  // rest after the last input before the scene is drawn again
// With pictures, before this view's is painted: a paint a later move supersedes stops within a few
// thousand polygons, so it may start sooner.
constexpr int kPictureSettleMs = 120;
MapCanvas::Backend defaultBackend = MapCanvas::Backend::Auto;

// View animations run a parameter from 0 to 1, fast at first and settling gently.
void easeOver(QVariantAnimation& a) {
    a.setDuration(kZoomAnimationMs);
    a.setEasingCurve(QEasingCurve::OutCubic);
    a.setStartValue(0.0);
    a.setEndValue(1.0);
}
}  // namespace

void MapCanvas::setDefaultBackend(Backend b) { defaultBackend = b; }

MapCanvas::MapCanvas(QWidget* parent) : QWidget(parent), backend_(defaultBackend) {
    // Without a GPU device OpenGL can only be software: known now, before any file is read.
    useSurface(backend_ == Backend::Painter || (backend_ == Backend::Auto && !gpuDevicePresent()));
    connect(&worker_, &SceneWorker::ready, this, [this](std::shared_ptr<const Scene> scene, std::shared_ptr<const MapPicture> picture) {
        tilesPending_ = scene->tilesPending;
        showAttribution(scene->attributions);
        tellProblems(*scene);
        pendingScene_ = std::move(scene);
        pendingPicture_ = std::move(picture);
        awaitingScene_ = false;
        redraw();
    });
    // Raster tiles read since the last scene: a new scene of the same view picks them up.
    connect(&worker_, &SceneWorker::tilesArrived, this, [this] {
        if (!moving_) requestScene();
    });
    attribution_ = new QLabel(this);
    attribution_->setObjectName("attribution");
    attribution_->setStyleSheet("QLabel { background: rgba(255,255,255,200); color: #282828; padding: 1px 4px; font-size: 10px; }");
    attribution_->setTextFormat(Qt::PlainText);
    attribution_->hide();
    attribution_->raise();  // over the surface
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setMinimumSize(200, 150);
    settleTimer_.setSingleShot(true);
    settleTimer_.setInterval(pictures_ ? kPictureSettleMs : kSettleMs);
    connect(&settleTimer_, &QTimer::timeout, this, &MapCanvas::settle);
    easeOver(panAnimation_);
    connect(&panAnimation_, &QVariantAnimation::valueChanged, this, [this](const QVariant& v) {
        const double t = v.toDouble();
        viewport_.setCenter({panFrom_.x + t * (panTo_.x - panFrom_.x), panFrom_.y + t * (panTo_.y - panFrom_.y)});
        changed();
    });
    flyAnimation_.setEasingCurve(QEasingCurve::InOutCubic);
    flyAnimation_.setStartValue(0.0);
    flyAnimation_.setEndValue(1.0);
    connect(&flyAnimation_, &QVariantAnimation::valueChanged, this, [this](const QVariant& v) {
        // Centre glides straight; the scale pulls back mid-way (a bump in log scale) when the
        // places are far apart, so the flight shows where it goes.
        const double t = v.toDouble();
        viewport_.setCenter({flyFrom_.x + t * (flyTo_.x - flyFrom_.x), flyFrom_.y + t * (flyTo_.y - flyFrom_.y)});
        viewport_.setResolution(t >= 1 ? flyResTo_
                                       : std::exp(std::log(flyResFrom_) + t * (std::log(flyResTo_) - std::log(flyResFrom_)) +
                                                  flyBump_ * 4 * t * (1 - t)));
        interacted();
        changed();
    });
    easeOver(zoomAnimation_);
    connect(&zoomAnimation_, &QVariantAnimation::valueChanged, this, [this](const QVariant& v) {
        // Interpolate the scale geometrically so each frame of the animation zooms by the same ratio.
        const double t = v.toDouble();
        // The last step lands on the target to the bit: its picture was painted for that scale.
        viewport_.setResolution(t >= 1 ? zoomTo_ : std::exp(std::log(zoomFrom_) + t * (std::log(zoomTo_) - std::log(zoomFrom_))));
        const Vec2d now = viewport_.screenToMap(zoomAnchorScreen_);
        const Vec2d c = viewport_.center();
        viewport_.setCenter({c.x + zoomAnchorMap_.x - now.x, c.y + zoomAnchorMap_.y - now.y});
        changed();
    });
}

void MapCanvas::useSurface(bool pictures) {
    pictures_ = pictures;
    settleTimer_.setInterval(pictures_ ? kPictureSettleMs : kSettleMs);
    QWidget* old = surface_ ? surface_->widget() : nullptr;
    if (pictures) surface_ = new PictureMapSurface(this);
    else surface_ = new GlMapSurface(this);
    surface_->widget()->setGeometry(rect());
    surface_->widget()->show();
    surface_->widget()->lower();  // under the attribution
    if (old) {
        old->hide();
        old->deleteLater();
    }
    // What the old surface held is not the new one's: every layer is prepared again for it.
    worker_.cache().clear();
    pendingScene_ = nullptr;
    pendingPicture_ = nullptr;
    pictureAsked_ = Viewport{};
    selectionDirty_ = true;
    requestScene();
}

void MapCanvas::surfaceStarted(const QString& problem, bool softwareRenderer) {
    if (!problem.isEmpty()) {
        glError_ = problem;
        emit renderFailed(glError_);
    }
    // Auto on a machine with a GPU device whose driver is still software: pictures after all.
    if (problem.isEmpty() && backend_ == Backend::Auto && !pictures_ && softwareRenderer) {
        QTimer::singleShot(0, this, [this] {
            if (!pictures_) useSurface(true);
        });
        return;
    }
    // A new context holds nothing yet: every layer is prepared and uploaded again.
    worker_.cache().clear();
    requestScene();
}

const FrameStats& MapCanvas::lastFrame() const { return surface_->lastFrame(); }
const std::vector<PlacedLabel>& MapCanvas::placedLabels() const { return surface_->placedLabels(); }
std::u32string MapCanvas::labelText(int id) const { return surface_->labelText(id); }
QImage MapCanvas::grabFramebuffer() { return surface_->grabFrame(); }
void MapCanvas::redraw() { surface_->widget()->update(); }

bool MapCanvas::showsExactly() const {
    return !moving_ && !settleTimer_.isActive() && !lastFrame().partial && !lastFrame().preview &&
           zoomAnimation_.state() != QAbstractAnimation::Running && flyAnimation_.state() != QAbstractAnimation::Running &&
           panAnimation_.state() != QAbstractAnimation::Running && pendingScene_ == nullptr && !awaitingScene_;
}

bool MapCanvas::isSettled() const {
    return !moving_ && !settleTimer_.isActive() && !preparing() && tilesPending_ == 0 && !lastFrame().partial && zoomAnimation_.state() != QAbstractAnimation::Running &&
           flyAnimation_.state() != QAbstractAnimation::Running &&
           panAnimation_.state() != QAbstractAnimation::Running && !lastFrame().preview;
}

void MapCanvas::animatePan(double dx, double dy) {
    // A press while a pan runs continues towards the sum of both.
    const Vec2d base = panAnimation_.state() == QAbstractAnimation::Running ? panTo_ : viewport_.center();
    panAnimation_.stop();
    flyAnimation_.stop();
    panFrom_ = viewport_.center();
    panTo_ = {base.x - dx * viewport_.resolution(), base.y + dy * viewport_.resolution()};
    interacted();
    panAnimation_.start();
    Viewport rest = viewport_;
    rest.setCenter(panTo_);
    paintWhereItWillRest(rest);
}

void MapCanvas::settle() {
    if (zoomAnimation_.state() == QAbstractAnimation::Running || panAnimation_.state() == QAbstractAnimation::Running ||
        flyAnimation_.state() == QAbstractAnimation::Running) {
        settleTimer_.start();
        return;
    }
    settleTimer_.stop();
    moving_ = false;
    // Rasters and layers read by view are read for the view: the view come to rest on needs its
    // tiles. (A picture is asked for by the frame that finds none for its view.)
    if (hasRasters()) requestScene();
    redraw();
}

void MapCanvas::paintWhereItWillRest(const Viewport& target) {
    // An animation's end is known when it starts: its picture is painted while the animation runs.
    if (!pictures_ || !doc_ || hasRasters()) return;
    requestScene(&target);
}

void MapCanvas::interacted() {
    moving_ = true;
    settleTimer_.start();
}

void MapCanvas::animateZoom(Vec2d screenAnchor, double factor) {
    // A zoom that arrives while one runs continues from where the view is towards the new target.
    const double base = zoomAnimation_.state() == QAbstractAnimation::Running ? zoomTo_ : viewport_.resolution();
    zoomAnimation_.stop();
    flyAnimation_.stop();
    zoomFrom_ = viewport_.resolution();
    Viewport target = viewport_;
    target.setResolution(base / factor);
    zoomTo_ = target.resolution();
    zoomAnchorScreen_ = screenAnchor;
    zoomAnchorMap_ = viewport_.screenToMap(screenAnchor);
    interacted();
    zoomAnimation_.start();
    Viewport rest = viewport_;
    rest.setResolution(zoomTo_);
    const Vec2d now = rest.screenToMap(zoomAnchorScreen_);
    rest.setCenter({rest.center().x + zoomAnchorMap_.x - now.x, rest.center().y + zoomAnchorMap_.y - now.y});
    paintWhereItWillRest(rest);
}

MapCanvas::~MapCanvas() {
    // The surface goes first, while the canvas it asks for frames is whole.
    delete surface_->widget();
}

void MapCanvas::setDocument(const MapDocument* doc) {
    if (doc_) disconnect(doc_, nullptr, this, nullptr);
    doc_ = doc;
    selection_.clear();
    told_.clear();
    if (doc_) {
        connect(doc_, &MapDocument::layersChanged, this, [this] {
            requestScene();
            // The first layers of an empty map: show the map's home.
            if (!haveView_) zoomToHome();
        });
        connect(doc_, &MapDocument::statesChanged, this, [this] { requestScene(); });
        connect(doc_, &MapDocument::styleChanged, this, [this] { requestScene(); });
        connect(doc_, &MapDocument::layerRemoved, this, &MapCanvas::dropRemovedLayer);
    }
    requestScene();
}

MapSettings MapCanvas::settings() const {
    Viewport vp = viewport_;
    vp.setSize(width(), height());  // the viewport learns a new size only when it next draws
    vp.setDevicePixelRatio(devicePixelRatioF());
    MapSettings s = doc_ ? mapSettings(*doc_, vp, labelLanguage_) : MapSettings{};
    s.overlays = overlays();
    return s;
}

MapOverlays MapCanvas::overlays() const {
    MapOverlays o;
    o.selection = selection_;
    o.pin = pin_;
    o.marks = marks_;
    o.measure = measurePath();
    o.measureArea = measure_ == Measure::Area;
    return o;
}

void MapCanvas::requestScene(const Viewport* at) {
    if (!doc_) return;
    Viewport vp = at ? *at : viewport_;
    vp.setSize(width(), height());
    vp.setDevicePixelRatio(devicePixelRatioF());
    MapSettings s = mapSettings(*doc_, vp, labelLanguage_);
    if (pictures_) {
        pictureAsked_ = vp;
        pictureAskedFb_ = framebufferOf(vp);
    }
    worker_.request(doc_->snapshot(), std::move(s), pictures_ ? std::optional<Viewport>(vp) : std::nullopt);
    awaitingScene_ = true;
    selectionDirty_ = true;  // a new style may change the highlight
}

void MapCanvas::askPictureIfNeeded(const Viewport& vp, QSize fb) {
    // While the view moves the last picture is shown moved; once it rests, this view's is painted.
    if (!pictures_ || moving_ || surface_->servesExactly(vp, fb)) return;
    // Asked for already (an animation's end, predicted to within a thousandth of a pixel).
    const Viewport& a = pictureAsked_;
    const double px = vp.devicePixelRatio() / vp.resolution();
    if (pictureAskedFb_ == fb && a.resolution() == vp.resolution() && std::fabs(a.center().x - vp.center().x) * px < 1e-3 &&
        std::fabs(a.center().y - vp.center().y) * px < 1e-3)
        return;
    requestScene();
}

void MapCanvas::tellProblems(const Scene& scene) {
    // Each problem once while it lasts: every scene of a view with failed tiles carries it, and a
    // scene drawn whole ends it (a later failure is news again).
    if (scene.problems.empty()) {
        if (scene.tilesPending == 0) told_.clear();
        return;
    }
    Diagnostics news;
    for (const Diagnostic& d : scene.problems)
        if (told_.insert(d.file + "\n" + d.text).second) news.push_back(d);
    if (!news.empty()) emit sourceProblems(news);
}

bool MapCanvas::hasRasters() const {
    if (!doc_) return false;
    for (const Layer* l : doc_->visibleLayers())
        if (l->raster || l->viewSource) return true;
    return false;
}

void MapCanvas::showAttribution(const std::vector<std::string>& attributions) {
    QString text;
    for (const std::string& a : attributions) text += (text.isEmpty() ? "" : " | ") + QString::fromStdString(a);
    attribution_->setText(text);
    attribution_->setVisible(!text.isEmpty());
    attribution_->adjustSize();
    placeAttribution();
}

void MapCanvas::placeAttribution() {
    attribution_->move(width() - attribution_->width(), height() - attribution_->height());
}

void MapCanvas::resizeEvent(QResizeEvent* e) {
    QWidget::resizeEvent(e);
    surface_->widget()->setGeometry(rect());
    placeAttribution();
    viewport_.setSize(width(), height());
    viewport_.setDevicePixelRatio(devicePixelRatioF());
    // Until the user moves the map, it keeps showing everything as the window finds its size.
    if (doc_ && (!haveView_ || fitShown_ != Fit::None)) fit(fitShown_ == Fit::Full ? Fit::Full : Fit::Home);
}

void MapCanvas::dropRemovedLayer(LayerId id) {
    const auto gone = std::remove_if(selection_.begin(), selection_.end(), [id](const FeatureRef& r) { return r.layer == id; });
    if (gone == selection_.end()) return;
    selection_.erase(gone, selection_.end());
    selectionDirty_ = true;
    redraw();
}

bool MapCanvas::beginFrame(MapSurface& surface, MapFrame& f) {
    if (&surface != surface_) return false;
    viewport_.setSize(width(), height());
    viewport_.setDevicePixelRatio(devicePixelRatioF());
    if (pendingScene_) {
        const std::shared_ptr<const Scene> scene = std::move(pendingScene_);
        if (!surface_->adoptScene(scene, std::exchange(pendingPicture_, nullptr))) {
            worker_.cache().clear();
            requestScene();
        }
    }
    if (selectionDirty_ && doc_) {
        selectionDirty_ = false;
        surface_->adoptOverlays(prepareOverlays(doc_->snapshot(), overlays(), /*gpu=*/!surface_->pictures()));
    }
    f.view = viewport_;
    f.fb = QSize(int(std::lround(width() * devicePixelRatioF())), int(std::lround(height() * devicePixelRatioF())));
    f.mode = moving_ ? FrameMode::AllowPreview : FrameMode::Exact;
    return true;
}

void MapCanvas::endFrame(const MapFrame& f) {
    askPictureIfNeeded(f.view, f.fb);
    if (lastFrame().partial) QTimer::singleShot(0, this, [this] { redraw(); });
}

void MapCanvas::changed() {
    fitShown_ = Fit::None;
    // Rasters are read for the view: once it rests, the scene is asked for again with its tiles.
    if (hasRasters()) settleTimer_.start();
    redraw();
    emit viewChanged();
}

void MapCanvas::setView(Vec2d center, double resolution) {
    zoomAnimation_.stop();
    panAnimation_.stop();
    flyAnimation_.stop();  // the user's move ends a flight
    viewport_.setCenter(center);
    viewport_.setResolution(resolution);
    haveView_ = true;
    changed();
}

void MapCanvas::zoomToFullExtent() { fit(Fit::Full); }
void MapCanvas::zoomToHome() { fit(Fit::Home); }

void MapCanvas::fit(Fit which) {
    if (!doc_) return;
    viewport_.setSize(width(), height());
    const Bounds b = which == Fit::Home ? doc_->homeExtent() : doc_->fullExtent();
    if (b.isEmpty()) return;
    zoomAnimation_.stop();
    panAnimation_.stop();
    flyAnimation_.stop();  // the user's move ends a flight
    viewport_.fitBounds(b);
    haveView_ = true;
    changed();
    fitShown_ = which;
}

void MapCanvas::zoomBy(double factor) { animateZoom({width() * 0.5, height() * 0.5}, factor); }

void MapCanvas::panByPixels(double dx, double dy) {
    viewport_.panByPixels(dx, dy);
    interacted();
    changed();
}

void MapCanvas::mousePressEvent(QMouseEvent* e) {
    flyAnimation_.stop();  // taking hold of the map ends a flight
    if (e->button() == Qt::LeftButton || e->button() == Qt::MiddleButton) {
        dragging_ = true;
        lastDrag_ = e->position();
        pressPos_ = e->position();
        setCursor(Qt::ClosedHandCursor);
    }
}

void MapCanvas::mouseMoveEvent(QMouseEvent* e) {
    if (dragging_) {
        const QPointF d = e->position() - lastDrag_;
        lastDrag_ = e->position();
        viewport_.panByPixels(d.x(), d.y());
        interacted();
        changed();
    }
    const Vec2d m = viewport_.screenToMap({e->position().x(), e->position().y()});
    emit cursorMoved(m.x, m.y);
    if (measure_ != Measure::Off && !measureDone_ && !measurePoints_.empty()) {
        measureCursor_ = m;
        selectionDirty_ = true;
        redraw();
        emit measureChanged();
    }
}

void MapCanvas::mouseReleaseEvent(QMouseEvent* e) {
    const bool wasDragging = dragging_;
    dragging_ = false;
    unsetCursor();
    // A press and release within a few pixels is a click, not a drag.
    if (wasDragging && e->button() == Qt::LeftButton && (e->position() - pressPos_).manhattanLength() < 5) {
        const Vec2d at = viewport_.screenToMap({e->position().x(), e->position().y()});
        if (pointTaker_) pointTaker_(at);
        else if (measure_ != Measure::Off) addMeasurePoint(at);
        else emit clicked(e->position());
    } else if (wasDragging && moving_) {
        settle();  // a drag ends with its release: no later move will supersede this view
    }
}

void MapCanvas::contextMenuEvent(QContextMenuEvent* e) { emit contextRequested(e->pos()); }

void MapCanvas::setMarks(std::vector<Vec2d> marks) {
    marks_ = std::move(marks);
    selectionDirty_ = true;
    redraw();
}

void MapCanvas::setPin(std::optional<Vec2d> p) {
    pin_ = p;
    selectionDirty_ = true;
    redraw();
}

void MapCanvas::transformMarks(const std::function<Vec2d(Vec2d)>& f) {
    if (pin_) pin_ = f(*pin_);
    for (Vec2d& m : marks_) m = f(m);
    for (Vec2d& p : measurePoints_) p = f(p);
    if (measureCursor_) measureCursor_ = f(*measureCursor_);
    selectionDirty_ = true;
    redraw();
}

void MapCanvas::setMeasure(Measure m) {
    measure_ = m;
    measurePoints_.clear();
    measureCursor_.reset();
    measureDone_ = false;
    setCursor(m == Measure::Off ? Qt::ArrowCursor : Qt::CrossCursor);
    selectionDirty_ = true;
    redraw();
    emit measureChanged();
}

void MapCanvas::addMeasurePoint(Vec2d p) {
    if (measureDone_) {
        measurePoints_.clear();
        measureDone_ = false;
    }
    measurePoints_.push_back(p);
    selectionDirty_ = true;
    redraw();
    emit measureChanged();
}

std::vector<Vec2d> MapCanvas::measurePath() const {
    std::vector<Vec2d> path = measurePoints_;
    if (!measureDone_ && measureCursor_ && !path.empty()) path.push_back(*measureCursor_);
    return path;
}

std::vector<FeatureRef> MapCanvas::pickAt(QPointF pos) const {
    if (!doc_) return {};
    PickOptions o;
    o.tolerance = 5.0 * viewport_.resolution();
    return pickFeatures(doc_->visibleLayers(), viewport_.screenToMap({pos.x(), pos.y()}), o);
}

void MapCanvas::setSelection(const std::vector<FeatureRef>& features) {
    selection_ = features;
    selectionDirty_ = true;
    redraw();
}

void MapCanvas::setLabelLanguage(const std::string& lang) {
    if (lang == labelLanguage_) return;
    labelLanguage_ = lang;
    requestScene();
}

void MapCanvas::flyTo(const Bounds& extent, int ms) {
    if (extent.isEmpty()) return;
    Viewport target = viewport_;
    target.setSize(width(), height());
    target.fitBounds(extent);
    zoomAnimation_.stop();
    panAnimation_.stop();
    flyAnimation_.stop();
    flyFrom_ = viewport_.center();
    flyTo_ = target.center();
    flyResFrom_ = viewport_.resolution();
    flyResTo_ = target.resolution();
    const double span = std::hypot(flyTo_.x - flyFrom_.x, flyTo_.y - flyFrom_.y);
    const double seen = std::max(flyResFrom_, flyResTo_) * std::max(width(), 1);
    flyBump_ = span > seen * 0.5 ? std::log(1 + span / seen) : 0.0;
    haveView_ = true;
    fitShown_ = Fit::None;  // a resize during the flight must not pull the view back to a fit
    flyAnimation_.setDuration(std::max(1, ms));
    interacted();
    flyAnimation_.start();
    paintWhereItWillRest(target);
}

void MapCanvas::zoomToBounds(const Bounds& b, double minSpan) {
    if (b.isEmpty()) return;
    Bounds fitTo = b;
    const Vec2d c = b.center();
    const double half = std::max({b.width(), b.height(), minSpan}) * 0.5;
    if (b.width() < minSpan && b.height() < minSpan) fitTo = Bounds{c.x - half, c.y - half, c.x + half, c.y + half};
    Viewport v = viewport_;
    v.setSize(width(), height());
    v.fitBounds(fitTo);
    setView(v.center(), v.resolution());
}

bool MapCanvas::event(QEvent* e) {
    if (e->type() == QEvent::ToolTip && doc_) {
        auto* help = static_cast<QHelpEvent*>(e);
        const auto hits = pickAt(help->pos());
        if (hits.empty()) {
            QToolTip::hideText();
            e->ignore();
            return true;
        }
        const Feature& f = doc_->feature(hits.front());
        QString text = QString::fromStdString(featureName(f, "zh"));
        if (text.isEmpty()) text = QString::fromStdString(f.id);
        const QString en = QString::fromStdString(f.value("name_en"));
        const QString kind = QString::fromStdString(f.value("kind"));
        QString tip = "<b>" + text.toHtmlEscaped() + "</b>";
        if (!en.isEmpty()) tip += "<br>" + en.toHtmlEscaped();
        if (!kind.isEmpty()) tip += "<br><i>" + kind.toHtmlEscaped() + "</i>";
        if (hits.size() > 1) tip += "<br>" + tr("+%n more here", "", int(hits.size() - 1));
        QToolTip::showText(help->globalPos(), tip, this);
        return true;
    }
    return QWidget::event(e);
}

void MapCanvas::mouseDoubleClickEvent(QMouseEvent* e) {
    if (measure_ != Measure::Off) {
        finishMeasure();
        emit measureChanged();
        return;
    }
    const double f = e->modifiers() & Qt::ShiftModifier ? 1.0 / 2.0 : 2.0;
    animateZoom({e->position().x(), e->position().y()}, f);
}

void MapCanvas::wheelEvent(QWheelEvent* e) {
    // angleDelta is in eighths of a degree, 120 per notch; touchpads send fractions of a notch.
    const double notches = e->angleDelta().y() / 120.0;
    if (notches == 0) return;
    animateZoom({e->position().x(), e->position().y()}, std::pow(kWheelStep, notches));
    e->accept();
}

void MapCanvas::keyPressEvent(QKeyEvent* e) {
    // An eighth of the view per press, in whole pixels so the renderer can shift its cached frame.
    const double sx = std::round(width() * 0.125), sy = std::round(height() * 0.125);
    switch (e->key()) {
        case Qt::Key_Left: animatePan(sx, 0); break;
        case Qt::Key_Right: animatePan(-sx, 0); break;
        case Qt::Key_Up: animatePan(0, sy); break;
        case Qt::Key_Down: animatePan(0, -sy); break;
        case Qt::Key_Plus:
        case Qt::Key_Equal: zoomBy(kKeyZoom); break;
        case Qt::Key_Minus: zoomBy(1.0 / kKeyZoom); break;
        case Qt::Key_Home: zoomToHome(); break;
        case Qt::Key_Escape:
            if (measure_ == Measure::Off) return QWidget::keyPressEvent(e);
            setMeasure(measure_);  // clears the path, stays in the mode
            break;
        default: QWidget::keyPressEvent(e); return;
    }
    e->accept();
}

}  // namespace pa
