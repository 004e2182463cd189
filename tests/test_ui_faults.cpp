// The window when the world goes wrong under it: a file deleted or truncated after it was opened, a
// PostGIS server that goes away mid-session, a full disk when saving (a small tmpfs), a read-only
// project. Each gives a message, loses nothing already saved, and the session goes on.
#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

#include <sys/mount.h>
#include <sys/stat.h>
#include <unistd.h>

#include "core/vector_source.h"
#include "io/crs.h"
#include "io/geodata_paths.h"
#include "ui/identify_panel.h"
#include "render/gl_platform.h"
#include "ui/main_window.h"
#include "ui/selection.h"
#include "ui/tours.h"
#include "ui/map_canvas.h"
#include "ui/message_bar.h"

using namespace pa;

namespace {
// What went wrong, or nothing when it worked.
std::string said(const Problem& p) { return p ? p->text : std::string(); }
}  // namespace

namespace {

QByteArray bytesOf(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool anyTemporary(const QString& dir) {
    for (const QString& n : QDir(dir).entryList(QDir::Files | QDir::Hidden))
        if (n.contains(".planatlas-")) return true;
    return false;
}

bool mentions(const Diagnostics& d, const std::string& words) {
    for (const Diagnostic& m : d)
        if (m.text.find(words) != std::string::npos) return true;
    return false;
}

}  // namespace

class UiFaultsTest : public QObject {
    Q_OBJECT
private:
    MainWindow* w = nullptr;
    QTemporaryDir dir;

    void settle() {
        QTRY_VERIFY_WITH_TIMEOUT(w->canvas()->isSettled(), 30000);
        QTest::qWait(20);
    }
    // The session goes on: the map still draws, pans and exports what it holds.
    void sessionGoesOn(const char* step) {
        w->canvas()->zoomBy(1.5);
        settle();
        w->canvas()->zoomToHome();
        settle();
        QVERIFY2(w->canvas()->glError().isEmpty(), step);
        std::string why;
        const QString png = dir.filePath(QString("after-%1.png").arg(step));
        why = said(w->exportView(png.toStdString(), 40));
        QVERIFY2(why.empty(), why.c_str());
        QVERIFY(QFile::exists(png));
    }

private slots:
    void initTestCase() {
        QVERIFY(dir.isValid());
        w = new MainWindow;
        QVERIFY(w->openBundled().empty());
        w->resize(1000, 700);
        w->show();
        QVERIFY(QTest::qWaitForWindowExposed(w));
        settle();
    }
    void cleanupTestCase() { delete w; }

    void aFileDeletedOrTruncatedAfterItWasOpened() {
        const QString user = dir.filePath("sites.geojson");
        QVERIFY(QFile::copy(QString::fromStdString(bundledGeodataDir() + "/project_sites.geojson"), user));
        const std::size_t before = w->document().layers().size();
        QVERIFY(!hasErrors(w->openFiles({user.toStdString()})));
        QCOMPARE(w->document().layers().size(), before + 1);
        const std::size_t features = w->document().layers().back().features.size();
        // Deleted: what was read stays on the map, selectable and exportable.
        QVERIFY(QFile::remove(user));
        w->selection()->select(FeatureRef{w->document().layers().back().id, 0}, true);
        settle();
        sessionGoesOn("deleted");
        QCOMPARE(w->document().layers().at(before).features.size(), features);
        // Opened again: the message says what happened; nothing already there is lost.
        const Diagnostics again = w->openFiles({user.toStdString()});
        QVERIFY(mentions(again, "file not found"));
        QVERIFY(w->messageBar()->text().contains("file not found"));
        QCOMPARE(w->document().layers().size(), before + 1);
        // Truncated after opening: the same.
        const QString cut = dir.filePath("cut.geojson");
        QVERIFY(QFile::copy(QString::fromStdString(bundledGeodataDir() + "/project_sites.geojson"), cut));
        QVERIFY(!hasErrors(w->openFiles({cut.toStdString()})));
        QVERIFY(::truncate(cut.toLocal8Bit().constData(), 5000) == 0);
        const Diagnostics truncated = w->openFiles({cut.toStdString()});
        QVERIFY(mentions(truncated, "truncated: the JSON ends at byte 5000"));
        QCOMPARE(w->document().layers().size(), before + 2);
        sessionGoesOn("truncated");
        // Checked as a layer of projects after it was deleted: a message, no crash.
        QFile::remove(cut);
        QVERIFY(mentions(w->openProjects(cut.toStdString()), "file not found"));
    }

