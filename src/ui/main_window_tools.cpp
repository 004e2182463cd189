// The planner's tools of the main window: checking places and projects, measuring, tours and
// presentations, report figures.
#include <QDockWidget>
#include <QFileDialog>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QStatusBar>

#include <cmath>

#include "core/picking.h"
#include "io/crs.h"
#include "analysis/feature_relations.h"
#include "analysis/zone_tour.h"
#include "document/map_settings.h"
#include "ui/figure.h"
#include "ui/check_panel.h"
#include "ui/layer_tree.h"
#include "ui/main_window.h"
#include "ui/map_canvas.h"
#include "ui/presentation.h"
#include "ui/tour_panel.h"
#include "ui/ui_language.h"

namespace pa {

void MainWindow::showContextMenu(QPointF pos) {
    QMenu menu(this);
    menu.addAction(tr("Check this place"), this, [this, pos] { checkPlaceAt(pos); });
    menu.addSeparator();
    menu.addAction(tr("Measure distance"), this, [this] { canvas_->setMeasure(MapCanvas::Measure::Distance); });
    menu.addAction(tr("Measure area"), this, [this] { canvas_->setMeasure(MapCanvas::Measure::Area); });
    if (canvas_->measure() != MapCanvas::Measure::Off)
        menu.addAction(tr("Stop measuring"), this, [this] { canvas_->setMeasure(MapCanvas::Measure::Off); });
    menu.exec(canvas_->mapToGlobal(pos.toPoint()));
}

void MainWindow::checkPlaceAt(QPointF pos) {
    if (!toWgs84_) return;
    const Vec2d ll = toWgs84_->forward(canvas_->viewport().screenToMap({pos.x(), pos.y()}));
    if (!std::isfinite(ll.x)) return;
    check_->checkLonLat(ll);
    checkDock_->show();
    checkDock_->raise();
}

bool MainWindow::checkSelectedFeature() {
    if (canvas_->selection().empty() || !toWgs84_) return false;
    const FeatureRef f = canvas_->selection().front();
    const Layer* layer = doc_.layer(f.layer);
    if (!layer) return false;
    if (f.feature >= layer->features.size() || layer->features[f.feature].partCount == 0) return false;
    const Vec2d p = representativePoint(*layer, f.feature);
    check_->checkLonLat(toWgs84_->forward(p));
    checkDock_->show();
    checkDock_->raise();
    return true;
}

Diagnostics MainWindow::openProjects(const std::string& path) {
    const std::size_t before = doc_.layers().size();
    Diagnostics d = openFiles({path});
    if (doc_.layers().size() > before) {
        check_->showProjects(doc_.layers().at(doc_.layers().size() - 1).id);
        checkDock_->show();
        checkDock_->raise();
    }
    return d;
}

QString MainWindow::measureText() const { return measure_->text(); }

Tour MainWindow::zoneTour() const { return plan_ ? defaultZoneTour(*plan_, doc_) : Tour{}; }

void MainWindow::startPresentation(int from) {
    Tour t = tourPanel_->tour();
    if (t.slides.empty()) t = zoneTour();
    presentation_->start(t, std::min(from, int(t.slides.size()) - 1));
}

void MainWindow::addViewToTour(const std::string& caption) {
    Tour t = tourPanel_->tour();
    Slide s;
    s.caption = caption;
    // The canvas as it is now: its viewport learns a new size only when it next draws.
    Viewport vp = canvas_->viewport();
    vp.setSize(canvas_->width(), canvas_->height());
    for (Vec2d p : {vp.screenToMap({0, 0}), vp.screenToMap({double(vp.width()), double(vp.height())})})
        if (toWgs84_) s.extentLonLat.extend(toWgs84_->forward(p));
    for (std::size_t i = 0; i < doc_.layers().size(); ++i)
        if (doc_.states()[i].visible) s.layers.push_back(doc_.layers().at(i).name);
    for (const FeatureRef& f : canvas_->selection()) s.selection.push_back(doc_.feature(f).id);
    t.slides.push_back(s);
    tourPanel_->setTour(t);
}

void MainWindow::chooseProjects() {
    const QString f = QFileDialog::getOpenFileName(
        this, tr("Open a layer of projects"), QString(),
        tr("Vector data (*.gpkg *.shp *.geojson *.json *.kml *.csv *.fgb *.gml *.sqlite);;All files (*)"));
    if (!f.isEmpty()) openProjects(f.toStdString());
}

bool MainWindow::exportSlide(int slide, const std::string& path, double dpi, std::string* error) {
    const Tour t = tourPanel_->tour();
    if (slide < 0 || std::size_t(slide) >= t.slides.size()) {
        if (error) *error = "there is no such slide";
        return false;
    }
    // The slide's own settings: the window's map stays as it is.
    const Slide& s = t.slides[std::size_t(slide)];
    const MapSettings settings = slideSettings(doc_, canvas_->settings(), s);
    ExportOptions o = figureOptions(doc_, settings, QString::fromStdString(s.caption));
    o.dpi = dpi;
    return exportFigure(doc_, settings, o, path, error);
}

bool MainWindow::saveProject(const std::string& path, std::string* error) {
    return writeTourFile(path, {tourPanel_->tour()}, error);
}

bool MainWindow::openProject(const std::string& path, std::string* error) {
    const std::vector<Tour> tours = readTourFile(path, error);
    if (tours.empty()) return false;
    tourPanel_->setTour(tours.front());
    return true;
}

bool MainWindow::exportView(const std::string& path, double dpi, std::string* error) {
    MapSettings settings = canvas_->settings();
    settings.overlays = {};  // a report figure shows the plan, not the pointer's work
    ExportOptions o = figureOptions(doc_, settings);
    o.dpi = dpi;
    return exportFigure(doc_, settings, o, path, error);
}

void MainWindow::updateMeasure() {
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
