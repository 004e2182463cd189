// The viewer window driven as a user would: real widgets, real OpenGL under Xvfb, real input events.
#include <QApplication>
#include <QOpenGLWidget>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QWheelEvent>

#include "io/crs.h"
#include "io/geodata_paths.h"
#include "render/gl_platform.h"
#include "test_support.h"
#include "ui/main_window.h"
#include "ui/status_readout.h"
#include "ui/map_canvas.h"
#include "ui/message_bar.h"

using namespace pa;

class UiTest : public QObject {
    Q_OBJECT
private:
    MainWindow* w = nullptr;
    MapCanvas* canvas() { return w->canvas(); }

    QPointF screenOf(double lon, double lat) {
        auto t = CrsTransform::create("OGC:CRS84", w->document().displayCrs());
        const Vec2d m = t->forward(Vec2d{lon, lat});
        const Vec2d s = canvas()->viewport().mapToScreen(m);
        return {s.x, s.y};
    }
    QColor colourAt(QPointF logical) {
        const QImage img = canvas()->grabFramebuffer();
        const double dpr = canvas()->devicePixelRatioF();
        return img.pixelColor(int(logical.x() * dpr), int(logical.y() * dpr));
    }
    // Zooms animate and moving views show previews; wait until the canvas has drawn the scene exactly.
    void settle() {
        QTRY_VERIFY_WITH_TIMEOUT(canvas()->isSettled(), 5000);
        QTest::qWait(20);
    }

private slots:
    void initTestCase() {
        // `ui_gl` runs these tests with OpenGL drawing the layers, `ui` as this machine chooses.
        if (qEnvironmentVariable("PLANATLAS_TEST_WINDOW_BACKEND") == "gl") MapCanvas::setDefaultBackend(MapCanvas::Backend::OpenGL);
        w = new MainWindow;
        const Diagnostics d = w->openBundled();  // as the viewer does without files
        QVERIFY2(d.empty(), d.empty() ? "" : d.front().toLine().c_str());
        w->resize(1200, 800);
        w->show();
        QVERIFY(QTest::qWaitForWindowExposed(w));
        settle();
        QVERIFY2(canvas()->glError().isEmpty(), qPrintable(canvas()->glError()));
    }
    void cleanupTestCase() { delete w; }

    void drawsTheBundledMap() {
        canvas()->zoomToFullExtent();
        settle();
        // Inside Tianhe (north, by 火炉山, where no plan zone lies) the district fill shows; far outside only the background.
        const QColor inside = colourAt(screenOf(113.355, 23.205));
        QCOMPARE(inside.name(), QString("#f8f7f4"));  // the translucent white district fill over the background
        const FrameStats& f = canvas()->lastFrame();
        QCOMPARE(f.picture, !canvas()->drawsWithOpenGL());
        QVERIFY(f.picture ? f.lines > 0 && f.polygons > 0 : f.segments > 0 && f.triangles > 0);
        QVERIFY(f.markers > 0);
    }

    // Who draws the layers follows the machine: OpenGL on a GPU, painted pictures where OpenGL is
    // software (as here, under Xvfb with llvmpipe), unless chosen.
    void theBackendFollowsTheMachine() {
        const bool forcedGl = qEnvironmentVariable("PLANATLAS_TEST_WINDOW_BACKEND") == "gl";
        const bool software = !gpuDevicePresent() || softwareOpenGL();
        QCOMPARE(canvas()->drawsWithOpenGL(), forcedGl || !software);
    }

    // A picture is painted for the view the map rests on; a pan within its margin shifts it (nothing
    // painted again, the same pixels a whole number of pixels further), a zoom paints a new one.
    void picturesPanWithinTheirMarginAndZoomsPaintAgain() {
        if (canvas()->drawsWithOpenGL()) QSKIP("OpenGL draws the layers here");
        canvas()->zoomToHome();
        settle();
        QVERIFY(canvas()->lastFrame().picture);
        const QPointF at = screenOf(113.355, 23.205);
        const QColor before = colourAt(at);
        canvas()->panByPixels(12, -7);
        settle();
        QVERIFY(canvas()->lastFrame().fromCache);
        QCOMPARE(colourAt(at + QPointF(12, -7)).name(), before.name());
        canvas()->zoomBy(2.0);
        settle();
        QVERIFY(canvas()->lastFrame().picture);
        QVERIFY(!canvas()->lastFrame().fromCache);
        QVERIFY(canvas()->lastFrame().polygons > 0);
    }

