// A million PostGIS parcels in the real window under Xvfb (the ctest fixture's server, the bench's
// table): opened as a layer read by view, the map shows a street's parcels, a click identifies the
// parcel under it by asking the server (every attribute, the exact outline), the locator searches
// the table on the server and the chosen parcel is selected and framed, an exported figure draws
// them, and the tiles kept stay within the budget.
#include <QApplication>
#include <QInputMethodEvent>
#include <QListWidget>
#include <QTemporaryDir>
#include <QTest>

#include <cstdlib>
#include <fstream>

#include "core/vector_source.h"
#include "io/crs.h"
#include "render/scene.h"
#include "ui/identify_panel.h"
#include "ui/main_window.h"
#include "ui/map_canvas.h"
#include "ui/message_bar.h"
#include "ui/search_box.h"
#include "ui/selection.h"

using namespace pa;

class UiPostgisTest : public QObject {
    Q_OBJECT
private:
    MainWindow* w = nullptr;
    LayerId parcels = 0;
    MapCanvas* canvas() { return w->canvas(); }
    void settle() {
        QTRY_VERIFY_WITH_TIMEOUT(canvas()->isSettled(), 20000);
        QTest::qWait(20);
    }
    QPointF screenOf(Vec2d lonLat) {
        auto t = CrsTransform::create("OGC:CRS84", w->document().displayCrs());
        const Vec2d s = canvas()->viewport().mapToScreen(t->forward(lonLat));
        return {s.x, s.y};
    }
    // The middle of parcel i*1000+j+1 (bench/parcels.sql).
    static Vec2d parcelMiddle(int i, int j) { return {113.20 + i * 0.0003 + 0.00015, 23.05 + j * 0.0002 + 0.0001}; }

private slots:
    void initTestCase() {
        const char* f = std::getenv("PLANATLAS_TEST_PG_FILE");
        std::ifstream in(f ? f : "");
        std::string conn;
        std::getline(in, conn);
        QVERIFY2(!conn.empty(), "the ctest fixture tests/postgis_server.sh starts the server");
        w = new MainWindow;
        w->resize(1400, 900);
        w->show();
        QVERIFY(QTest::qWaitForWindowExposed(w));
        const Diagnostics d = w->openFiles({conn + " tables=parcels"});
        for (const Diagnostic& m : d) QVERIFY2(m.severity != Diagnostic::Severity::Error, m.toLine().c_str());
        QCOMPARE(w->document().layers().size(), std::size_t(1));
        QVERIFY(w->document().layers().at(0).viewSource);
        parcels = w->document().layers().at(0).id;
        settle();
    }

    void aStreetShowsItsParcels() {
        auto t = CrsTransform::create("OGC:CRS84", w->document().displayCrs());
        const Vec2d c = t->forward(parcelMiddle(500, 499));
        canvas()->setView(c, 0.25);  // about 0.25 m a pixel
        settle();
        QVERIFY(canvas()->lastFrame().triangles > 0 || canvas()->lastFrame().polygons > 0);
        QVERIFY(canvas()->viewTileBytes() <= viewBudgetBytes());
        // The window's picture: parcels drawn (not the background everywhere).
        const QImage shot = canvas()->grabFramebuffer();
        const QRgb bg = shot.pixel(2, 2);
        int other = 0;
        for (int y = 0; y < shot.height(); y += 7)
            for (int x = 0; x < shot.width(); x += 7) other += shot.pixel(x, y) != bg;
        QVERIFY2(other > 100, "the parcels are drawn");
    }

    void aClickIdentifiesTheParcelFromTheServer() {
        const QPointF at = screenOf(parcelMiddle(500, 499));
        QTest::mouseClick(canvas(), Qt::LeftButton, Qt::NoModifier, at.toPoint());
        // The server answers off the window's thread; the window goes on meanwhile.
        QTRY_VERIFY_WITH_TIMEOUT(w->identifyPanel()->feature().valid(), 10000);
        const FeatureRef f = w->identifyPanel()->feature();
        QCOMPARE(f.layer, parcels);
        const Feature& feat = w->document().feature(f);
        QCOMPARE(feat.id, std::string("500500"));
        QCOMPARE(QString::fromStdString(feat.value("name")), QStringLiteral("地块 0500500"));
        QVERIFY(w->identifyPanel()->html().contains(QStringLiteral("地块 0500500")));
        QVERIFY(w->identifyPanel()->html().contains(QString::fromStdString(feat.value("land_use"))));
        // The exact outline, as the server holds it: four corners and the closing one.
        const Layer& l = *w->document().layer(parcels);
        QCOMPARE(l.ringEnd(l.parts[feat.firstPart].firstRing) - l.ringBegin(l.parts[feat.firstPart].firstRing), 5u);
        QCOMPARE(canvas()->selection().size(), std::size_t(1));
        // PLANATLAS_TEST_SHOTS=DIR: the window as the click left it, to look at.
        if (const char* dir = std::getenv("PLANATLAS_TEST_SHOTS")) {
            settle();
            w->messageBar()->hide();  // the city view's note, dismissed as a user would
            w->grab().save(QString("%1/postgis-identify.png").arg(dir));
        }
    }

    void theLocatorSearchesTheServer() {
        SearchBox* s = w->searchBox();
        s->setFocus();
        s->clear();
        // Chinese arrives through the input method as a committed string.
        QInputMethodEvent ime;
        ime.setCommitString(QStringLiteral("地块 0000007"));
        QApplication::sendEvent(s, &ime);
        // Nothing local matches; the last row asks the server.
        QListWidget* list = s->resultList();
        QVERIFY(list->count() >= 1);
        QVERIFY(list->item(list->count() - 1)->text().contains("parcels"));
        s->activate(int(s->results().size()));
        QVERIFY(list->item(0)->text().contains("parcels"));  // "searching parcels on the server…"
        QTRY_COMPARE_WITH_TIMEOUT(s->results().size(), std::size_t(1), 10000);
        QCOMPARE(s->results().front().title, std::string("地块 0000007"));
        s->activate(0);
        settle();
        const FeatureRef f = w->identifyPanel()->feature();
        QVERIFY(f.valid());
        QCOMPARE(w->document().feature(f).id, std::string("7"));
        // The view went there: the parcel (i 0, j 6) is in it.
        QVERIFY(canvas()->rect().contains(screenOf(parcelMiddle(0, 6)).toPoint()));
        // The earlier answer still resolves.
        bool stillThere = false;
        for (const Feature& g : w->document().layer(parcels)->features) stillThere = stillThere || g.id == "500500";
        QVERIFY(stillThere);
    }

    void anExportedFigureDrawsTheParcels() {
        QTemporaryDir dir;
        const std::string out = dir.filePath("parcels.png").toStdString();
        const Problem p = w->exportView(out, 96);
        QVERIFY2(!p, p ? p->text.c_str() : "");
        QImage img(QString::fromStdString(out));
        QVERIFY(!img.isNull());
        int dark = 0;
        for (int y = 0; y < img.height(); y += 5)
            for (int x = 0; x < img.width(); x += 5) dark += qGray(img.pixel(x, y)) < 235;
        QVERIFY2(dark > 200, "the parcels are in the figure");
    }

    void cleanupTestCase() { delete w; }
};

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    QApplication::setApplicationName("PlanAtlasTest");
    UiPostgisTest t;
    return QTest::qExec(&t, argc, argv);
}

#include "test_ui_postgis.moc"
