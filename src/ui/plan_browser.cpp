#include "ui/plan_browser.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <QVBoxLayout>

#include "core/feature_links.h"
#include "ui/plan_text.h"

namespace pa {

namespace {

QString q(const std::string& s) { return QString::fromStdString(s); }
constexpr int kIdRole = Qt::UserRole;

QString firstWords(const std::string& text, int n) {
    QString t = q(text).simplified();
    return t.size() > n ? t.left(n) + "…" : t;
}

}  // namespace

PlanBrowser::PlanBrowser(QWidget* parent)
    : QWidget(parent),
      tabs_(new QTabWidget(this)),
      tree_(new QTreeWidget(this)),
      text_(new QTextBrowser(this)),
      targets_(new QTableWidget(this)),
      chapter_(new QComboBox(this)),
      kind_(new QComboBox(this)),
      linked_(new QComboBox(this)) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(tabs_);

    auto* split = new QSplitter(Qt::Vertical, this);
    tree_->setHeaderHidden(true);
    tree_->setObjectName("planOutline");
    split->addWidget(tree_);
    split->addWidget(text_);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    tabs_->addTab(split, tr("Outline"));

    auto* targetsPage = new QWidget(this);
    auto* tl = new QVBoxLayout(targetsPage);
    tl->setContentsMargins(0, 0, 0, 0);
    auto* filters = new QHBoxLayout;
    filters->addWidget(chapter_);
    filters->addWidget(kind_);
    filters->addWidget(linked_);
    tl->addLayout(filters);
    tl->addWidget(targets_);
    tabs_->addTab(targetsPage, tr("Targets"));
    kind_->addItem(tr("预期性 and 约束性"), QString());
    kind_->addItem(QStringLiteral("预期性"), QStringLiteral("预期性"));
    kind_->addItem(QStringLiteral("约束性"), QStringLiteral("约束性"));
    linked_->addItem(tr("Linked or not"), 0);
    linked_->addItem(tr("With map features"), 1);
    linked_->addItem(tr("Without map features"), 2);
    targets_->setObjectName("planTargets");
    targets_->setColumnCount(7);
    targets_->setHorizontalHeaderLabels({tr("Subject"), tr("Metric"), tr("2020"), tr("2025"), tr("Unit"), tr("Type"),
                                         tr("Features")});
    targets_->setSelectionBehavior(QAbstractItemView::SelectRows);
    targets_->setSelectionMode(QAbstractItemView::SingleSelection);
    targets_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    targets_->verticalHeader()->hide();
    targets_->horizontalHeader()->setStretchLastSection(true);

    connect(tree_, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
        if (!item) return;
        const QString id = item->data(0, kIdRole).toString();
        showText(id);
        emit elementChosen(id);
    });
    connect(targets_, &QTableWidget::currentCellChanged, this, [this](int row) {
        if (row < 0) return;
        const QString id = targets_->item(row, 0)->data(kIdRole).toString();
        emit elementChosen(id);
    });
    for (QComboBox* c : {chapter_, kind_, linked_})
        connect(c, &QComboBox::currentIndexChanged, this, &PlanBrowser::applyFilters);
}

void PlanBrowser::setPlan(const Plan* plan, const FeatureLinks* links) {
    plan_ = plan;
    links_ = links;
    buildOutline();
    buildTargets();
}

QTreeWidgetItem* PlanBrowser::addItem(QTreeWidgetItem* parent, const std::string& id, const QString& label) {
    auto* item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(tree_);
    const std::size_t n = links_ ? links_->featuresCiting(id).size() : 0;
    item->setText(0, n ? QString("%1   ◆ %2").arg(label).arg(n) : label);
    item->setData(0, kIdRole, q(id));
    if (n) {
        QFont f = item->font(0);
        f.setBold(true);
        item->setFont(0, f);
        item->setToolTip(0, tr("%n map feature(s) cite this", "", int(n)));
    }
    return item;
}

