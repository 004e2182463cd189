#include "ui/main_window.h"

#include <QAction>
#include <QEventLoop>
#include <QFileInfo>
#include <QProgressDialog>
#include <QTimer>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QToolBar>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMimeData>
#include <QScreen>
#include <QStatusBar>
#include <QGridLayout>

#include <atomic>
#include <cmath>
#include <memory>
#include <thread>

#include "io/crs.h"
#include "core/picking.h"
#include "analysis/feature_relations.h"
#include "io/geodata_paths.h"
#include "plan/plan_file.h"
#include "io/style_loader.h"
#include "ui/map_canvas.h"
#include "render/label_layout.h"

#include "core/polylabel.h"
#include "io/raster_reader.h"
#include "ui/basemap_menu.h"
#include "ui/check_panel.h"
#include "ui/georeferencer.h"
#include "io/postgis.h"
#include "ui/postgis_dialog.h"
#include "ui/tour_panel.h"
#include "ui/selection.h"
#include "ui/status_readout.h"
#include "ui/tours.h"
#include "ui/identify_panel.h"
#include "ui/layer_tree.h"
#include "ui/message_bar.h"
#include "ui/plan_browser.h"
#include "ui/search_box.h"
#include "ui/ui_language.h"

namespace pa {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent),
      canvas_(new MapCanvas(this)),
      messages_(new MessageBar(this)) {
    setWindowTitle(tr("PlanAtlas"));
    setAcceptDrops(true);
    // The message bar lies over the top of the map: showing it resizes nothing, so the map neither
    // jumps nor redraws (a resized OpenGL widget draws again at once).
    auto* central = new QWidget(this);
    auto* layout = new QGridLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(canvas_, 0, 0);
    layout->addWidget(messages_, 0, 0, Qt::AlignTop);
    setCentralWidget(central);


    Diagnostics styleMessages;
    doc_.setStyle(loadStyleSheet(defaultStylePath(), styleMessages));
    messages_->showMessages(styleMessages);
    canvas_->setLabelLanguage(uiLanguage().toStdString());
    canvas_->setDocument(&doc_);
    connect(canvas_, &MapCanvas::renderFailed, this, [this](const QString& why) {
        messages_->showMessages({{Diagnostic::Severity::Error, "OpenGL", why.toStdString()}});
    });
    connect(canvas_, &MapCanvas::sourceProblems, messages_, [this](const Diagnostics& d) { messages_->showMessages(d); });
    if (auto p = readPlanFile(bundledPlanPath())) plan_ = std::make_unique<Plan>(p.take());
    else messages_->showMessages({{Diagnostic::Severity::Warning, bundledPlanPath(), p.why()}});
    buildDocks();
    buildMenus();
    readout_ = new StatusReadout(statusBar(), canvas_, doc_, messages_);
    // The panels follow the document: added or removed layers, a new display CRS.
    connect(&doc_, &MapDocument::layersChanged, this, &MainWindow::documentChanged);
    connect(&doc_, &MapDocument::layerRemoved, this, [this](LayerId id) {
        if (identify_->feature().layer == id) identify_->showFeature({});
    });
    layerTree_->setDocument(&doc_);
    documentChanged();
    resize(1280, 860);
}

MainWindow::~MainWindow() = default;

Problem MainWindow::buildOverviewsFor(const std::string& path) {
    std::atomic<double> done{0};
    std::atomic<bool> cancel{false}, finished{false};
    Problem result;
    std::thread worker([&] {
        result = buildOverviews(path, [&](double f) {
            done = f;
            return !cancel.load();
        });
        finished = true;
    });
    QProgressDialog dlg(tr("Building overviews of %1…").arg(QFileInfo(QString::fromStdString(path)).fileName()), tr("Cancel"), 0, 1000, this);
    dlg.setWindowModality(Qt::WindowModal);
    dlg.setMinimumDuration(300);
    QEventLoop loop;
    QTimer poll;
    connect(&poll, &QTimer::timeout, &loop, [&] {
        if (finished) return loop.quit();
        if (dlg.wasCanceled()) cancel = true;
        dlg.setValue(int(done * 1000));
    });
    poll.start(50);
    loop.exec();
    worker.join();
    if (result) {
        messages_->showMessages({*result});
        return result;
    }
    // The layer opened again finds its overviews, in the place it had.
    for (const Layer& l : doc_.layers()) {
        if (l.sourcePath != path || !l.raster) continue;
        const LayerId old = l.id;
        const auto at = std::find(doc_.drawOrder().begin(), doc_.drawOrder().end(), old) - doc_.drawOrder().begin();
        doc_.removeLayer(old);
        const Diagnostics again = doc_.addFiles({path});
        if (!doc_.layers().empty()) doc_.moveLayer(doc_.layers().back().id, int(at));
        messages_->showMessages(again);
        break;
    }
    return std::nullopt;
}

