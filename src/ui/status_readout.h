#pragma once
// The status bar's readouts: the cursor in WGS 84 and in the display CRS, the map scale, the display
// CRS, and the running measurement (geodesic length or area). It follows the canvas and the
// document; the main window only places it.
#include <QObject>
#include <QString>

#include <memory>
#include <optional>

#include "core/geometry.h"
#include "io/crs.h"

class QLabel;
class QStatusBar;

namespace pa {

class MapCanvas;
class MapDocument;
class MessageBar;

class StatusReadout : public QObject {
    Q_OBJECT
public:
    StatusReadout(QStatusBar* bar, MapCanvas* canvas, const MapDocument& doc, MessageBar* messages);
    ~StatusReadout() override;

    QString cursorText() const;
    QString scaleText() const;
    // "1.23 km", "0.45 km²"; empty when not measuring.
    QString measureText() const;
    // A display-CRS point in WGS 84 lon/lat; empty outside the CRS.
    std::optional<Vec2d> toLonLat(Vec2d display) const;

private:
    void displayCrsChanged();
    void showCursor(double x, double y);
    void showScale();
    void showMeasure();

    MapCanvas* canvas_;
    const MapDocument& doc_;
    MessageBar* messages_;
    QLabel *lonLat_, *projected_, *scale_, *crs_, *measure_;
    std::optional<CrsTransform> toWgs84_;
    std::string crsShown_;
    bool geographic_ = false;
};

}  // namespace pa