    void aPostgisServerThatGoesAway() {
        const QString serverDir = dir.filePath("pg");
        const QString script = QString::fromStdString(std::string(PLANATLAS_SOURCE_DIR_FOR_TESTS) + "/tests/postgis_server.sh");
        QProcess start;
        start.start("bash", {script, "start", serverDir, "54331", PLANATLAS_SOURCE_DIR_FOR_TESTS, "parcels"});
        QVERIFY(start.waitForFinished(120000));
        QVERIFY2(start.exitCode() == 0, start.readAllStandardError().constData());
        const std::string server = bytesOf(serverDir + "/connection").trimmed().toStdString();
        const std::string conn = server + " tables=zones";
        const std::size_t before = w->document().layers().size();
        QVERIFY(!hasErrors(w->openFiles({conn})));
        QCOMPARE(w->document().layers().size(), before + 1);
        // And a million parcels read by view, drawn at a street before the server goes.
        QVERIFY(!hasErrors(w->openFiles({server + " tables=parcels"})));
        QCOMPARE(w->document().layers().size(), before + 2);
        QVERIFY(w->document().layers().back().viewSource);
        const Bounds street = lonLatBoxToDisplay({113.350, 23.150, 113.356, 23.154}, w->document().displayCrs());
        w->canvas()->setView(street.center(), street.width() / w->canvas()->width());
        settle();
        QVERIFY(QProcess::execute("bash", {script, "stop", serverDir}) == 0);
        // The layers already read stay; the view's tiles that cannot be read are said, once; a click
        // on the parcels says the server is gone; the session goes on.
        w->canvas()->setView(lonLatBoxToDisplay({113.45, 23.20, 113.456, 23.204}, w->document().displayCrs()).center(),
                             street.width() / w->canvas()->width());
        settle();
        // Which of the two a tile meets first depends on timing: a pooled connection's query failing, or
        // a new connection refused.
        // The failure reaches the bar with the scene after the failed reads, which a slow build (ASan)
        // may deliver after the map has rested on what it had.
        auto told = [&] {
            const QString bar = w->messageBar()->text();
            return bar.contains("tables=parcels") && (bar.contains("the query failed") || bar.contains("cannot connect to PostGIS"));
        };
        QTRY_VERIFY2_WITH_TIMEOUT(told(), qPrintable(w->messageBar()->text()), 20000);
        QTest::mouseClick(w->canvas(), Qt::LeftButton, Qt::NoModifier, w->canvas()->rect().center());
        QTRY_VERIFY2_WITH_TIMEOUT(w->statusBar()->currentMessage().contains("PG:"), qPrintable(w->statusBar()->currentMessage()), 15000);
        QVERIFY(!w->statusBar()->currentMessage().contains("password="));
        sessionGoesOn("postgis-gone");
        QCOMPARE(w->document().layers().size(), before + 2);
        QElapsedTimer t;
        t.start();
        const Diagnostics gone = w->openFiles({conn});
        QVERIFY(t.elapsed() < 15000);
        QVERIFY(hasErrors(gone));
        QVERIFY2(w->messageBar()->text().contains("cannot connect to PostGIS"), qPrintable(w->messageBar()->text()));
        QCOMPARE(w->document().layers().size(), before + 2);
    }

