#pragma once
// The tours dock: the slides of the current tour (drag to reorder, double-click a caption to edit
// it), add the current view as a slide, remove one, present from the chosen slide, save and open
// project files, and rebuild the default tour from the plan.
#include <QWidget>

#include "document/tour_file.h"

class QListWidget;

namespace pa {

class TourPanel : public QWidget {
    Q_OBJECT
public:
    explicit TourPanel(QWidget* parent = nullptr);
    void setTour(const Tour& t);
    // The tour as the list shows it (order and captions as edited).
    Tour tour() const;
    QListWidget* list() const { return list_; }

signals:
    void presentRequested(int from);
    void goRequested(int slide);
    void exportRequested(int slide);
    void addViewRequested();
    void defaultRequested();
    void saveRequested();
    void openRequested();

private:
    QListWidget* list_;
    Tour tour_;
};

}  // namespace pa
