#include "ui/search_box.h"

#include <QKeyEvent>
#include <QListWidget>
#include <QTimer>

#include "core/vector_source.h"
#include "ui/server_questions.h"

namespace pa {

SearchBox::SearchBox(QWidget* parent)
    : QLineEdit(parent), list_(new QListWidget(parent ? parent->window() : nullptr)), questions_(std::make_unique<ServerQuestions>()) {
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

void SearchBox::setContext(MapDocument* doc, const Plan* plan) {
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

SearchBox::~SearchBox() = default;

void SearchBox::search(const QString& text) {
    questions_->forget();  // a server search of the text before is moot
    hits_.clear();
    if (!doc_ || text.trimmed().isEmpty()) {
        list_->clear();
        list_->hide();
        return;
    }
    hits_ = searchMapAndPlan(*doc_, plan_, bundledPinyin(), text.toStdString(), 40);
    list(tr("Nothing found"));
}

void SearchBox::list(const QString& emptyText) {
    list_->clear();
    serverRows_.clear();
    for (const MapSearchHit& h : hits_) {
        const QString kind = h.kind == MapSearchHit::Kind::Feature ? tr("Feature")
                             : h.kind == MapSearchHit::Kind::Target ? tr("Target")
                                                                    : tr("Clause");
        auto* item = new QListWidgetItem(QString("[%1] %2  —  %3").arg(kind, QString::fromStdString(h.title),
                                                                         QString::fromStdString(h.detail).left(80)));
        list_->addItem(item);
    }
    for (const Layer* l : doc_->visibleLayers())
        if (l->viewSource) {
            list_->addItem(tr("[Server] Search %1 for “%2”").arg(QString::fromStdString(l->name), text().trimmed()));
            serverRows_.push_back(l->id);
        }
    if (hits_.empty() && serverRows_.empty()) list_->addItem(emptyText);
    list_->setCurrentRow(0);
    placeList();
}

void SearchBox::searchServer(LayerId id) {
    const Layer* l = doc_->layer(id);
    if (!l || !l->viewSource) return;
    const VectorSourcePtr source = l->viewSource;
    const QString name = QString::fromStdString(l->name);
    const std::string text = this->text().trimmed().toStdString(), crs = doc_->displayCrs();
    hits_.clear();
    serverRows_.clear();
    list_->clear();
    list_->addItem(tr("Searching %1 on the server…").arg(name));
    placeList();
    questions_->ask<Outcome<Layer>>(
        this, [source, text, crs] { return source->featuresNamed(text, crs, 40); },
        [this, id, name](Outcome<Layer> answer) { showServerAnswer(id, name, answer); });
}

void SearchBox::showServerAnswer(LayerId id, const QString& name, const Outcome<Layer>& answer) {
    hits_.clear();
    if (!answer) {
        list(QString::fromStdString(answer.problem().toLine()));
        return;
    }
    for (const FeatureRef& r : doc_->addFetched(id, *answer)) {
        MapSearchHit h;
        h.feature = r;
        const Feature& f = doc_->feature(r);
        h.title = featureName(f, "zh").empty() ? f.id : featureName(f, "zh");
        h.detail = name.toStdString();
        hits_.push_back(std::move(h));
    }
    list(tr("Nothing on the server is named so"));
}

void SearchBox::activate(int row) {
    if (row >= 0 && std::size_t(row) >= hits_.size() && std::size_t(row) < hits_.size() + serverRows_.size()) {
        searchServer(serverRows_[std::size_t(row) - hits_.size()]);
        return;
    }
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
