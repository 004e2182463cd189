#pragma once
// What is selected and how it is chosen: a click on the map (the likeliest feature, with a menu of
// the others where features overlap), a feature from a panel or the search, a plan element (all the
// features it concerns), a feature by id or name. The selection is drawn by the canvas and described
// by the identify panel; this object keeps them in step and zooms to what was chosen.
#include <QObject>
#include <QPointF>

#include <string>
#include <vector>

#include "core/feature_ref.h"
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
    // The features of the shown layers read by view within `radius` of `at` (display CRS), asked of
    // their servers, top layer first; joined to the document so references to them resolve.
    std::vector<FeatureRef> askViewLayers(Vec2d at, double radius);

    QWidget* window_;
    MapDocument& doc_;  // answers from layers read by view join it
    const Plan* plan_;
    Places at_;
    QMenu* overlapMenu_ = nullptr;
};

}  // namespace pa
