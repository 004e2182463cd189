#pragma once
// Presentation mode: full screen, one slide after another (arrow keys, space, page up/down), an
// animated flight between views, the slide's caption and a legend over the map; Esc ends it.
#include <QObject>

#include "document/tour_file.h"

class QLabel;
class QMainWindow;

namespace pa {

class MapCanvas;
class MapDocument;

// Shows a slide on the map: its layers, its selection, a flight to its extent. A bookmark.
void applySlide(MapCanvas* canvas, MapDocument& doc, const Slide& s);

class Presentation : public QObject {
    Q_OBJECT
public:
    // The window's docks, bars and menu are hidden while it runs; the slides play on `canvas`.
    Presentation(QMainWindow* window, MapCanvas* canvas, MapDocument* doc);
    void start(const Tour& tour, int from = 0);
    void stop();
    bool running() const { return running_; }
    int current() const { return current_; }
    int count() const { return int(tour_.slides.size()); }
    void go(int index);
    void next() { go(current_ + 1); }
    void previous() { go(current_ - 1); }
    QLabel* caption() const { return caption_; }
    QLabel* legend() const { return legend_; }

signals:
    void slideShown(int index);
    void stopped();

protected:
    bool eventFilter(QObject* watched, QEvent* e) override;

private:
    void place();
    QMainWindow* w_;
    MapCanvas* canvas_;
    MapDocument* doc_;
    Tour tour_;
    int current_ = -1;
    bool running_ = false;
    bool wasFullScreen_ = false;
    QByteArray dockState_;
    QLabel* caption_;
    QLabel* legend_;
};

}  // namespace pa