void PlanBrowser::buildOutline() {
    tree_->clear();
    if (!plan_) return;
    auto addBoxesAndTables = [&](QTreeWidgetItem* parent, const std::vector<std::string>& boxes,
                                 const std::vector<std::string>& tables) {
        for (const std::string& b : boxes) {
            QTreeWidgetItem* bi = addItem(parent, b, planElementTitle(*plan_, b));
            if (const Box* box = plan_->findBox(b))
                for (const Clause& c : box->items) addItem(bi, c.id, firstWords(c.text, 26));
        }
        for (const std::string& t : tables) addItem(parent, t, planElementTitle(*plan_, t));
    };
    for (const Chapter& ch : plan_->chapters) {
        QTreeWidgetItem* ci = addItem(nullptr, ch.id, planElementTitle(*plan_, ch.id));
        for (const Clause& c : ch.clauses) addItem(ci, c.id, firstWords(c.text, 26));
        addBoxesAndTables(ci, ch.boxes, ch.tables);
        for (const Section& s : ch.sections) {
            QTreeWidgetItem* si = addItem(ci, s.id, planElementTitle(*plan_, s.id));
            for (const Clause& c : s.clauses) addItem(si, c.id, firstWords(c.text, 26));
            addBoxesAndTables(si, s.boxes, s.tables);
        }
    }
    chapter_->clear();
    chapter_->addItem(tr("All chapters"), QString());
    for (const Chapter& ch : plan_->chapters)
        chapter_->addItem(QStringLiteral("第%1章").arg(q(chineseNumeral(ch.number))), q(ch.id));
}

void PlanBrowser::buildTargets() {
    targets_->setRowCount(0);
    if (!plan_) return;
    targets_->setRowCount(int(plan_->targets.size()));
    int row = 0;
    for (const Target& t : plan_->targets) {
        const std::size_t n = links_ ? links_->featuresCiting(t.id).size() : 0;
        const QStringList cells{q(t.subject), q(t.metric), t.baseline ? q(t.baseline->text) : QString(),
                                q(t.comparator) + " " + q(t.target.text), q(t.unit), q(t.kind), QString::number(n)};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells[c]);
            item->setData(kIdRole, q(t.id));
            item->setToolTip(q(plan_->pathOf(t.source)) + "\n" + q(t.quote));
            if (n) {
                QFont f = item->font();
                f.setBold(true);
                item->setFont(f);
            }
            targets_->setItem(row, c, item);
        }
        ++row;
    }
    targets_->resizeColumnsToContents();
    applyFilters();
}

void PlanBrowser::applyFilters() {
    if (!plan_) return;
    const QString chapter = chapter_->currentData().toString();
    const QString kind = kind_->currentData().toString();
    const int linked = linked_->currentData().toInt();
    for (int row = 0; row < targets_->rowCount(); ++row) {
        const Target* t = plan_->findTarget(targets_->item(row, 0)->data(kIdRole).toString().toStdString());
        if (!t) continue;
        const std::string path = plan_->pathOf(t->source);
        bool show = true;
        if (!chapter.isEmpty()) {
            // A target's chapter is its source's: a clause, box item or table row inside it.
            const Chapter* ch = nullptr;
            for (const Chapter& c : plan_->chapters)
                if (c.id == chapter.toStdString()) ch = &c;
            show = ch && q(path).startsWith(QStringLiteral("第%1章").arg(q(chineseNumeral(ch->number))));
        }
        if (show && !kind.isEmpty()) show = q(t->kind) == kind;
        const bool has = links_ && !links_->featuresCiting(t->id).empty();
        if (show && linked == 1) show = has;
        if (show && linked == 2) show = !has;
        targets_->setRowHidden(row, !show);
    }
}

void PlanBrowser::showText(const QString& id) {
    if (!plan_) return;
    const std::string sid = id.toStdString();
    QString h = "<p><b>" + q(plan_->pathOf(sid)).toHtmlEscaped() + "</b> <span style='color:#999'>[" + id.toHtmlEscaped() +
                "]</span></p><p>" + planElementText(*plan_, sid).toHtmlEscaped().replace("\n", "<br>") + "</p>";
    text_->setHtml(h);
}

void PlanBrowser::reveal(const QString& id) {
    if (plan_ && plan_->findTarget(id.toStdString())) {
        tabs_->setCurrentIndex(1);
        for (int row = 0; row < targets_->rowCount(); ++row)
            if (targets_->item(row, 0)->data(kIdRole).toString() == id) targets_->setCurrentCell(row, 0);
        return;
    }
    tabs_->setCurrentIndex(0);
    for (QTreeWidgetItemIterator it(tree_); *it; ++it) {
        if ((*it)->data(0, kIdRole).toString() == id) {
            tree_->setCurrentItem(*it);
            tree_->scrollToItem(*it);
            return;
        }
    }
}

}  // namespace pa
