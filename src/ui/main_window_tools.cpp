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
#include "ui/status_readout.h"
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
    const std::optional<Vec2d> ll = readout_->toLonLat(canvas_->viewport().screenToMap({pos.x(), pos.y()}));
    if (!ll) return;
    check_->checkLonLat(*ll);
    checkDock_->show();
    checkDock_->raise();
}

bool MainWindow::checkSelectedFeature() {
    if (canvas_->selection().empty()) return false;
    const FeatureRef f = canvas_->selection().front();
    const Layer* layer = doc_.layer(f.layer);
    if (!layer) return false;
    if (f.feature >= layer->features.size() || layer->features[f.feature].partCount == 0) return false;
    const std::optional<Vec2d> ll = readout_->toLonLat(representativePoint(*layer, f.feature));
    if (!ll) return false;
    check_->checkLonLat(*ll);
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


void MainWindow::chooseProjects() {
    const QString f = QFileDialog::getOpenFileName(
        this, tr("Open a layer of projects"), QString(),
        tr("Vector data (*.gpkg *.shp *.geojson *.json *.kml *.csv *.fgb *.gml *.sqlite);;All files (*)"));
    if (!f.isEmpty()) openProjects(f.toStdString());
}

Problem MainWindow::exportView(const std::string& path, double dpi) {
    MapSettings settings = canvas_->settings();
    settings.overlays = {};  // a report figure shows the plan, not the pointer's work
    ExportOptions o = figureOptions(doc_, settings);
    o.dpi = dpi;
    return exportFigure(doc_, settings, o, path);
}

}  // namespace pa
