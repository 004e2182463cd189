#include "ui/main_window.h"

#include <QAction>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QInputDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMimeData>
#include <QScreen>
#include <QStatusBar>
#include <QVBoxLayout>

#include <cmath>

#include "io/crs.h"
#include "io/geodata_paths.h"
#include "io/style_loader.h"
#include "ui/map_canvas.h"
#include "ui/message_bar.h"

namespace pa {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent),
      canvas_(new MapCanvas(this)),
      messages_(new MessageBar(this)),
      lonLat_(new QLabel(this)),
      projected_(new QLabel(this)),
      scale_(new QLabel(this)),
      crs_(new QLabel(this)) {
    setWindowTitle(tr("PlanAtlas"));
    setAcceptDrops(true);
    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(messages_);
    layout->addWidget(canvas_, 1);
    setCentralWidget(central);

    lonLat_->setMinimumWidth(220);
    projected_->setMinimumWidth(260);
    statusBar()->addWidget(lonLat_);
    statusBar()->addWidget(projected_);
    statusBar()->addPermanentWidget(scale_);
    statusBar()->addPermanentWidget(crs_);

    Diagnostics styleMessages;
    doc_.setStyle(loadStyleSheet(defaultStylePath(), styleMessages));
    messages_->showMessages(styleMessages);
    canvas_->setDocument(&doc_);
    connect(canvas_, &MapCanvas::cursorMoved, this, &MainWindow::updateCursor);
    connect(canvas_, &MapCanvas::viewChanged, this, &MainWindow::updateScale);
    connect(canvas_, &MapCanvas::renderFailed, this, [this](const QString& why) {
        messages_->showMessages({{Diagnostic::Severity::Error, "OpenGL", why.toStdString()}});
    });
    buildMenus();
    rebuildTransforms();
    resize(1280, 860);
}

MainWindow::~MainWindow() = default;

void MainWindow::buildMenus() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Open…"), QKeySequence::Open, this, &MainWindow::chooseFiles);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->addAction(tr("Zoom to &Home"), QKeySequence(Qt::Key_Home), canvas_, &MapCanvas::zoomToHome);
    view->addAction(tr("Zoom to &Full Extent"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F), canvas_,
                    &MapCanvas::zoomToFullExtent);
    view->addAction(tr("Zoom &In"), QKeySequence::ZoomIn, canvas_, [this] { canvas_->zoomBy(1.5); });
    view->addAction(tr("Zoom &Out"), QKeySequence::ZoomOut, canvas_, [this] { canvas_->zoomBy(1 / 1.5); });
    view->addSeparator();
    view->addAction(tr("Display &CRS…"), this, &MainWindow::chooseCrs);
}

Diagnostics MainWindow::openFiles(const std::vector<std::string>& paths) {
    const bool wasEmpty = doc_.layers().empty();
    Diagnostics d = doc_.addFiles(paths);
    canvas_->setDocument(&doc_);
    if (wasEmpty) canvas_->zoomToHome();
    messages_->showMessages(d);
    return d;
}

Diagnostics MainWindow::setDisplayCrs(const std::string& crs) {
    const Viewport& vp = canvas_->viewport();
    // Remember the view in lon/lat so the same place stays in view after the switch.
    std::vector<Vec2d> corners = {vp.screenToMap({0, 0}), vp.screenToMap({double(vp.width()), double(vp.height())}),
                                  vp.screenToMap({0, double(vp.height())}), vp.screenToMap({double(vp.width()), 0})};
    if (toWgs84_) toWgs84_->forward(corners.data(), corners.size());
    Diagnostics d = doc_.setDisplayCrs(crs);
    messages_->showMessages(d);
    if (hasErrors(d)) return d;
    rebuildTransforms();
    std::string why;
    auto fromWgs = CrsTransform::create("OGC:CRS84", doc_.displayCrs(), &why);
    Bounds b;
    if (fromWgs) {
        fromWgs->forward(corners.data(), corners.size());
        for (const Vec2d& c : corners) b.extend(c);
    }
    canvas_->setDocument(&doc_);
    if (!b.isEmpty() && std::isfinite(b.width()) && b.width() > 0) {
        Viewport fit = canvas_->viewport();
        fit.fitBounds(b, 0.0);
        canvas_->setView(fit.center(), fit.resolution());
    } else {
        canvas_->zoomToHome();
    }
    return d;
}

