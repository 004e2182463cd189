#include "ui/selection.h"

#include <QDockWidget>
#include <QMenu>
#include <QStatusBar>

#include <optional>

#include "analysis/feature_relations.h"
#include "core/picking.h"
#include "core/vector_source.h"
#include "document/map_document.h"
#include "ui/identify_panel.h"
#include "ui/layer_tree.h"
#include "ui/map_canvas.h"
#include "ui/plan_browser.h"
#include "ui/server_questions.h"

namespace pa {

Selection::Selection(QWidget* window, MapDocument& doc, const Plan* plan, Places places)
    : QObject(window), window_(window), doc_(doc), plan_(plan), at_(places), questions_(std::make_unique<ServerQuestions>()) {
    connect(at_.canvas, &MapCanvas::clicked, this, &Selection::clickAt);
}

void Selection::select(FeatureRef f, bool zoom) {
    selectMany(f.valid() ? std::vector<FeatureRef>{f} : std::vector<FeatureRef>{}, zoom);
}

void Selection::selectMany(const std::vector<FeatureRef>& features, bool zoom) {
    at_.canvas->setSelection(features);
    at_.identify->showFeature(features.empty() ? FeatureRef{} : features.front());
    if (!features.empty()) at_.identifyDock->raise();
    if (!zoom || features.empty()) return;
    Bounds b;
    for (const FeatureRef& f : features)
        if (const Layer* l = doc_.layer(f.layer)) b.unite(featureBounds(*l, f.feature));
    if (b.isEmpty()) return;
    // Points and short lines get a street-block view around them, not an infinite zoom (without a
    // ground scale: a view ten times their size).
    const std::optional<double> m = displayUnitsPerMetre(doc_, b.center());
    at_.canvas->zoomToBounds(b, m ? 1500.0 * *m : 10.0 * std::max(b.width(), b.height()));
}

void Selection::choosePlanElement(const QString& id) {
    const std::string sid = id.toStdString();
    std::vector<FeatureRef> features = doc_.links().featuresCiting(sid);
    // A target no feature cites directly: the features of the clause that states it.
    if (features.empty() && plan_)
        if (const Target* t = plan_->findTarget(sid)) features = doc_.links().featuresCiting(t->source);
    if (features.empty()) {
        at_.status->showMessage(tr("No map feature is linked to %1").arg(id), 5000);
        return;
    }
    selectMany(features, true);
    at_.status->showMessage(tr("%n feature(s) linked to %1", "", int(features.size())).arg(id), 5000);
}

FeatureRef Selection::findFeature(const std::string& key) const {
    FeatureRef byName, byPart;
    if (FeatureRef r = doc_.featureById(key); r.valid()) return r;
    for (const Layer& l : doc_.layers()) {
        for (std::uint32_t fi = 0; fi < l.features.size(); ++fi) {
            const Feature& f = l.features[fi];
            if (!byName.valid() && (f.value("name_zh") == key || f.value("name_en") == key)) byName = {l.id, fi};
            if (!byPart.valid() && f.value("name_zh").find(key) != std::string::npos) byPart = {l.id, fi};
        }
    }
    return byName.valid() ? byName : byPart;
}

void Selection::revealPlanElement(const QString& id) {
    at_.browserDock->raise();
    at_.browser->reveal(id);
    choosePlanElement(id);
}

Selection::~Selection() = default;

void Selection::clickAt(QPointF pos) {
    std::vector<FeatureRef> hits;
    // Layers read by view are asked at the click (they hold only what the view shows, simplified);
    // the other layers are searched here. Answers held from earlier clicks are not hits twice.
    for (const FeatureRef& h : at_.canvas->pickAt(pos))
        if (const Layer* l = doc_.layer(h.layer); l && !l->viewSource) hits.push_back(h);
    const Vec2d clicked = at_.canvas->viewport().screenToMap({pos.x(), pos.y()});
    // Top first: the layer drawn over the others answers first.
    std::vector<std::pair<LayerId, VectorSourcePtr>> asked;
    const std::vector<const Layer*> shown = doc_.visibleLayers();
    for (auto it = shown.rbegin(); it != shown.rend(); ++it)
        if ((*it)->viewSource) asked.emplace_back((*it)->id, (*it)->viewSource);
    if (asked.empty()) {
        questions_->forget();  // a click on files alone: an answer still coming for an earlier one is moot
        return showHits(pos, clicked, std::move(hits));
    }
    at_.status->showMessage(tr("Asking the server…"), 8000);
    const double radius = 5.0 * at_.canvas->viewport().resolution();
    const std::string crs = doc_.displayCrs();
    using Answers = std::vector<std::pair<LayerId, Outcome<Layer>>>;
    questions_->ask<Answers>(
        this,
        [asked, clicked, radius, crs] {
            Answers a;
            for (const auto& [id, source] : asked) a.emplace_back(id, source->featuresNear(clicked, radius, crs, 8));
            return a;
        },
        [this, pos, clicked, hits](Answers a) { answered(pos, clicked, hits, a); });
}

void Selection::answered(QPointF pos, Vec2d clicked, std::vector<FeatureRef> hits,
                         const std::vector<std::pair<LayerId, Outcome<Layer>>>& answers) {
    at_.status->clearMessage();
    std::vector<FeatureRef> served;
    for (const auto& [id, answer] : answers) {
        if (!answer) {
            at_.status->showMessage(QString::fromStdString(answer.problem().toLine()), 8000);
            continue;
        }
        for (const FeatureRef& r : doc_.addFetched(id, *answer)) served.push_back(r);
    }
    // A layer removed while the servers answered takes its hits with it.
    hits.erase(std::remove_if(hits.begin(), hits.end(), [&](const FeatureRef& h) { return !doc_.findFeature(h); }),
               hits.end());
    if (!served.empty()) {
        // In drawing order: a view layer over the topmost file hit comes first.
        const auto& order = doc_.drawOrder();
        auto rank = [&](LayerId id) { return std::find(order.begin(), order.end(), id) - order.begin(); };
        const bool over = hits.empty() || rank(served.front().layer) > rank(hits.front().layer);
        hits.insert(over ? hits.begin() : hits.end(), served.begin(), served.end());
    }
    showHits(pos, clicked, std::move(hits));
}

void Selection::showHits(QPointF pos, Vec2d at, std::vector<FeatureRef> hits) {
    if (hits.empty()) {
        select({});
        // No feature here: the values of the rasters under the click, top first (a DEM's height, an
        // image's bands), as QGIS's identify gives them.
        std::vector<IdentifyPanel::RasterValues> values;
        const std::vector<const Layer*> shown = doc_.visibleLayers();
        for (auto it = shown.rbegin(); it != shown.rend(); ++it)
            if ((*it)->raster)
                if (std::vector<double> v = (*it)->raster->valuesAt(at, doc_.displayCrs()); !v.empty())
                    values.push_back({(*it)->name, std::move(v)});
        if (!values.empty()) {
            at_.identify->showRasterValues(values);
            at_.identifyDock->raise();
        }
        return;
    }
    select(hits.front());
    if (hits.size() < 2) return;
    // Overlapping features: the likeliest is selected, the menu offers the others.
    if (!overlapMenu_) overlapMenu_ = new QMenu(window_);
    overlapMenu_->clear();
    overlapMenu_->setTitle(tr("Features here"));
    for (const FeatureRef& h : hits) {
        const Feature& f = doc_.feature(h);
        std::string name = featureName(f, "zh");
        if (name.empty()) name = f.id;
        QAction* a = overlapMenu_->addAction(QString::fromStdString(name) + "  (" +
                                             displayNameOfKind(f.value("kind")) + ")");
        a->setCheckable(true);
        a->setChecked(h == hits.front());
        connect(a, &QAction::triggered, this, [this, h] { select(h); });
    }
    overlapMenu_->popup(at_.canvas->mapToGlobal(pos.toPoint()) + QPoint(12, 12));
}

}  // namespace pa
