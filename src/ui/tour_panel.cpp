#include "ui/tour_panel.h"

#include <QGridLayout>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace pa {

TourPanel::TourPanel(QWidget* parent) : QWidget(parent), list_(new QListWidget(this)) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(list_);
    list_->setObjectName("tourSlides");
    list_->setDragDropMode(QAbstractItemView::InternalMove);
    list_->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    auto* buttons = new QGridLayout;
    auto* present = new QPushButton(tr("Present (F5)"), this);
    auto* add = new QPushButton(tr("Add this view"), this);
    auto* remove = new QPushButton(tr("Remove"), this);
    auto* def = new QPushButton(tr("Zone strategies"), this);
    auto* save = new QPushButton(tr("Save…"), this);
    auto* open = new QPushButton(tr("Open…"), this);
    auto* go = new QPushButton(tr("Go to"), this);
    auto* exportSlide = new QPushButton(tr("Export slide…"), this);
    buttons->addWidget(present, 0, 0);
    buttons->addWidget(add, 0, 1);
    buttons->addWidget(remove, 0, 2);
    buttons->addWidget(def, 1, 0);
    buttons->addWidget(save, 1, 1);
    buttons->addWidget(open, 1, 2);
    buttons->addWidget(go, 2, 0);
    buttons->addWidget(exportSlide, 2, 1);
    connect(go, &QPushButton::clicked, this, [this] {
        if (list_->currentRow() >= 0) emit goRequested(list_->currentRow());
    });
    connect(list_, &QListWidget::itemActivated, this, [this](QListWidgetItem* i) { emit goRequested(list_->row(i)); });
    connect(exportSlide, &QPushButton::clicked, this, [this] { emit exportRequested(std::max(0, list_->currentRow())); });
    layout->addLayout(buttons);
    connect(present, &QPushButton::clicked, this, [this] { emit presentRequested(std::max(0, list_->currentRow())); });
    connect(add, &QPushButton::clicked, this, &TourPanel::addViewRequested);
    connect(remove, &QPushButton::clicked, this, [this] { delete list_->takeItem(list_->currentRow()); });
    connect(def, &QPushButton::clicked, this, &TourPanel::defaultRequested);
    connect(save, &QPushButton::clicked, this, &TourPanel::saveRequested);
    connect(open, &QPushButton::clicked, this, &TourPanel::openRequested);
    connect(list_, &QListWidget::itemDoubleClicked, this, [this](QListWidgetItem* i) { list_->editItem(i); });
}

void TourPanel::setTour(const Tour& t) {
    tour_ = t;
    list_->clear();
    for (std::size_t i = 0; i < t.slides.size(); ++i) {
        auto* item = new QListWidgetItem(QString::fromStdString(t.slides[i].caption), list_);
        item->setData(Qt::UserRole, int(i));
        item->setFlags(item->flags() | Qt::ItemIsEditable | Qt::ItemIsDragEnabled);
    }
}

Tour TourPanel::tour() const {
    Tour t;
    t.name = tour_.name;
    for (int row = 0; row < list_->count(); ++row) {
        const int i = list_->item(row)->data(Qt::UserRole).toInt();
        if (i < 0 || std::size_t(i) >= tour_.slides.size()) continue;
        Slide s = tour_.slides[std::size_t(i)];
        s.caption = list_->item(row)->text().toStdString();
        t.slides.push_back(std::move(s));
    }
    return t;
}

}  // namespace pa
