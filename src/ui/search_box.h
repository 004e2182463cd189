#pragma once
// The locator: a field that searches features (Chinese name or part of it, English name, pinyin
// initials), clauses and targets at once, with the results listed under it. Enter takes the
// chosen (or first) result.
#include <QLineEdit>

#include <vector>

#include "analysis/map_search.h"

class QListWidget;

namespace pa {

class SearchBox : public QLineEdit {
    Q_OBJECT
public:
    explicit SearchBox(QWidget* parent = nullptr);
    void setContext(const MapDocument* doc, const Plan* plan);
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
    void placeList();

    QListWidget* list_;
    const MapDocument* doc_ = nullptr;
    const Plan* plan_ = nullptr;
    std::vector<MapSearchHit> hits_;
};

}  // namespace pa
