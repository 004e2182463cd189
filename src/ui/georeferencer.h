#pragma once
// The georeferencer: a plain image (a scanned plan figure, a photo of a paper map) beside the map.
// Click a place on the image, then the same place on the map: a control point. The fit (affine,
// second-order polynomial or thin-plate spline, through GDAL) and each point's residual in pixels and
// metres update as points are added, moved off or removed; the image is saved as a GeoTIFF that opens
// as a raster layer aligned with the plan, and the points as a .points file to come back to.
#include <QDialog>
#include <QPointer>

#include <string>
#include <vector>

#include "io/georeferencer.h"

class QComboBox;
class QGraphicsScene;
class QGraphicsView;
class QLabel;
class QTableWidget;

namespace pa {

class MapCanvas;
class MapDocument;
class MessageBar;

class Georeferencer : public QDialog {
    Q_OBJECT
public:
    Georeferencer(MapDocument& doc, MapCanvas* canvas, MessageBar* messages, QWidget* parent);
    ~Georeferencer() override;

    // Shows the image; false (with the reason in the message bar) when it cannot be read.
    bool openImage(const QString& path);
    // A control point: image pixel and map position in the display CRS (what the clicks give).
    void addPoint(Vec2d pixel, Vec2d mapPoint);
    void removePoint(int index);
    void setMethod(GeorefMethod m);
    const std::vector<ControlPoint>& points() const { return points_; }
    // The current fit's overall residual text ("RMS 0.4 px, 0.5 m"), or why there is none.
    QString fitText() const;
    Problem loadPoints(const std::string& path);
    Problem savePoints(const std::string& path);
    // Writes the GeoTIFF (and its control points beside it, PATH.points) and opens it as a layer.
    Problem saveGeoTiff(const std::string& path);
    // Waiting for the map click that completes a point (the image was clicked).
    bool awaitingMap() const { return pendingPixel_.has_value(); }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void closeEvent(QCloseEvent* e) override;

private:
    void imageClicked(Vec2d pixel);
    void refresh();
    void drawMarks();

    MapDocument& doc_;
    QPointer<MapCanvas> canvas_;  // the main window's: it may go first when the window closes
    MessageBar* messages_;
    QString image_;
    std::string crs_;  // the points' CRS: the display CRS when the image was opened
    std::vector<ControlPoint> points_;
    std::optional<Vec2d> pendingPixel_;
    GeorefMethod method_ = GeorefMethod::Affine;
    QGraphicsScene* scene_;
    QGraphicsView* view_;
    QTableWidget* table_;
    QComboBox* methodBox_;
    QLabel* status_;
    QLabel* fit_;
};

}  // namespace pa