    // The bundled map opens on Tianhe, not on the whole context frame; Home returns there.
    void homeShowsTheDistrictFullExtentShowsAll() {
        canvas()->zoomToFullExtent();
        settle();
        const double full = canvas()->viewport().resolution();
        canvas()->setFocus();
        QTest::keyClick(canvas(), Qt::Key_Home);
        settle();
        QVERIFY(canvas()->viewport().resolution() < full * 0.8);
        const QRectF view(0, 0, canvas()->width(), canvas()->height());
        for (const QPointF corner : {screenOf(113.2956, 23.1006), screenOf(113.4426, 23.2483)})
            QVERIFY2(view.contains(corner), qPrintable(QString("Tianhe corner at %1,%2").arg(corner.x()).arg(corner.y())));
    }

    void wheelZoomsAboutTheCursor() {
        canvas()->zoomToFullExtent();
        settle();
        const QPointF at(300, 200);
        const Vec2d before = canvas()->viewport().screenToMap({at.x(), at.y()});
        const double res = canvas()->viewport().resolution();
        QWheelEvent ev(at, canvas()->mapToGlobal(at), QPoint(), QPoint(0, 120), Qt::NoButton, Qt::NoModifier,
                       Qt::NoScrollPhase, false);
        QApplication::sendEvent(canvas(), &ev);
        settle();
        QVERIFY(canvas()->viewport().resolution() < res * 0.81);
        const Vec2d after = canvas()->viewport().screenToMap({at.x(), at.y()});
        QVERIFY(std::fabs(after.x - before.x) < 1e-6 * res + 1e-6);
        QVERIFY(std::fabs(after.y - before.y) < 1e-6 * res + 1e-6);
    }

    void zoomAnimatesThroughPreviewsAndEndsExact() {
        canvas()->zoomToFullExtent();
        settle();
        const double r0 = canvas()->viewport().resolution();
        canvas()->zoomBy(2.0);
        // Under way (however slowly the machine runs its frames): between the two scales, drawn from
        // the cached frame; a zoom never passes its target.
        QTRY_VERIFY_WITH_TIMEOUT(canvas()->viewport().resolution() < r0, 5000);
        const double mid = canvas()->viewport().resolution();
        QVERIFY2(mid < r0 && mid >= r0 / 2.0 * (1 - 1e-12), qPrintable(QString("%1 of %2").arg(mid).arg(r0)));
        // While the view moves, a frame the cache cannot serve exactly (here a sub-pixel pan) is a
        // preview of the cached frame, not a redraw.
        canvas()->panByPixels(0.5, 0.25);
        canvas()->grabFramebuffer();
        QVERIFY(canvas()->lastFrame().preview);
        canvas()->panByPixels(-0.5, -0.25);
        settle();
        QVERIFY(std::fabs(canvas()->viewport().resolution() - r0 / 2.0) < 1e-9 * r0);
        QVERIFY(!canvas()->lastFrame().preview);
    }

