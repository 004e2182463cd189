#pragma once
// Presentation mode: full screen, one slide after another (arrow keys, space, page up/down), an
// animated flight between views, the slide's caption and a legend over the map; Esc ends it.
#include <QObject>

#include "document/tour_file.h"

class QLabel;

namespace pa {

class MainWindow;

// Shows a slide in the window: its layers, its selection, a flight to its extent. A bookmark.
void applySlide(MainWindow* w, const Slide& s);

class Presentation : public QObject {
    Q_OBJECT
public:
    explicit Presentation(MainWindow* window);
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
    MainWindow* w_;
    Tour tour_;
    int current_ = -1;
    bool running_ = false;
    bool wasFullScreen_ = false;
    QByteArray dockState_;
    QLabel* caption_;
    QLabel* legend_;
};

}  // namespace pa
