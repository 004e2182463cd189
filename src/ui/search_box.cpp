#include "ui/search_box.h"

#include <QKeyEvent>
#include <QListWidget>
#include <QTimer>

namespace pa {

SearchBox::SearchBox(QWidget* parent) : QLineEdit(parent), list_(new QListWidget(parent ? parent->window() : nullptr)) {
    setObjectName("locator");
    setPlaceholderText(tr("Search names, pinyin initials, clauses, targets (Ctrl+F)"));
    setClearButtonEnabled(true);
    setMinimumWidth(320);
    list_->setObjectName("locatorResults");
    list_->hide();
    list_->setFocusPolicy(Qt::NoFocus);
    list_->setFrameShape(QFrame::Box);
    connect(this, &QLineEdit::textEdited, this, &SearchBox::search);
    connect(list_, &QListWidget::itemClicked, this, [this](QListWidgetItem* item) { activate(list_->row(item)); });
}

void SearchBox::setContext(const MapDocument* doc, const Plan* plan) {
    doc_ = doc;
    plan_ = plan;
}

void SearchBox::placeList() {
    // A child of the window floating under the field, not a popup: typing keeps the focus here.
    QWidget* w = window();
    if (list_->parentWidget() != w) list_->setParent(w);
    const QPoint at = mapTo(w, QPoint(0, height()));
    list_->setGeometry(at.x(), at.y(), std::max(width(), 460), std::min(420, 24 * int(hits_.size()) + 8));
    list_->raise();
    list_->show();
}

void SearchBox::search(const QString& text) {
    hits_.clear();
    list_->clear();
    if (!doc_ || text.trimmed().isEmpty()) {
        list_->hide();
        return;
    }
    hits_ = searchMapAndPlan(*doc_, plan_, bundledPinyin(), text.toStdString(), 40);
    for (const MapSearchHit& h : hits_) {
        const QString kind = h.kind == MapSearchHit::Kind::Feature ? tr("Feature")
                             : h.kind == MapSearchHit::Kind::Target ? tr("Target")
                                                                    : tr("Clause");
        auto* item = new QListWidgetItem(QString("[%1] %2  —  %3").arg(kind, QString::fromStdString(h.title),
                                                                         QString::fromStdString(h.detail).left(80)));
        list_->addItem(item);
    }
    if (hits_.empty()) list_->addItem(tr("Nothing found"));
    list_->setCurrentRow(0);
    placeList();
}

void SearchBox::activate(int row) {
    if (row < 0 || std::size_t(row) >= hits_.size()) return;
    const MapSearchHit h = hits_[std::size_t(row)];
    list_->hide();
    if (h.kind == MapSearchHit::Kind::Feature) emit featureChosen(h.feature);
    else emit planElementChosen(QString::fromStdString(h.planId));
}

void SearchBox::keyPressEvent(QKeyEvent* e) {
    if (list_->isVisible() && (e->key() == Qt::Key_Down || e->key() == Qt::Key_Up)) {
        const int n = list_->count();
        list_->setCurrentRow(std::clamp(list_->currentRow() + (e->key() == Qt::Key_Down ? 1 : -1), 0, std::max(0, n - 1)));
        return;
    }
    if (e->key() == Qt::Key_Return || e->key() == Qt::Key_Enter) {
        if (hits_.empty()) search(text());
        activate(std::max(0, list_->currentRow()));
        return;
    }
    if (e->key() == Qt::Key_Escape) {
        list_->hide();
        return;
    }
    QLineEdit::keyPressEvent(e);
}

void SearchBox::focusOutEvent(QFocusEvent* e) {
    QLineEdit::focusOutEvent(e);
    // Let a click on the list land before it goes.
    QTimer::singleShot(150, list_, [this] {
        if (!hasFocus()) list_->hide();
    });
}

}  // namespace pa