Georeferencer* MainWindow::georeference(const QString& image) {
    if (!georeferencer_) georeferencer_ = new Georeferencer(doc_, canvas_, messages_, this);
    if (!georeferencer_->openImage(image)) return georeferencer_;
    georeferencer_->show();
    georeferencer_->raise();
    return georeferencer_;
}

void MainWindow::buildMenus() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Open…"), QKeySequence::Open, this, &MainWindow::chooseFiles);
    file->addAction(tr("Add a &PostGIS layer…"), this, [this] {
        QSettings settings;
        PostgisDialog dlg(this);
        dlg.setConnection(loadPgConnection(settings));
        if (dlg.exec() != QDialog::Accepted) return;
        const PgConnection c = dlg.connection();
        savePgConnection(settings, c);  // without the password
        openFiles({c.gdalString()});
    });
    file->addAction(tr("Open with &coordinates and encoding…"), this, [this] {
        const QStringList files = QFileDialog::getOpenFileNames(
            this, tr("Open vector data"), QString(),
            tr("Vector data (*.geojson *.json *.gpkg *.shp *.kml *.fgb *.csv *.gml *.sqlite);;All files (*)"));
        if (files.isEmpty()) return;
        bool ok = false;
        const QStringList systems{tr("As the file says"), tr("GCJ-02 (Amap, Tencent)"), tr("BD-09 (Baidu)")};
        const QString sys = QInputDialog::getItem(this, tr("Coordinate system"),
                                                  tr("The coordinates are in:"), systems, 0, false, &ok);
        if (!ok) return;
        const QStringList encodings{tr("As the file says (.cpg), else UTF-8 or GB18030"), "GBK", "GB18030", "Big5", "UTF-8"};
        const QString enc = QInputDialog::getItem(this, tr("Text encoding"), tr("The attributes' text is in:"), encodings,
                                                  0, false, &ok);
        if (!ok) return;
        ReadOptions o;
        o.datum = sys == systems[1] ? ChineseDatum::Gcj02 : sys == systems[2] ? ChineseDatum::Bd09 : ChineseDatum::None;
        if (enc != encodings[0]) o.encoding = enc.toStdString();
        std::vector<std::string> paths;
        for (const QString& f : files) paths.push_back(f.toStdString());
        openFiles(paths, o);
    });
    file->addAction(tr("&Export map…"), QKeySequence(Qt::CTRL | Qt::Key_E), this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export the map"), "tianhe-map.pdf",
                                                          tr("PDF (*.pdf);;SVG (*.svg);;PNG image (*.png)"));
        if (path.isEmpty()) return;
        bool ok = true;
        const int dpi = path.endsWith(".svg", Qt::CaseInsensitive)
                            ? 96
                            : QInputDialog::getInt(this, tr("Resolution"), tr("Dots per inch:"), 300, 72, 1200, 50, &ok);
        if (!ok) return;
        if (Problem p = exportView(path.toStdString(), dpi)) messages_->showMessages({*p});
        else statusBar()->showMessage(tr("Wrote %1").arg(path), 6000);
    });
    file->addAction(tr("&Remove layer"), this, &MainWindow::removeCurrentLayer)->setObjectName("removeLayerAction");
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    viewMenu_ = view;
    view->addAction(tr("&Find…"), QKeySequence::Find, this, [this] {
        search_->setFocus();
        search_->selectAll();
    });
    view->addAction(tr("Zoom to &Home"), QKeySequence(Qt::Key_Home), canvas_, &MapCanvas::zoomToHome);
    view->addAction(tr("Zoom to &Full Extent"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F), canvas_,
                    &MapCanvas::zoomToFullExtent);
    view->addAction(tr("Zoom &In"), QKeySequence::ZoomIn, canvas_, [this] { canvas_->zoomBy(1.5); });
    view->addAction(tr("Zoom &Out"), QKeySequence::ZoomOut, canvas_, [this] { canvas_->zoomBy(1 / 1.5); });
    view->addSeparator();
    view->addAction(tr("Display &CRS…"), this, &MainWindow::chooseCrs);
    view->addSeparator();
    view->addAction(identifyDock_->toggleViewAction());
    view->addAction(browserDock_->toggleViewAction());
    view->addAction(layersDock_->toggleViewAction());
    view->addAction(checkDock_->toggleViewAction());
    view->addAction(tourDock_->toggleViewAction());
    view->addAction(tr("&Present"), QKeySequence(Qt::Key_F5), this, [this] { tours_->present(0); });
    basemaps_ = new BasemapMenu(doc_, messages_, this);
    menuBar()->addMenu(basemaps_);
    QMenu* tools = menuBar()->addMenu(tr("&Tools"));
    tools->addAction(tr("&Georeference an image…"), this, [this] {
        const QString f = QFileDialog::getOpenFileName(this, tr("Image to georeference"), QString(),
                                                       tr("Images (*.png *.jpg *.jpeg *.tif *.tiff *.bmp);;All files (*)"));
        if (!f.isEmpty()) georeference(f);
    })->setObjectName("georeferenceAction");
    tools->addAction(tr("Check the selected feature"), this, [this] {
        if (!checkSelectedFeature()) statusBar()->showMessage(tr("Select a feature first."), 4000);
    });
    tools->addAction(tr("Check a layer of projects…"), this, &MainWindow::chooseProjects);
    tools->addSeparator();
    tools->addAction(tr("Measure &distance"), QKeySequence(Qt::CTRL | Qt::Key_M), this,
                     [this] { canvas_->setMeasure(MapCanvas::Measure::Distance); });
    tools->addAction(tr("Measure &area"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M), this,
                     [this] { canvas_->setMeasure(MapCanvas::Measure::Area); });
    tools->addAction(tr("Stop measuring"), this, [this] { canvas_->setMeasure(MapCanvas::Measure::Off); });
    QMenu* lang = view->addMenu(tr("&Language"));
    for (const auto& [code, label] : {std::pair<QString, QString>{"zh", QStringLiteral("中文")}, {"en", "English"}}) {
        QAction* a = lang->addAction(label, this, [this, code = code] {
            setUiLanguage(code);
            statusBar()->showMessage(tr("The language changes when PlanAtlas starts next."), 8000);
        });
        a->setCheckable(true);
        a->setChecked(uiLanguage() == code);
    }
}

