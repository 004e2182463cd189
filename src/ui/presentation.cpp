#include "ui/presentation.h"

#include <QApplication>
#include <QDockWidget>
#include <QKeyEvent>
#include <QLabel>
#include <QMainWindow>
#include <QMenuBar>
#include <QStatusBar>
#include <QToolBar>

#include <set>

#include "document/map_settings.h"
#include "ui/layer_tree.h"
#include "ui/map_canvas.h"

namespace pa {

namespace {

QString q(const std::string& s) { return QString::fromStdString(s); }

QString hex(const Rgba& c) { return QColor(c.r, c.g, c.b).name(); }

}  // namespace

Presentation::Presentation(QMainWindow* window, MapCanvas* canvas, MapDocument* doc)
    : QObject(window), w_(window), canvas_(canvas), doc_(doc), caption_(new QLabel(canvas)), legend_(new QLabel(canvas)) {
    for (QLabel* l : {caption_, legend_}) {
        l->setWordWrap(true);
        l->setTextFormat(Qt::RichText);
        l->setStyleSheet("QLabel { background: rgba(255,255,255,225); border: 1px solid #bbb; border-radius: 4px; padding: 10px; }");
        l->hide();
    }
    caption_->setObjectName("slideCaption");
    legend_->setObjectName("slideLegend");
}

void Presentation::start(const Tour& tour, int from) {
    if (tour.slides.empty()) return;
    tour_ = tour;
    running_ = true;
    wasFullScreen_ = w_->isFullScreen();
    dockState_ = w_->saveState();
    for (QDockWidget* d : w_->findChildren<QDockWidget*>()) d->hide();
    for (QToolBar* t : w_->findChildren<QToolBar*>()) t->hide();
    w_->menuBar()->hide();
    w_->statusBar()->hide();
    w_->showFullScreen();
    qApp->installEventFilter(this);
    canvas_->setFocus();
    current_ = -1;
    go(from);
}

void Presentation::stop() {
    if (!running_) return;
    running_ = false;
    qApp->removeEventFilter(this);
    caption_->hide();
    legend_->hide();
    w_->menuBar()->show();
    w_->statusBar()->show();
    for (QToolBar* t : w_->findChildren<QToolBar*>()) t->show();
    w_->restoreState(dockState_);
    if (!wasFullScreen_) w_->showNormal();
    emit stopped();
}

void applySlide(MapCanvas* canvas, MapDocument& doc, const Slide& s) {
    // The same settings a slide's export uses: its layers, its selection, its extent.
    const MapSettings settings = slideSettings(doc, canvas->settings(), s);
    doc.showOnly(s.layers);
    canvas->setSelection(settings.overlays.selection);
    canvas->flyTo(settings.extent);
}

void Presentation::go(int index) {
    if (!running_ || index < 0 || index >= count() || index == current_) return;
    current_ = index;
    const Slide& s = tour_.slides[std::size_t(index)];
    MapDocument& doc = *doc_;
    applySlide(canvas_, doc, s);
    QString body = q(s.body).toHtmlEscaped().replace("\n", "<br>");
    caption_->setText(QString("<div style='font-size:15pt; font-weight:bold'>%1</div><div style='font-size:11pt'>%2</div>"
                              "<div style='color:#777; font-size:9pt'>%3 / %4</div>")
                          .arg(q(s.caption).toHtmlEscaped(), body)
                          .arg(index + 1)
                          .arg(count()));
    // Legend: the kinds of what the slide shows, drawn in the map's colours.
    QString leg = "<b>" + tr("Legend") + "</b><br>";
    std::set<std::string> seen;
    int rows = 0;
    // The plan's own groups first (the zones before the context), within a group the layer on top first.
    std::vector<LayerId> layers;
    for (const char* g : {"spatial structure", "blue-green", "transport", "project sites", "boundary"})
        for (auto it = doc.drawOrder().rbegin(); it != doc.drawOrder().rend(); ++it)
            if (const LayerState* st = doc.state(*it); st && st->group == g && st->visible) layers.push_back(*it);
    for (auto it = layers.begin(); it != layers.end() && rows < 14; ++it) {
        const Layer& l = *doc.layer(*it);
        for (const Feature& f : l.features) {
            const std::string kind = f.value("kind");
            if (kind.empty() || !seen.insert(kind).second || rows >= 14) continue;
            const Symbol sym = doc.style().resolve(l, f);
            const PartKind k = f.partCount ? l.parts[f.firstPart].kind : PartKind::Point;
            // Areas and points by their fill, lines by their stroke, as the map draws them.
            leg += QString("<span style='color:%1'>%2</span> %3<br>")
                       .arg(hex(k == PartKind::Line ? sym.stroke : sym.fill), k == PartKind::Polygon ? "■" : k == PartKind::Line ? "━" : "●",
                            displayNameOfKind(kind).toHtmlEscaped());
            ++rows;
        }
    }
    legend_->setText(leg);
    caption_->show();
    legend_->show();
    place();
    emit slideShown(index);
}

void Presentation::place() {
    QWidget* c = canvas_;
    caption_->setMaximumWidth(std::max(300, c->width() * 2 / 5));
    caption_->adjustSize();
    caption_->move(24, 24);
    legend_->adjustSize();
    legend_->move(c->width() - legend_->width() - 24, c->height() - legend_->height() - 24);
    caption_->raise();
    legend_->raise();
}

bool Presentation::eventFilter(QObject* watched, QEvent* e) {
    if (running_ && e->type() == QEvent::KeyPress) {
        switch (static_cast<QKeyEvent*>(e)->key()) {
            case Qt::Key_Right:
            case Qt::Key_Down:
            case Qt::Key_Space:
            case Qt::Key_PageDown: next(); return true;
            case Qt::Key_Left:
            case Qt::Key_Up:
            case Qt::Key_Backspace:
            case Qt::Key_PageUp: previous(); return true;
            case Qt::Key_Home: go(0); return true;
            case Qt::Key_End: go(count() - 1); return true;
            case Qt::Key_Escape: stop(); return true;
            default: break;
        }
    }
    if (running_ && watched == canvas_ && e->type() == QEvent::Resize) place();
    return QObject::eventFilter(watched, e);
}

}  // namespace pa
