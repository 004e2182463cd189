#pragma once
// What is selected and how it is chosen: a click on the map (the likeliest feature, with a menu of
// the others where features overlap), a feature from a panel or the search, a plan element (all the
// features it concerns), a feature by id or name. The selection is drawn by the canvas and described
// by the identify panel; this object keeps them in step and zooms to what was chosen.
#include <QObject>
#include <QPointF>

#include <memory>
#include <string>
#include <vector>

#include "core/diagnostic.h"
#include "core/feature_ref.h"
#include "core/layer.h"
#include "core/plan.h"

class QDockWidget;
class QMenu;
class QStatusBar;
class QWidget;

namespace pa {

class IdentifyPanel;
class MapCanvas;
class MapDocument;
class PlanBrowser;
class ServerQuestions;

class Selection : public QObject {
    Q_OBJECT
public:
    struct Places {
        MapCanvas* canvas;
        IdentifyPanel* identify;
        QDockWidget* identifyDock;
        PlanBrowser* browser;
        QDockWidget* browserDock;
        QStatusBar* status;
    };
    Selection(QWidget* window, MapDocument& doc, const Plan* plan, Places places);
    ~Selection() override;

    // Selects one feature: highlighted on the map, described in the identify panel.
    void select(FeatureRef f, bool zoom = false);
    // Selects several (a plan element's features), zooming to them when asked.
    void selectMany(const std::vector<FeatureRef>& features, bool zoom);
    // Selects the features a plan element (clause, box, section, target) concerns and shows them.
    void choosePlanElement(const QString& id);
    // Shows a plan element in the plan browser and selects its features.
    void revealPlanElement(const QString& id);
    // A feature by id, exact Chinese or English name, or part of the Chinese name.
    FeatureRef findFeature(const std::string& key) const;
    // The click handling of the map, at a canvas position.
    void clickAt(QPointF pos);
    // The menu offered when a click hits several features (null before the first such click).
    QMenu* overlapMenu() const { return overlapMenu_; }

private:
    // Layers read by view answer a click from their servers, on a thread; then the hits are shown.
    void answered(QPointF pos, Vec2d clicked, std::vector<FeatureRef> hits,
                  const std::vector<std::pair<LayerId, Outcome<Layer>>>& answers);
    // Selects the first hit, offers the others (a menu at `pos`); no hit: the rasters' values at `at`.
    void showHits(QPointF pos, Vec2d at, std::vector<FeatureRef> hits);

    QWidget* window_;
    MapDocument& doc_;  // answers from layers read by view join it
    const Plan* plan_;
    Places at_;
    QMenu* overlapMenu_ = nullptr;
    std::unique_ptr<ServerQuestions> questions_;  // the servers' answers to clicks
};

}  // namespace pa