MapDocument::Loaded MainWindow::loadWithProgress(const std::vector<std::string>& paths, const ReadOptions& options) {
    struct Shared {
        std::atomic<bool> cancel{false}, done{false};
        std::atomic<std::size_t> read{0}, total{0};
        MapDocument::Loaded result;
    };
    auto shared = std::make_shared<Shared>();
    ReadOptions o = options;
    o.cancel = &shared->cancel;
    o.progress = [shared](std::size_t d, std::size_t t) {
        shared->read = d;
        shared->total = t;
    };
    const std::string crs = doc_.displayCrs();
    std::thread worker([shared, paths, crs, o] {
        shared->result = MapDocument::loadFiles(paths, crs, o);
        shared->done = true;
    });
    QStringList names;
    for (const std::string& p : paths)
        names << (p.rfind("PG:", 0) == 0 ? QString::fromStdString(redactConnection(p)) : QFileInfo(QString::fromStdString(p)).fileName());
    QProgressDialog dlg(tr("Loading %1…").arg(names.join(", ")), tr("Cancel"), 0, 0, this);
    dlg.setWindowModality(Qt::WindowModal);
    dlg.setMinimumDuration(200);
    loadProgress_ = &dlg;
    QEventLoop loop;
    QTimer poll;
    poll.setInterval(40);
    connect(&poll, &QTimer::timeout, &loop, [&] {
        if (shared->done) return loop.quit();
        if (dlg.wasCanceled()) {
            shared->cancel = true;
            return loop.quit();
        }
        // Reading features has a count; parsing the file before it does not, and shows as busy.
        if (shared->total > 0) {
            dlg.setMaximum(int(std::min<std::size_t>(shared->total, 1u << 30)));
            dlg.setValue(int(std::min<std::size_t>(shared->read, 1u << 30)));
        }
    });
    poll.start();
    loop.exec();
    loadProgress_ = nullptr;
    if (shared->done) {
        worker.join();
        return std::move(shared->result);
    }
    // Cancelled: GDAL reads through the guarded file system (io/guarded_vsi), whose reads stop once the
    // flag is set, and the reader checks it between features, so the worker ends within a buffer or a
    // thousand features. It is joined, never left behind parsing.
    worker.join();
    MapDocument::Loaded cancelled;
    cancelled.cancelled = true;
    for (const std::string& p : paths) cancelled.messages.push_back({Diagnostic::Severity::Warning, p, "loading was cancelled"});
    return cancelled;
}

