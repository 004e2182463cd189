#pragma once
// Planner's checks: a place (clicked, typed in any CRS including GCJ-02 and BD-09, or the selected
// feature) against the plan; and a whole layer of projects as a sortable table, exported to CSV or
// GeoPackage.
#include <QWidget>

#include <vector>

#include "core/feature_ref.h"
#include "core/plan.h"
#include "analysis/locate.h"
#include "analysis/project_check.h"

class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QTableWidget;
class QTextBrowser;
class QTabWidget;
class QUrl;

namespace pa {

class CheckPanel : public QWidget {
    Q_OBJECT
public:
    explicit CheckPanel(QWidget* parent = nullptr);
    void setContext(const MapDocument* doc, const Plan* plan);
    // Checks a WGS 84 place and shows the result (also fills the coordinate fields).
    void checkLonLat(Vec2d lonLat);
    // Checks what the fields say; false with a message in the panel when they do not make a place.
    bool checkFields();
    void setFields(const QString& x, const QString& y, const QString& crs);
    const LocateResult& lastResult() const { return result_; }
    QTextBrowser* results() const { return text_; }

    // Shows the rows of a projects layer (index in the document).
    void showProjects(LayerId layer);
    const std::vector<ProjectRow>& projectRows() const { return rows_; }
    QTableWidget* projectTable() const { return table_; }
    Problem exportProjects(const QString& path);
    QTabWidget* tabs() const { return tabs_; }

signals:
    void placeChecked(pa::Vec2d lonLat);
    void featureActivated(pa::FeatureRef f);
    void planElementActivated(const QString& id);
    void openProjectsRequested();

private:
    void openLink(const QUrl& url);
    QTabWidget* tabs_;
    QLineEdit *x_, *y_;
    QComboBox* crs_;
    QDoubleSpinBox* within_;
    QTextBrowser* text_;
    QTableWidget* table_;
    const MapDocument* doc_ = nullptr;
    const Plan* plan_ = nullptr;
    LocateResult result_;
    std::vector<ProjectRow> rows_;
    LayerId projectLayer_ = 0;
};

}  // namespace pa
