#pragma once
// The plan's outline (chapters › sections › clauses, boxes and tables) with its full text, and a
// targets view with filters. Elements that features cite are marked with their count; choosing
// one asks the window to select and show those features.
#include <QWidget>

#include "core/plan.h"

class QComboBox;
class QTableWidget;
class QTextBrowser;
class QTreeWidget;
class QTreeWidgetItem;
class QTabWidget;

namespace pa {

class FeatureLinks;

class PlanBrowser : public QWidget {
    Q_OBJECT
public:
    explicit PlanBrowser(QWidget* parent = nullptr);
    // Builds the outline and the targets table; `links` marks what features cite.
    void setPlan(const Plan* plan, const FeatureLinks* links);
    // Shows and selects an element (from a link in the identify panel).
    void reveal(const QString& id);

    QTreeWidget* outline() const { return tree_; }
    QTableWidget* targets() const { return targets_; }
    QComboBox* chapterFilter() const { return chapter_; }
    QComboBox* kindFilter() const { return kind_; }
    QComboBox* linkedFilter() const { return linked_; }
    QTabWidget* tabs() const { return tabs_; }
    QTextBrowser* text() const { return text_; }

signals:
    // An element chosen by the user: a chapter, section, clause, box, table or target ID.
    void elementChosen(const QString& id);

private:
    void buildOutline();
    void buildTargets();
    void applyFilters();
    void showText(const QString& id);
    QTreeWidgetItem* addItem(QTreeWidgetItem* parent, const std::string& id, const QString& label);

    const Plan* plan_ = nullptr;
    const FeatureLinks* links_ = nullptr;
    QTabWidget* tabs_;
    QTreeWidget* tree_;
    QTextBrowser* text_;
    QTableWidget* targets_;
    QComboBox *chapter_, *kind_, *linked_;
};

}  // namespace pa