Diagnostics MainWindow::openFiles(const std::vector<std::string>& paths, const ReadOptions& given) {
    const bool wasEmpty = doc_.layers().empty();
    // Fill triangles are OpenGL's: a canvas showing painted pictures needs none (12 B a vertex less).
    ReadOptions options = given;
    options.triangles = given.triangles && canvas_->drawsWithOpenGL();
    qint64 bytes = 0;
    // A database table is read on the worker too: a large one is opened by view (a few queries), a
    // small one read whole (up to 50,000 rows).
    for (const std::string& p : paths)
        bytes += p.rfind("PG:", 0) == 0 ? asyncLoadBytes_ : QFileInfo(QString::fromStdString(p)).size();
    Diagnostics d = doc_.adopt(bytes >= asyncLoadBytes_ ? loadWithProgress(paths, options)
                                                        : MapDocument::loadFiles(paths, doc_.displayCrs(), options));
    if (wasEmpty && !doc_.layers().empty()) canvas_->zoomToHome();
    // A large raster without overviews is read whole when zoomed out: offer to build them.
    for (const std::string& p : paths) {
        RasterFileInfo info;
        if (!looksLikeRaster(p) || !readRasterFile(p, &info).ok() || info.hasOverviews || info.pixels <= kOverviewAdvisedPixels)
            continue;
        messages_->showMessages(d, tr("Build overviews"), [this, p] { buildOverviewsFor(p); });
        return d;
    }
    // A plain image (a scan) cannot be placed: offer to georeference it.
    for (const Diagnostic& m : d) {
        RasterFileInfo info;
        if (m.severity != Diagnostic::Severity::Error || !looksLikeRaster(m.file)) continue;
        if (readRasterFile(m.file, &info).ok() || info.georeferenced || info.pixels <= 0) continue;
        messages_->showMessages(d, tr("Georeference…"), [this, f = QString::fromStdString(m.file)] { georeference(f); });
        return d;
    }
    messages_->showMessages(d);
    return d;
}

Diagnostics MainWindow::openBundled() {
    std::map<std::string, std::string> groups;
    for (const BundledLayer& l : bundledLayers()) groups[l.path] = l.group;
    doc_.setFileGroups(std::move(groups));
    doc_.setHomeLonLat(bundledHomeLonLat());
    return openFiles(bundledGeodataFiles());
}

void MainWindow::removeCurrentLayer() {
    const LayerId id = layerTree_->currentLayer();
    if (!id) {
        statusBar()->showMessage(tr("Choose a layer in the layer tree first."), 5000);
        return;
    }
    doc_.removeLayer(id);
}