void MainWindow::rebuildTransforms() {
    std::string why;
    toWgs84_ = CrsTransform::create(doc_.displayCrs(), "OGC:CRS84", &why);
    CrsInfo info;
    describeCrs(doc_.displayCrs(), &info, nullptr);
    displayGeographic_ = info.geographic;
    crs_->setText(QString::fromStdString(info.authority.empty() ? doc_.displayCrs() : info.authority));
    crs_->setToolTip(QString::fromStdString(info.name));
    updateScale();
}

void MainWindow::updateCursor(double x, double y) {
    // Degrees to about 10 cm, metres to the centimetre.
    projected_->setText(displayGeographic_ ? QString("%1, %2").arg(x, 0, 'f', 6).arg(y, 0, 'f', 6)
                                           : QString("%1, %2").arg(x, 0, 'f', 2).arg(y, 0, 'f', 2));
    if (!toWgs84_) return;
    const Vec2d ll = toWgs84_->forward(Vec2d{x, y});
    if (!std::isfinite(ll.x)) {
        lonLat_->setText(tr("outside the CRS"));
        return;
    }
    lonLat_->setText(QString("%1°%2  %3°%4")
                         .arg(std::fabs(ll.x), 0, 'f', 6)
                         .arg(ll.x >= 0 ? "E" : "W")
                         .arg(std::fabs(ll.y), 0, 'f', 6)
                         .arg(ll.y >= 0 ? "N" : "S"));
}

QString MainWindow::cursorText() const { return lonLat_->text() + " | " + projected_->text(); }
QString MainWindow::scaleText() const { return scale_->text(); }

void MainWindow::updateScale() {
    if (!toWgs84_) return;
    const Viewport& vp = canvas_->viewport();
    // Ground distance of 100 screen pixels through the view centre, on the ellipsoid.
    Vec2d a = vp.screenToMap({vp.width() * 0.5 - 50, vp.height() * 0.5});
    Vec2d b = vp.screenToMap({vp.width() * 0.5 + 50, vp.height() * 0.5});
    a = toWgs84_->forward(a);
    b = toWgs84_->forward(b);
    const double metres = geodesicDistance(a, b) / 100.0;
    if (!std::isfinite(metres) || metres <= 0) {
        scale_->setText(QString());
        return;
    }
    double dpi = screen() ? screen()->physicalDotsPerInchX() : 96.0;
    if (!(dpi >= 50 && dpi <= 600)) dpi = 96.0;
    const double denominator = metres / (0.0254 / dpi);
    scale_->setText(tr("Scale 1:%L1").arg(std::llround(denominator)));
}

void MainWindow::chooseCrs() {
    bool ok = false;
    const QString crs = QInputDialog::getText(this, tr("Display CRS"),
                                              tr("Any CRS PROJ knows, e.g. EPSG:3857, EPSG:4547 (CGCS2000 / 3-degree "
                                                 "Gauss-Kruger CM 114E), EPSG:4326:"),
                                              QLineEdit::Normal, QString::fromStdString(doc_.displayCrs()), &ok);
    if (ok && !crs.trimmed().isEmpty()) setDisplayCrs(crs.trimmed().toStdString());
}

void MainWindow::chooseFiles() {
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Open vector data"), QString(),
        tr("Vector data (*.geojson *.json *.gpkg *.shp *.kml *.fgb *.csv *.gml *.sqlite);;All files (*)"));
    std::vector<std::string> paths;
    for (const QString& f : files) paths.push_back(f.toStdString());
    if (!paths.empty()) openFiles(paths);
}

void MainWindow::dragEnterEvent(QDragEnterEvent* e) {
    if (e->mimeData()->hasUrls()) e->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* e) {
    std::vector<std::string> paths;
    for (const QUrl& u : e->mimeData()->urls())
        if (u.isLocalFile()) paths.push_back(u.toLocalFile().toStdString());
    if (!paths.empty()) openFiles(paths);
}

}  // namespace pa