    void dragPansTheMap() {
        canvas()->zoomToFullExtent();
        settle();
        const QPointF start(400, 300), end(460, 340);
        const Vec2d grabbed = canvas()->viewport().screenToMap({start.x(), start.y()});
        QMouseEvent press(QEvent::MouseButtonPress, start, canvas()->mapToGlobal(start), Qt::LeftButton, Qt::LeftButton,
                          Qt::NoModifier);
        QApplication::sendEvent(canvas(), &press);
        QMouseEvent move(QEvent::MouseMove, end, canvas()->mapToGlobal(end), Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(canvas(), &move);
        QMouseEvent release(QEvent::MouseButtonRelease, end, canvas()->mapToGlobal(end), Qt::LeftButton, Qt::NoButton,
                            Qt::NoModifier);
        QApplication::sendEvent(canvas(), &release);
        settle();
        const Vec2d now = canvas()->viewport().mapToScreen(grabbed);
        QVERIFY(std::fabs(now.x - end.x()) < 1e-6);
        QVERIFY(std::fabs(now.y - end.y()) < 1e-6);
    }

    void keysPanAndZoom() {
        canvas()->zoomToHome();
        settle();
        canvas()->setFocus();
        const Vec2d c0 = canvas()->viewport().center();
        const double r0 = canvas()->viewport().resolution();
        QTest::keyClick(canvas(), Qt::Key_Right);
        settle();
        QVERIFY(canvas()->viewport().center().x > c0.x);
        // Pans glide; the view ends an eighth of its width further, on a whole pixel.
        const double moved = (canvas()->viewport().center().x - c0.x) / canvas()->viewport().resolution();
        QCOMPARE(moved, std::round(canvas()->width() * 0.125));
        QTest::keyClick(canvas(), Qt::Key_Up);
        settle();
        QVERIFY(canvas()->viewport().center().y > c0.y);
        QTest::keyClick(canvas(), Qt::Key_Plus);
        settle();
        QVERIFY(canvas()->viewport().resolution() < r0);
        QTest::keyClick(canvas(), Qt::Key_Minus);
        QTest::keyClick(canvas(), Qt::Key_Minus);
        settle();
        QVERIFY(canvas()->viewport().resolution() > r0);
        QTest::keyClick(canvas(), Qt::Key_Home);
        settle();
        QCOMPARE(canvas()->viewport().resolution(), r0);
    }

    void statusBarShowsWgs84ProjectedAndScale() {
        canvas()->zoomToFullExtent();
        settle();
        const QPointF p = screenOf(113.32296, 23.13716);
        QTest::mouseMove(canvas(), p.toPoint());
        settle();
        const QString text = w->readout()->cursorText();
        QVERIFY2(text.contains("113.32") && text.contains("°E") && text.contains("23.13") && text.contains("°N"),
                 qPrintable(text));
        QVERIFY2(text.contains("126"), qPrintable(text));  // the Web Mercator easting, about 12,614,000
        QVERIFY2(w->readout()->scaleText().startsWith("Scale 1:"), qPrintable(w->readout()->scaleText()));
    }

    void badFileShowsMessageAndKeepsOtherLayers() {
        test::TempDir dir;
        const std::string bad = dir.file("broken.geojson");
        test::writeText(bad, "{\"type\": \"FeatureCollection\", \"features\": [");
        const std::size_t before = w->document().layers().size();
        w->openFiles({bad, dir.file("absent.shp")});
        settle();
        QCOMPARE(w->document().layers().size(), before);
        QVERIFY(w->messageBar()->isVisible());
        QVERIFY(w->messageBar()->text().contains("broken.geojson"));
        QVERIFY(w->messageBar()->text().contains("absent.shp"));
        QVERIFY(w->messageBar()->text().contains("not found"));
    }

    void displayCrsSwitchesAtRunTime() {
        canvas()->zoomToFullExtent();
        settle();
        const Diagnostics d = w->setDisplayCrs("EPSG:4547");
        QVERIFY(!hasErrors(d));
        settle();
        QCOMPARE(w->document().displayCrs(), std::string("EPSG:4547"));
        // Still the same place: Tianhe's interior keeps its fill, and coordinates are Gauss-Kruger metres.
        QCOMPARE(colourAt(screenOf(113.355, 23.205)).name(), QString("#f8f7f4"));
        const Vec2d c = canvas()->viewport().center();
        QVERIFY(c.x > 400000 && c.x < 500000 && c.y > 2500000 && c.y < 2600000);

        const Diagnostics bad = w->setDisplayCrs("EPSG:999999");
        QVERIFY(hasErrors(bad));
        QCOMPARE(w->document().displayCrs(), std::string("EPSG:4547"));
        QVERIFY(!hasErrors(w->setDisplayCrs("EPSG:3857")));
    }
};

int main(int argc, char** argv) {
    pa::setViewerDefaultFormat();
    QApplication app(argc, argv);
    QTemporaryDir settings;  // never the user's settings
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settings.path());
    QApplication::setOrganizationName("PlanAtlasTests");
    UiTest t;
    return QTest::qExec(&t, argc, argv);
}

#include "test_ui.moc"
