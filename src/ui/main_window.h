#pragma once
// The viewer window: map canvas, message bar for load problems, status bar with the cursor in
// WGS 84 and in the display CRS, and the map scale.
#include <QMainWindow>

#include <memory>
#include <string>
#include <vector>

#include "core/feature_ref.h"
#include "core/plan.h"
#include "document/map_document.h"

class QDockWidget;
class QLabel;
class QMenu;
class QProgressDialog;

namespace pa {

class CrsTransform;
class MapCanvas;
class MessageBar;
class BasemapMenu;
class Georeferencer;
class IdentifyPanel;
class LayerTree;
class PlanBrowser;
class SearchBox;
class CheckPanel;
class TourPanel;
class Selection;
class StatusReadout;
class Tours;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Loads files into the map; problems go to the message bar. Returns the messages too.
    Diagnostics openFiles(const std::vector<std::string>& paths, const ReadOptions& options = {});
    // Files larger than this together load on a worker thread behind a progress dialog with Cancel
    // (shown after 200 ms); smaller ones read at once.
    void setAsyncLoadThreshold(qint64 bytes) { asyncLoadBytes_ = bytes; }
    // The progress dialog of the load running now (null otherwise).
    QProgressDialog* loadProgress() const { return loadProgress_; }
    // The bundled plan geodata with its groups, drawing order and home extent.
    Diagnostics openBundled();
    // The lon/lat box the view opens on and Home returns to (the bundled plan's district).
    void setHomeLonLat(const Bounds& lonLat) { doc_.setHomeLonLat(lonLat); }
    // Switches the display CRS at run time, keeping the same place in view.
    Diagnostics setDisplayCrs(const std::string& crs);

    MapCanvas* canvas() const { return canvas_; }
    MessageBar* messageBar() const { return messages_; }
    const MapDocument& document() const { return doc_; }
    // Changes made here are signalled by the document; the canvas and the panels follow them.
    MapDocument& mutableDocument() { return doc_; }
    // The tours, the project file and presentation mode.
    Tours* tours() const { return tours_; }
    BasemapMenu* basemaps() const { return basemaps_; }
    // Builds a raster's overviews beside it (a .ovr file) with a progress dialog, then opens it again.
    Problem buildOverviewsFor(const std::string& path);
    // Opens the georeferencer on an image (Tools › Georeference an image…).
    Georeferencer* georeference(const QString& image);
    // The cursor, scale, CRS and measurement in the status bar.
    StatusReadout* readout() const { return readout_; }
    const Plan* plan() const { return plan_.get(); }

    // What is selected, and every way of choosing it.
    Selection* selection() const { return selection_; }

    IdentifyPanel* identifyPanel() const { return identify_; }
    PlanBrowser* planBrowser() const { return browser_; }
    LayerTree* layerTree() const { return layerTree_; }
    SearchBox* searchBox() const { return search_; }
    CheckPanel* checkPanel() const { return check_; }
    // Checks the place under a canvas position (the context menu's "Check this place").
    void checkPlaceAt(QPointF pos);
    // Checks the selected feature's place: a point itself, a line's middle, an area's interior pole.
    bool checkSelectedFeature();
    // Loads a file of projects as a user layer and lists each against the plan.
    Diagnostics openProjects(const std::string& path);
    // The current view as a report figure (.png, .pdf, .svg; A4 landscape).
    Problem exportView(const std::string& path, double dpi);

    // Window layout, visible layers and the last view, kept in QSettings between runs.
    void saveSettings() const;
    void restoreSettings();

protected:
    void dragEnterEvent(QDragEnterEvent* e) override;
    void dropEvent(QDropEvent* e) override;
    void closeEvent(QCloseEvent* e) override;

private:
    void buildMenus();
    void chooseCrs();
    void chooseFiles();
    void buildDocks();
    void documentChanged();
    void removeCurrentLayer();

    MapDocument doc_;
    MapCanvas* canvas_;
    MessageBar* messages_;
    StatusReadout* readout_ = nullptr;
    std::unique_ptr<Plan> plan_;
    IdentifyPanel* identify_ = nullptr;
    PlanBrowser* browser_ = nullptr;
    LayerTree* layerTree_ = nullptr;
    SearchBox* search_ = nullptr;
    QDockWidget *identifyDock_ = nullptr, *browserDock_ = nullptr, *layersDock_ = nullptr;
    Selection* selection_ = nullptr;
    QMenu* viewMenu_ = nullptr;
    CheckPanel* check_ = nullptr;
    Tours* tours_ = nullptr;
    BasemapMenu* basemaps_ = nullptr;
    Georeferencer* georeferencer_ = nullptr;
    QDockWidget* tourDock_ = nullptr;
    qint64 asyncLoadBytes_ = 1024 * 1024;  // a megabyte of GeoJSON reads in about 50 ms here
    QProgressDialog* loadProgress_ = nullptr;
    MapDocument::Loaded loadWithProgress(const std::vector<std::string>& paths, const ReadOptions& options);
    QDockWidget* checkDock_ = nullptr;
    void chooseProjects();
    void showContextMenu(QPointF pos);
};

}  // namespace pa
