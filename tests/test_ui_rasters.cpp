// Rasters in the window, driven as a planner would: a scan opened, georeferenced by clicking on the
// image and on the map, saved and shown; a basemap from the test tile server; brightness from the
// layer tree. Real widgets, real OpenGL under Xvfb, real input events.
#include <QApplication>
#include <QFile>
#include <QGraphicsView>
#include <QLabel>
#include <QPushButton>
#include <QSlider>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include "io/crs.h"
#include "render/gl_platform.h"
#include "test_support.h"
#include "test_tiles.h"
#include "ui/basemap_menu.h"
#include "ui/georeferencer.h"
#include "ui/identify_panel.h"
#include "ui/layer_tree.h"
#include "ui/main_window.h"
#include "ui/map_canvas.h"
#include "ui/message_bar.h"

using namespace pa;

class UiRasters : public QObject {
    Q_OBJECT
private:
    MainWindow* w = nullptr;
    test::TempDir dir;
    MapCanvas* canvas() { return w->canvas(); }

    QPointF screenOf(Vec2d lonLat) {
        auto t = CrsTransform::create("OGC:CRS84", w->document().displayCrs());
        const Vec2d s = canvas()->viewport().mapToScreen(t->forward(lonLat));
        return {s.x, s.y};
    }
    QColor colourAt(QPointF logical) {
        const QImage img = canvas()->grabFramebuffer();
        const double dpr = canvas()->devicePixelRatioF();
        return img.pixelColor(int(logical.x() * dpr), int(logical.y() * dpr));
    }
    void settle() {
        QTRY_VERIFY_WITH_TIMEOUT(canvas()->isSettled(), 15000);
        QTest::qWait(50);
    }
    bool near(const QColor& c, const Rgba& want, int tol = 40) {
        return std::abs(c.red() - want.r) <= tol && std::abs(c.green() - want.g) <= tol && std::abs(c.blue() - want.b) <= tol;
    }
    // The map at about 10 m a pixel over the test area, nothing but what the test adds.
    void frameTestArea() {
        auto t = CrsTransform::create("OGC:CRS84", w->document().displayCrs());
        const Vec2d c = t->forward(Vec2d{113.34, 23.13});
        canvas()->setView(c, 16.0);
        settle();
    }
    // How many of the pattern's cell centres (where a pixel off does not change the colour) the map
    // shows in their colour, of how many.
    std::pair<int, int> placesShowingThePattern() {
        int agree = 0, tried = 0;
        for (double lon = 113.322; lon < 113.36; lon += test::kCell)
            for (double lat = 23.122; lat < 23.14; lat += test::kCell) {
                ++tried;
                agree += near(colourAt(screenOf({lon, lat})), test::patternAt({lon, lat}));
            }
        return {agree, tried};
    }
    std::string serverRoot() {
        QFile f(qEnvironmentVariable("PLANATLAS_TEST_TILE_STATE") + "/port");
        if (!f.open(QIODevice::ReadOnly)) return {};
        return "http://127.0.0.1:" + f.readAll().trimmed().toStdString();
    }

private slots:
    void initTestCase() {
        w = new MainWindow;
        w->resize(1200, 800);
        w->show();
        QVERIFY(QTest::qWaitForWindowExposed(w));
        QVERIFY2(canvas()->glError().isEmpty(), qPrintable(canvas()->glError()));
    }
    void cleanupTestCase() { delete w; }

