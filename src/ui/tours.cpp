#include "ui/tours.h"

#include <QFileDialog>
#include <QInputDialog>
#include <QListWidget>
#include <QMainWindow>

#include "analysis/zone_tour.h"
#include "document/map_document.h"
#include "document/map_settings.h"
#include "io/crs.h"
#include "ui/figure.h"
#include "ui/map_canvas.h"
#include "ui/message_bar.h"
#include "ui/presentation.h"
#include "ui/tour_panel.h"

namespace pa {

Tours::Tours(QMainWindow* window, MapDocument& doc, MapCanvas* canvas, TourPanel* panel, MessageBar* messages,
             const Plan* plan)
    : QObject(window),
      window_(window),
      doc_(doc),
      canvas_(canvas),
      panel_(panel),
      messages_(messages),
      plan_(plan),
      presentation_(new Presentation(window, canvas, &doc)) {
    connect(panel_, &TourPanel::presentRequested, this, &Tours::present);
    connect(panel_, &TourPanel::addViewRequested, this, [this] {
        bool ok = false;
        const QString caption = QInputDialog::getText(window_, tr("Add this view"), tr("Caption:"), QLineEdit::Normal,
                                                      tr("View %1").arg(panel_->list()->count() + 1), &ok);
        if (ok) addView(caption.toStdString());
    });
    connect(panel_, &TourPanel::defaultRequested, this, [this] { panel_->setTour(zoneTour()); });
    connect(panel_, &TourPanel::goRequested, this, [this](int i) {
        const Tour t = panel_->tour();
        if (i >= 0 && std::size_t(i) < t.slides.size()) applySlide(canvas_, doc_, t.slides[std::size_t(i)]);
    });
    connect(panel_, &TourPanel::exportRequested, this, [this](int i) {
        const QString path = QFileDialog::getSaveFileName(window_, tr("Export the map"), QString("slide-%1.pdf").arg(i + 1),
                                                          tr("PDF (*.pdf);;SVG (*.svg);;PNG image (*.png)"));
        if (path.isEmpty()) return;
        if (Problem p = exportSlide(i, path.toStdString(), 300)) messages_->showMessages({*p});
    });
    connect(panel_, &TourPanel::saveRequested, this, [this] {
        const QString f = QFileDialog::getSaveFileName(window_, tr("Save the project"), "tianhe.planatlas.json",
                                                       tr("PlanAtlas project (*.json)"));
        if (f.isEmpty()) return;
        if (Problem p = save(f.toStdString())) messages_->showMessages({*p});
    });
    connect(panel_, &TourPanel::openRequested, this, [this] {
        const QString f = QFileDialog::getOpenFileName(window_, tr("Open a project"), QString(), tr("PlanAtlas project (*.json)"));
        if (f.isEmpty()) return;
        if (Problem p = open(f.toStdString())) messages_->showMessages({*p});
    });
    // The zone tour as soon as the plan's zones are on the map, unless the user has a tour already.
    connect(&doc_, &MapDocument::layersChanged, this, [this] {
        if (panel_->list()->count() == 0) panel_->setTour(zoneTour());
    });
}

Tour Tours::zoneTour() const { return plan_ ? defaultZoneTour(*plan_, doc_) : Tour{}; }

void Tours::present(int from) {
    Tour t = panel_->tour();
    if (t.slides.empty()) t = zoneTour();
    presentation_->start(t, std::min(from, int(t.slides.size()) - 1));
}

void Tours::addView(const std::string& caption) {
    Tour t = panel_->tour();
    Slide s;
    s.caption = caption;
    // The extent in lon/lat: the corners of what the canvas shows now.
    const MapSettings settings = canvas_->settings();
    if (auto toWgs = CrsTransform::create(doc_.displayCrs(), "OGC:CRS84")) {
        const Bounds& e = settings.extent;
        for (Vec2d p : {Vec2d{e.minX, e.minY}, Vec2d{e.maxX, e.maxY}}) s.extentLonLat.extend(toWgs->forward(p));
    }
    for (const LayerDraw& d : settings.layers)
        if (const Layer* l = doc_.layer(d.id)) s.layers.push_back(l->name);
    for (const FeatureRef& f : settings.overlays.selection)
        if (const Feature* feat = doc_.findFeature(f)) s.selection.push_back(feat->id);
    t.slides.push_back(s);
    panel_->setTour(t);
}

Problem Tours::exportSlide(int slide, const std::string& path, double dpi) {
    const Tour t = panel_->tour();
    if (slide < 0 || std::size_t(slide) >= t.slides.size()) return Diagnostic::error(path, "there is no such slide");
    const Slide& s = t.slides[std::size_t(slide)];
    const MapSettings settings = slideSettings(doc_, canvas_->settings(), s);
    ExportOptions o = figureOptions(doc_, settings, QString::fromStdString(s.caption));
    o.dpi = dpi;
    return exportFigure(doc_, settings, o, path);
}

Problem Tours::save(const std::string& path) { return writeTourFile(path, {panel_->tour()}); }

Problem Tours::open(const std::string& path) {
    auto tours = readTourFile(path);
    if (!tours) return tours.problem();
    panel_->setTour(tours->front());
    return std::nullopt;
}

}  // namespace pa
