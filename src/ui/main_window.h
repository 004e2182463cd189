#pragma once
// The viewer window: map canvas, message bar for load problems, status bar with the cursor in
// WGS 84 and in the display CRS, and the map scale.
#include <QMainWindow>

#include <memory>
#include <string>
#include <vector>

#include "io/map_document.h"

class QLabel;

namespace pa {

class CrsTransform;
class MapCanvas;
class MessageBar;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Loads files into the map; problems go to the message bar. Returns the messages too.
    Diagnostics openFiles(const std::vector<std::string>& paths);
    // The lon/lat box the view opens on and Home returns to (the bundled plan's district).
    void setHomeLonLat(const Bounds& lonLat) { doc_.setHomeLonLat(lonLat); }
    // Switches the display CRS at run time, keeping the same place in view.
    Diagnostics setDisplayCrs(const std::string& crs);

    MapCanvas* canvas() const { return canvas_; }
    MessageBar* messageBar() const { return messages_; }
    const MapDocument& document() const { return doc_; }
    QString cursorText() const;
    QString scaleText() const;

protected:
    void dragEnterEvent(QDragEnterEvent* e) override;
    void dropEvent(QDropEvent* e) override;

private:
    void buildMenus();
    void updateCursor(double x, double y);
    void updateScale();
    void chooseCrs();
    void chooseFiles();
    void rebuildTransforms();

    MapDocument doc_;
    MapCanvas* canvas_;
    MessageBar* messages_;
    QLabel* lonLat_;
    QLabel* projected_;
    QLabel* scale_;
    QLabel* crs_;
    std::unique_ptr<CrsTransform> toWgs84_;
    bool displayGeographic_ = false;
};

}  // namespace pa