    void aScanIsGeoreferencedByClicks() {
        const test::Scan scan = test::writeScan(dir.file("figure.png"));
        // Opened like any file, it cannot be placed; the message offers to georeference it.
        w->openFiles({scan.path});
        QVERIFY(w->messageBar()->text().contains("georeference"));
        auto* action = w->messageBar()->findChild<QPushButton*>("messageAction");
        QVERIFY(action && action->isVisible());
        QTest::mouseClick(action, Qt::LeftButton);
        auto* g = w->findChild<Georeferencer*>("georeferencer");
        QVERIFY(g && g->isVisible());
        w->activateWindow();
        auto* image = g->findChild<QGraphicsView*>("georefImage");
        QVERIFY(image);
        QVERIFY(w->openFiles({qEnvironmentVariable("PLANATLAS_TEST_TILE_DATA").toStdString() + "/pattern.tif"}).empty());
        frameTestArea();
        // Four places: on the image, then on the map.
        for (Vec2d px : {Vec2d{800, 700}, Vec2d{4200, 900}, Vec2d{3800, 3900}, Vec2d{1200, 3600}}) {
            QTest::mouseClick(image->viewport(), Qt::LeftButton, {}, image->mapFromScene(QPointF(px.x, px.y)));
            QVERIFY(g->awaitingMap());
            const QPoint at = image->mapFromScene(QPointF(px.x, px.y));
            const Vec2d clickedPx = {image->mapToScene(at).x(), image->mapToScene(at).y()};
            QTest::mouseClick(canvas(), Qt::LeftButton, {}, screenOf(scan.lonLat(clickedPx)).toPoint());
            QVERIFY(!g->awaitingMap());
        }
        QCOMPARE(g->points().size(), std::size_t(4));
        // Each point's place is marked on the map.
        QCOMPARE(canvas()->marks().size(), std::size_t(4));
        // PLANATLAS_SHOTS=DIR: the georeferencer as it is now, for the README (scripts/demo_rasters.sh).
        if (const QString shots = qEnvironmentVariable("PLANATLAS_SHOTS"); !shots.isEmpty()) {
            QTest::qWait(300);
            g->grab().save(shots + "/georeferencer.png");
        }
        // Clicks land on whole pixels of the image view and of the map: within a few metres.
        const QString fit = g->findChild<QLabel*>("georefFit")->text();
        QVERIFY2(fit.startsWith("RMS"), qPrintable(fit));
        const Outcome<GeorefFit> f = fitControlPoints(g->points(), GeorefMethod::Affine, w->document().displayCrs());
        QVERIFY(f.ok());
        QVERIFY2(f->rmsMetres < 15, qPrintable(fit));
        // Saved, it joins the map over the pattern it was made from.
        QVERIFY(!g->saveGeoTiff(dir.file("figure.tif")).has_value());
        QVERIFY(QFile::exists(QString::fromStdString(dir.file("figure.tif.points"))));
        // The points come back as they were saved.
        const std::vector<ControlPoint> clicked = g->points();
        QVERIFY(!g->loadPoints(dir.file("figure.tif.points")).has_value());
        QCOMPARE(g->points().size(), clicked.size());
        QVERIFY(std::abs(g->points()[2].pixel.y - clicked[2].pixel.y) < 1e-3);
        const Layer& added = w->document().layers().back();
        QVERIFY(added.raster);
        QCOMPARE(added.sourcePath, dir.file("figure.tif"));
        // Only the figure shows: the pattern it was clicked against is hidden.
        for (const Layer& l : w->document().layers())
            if (l.name == "pattern") w->findChild<LayerTree*>()->itemOfLayer(l.id)->setCheckState(0, Qt::Unchecked);
        settle();
        const auto [agree, tried] = placesShowingThePattern();
        QVERIFY2(agree >= tried - 2, qPrintable(QString("%1 of %2 places show the pattern").arg(agree).arg(tried)));
        g->close();
        QVERIFY(canvas()->marks().empty());
    }

    void brightnessComesFromTheLayerTree() {
        const Layer& raster = w->document().layers().back();
        const QPointF at = screenOf({113.3419, 23.1301});
        const QColor before = colourAt(at);
        QTreeWidgetItem* item = w->findChild<LayerTree*>()->itemOfLayer(raster.id);
        QVERIFY(item);
        item->treeWidget()->setCurrentItem(item);
        QSlider* b = w->findChild<LayerTree*>()->brightness();
        QVERIFY(b->isEnabled());
        b->setValue(60);
        QTRY_VERIFY_WITH_TIMEOUT(colourAt(at).lightness() > before.lightness() + 40, 10000);
        b->setValue(0);
        settle();
    }

    void clickingARasterGivesItsValues() {
        // No feature here: the identify panel lists the figure's bands under the click.
        const Vec2d place{113.342, 23.130};
        QTest::mouseClick(canvas(), Qt::LeftButton, {}, screenOf(place).toPoint());
        auto* identify = w->findChild<IdentifyPanel*>();
        QVERIFY(identify);
        QTRY_VERIFY(identify->html().contains("Band 3"));
        const Rgba want = test::patternAt(place);
        QVERIFY2(identify->html().contains(QString::number(want.r)), qPrintable(identify->html()));
    }

    void aBasemapComesFromTheTileServer() {
        QVERIFY(!serverRoot().empty());
        // The rasters so far are hidden from the layer tree, as a user would.
        LayerTree* layers = w->findChild<LayerTree*>();
        for (const LayerState& s : std::vector<LayerState>(w->document().states()))
            if (QTreeWidgetItem* item = layers->itemOfLayer(s.id)) item->setCheckState(0, Qt::Unchecked);
        const Diagnostics d = w->basemaps()->add(serverRoot() + "/gcj/{z}/{x}/{y}.png,gcj02,attribution=Test tiles (GCJ-02)");
        QVERIFY2(d.empty(), d.empty() ? "" : d.front().toLine().c_str());
        frameTestArea();
        settle();
        // Warped onto WGS 84: the pattern where WGS 84 says it is.
        const auto [agree, tried] = placesShowingThePattern();
        QVERIFY2(agree >= tried - 2, qPrintable(QString("%1 of %2 places show the pattern").arg(agree).arg(tried)));
        auto* credit = canvas()->findChild<QLabel*>("attribution");
        QVERIFY(credit && credit->isVisible());
        QCOMPARE(credit->text(), QString("Test tiles (GCJ-02)"));
        // The Basemaps group is the tree's last.
        QTreeWidget* tree = w->findChild<LayerTree*>()->tree();
        QVERIFY(tree->topLevelItemCount() > 0);
        QCOMPARE(tree->topLevelItem(tree->topLevelItemCount() - 1)->childCount(), 1);
    }
};

int main(int argc, char** argv) {
    pa::setViewerDefaultFormat();
    QApplication app(argc, argv);
    QTemporaryDir settings;  // never the user's settings
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settings.path());
    QApplication::setOrganizationName("PlanAtlasTests");
    UiRasters t;
    return QTest::qExec(&t, argc, argv);
}

#include "test_ui_rasters.moc"
