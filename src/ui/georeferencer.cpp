#include "ui/georeferencer.h"

#include <QCloseEvent>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QGraphicsEllipseItem>
#include <QGraphicsPixmapItem>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsView>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QImageReader>
#include <QLabel>
#include <QMouseEvent>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <QWheelEvent>

#include <cmath>

#include "document/map_document.h"
#include "io/crs.h"
#include "ui/map_canvas.h"
#include "ui/message_bar.h"

namespace pa {

Georeferencer::Georeferencer(MapDocument& doc, MapCanvas* canvas, MessageBar* messages, QWidget* parent)
    : QDialog(parent),
      doc_(doc),
      canvas_(canvas),
      messages_(messages),
      scene_(new QGraphicsScene(this)),
      view_(new QGraphicsView(scene_, this)),
      table_(new QTableWidget(0, 7, this)),
      methodBox_(new QComboBox(this)),
      status_(new QLabel(this)),
      fit_(new QLabel(this)) {
    setObjectName("georeferencer");
    setWindowTitle(tr("Georeference an image"));
    setModal(false);
    view_->setDragMode(QGraphicsView::ScrollHandDrag);
    view_->setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    view_->viewport()->installEventFilter(this);
    view_->setObjectName("georefImage");
    table_->setObjectName("georefPoints");
    table_->setHorizontalHeaderLabels({tr("On"), tr("Image x"), tr("Image y"), tr("Map x"), tr("Map y"), tr("Residual (px)"),
                                       tr("Residual (m)")});
    table_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    connect(table_, &QTableWidget::itemChanged, this, [this](QTableWidgetItem* item) {
        if (item->column() != 0 || item->row() >= int(points_.size())) return;
        const bool on = item->checkState() == Qt::Checked;
        if (points_[std::size_t(item->row())].enabled == on) return;
        points_[std::size_t(item->row())].enabled = on;
        refresh();
    });
    methodBox_->addItem(tr("Affine (3 points or more)"));
    methodBox_->addItem(tr("Second-order polynomial (6 or more)"));
    methodBox_->addItem(tr("Thin-plate spline (exact at every point)"));
    connect(methodBox_, &QComboBox::currentIndexChanged, this, [this](int i) { setMethod(GeorefMethod(i)); });

    auto* remove = new QPushButton(tr("Remove point"), this);
    auto* load = new QPushButton(tr("Load points…"), this);
    auto* save = new QPushButton(tr("Save points…"), this);
    auto* write = new QPushButton(tr("Save GeoTIFF and add to map…"), this);
    write->setObjectName("georefSave");
    connect(remove, &QPushButton::clicked, this, [this] {
        if (table_->currentRow() >= 0) removePoint(table_->currentRow());
    });
    auto report = [this](Problem p) {
        if (p) messages_->showMessages({*p});
    };
    connect(load, &QPushButton::clicked, this, [this, report] {
        const QString f = QFileDialog::getOpenFileName(this, tr("Control points"), QString(), tr("Control points (*.points)"));
        if (!f.isEmpty()) report(loadPoints(f.toStdString()));
    });
    connect(save, &QPushButton::clicked, this, [this, report] {
        const QString f = QFileDialog::getSaveFileName(this, tr("Control points"), image_ + ".points", tr("Control points (*.points)"));
        if (!f.isEmpty()) report(savePoints(f.toStdString()));
    });
    connect(write, &QPushButton::clicked, this, [this, report] {
        const QFileInfo in(image_);
        const QString f = QFileDialog::getSaveFileName(this, tr("Georeferenced image"),
                                                       in.dir().filePath(in.completeBaseName() + "_georeferenced.tif"),
                                                       tr("GeoTIFF (*.tif)"));
        if (!f.isEmpty()) report(saveGeoTiff(f.toStdString()));
    });

    auto* side = new QWidget(this);
    auto* sideLayout = new QVBoxLayout(side);
    sideLayout->addWidget(status_);
    sideLayout->addWidget(table_, 1);
    sideLayout->addWidget(methodBox_);
    sideLayout->addWidget(fit_);
    auto* buttons = new QHBoxLayout;
    for (QPushButton* b : {remove, load, save}) buttons->addWidget(b);
    sideLayout->addLayout(buttons);
    sideLayout->addWidget(write);
    auto* split = new QSplitter(this);
    split->addWidget(view_);
    split->addWidget(side);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setSizes({660, 440});
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(split);
    resize(1100, 650);
    fit_->setObjectName("georefFit");
    status_->setWordWrap(true);
    refresh();
}

Georeferencer::~Georeferencer() {
    if (canvas_) canvas_->setPointTaker({});
}

bool Georeferencer::openImage(const QString& path) {
    QImageReader reader(path);
    reader.setAllocationLimit(2048);  // MB: a scan of an A0 sheet at 300 dpi fits
    const QImage img = reader.read();
    if (img.isNull()) {
        messages_->showMessages({Diagnostic::error(path.toStdString(), "the image cannot be read (" + reader.errorString().toStdString() + ")")});
        return false;
    }
    image_ = path;
    crs_ = doc_.displayCrs();
    points_.clear();
    pendingPixel_.reset();
    scene_->clear();
    scene_->addPixmap(QPixmap::fromImage(img))->setTransformationMode(Qt::SmoothTransformation);
    scene_->setSceneRect(img.rect());
    // Fitted once the dialog has its size (the first show lays it out after this).
    QTimer::singleShot(0, this, [this] { view_->fitInView(scene_->sceneRect(), Qt::KeepAspectRatio); });
    setWindowTitle(tr("Georeference %1").arg(QFileInfo(path).fileName()));
    refresh();
    return true;
}

bool Georeferencer::eventFilter(QObject* watched, QEvent* event) {
    if (watched == view_->viewport()) {
        if (event->type() == QEvent::Wheel) {
            const auto* w = static_cast<QWheelEvent*>(event);
            const double f = std::pow(1.0015, w->angleDelta().y());
            view_->scale(f, f);
            return true;
        }
        // A click (no drag) on the image starts a point.
        static QPoint pressedAt;
        if (event->type() == QEvent::MouseButtonPress) pressedAt = static_cast<QMouseEvent*>(event)->pos();
        if (event->type() == QEvent::MouseButtonRelease) {
            const auto* m = static_cast<QMouseEvent*>(event);
            if (m->button() == Qt::LeftButton && (m->pos() - pressedAt).manhattanLength() < 4 && !image_.isEmpty()) {
                const QPointF p = view_->mapToScene(m->pos());
                if (scene_->sceneRect().contains(p)) imageClicked({p.x(), p.y()});
            }
        }
    }
    return QDialog::eventFilter(watched, event);
}

void Georeferencer::imageClicked(Vec2d pixel) {
    if (!canvas_) return;
    pendingPixel_ = pixel;
    // The next click on the map completes the point.
    canvas_->setPointTaker([this](Vec2d mapPoint) {
        if (!pendingPixel_) return;
        const Vec2d px = *pendingPixel_;
        addPoint(px, mapPoint);
    });
    refresh();
}

void Georeferencer::addPoint(Vec2d pixel, Vec2d mapPoint) {
    // The points stay in the CRS they were started in, whatever the map shows now.
    if (doc_.displayCrs() != crs_)
        if (auto t = CrsTransform::create(doc_.displayCrs(), crs_)) mapPoint = t->forward(mapPoint);
    points_.push_back({pixel, mapPoint, true});
    pendingPixel_.reset();
    if (canvas_) canvas_->setPointTaker({});
    refresh();
}

void Georeferencer::removePoint(int index) {
    if (index < 0 || index >= int(points_.size())) return;
    points_.erase(points_.begin() + index);
    refresh();
}

void Georeferencer::setMethod(GeorefMethod m) {
    method_ = m;
    if (methodBox_->currentIndex() != int(m)) methodBox_->setCurrentIndex(int(m));
    refresh();
}

QString Georeferencer::fitText() const {
    const Outcome<GeorefFit> fit = fitControlPoints(points_, method_, crs_);
    if (!fit) return QString::fromStdString(fit.why());
    return tr("RMS %1 px, %2 m over %3 points").arg(fit->rmsPixels, 0, 'f', 2).arg(fit->rmsMetres, 0, 'f', 2).arg(points_.size());
}

void Georeferencer::refresh() {
    const Outcome<GeorefFit> fit = fitControlPoints(points_, method_, crs_);
    const QSignalBlocker block(table_);
    table_->setRowCount(int(points_.size()));
    for (std::size_t i = 0; i < points_.size(); ++i) {
        const ControlPoint& p = points_[i];
        auto* on = new QTableWidgetItem;
        on->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        on->setCheckState(p.enabled ? Qt::Checked : Qt::Unchecked);
        table_->setItem(int(i), 0, on);
        const double values[] = {p.pixel.x, p.pixel.y, p.map.x, p.map.y};
        for (int c = 0; c < 4; ++c) table_->setItem(int(i), c + 1, new QTableWidgetItem(QString::number(values[c], 'f', c < 2 ? 1 : 6)));
        const bool have = fit.ok() && p.enabled;
        table_->setItem(int(i), 5, new QTableWidgetItem(have ? QString::number(fit->residualPixels[i], 'f', 2) : "–"));
        table_->setItem(int(i), 6, new QTableWidgetItem(have ? QString::number(fit->residualMetres[i], 'f', 2) : "–"));
    }
    fit_->setText(fitText());
    // The points' map positions marked on the map, in the CRS it shows now.
    if (canvas_) {
        std::vector<Vec2d> marks;
        auto t = CrsTransform::create(crs_, doc_.displayCrs());
        for (const ControlPoint& p : points_)
            if (p.enabled) marks.push_back(t && crs_ != doc_.displayCrs() ? t->forward(p.map) : p.map);
        canvas_->setMarks(isVisible() ? marks : std::vector<Vec2d>{});
    }
    if (image_.isEmpty()) status_->setText(tr("Open an image to georeference."));
    else if (pendingPixel_) status_->setText(tr("Now click the same place on the map."));
    else status_->setText(tr("Click a place you can recognise on the image, then the same place on the map (drag to pan, wheel to zoom)."));
    drawMarks();
}

void Georeferencer::drawMarks() {
    for (QGraphicsItem* item : scene_->items())
        if (item->data(0).toBool()) delete item;
    // Marks keep their size on screen whatever the image's zoom.
    auto mark = [&](Vec2d px, const QString& label, const QColor& c) {
        auto* e = scene_->addEllipse(-7, -7, 14, 14, QPen(c, 2.5), QBrush(Qt::NoBrush));
        e->setPos(px.x, px.y);
        e->setFlag(QGraphicsItem::ItemIgnoresTransformations);
        e->setData(0, true);
        auto* t = scene_->addSimpleText(label);
        QFont f = t->font();
        f.setBold(true);
        t->setFont(f);
        t->setBrush(c);
        t->setPos(px.x, px.y);
        t->setFlag(QGraphicsItem::ItemIgnoresTransformations);
        t->setTransform(QTransform::fromTranslate(8, -20));
        t->setData(0, true);
    };
    for (std::size_t i = 0; i < points_.size(); ++i)
        mark(points_[i].pixel, QString::number(i + 1), points_[i].enabled ? QColor(214, 39, 40) : QColor(128, 128, 128));
    if (pendingPixel_) mark(*pendingPixel_, "?", QColor(255, 106, 0));
}

Problem Georeferencer::loadPoints(const std::string& path) {
    Outcome<ControlPointFile> f = readControlPoints(path);
    if (!f) return f.problem();
    crs_ = f->crs;
    points_ = f->points;
    refresh();
    return std::nullopt;
}

Problem Georeferencer::savePoints(const std::string& path) { return writeControlPoints(path, points_, crs_); }

Problem Georeferencer::saveGeoTiff(const std::string& path) {
    if (Problem p = writeGeoreferencedTiff(image_.toStdString(), points_, method_, crs_, path)) return p;
    // The points go with it, to come back to (QGIS's format, beside the GeoTIFF).
    if (Problem p = savePoints(path + ".points")) messages_->showMessages({*p});
    const Diagnostics d = doc_.addFiles({path});
    if (!d.empty()) messages_->showMessages(d);
    return std::nullopt;
}

void Georeferencer::closeEvent(QCloseEvent* e) {
    if (canvas_) {
        canvas_->setPointTaker({});
        canvas_->setMarks({});
    }
    pendingPixel_.reset();
    QDialog::closeEvent(e);
}

}  // namespace pa
