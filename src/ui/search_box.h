#pragma once
// The locator: a field that searches features (Chinese name or part of it, English name, pinyin
// initials), clauses and targets at once, with the results listed under it. Enter takes the
// chosen (or first) result. Layers read by view (large PostGIS tables) are searched on their server
// when the user asks (a row under the results), not on every key: a million rows take a moment.
#include <QLineEdit>

#include <memory>
#include <vector>

#include "analysis/map_search.h"

class QListWidget;

namespace pa {

class ServerQuestions;

class SearchBox : public QLineEdit {
    Q_OBJECT
public:
    explicit SearchBox(QWidget* parent = nullptr);
    ~SearchBox() override;
    void setContext(MapDocument* doc, const Plan* plan);
    const std::vector<MapSearchHit>& results() const { return hits_; }
    QListWidget* resultList() const { return list_; }
    // Takes result `row` as if the user chose it.
    void activate(int row);

signals:
    void featureChosen(pa::FeatureRef f);
    void planElementChosen(const QString& id);

protected:
    void keyPressEvent(QKeyEvent* e) override;
    void focusOutEvent(QFocusEvent* e) override;

private:
    void search(const QString& text);
    void list(const QString& emptyText);
    void placeList();
    // Asks the server of layer `id` (off the window's thread) for the features named like the field's text.
    void searchServer(LayerId id);
    void showServerAnswer(LayerId id, const QString& name, const Outcome<Layer>& answer);

    QListWidget* list_;
    MapDocument* doc_ = nullptr;  // answers from layers read by view join it
    std::vector<LayerId> serverRows_;  // the rows after the results: search this layer's server
    std::unique_ptr<ServerQuestions> questions_;
    const Plan* plan_ = nullptr;
    std::vector<MapSearchHit> hits_;
};

}  // namespace pa
