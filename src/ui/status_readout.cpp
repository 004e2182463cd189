#include "ui/status_readout.h"

#include <QLabel>
#include <QScreen>
#include <QStatusBar>

#include <cmath>

#include "document/map_document.h"
#include "io/crs.h"
#include "ui/map_canvas.h"
#include "ui/message_bar.h"

namespace pa {

StatusReadout::StatusReadout(QStatusBar* bar, MapCanvas* canvas, const MapDocument& doc, MessageBar* messages)
    : QObject(bar),
      canvas_(canvas),
      doc_(doc),
      messages_(messages),
      lonLat_(new QLabel(bar)),
      projected_(new QLabel(bar)),
      scale_(new QLabel(bar)),
      crs_(new QLabel(bar)),
      measure_(new QLabel(bar)) {
    lonLat_->setMinimumWidth(220);
    projected_->setMinimumWidth(260);
    bar->addWidget(lonLat_);
    bar->addWidget(projected_);
    bar->addPermanentWidget(scale_);
    bar->addPermanentWidget(crs_);
    bar->addPermanentWidget(measure_);
    connect(canvas_, &MapCanvas::cursorMoved, this, &StatusReadout::showCursor);
    connect(canvas_, &MapCanvas::viewChanged, this, &StatusReadout::showScale);
    connect(canvas_, &MapCanvas::measureChanged, this, &StatusReadout::showMeasure);
    // A new display CRS comes with new layers.
    connect(&doc_, &MapDocument::layersChanged, this, &StatusReadout::displayCrsChanged);
    displayCrsChanged();
}

StatusReadout::~StatusReadout() = default;

void StatusReadout::displayCrsChanged() {
    if (toWgs84_ && crsShown_ == doc_.displayCrs()) return;
    crsShown_ = doc_.displayCrs();
    auto t = CrsTransform::create(crsShown_, "OGC:CRS84");
    toWgs84_.reset();
    if (t) toWgs84_.emplace(t.take());
    // Without it the status bar cannot give the cursor in WGS 84 nor the scale: say why.
    else messages_->showMessages({{Diagnostic::Severity::Warning, crsShown_, t.why()}});
    CrsInfo info;
    (void)describeCrs(crsShown_, &info);  // unknown: the name stays empty
    geographic_ = info.geographic;
    crs_->setText(QString::fromStdString(info.authority.empty() ? crsShown_ : info.authority));
    crs_->setToolTip(QString::fromStdString(info.name));
    showScale();
}

std::optional<Vec2d> StatusReadout::toLonLat(Vec2d display) const {
    if (!toWgs84_) return std::nullopt;
    const Vec2d ll = toWgs84_->forward(display);
    if (!std::isfinite(ll.x) || !std::isfinite(ll.y)) return std::nullopt;
    return ll;
}

void StatusReadout::showCursor(double x, double y) {
    // Degrees to about 10 cm, metres to the centimetre.
    projected_->setText(geographic_ ? QString("%1, %2").arg(x, 0, 'f', 6).arg(y, 0, 'f', 6)
                                    : QString("%1, %2").arg(x, 0, 'f', 2).arg(y, 0, 'f', 2));
    if (!toWgs84_) return;
    const std::optional<Vec2d> ll = toLonLat({x, y});
    if (!ll) {
        lonLat_->setText(tr("outside the CRS"));
        return;
    }
    lonLat_->setText(QString("%1°%2  %3°%4")
                         .arg(std::fabs(ll->x), 0, 'f', 6)
                         .arg(ll->x >= 0 ? "E" : "W")
                         .arg(std::fabs(ll->y), 0, 'f', 6)
                         .arg(ll->y >= 0 ? "N" : "S"));
}

QString StatusReadout::cursorText() const { return lonLat_->text() + " | " + projected_->text(); }
QString StatusReadout::scaleText() const { return scale_->text(); }
QString StatusReadout::measureText() const { return measure_->text(); }

void StatusReadout::showScale() {
    if (!toWgs84_) return;
    const Viewport& vp = canvas_->viewport();
    // Ground distance of 100 screen pixels through the view centre, on the ellipsoid.
    Vec2d a = vp.screenToMap({vp.width() * 0.5 - 50, vp.height() * 0.5});
    Vec2d b = vp.screenToMap({vp.width() * 0.5 + 50, vp.height() * 0.5});
    a = toWgs84_->forward(a);
    b = toWgs84_->forward(b);
    const double metres = geodesicDistance(a, b) / 100.0;
    if (!std::isfinite(metres) || metres <= 0) {
        scale_->setText(QString());
        return;
    }
    double dpi = canvas_->screen() ? canvas_->screen()->physicalDotsPerInchX() : 96.0;
    if (!(dpi >= 50 && dpi <= 600)) dpi = 96.0;
    const double denominator = metres / (0.0254 / dpi);
    scale_->setText(tr("Scale 1:%L1").arg(std::llround(denominator)));
}

void StatusReadout::showMeasure() {
    const auto mode = canvas_->measure();
    if (mode == MapCanvas::Measure::Off || !toWgs84_) {
        measure_->clear();
        return;
    }
    std::vector<Vec2d> path = canvas_->measurePath();
    toWgs84_->forward(path.data(), path.size());
    auto length = [](double m) { return m < 1000 ? tr("%1 m").arg(m, 0, 'f', 1) : tr("%1 km").arg(m / 1000, 0, 'f', 3); };
    if (mode == MapCanvas::Measure::Distance) {
        measure_->setText(tr("Distance: %1").arg(length(geodesicLength(path))));
    } else {
        const double a = geodesicArea(path);
        std::vector<Vec2d> ring = path;
        if (!ring.empty()) ring.push_back(ring.front());
        measure_->setText(tr("Area: %1 (perimeter %2)")
                              .arg(a < 1e6 ? tr("%1 m²").arg(a, 0, 'f', 0) : tr("%1 km²").arg(a / 1e6, 0, 'f', 4))
                              .arg(length(geodesicLength(ring))));
    }
}

}  // namespace pa