void MainWindow::buildDocks() {
    setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowTabbedDocks);
    identify_ = new IdentifyPanel(this);
    identifyDock_ = new QDockWidget(tr("Feature"), this);
    identifyDock_->setObjectName("identifyDock");
    identifyDock_->setWidget(identify_);
    addDockWidget(Qt::RightDockWidgetArea, identifyDock_);

    browser_ = new PlanBrowser(this);
    browserDock_ = new QDockWidget(tr("Plan"), this);
    browserDock_->setObjectName("planDock");
    browserDock_->setWidget(browser_);
    addDockWidget(Qt::LeftDockWidgetArea, browserDock_);

    layerTree_ = new LayerTree(this);
    layersDock_ = new QDockWidget(tr("Layers"), this);
    layersDock_->setObjectName("layersDock");
    layersDock_->setWidget(layerTree_);
    addDockWidget(Qt::LeftDockWidgetArea, layersDock_);
    tabifyDockWidget(layersDock_, browserDock_);
    layersDock_->raise();
    resizeDocks({identifyDock_, layersDock_}, {380, 300}, Qt::Horizontal);

    QToolBar* bar = addToolBar(tr("Search"));
    bar->setObjectName("searchBar");
    bar->setMovable(false);
    search_ = new SearchBox(bar);
    bar->addWidget(search_);

    selection_ = new Selection(this, doc_, plan_.get(),
                               {canvas_, identify_, identifyDock_, browser_, browserDock_, statusBar()});
    connect(identify_, &IdentifyPanel::featureActivated, this, [this](FeatureRef f) { selection_->select(f, true); });
    connect(identify_, &IdentifyPanel::planElementActivated, this, [this](const QString& id) {
        browserDock_->raise();
        browser_->reveal(id);
    });
    connect(browser_, &PlanBrowser::elementChosen, selection_, &Selection::choosePlanElement);
    connect(search_, &SearchBox::featureChosen, this, [this](FeatureRef f) { selection_->select(f, true); });
    connect(search_, &SearchBox::planElementChosen, this, [this](const QString& id) {
        browserDock_->raise();
        browser_->reveal(id);
        selection_->choosePlanElement(id);
    });

    check_ = new CheckPanel(this);
    checkDock_ = new QDockWidget(tr("Check"), this);
    checkDock_->setObjectName("checkDock");
    checkDock_->setWidget(check_);
    addDockWidget(Qt::RightDockWidgetArea, checkDock_);
    tabifyDockWidget(identifyDock_, checkDock_);
    identifyDock_->raise();
    connect(check_, &CheckPanel::featureActivated, this, [this](FeatureRef f) { selection_->select(f, true); });
    connect(check_, &CheckPanel::planElementActivated, selection_, &Selection::revealPlanElement);
    connect(check_, &CheckPanel::placeChecked, this, [this](Vec2d lonLat) {
        if (auto t = CrsTransform::create("OGC:CRS84", doc_.displayCrs())) canvas_->setPin(t->forward(lonLat));
    });
    connect(check_, &CheckPanel::openProjectsRequested, this, &MainWindow::chooseProjects);
    auto* tourPanel = new TourPanel(this);
    tourDock_ = new QDockWidget(tr("Tours"), this);
    tourDock_->setObjectName("tourDock");
    tourDock_->setWidget(tourPanel);
    addDockWidget(Qt::LeftDockWidgetArea, tourDock_);
    tabifyDockWidget(browserDock_, tourDock_);
    layersDock_->raise();
    tours_ = new Tours(this, doc_, canvas_, tourPanel, messages_, plan_.get());
    connect(canvas_, &MapCanvas::contextRequested, this, &MainWindow::showContextMenu);
}

void MainWindow::documentChanged() {
    identify_->setContext(&doc_, plan_.get());
    search_->setContext(&doc_, plan_.get());
    browser_->setPlan(plan_.get(), &doc_.links());
    check_->setContext(&doc_, plan_.get());
    // The feature shown stays shown (its layer is still there); its relations may have changed.
    identify_->showFeature(identify_->feature());
}

