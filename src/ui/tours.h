#pragma once
// The tours of a session and their presentation: the tour panel's list, the plan's zone tour, a
// view added as a slide, a slide exported as a figure, the project file, and presentation mode.
// It owns these tools so that the main window only places them.
#include <QObject>

#include <string>

#include "core/plan.h"
#include "document/tour_file.h"

class QMainWindow;

namespace pa {

class MapCanvas;
class MapDocument;
class MessageBar;
class Presentation;
class TourPanel;

class Tours : public QObject {
    Q_OBJECT
public:
    Tours(QMainWindow* window, MapDocument& doc, MapCanvas* canvas, TourPanel* panel, MessageBar* messages,
          const Plan* plan);

    // The default tour: one slide per zone strategy (专栏1-5).
    Tour zoneTour() const;
    // Presents the panel's tour (the zone tour when it is empty) from slide `from`.
    void present(int from = 0);
    // Adds the canvas's view (extent, visible layers, selection) as a slide with this caption.
    void addView(const std::string& caption);
    // A slide of the panel's tour as a report figure: its extent, layers and selection, its caption
    // as the title. The map in the window stays as it is.
    Problem exportSlide(int slide, const std::string& path, double dpi);
    Problem save(const std::string& path);
    Problem open(const std::string& path);

    TourPanel* panel() const { return panel_; }
    Presentation* presentation() const { return presentation_; }

private:
    QMainWindow* window_;
    MapDocument& doc_;
    MapCanvas* canvas_;
    TourPanel* panel_;
    MessageBar* messages_;
    const Plan* plan_;
    Presentation* presentation_;
};

}  // namespace pa