    void aFullDiskWhenSaving() {
        if (::geteuid() != 0) QSKIP("a tmpfs is mounted for a small disk: that needs root");
        const QString full = dir.filePath("small-disk");
        QVERIFY(QDir().mkpath(full));
        if (::mount("tmpfs", full.toLocal8Bit().constData(), "tmpfs", 0, "size=64k") != 0)
            QSKIP("this machine does not allow mounting a tmpfs");
        struct Unmount {
            QString at;
            ~Unmount() { ::umount(at.toLocal8Bit().constData()); }
        } unmount{full};
        std::string why;
        const QString project = full + "/tour.json";
        why = said(w->tours()->save(project.toStdString()));
        QVERIFY2(why.empty(), why.c_str());
        const QByteArray saved = bytesOf(project);
        // A figure far larger than the disk: refused with the reason, the disk left as it was.
        why = said(w->exportView((full + "/map.png").toStdString(), 300));
        QVERIFY(!why.empty());
        QVERIFY2(why.find("the disk is full") != std::string::npos, why.c_str());
        QVERIFY(!QFile::exists(full + "/map.png"));
        QVERIFY(!anyTemporary(full));
        // The disk filled by something else, then the project saved again: the old one is kept whole.
        {
            QFile filler(full + "/filler");
            QVERIFY(filler.open(QIODevice::WriteOnly));
            const QByteArray block(4096, 'x');
            while (filler.write(block) == block.size()) {
            }
        }
        w->tours()->addView("another view");
        why = said(w->tours()->save(project.toStdString()));
        QVERIFY(!why.empty());
        QVERIFY2(why.find("the disk is full") != std::string::npos, why.c_str());
        QCOMPARE(bytesOf(project), saved);
        QVERIFY(!anyTemporary(full));
        QFile::remove(full + "/filler");
        why = said(w->tours()->save(project.toStdString()));
        QVERIFY2(why.empty(), why.c_str());
        QVERIFY(bytesOf(project) != saved);
        sessionGoesOn("full-disk");
    }

    void aReadOnlyProject() {
        std::string why;
        const QString project = dir.filePath("read-only.json");
        why = said(w->tours()->save(project.toStdString()));
        QVERIFY2(why.empty(), why.c_str());
        QVERIFY(::chmod(project.toLocal8Bit().constData(), 0444) == 0);
        const QByteArray saved = bytesOf(project);
        why = said(w->tours()->open(project.toStdString()));
        QVERIFY2(why.empty(), why.c_str());  // opening is fine
        w->tours()->addView("changed");
        why = said(w->tours()->save(project.toStdString()));
        QVERIFY(!why.empty());
        QVERIFY2(why.find("is read-only") != std::string::npos, why.c_str());
        QCOMPARE(bytesOf(project), saved);
        why = said(w->tours()->save(dir.filePath("copy.json").toStdString()));
        QVERIFY2(why.empty(), why.c_str());
        // A read-only file system as well, when a tmpfs can be mounted read-only.
        if (::geteuid() == 0) {
            const QString ro = dir.filePath("ro-disk");
            QVERIFY(QDir().mkpath(ro));
            if (::mount("tmpfs", ro.toLocal8Bit().constData(), "tmpfs", MS_RDONLY, "size=64k") == 0) {
                why = said(w->tours()->save((ro + "/p.json").toStdString()));
        QVERIFY(!why.empty());
                QVERIFY2(why.find("Read-only file system") != std::string::npos, why.c_str());
                ::umount(ro.toLocal8Bit().constData());
            }
        }
        sessionGoesOn("read-only");
    }

    void noOutputReplacesAFileTheWindowHasOpen() {
        const QString user = dir.filePath("open.geojson");
        QVERIFY(QFile::copy(QString::fromStdString(bundledGeodataDir() + "/structure_axes.geojson"), user));
        QVERIFY(!hasErrors(w->openFiles({user.toStdString()})));
        const QByteArray before = bytesOf(user);
        // Even named as a PNG through a hard link, an export may not replace it.
        const QString link = dir.filePath("open.png");
        QVERIFY(::link(user.toLocal8Bit().constData(), link.toLocal8Bit().constData()) == 0);
        std::string why;
        why = said(w->exportView(link.toStdString(), 40));
        QVERIFY(!why.empty());
        QVERIFY2(why.find("which PlanAtlas has open") != std::string::npos, why.c_str());
        why = said(w->tours()->save(user.toStdString()));
        QVERIFY(!why.empty());
        QCOMPARE(bytesOf(user), before);
    }
};

int main(int argc, char** argv) {
    pa::setViewerDefaultFormat();
    QApplication app(argc, argv);
    QApplication::setOrganizationName("PlanAtlasTest");
    QApplication::setApplicationName("PlanAtlasUiFaultsTest");
    UiFaultsTest t;
    return QTest::qExec(&t, argc, argv);
}

#include "test_ui_faults.moc"