void MainWindow::closeEvent(QCloseEvent* e) {
    saveSettings();
    QMainWindow::closeEvent(e);
}

void MainWindow::saveSettings() const {
    QSettings s;
    s.setValue("window/geometry", saveGeometry());
    s.setValue("window/state", saveState());
    s.beginGroup("layers");
    for (std::size_t i = 0; i < doc_.layers().size(); ++i) {
        const QString key = QString::fromStdString(doc_.layers().at(i).name);
        s.setValue(key + "/visible", doc_.states()[i].visible);
        s.setValue(key + "/opacity", double(doc_.states()[i].opacity));
    }
    s.endGroup();
    const Viewport& vp = canvas_->viewport();
    s.setValue("view/crs", QString::fromStdString(doc_.displayCrs()));
    s.setValue("view/centerX", vp.center().x);
    s.setValue("view/centerY", vp.center().y);
    s.setValue("view/resolution", vp.resolution());
}

void MainWindow::restoreSettings() {
    QSettings s;
    if (s.contains("window/geometry")) restoreGeometry(s.value("window/geometry").toByteArray());
    if (s.contains("window/state")) restoreState(s.value("window/state").toByteArray());
    s.beginGroup("layers");
    for (const Layer& l : doc_.layers()) {
        const QString key = QString::fromStdString(l.name);
        if (s.contains(key + "/visible")) doc_.setVisible(l.id, s.value(key + "/visible").toBool());
        if (s.contains(key + "/opacity")) doc_.setOpacity(l.id, float(s.value(key + "/opacity").toDouble()));
    }
    s.endGroup();
    // The last view, when it was in the display CRS used now.
    if (s.value("view/crs").toString().toStdString() == doc_.displayCrs() && s.value("view/resolution").toDouble() > 0)
        canvas_->setView({s.value("view/centerX").toDouble(), s.value("view/centerY").toDouble()},
                         s.value("view/resolution").toDouble());
}

Diagnostics MainWindow::setDisplayCrs(const std::string& crs) {
    const Viewport& vp = canvas_->viewport();
    // Remember the view in lon/lat so the same place stays in view after the switch.
    Bounds view;
    for (Vec2d c : {vp.screenToMap({0, 0}), vp.screenToMap({double(vp.width()), double(vp.height())}),
                    vp.screenToMap({0, double(vp.height())}), vp.screenToMap({double(vp.width()), 0})})
        if (const std::optional<Vec2d> ll = readout_->toLonLat(c)) view.extend(*ll);
    // The checked place and the measured path are display coordinates: they go through lon/lat too.
    const auto toWgs = CrsTransform::create(doc_.displayCrs(), "OGC:CRS84");
    if (toWgs) canvas_->transformMarks([&](Vec2d p) { return toWgs->forward(p); });
    Diagnostics d = doc_.setDisplayCrs(crs);
    messages_->showMessages(d);
    const auto fromWgs = CrsTransform::create("OGC:CRS84", doc_.displayCrs());
    if (toWgs && fromWgs) canvas_->transformMarks([&](Vec2d p) { return fromWgs->forward(p); });
    if (hasErrors(d)) return d;
    const Bounds b = lonLatBoxToDisplay(view, doc_.displayCrs());
    if (!b.isEmpty() && std::isfinite(b.width()) && b.width() > 0) {
        Viewport fit = canvas_->viewport();
        fit.fitBounds(b, 0.0);
        canvas_->setView(fit.center(), fit.resolution());
    } else {
        canvas_->zoomToHome();
    }
    return d;
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
        tr("Map data (*.geojson *.json *.gpkg *.shp *.kml *.fgb *.csv *.gml *.sqlite *.tif *.tiff *.vrt *.mbtiles *.jpg *.jpeg *.png *.jp2 *.img *.asc);;"
           "Vector data (*.geojson *.json *.gpkg *.shp *.kml *.fgb *.csv *.gml *.sqlite);;"
           "Rasters (*.tif *.tiff *.vrt *.mbtiles *.gpkg *.jpg *.jpeg *.png *.jp2 *.img *.asc);;All files (*)"));
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
