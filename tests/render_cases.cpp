// The render tests: every case in tests/render/<case>/ (a case.json and its data) is drawn through
// both backends and compared with its expected pictures, in the manner of MapLibre Native's render
// tests and QGIS's render checker. A pixel differs when one of its channels is more than the case's
// threshold away; a case passes while no more than its allowed count of pixels differ, so llvmpipe
// and a real GPU can both pass. On failure actual*.png and diff*.png are written beside the case.
// A separate bound holds the OpenGL and the QPainter picture of each case to each other.
//
//   render_cases [--update] [--only NAME] DIR   (--update rewrites the expected pictures on purpose)
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>

#include <cmath>
#include <cstdio>
#include <memory>
#include <string>

#include "io/crs.h"
#include "document/document_open.h"
#include "document/map_settings.h"
#include "plan/plan_file.h"
#include "analysis/zone_tour.h"
#include "document/tour_file.h"
#include "render/gl_platform.h"
#include "render/image_output.h"
#include "render/offscreen_renderer.h"
#include "render/scene.h"
#include "render/scene_painter.h"
#include "ui/figure.h"
#include "ui/ui_language.h"

using namespace pa;

namespace {

struct Tolerance {
    int threshold = 16;   // per channel, 0-255
    double pixels = 0;    // allowed differing pixels: a count, or a fraction of the picture when < 1
    static Tolerance from(const QJsonObject& o, Tolerance d) {
        if (o.contains("threshold")) d.threshold = o.value("threshold").toInt();
        if (o.contains("pixels")) d.pixels = o.value("pixels").toDouble();
        return d;
    }
    long long allowed(long long total) const { return pixels < 1 ? (long long)(pixels * double(total)) : (long long)pixels; }
};

struct Comparison {
    long long differing = 0, total = 0;
    int worst = 0;
    QImage diff;
    bool sizeMismatch = false;
};

// Differing pixels in red over a faded copy of the expected picture.
Comparison compare(const QImage& actual, const QImage& expected, int threshold) {
    Comparison c;
    const QImage a = actual.convertToFormat(QImage::Format_ARGB32), e = expected.convertToFormat(QImage::Format_ARGB32);
    if (a.size() != e.size()) {
        c.sizeMismatch = true;
        return c;
    }
    c.diff = QImage(a.size(), QImage::Format_ARGB32);
    c.total = (long long)a.width() * a.height();
    for (int y = 0; y < a.height(); ++y) {
        const QRgb* pa = reinterpret_cast<const QRgb*>(a.constScanLine(y));
        const QRgb* pe = reinterpret_cast<const QRgb*>(e.constScanLine(y));
        QRgb* pd = reinterpret_cast<QRgb*>(c.diff.scanLine(y));
        for (int x = 0; x < a.width(); ++x) {
            const int d = std::max({std::abs(qRed(pa[x]) - qRed(pe[x])), std::abs(qGreen(pa[x]) - qGreen(pe[x])),
                                    std::abs(qBlue(pa[x]) - qBlue(pe[x])), std::abs(qAlpha(pa[x]) - qAlpha(pe[x]))});
            c.worst = std::max(c.worst, d);
            if (d > threshold) {
                ++c.differing;
                pd[x] = qRgb(255, 0, 0);
            } else {
                const int g = 200 + qGray(pe[x]) / 5;
                pd[x] = qRgb(g, g, g);
            }
        }
    }
    return c;
}

bool save(const QImage& img, const QString& path) {
    const Problem p = savePngAtomically(img, path.toStdString(), OutputRules{});
    if (p) std::fprintf(stderr, "render_cases: %s\n", p->toLine().c_str());
    return !p;
}

struct Case {
    QString name, dir;
    QJsonObject spec;
};

class Runner {
public:
    bool update = false;
    std::unique_ptr<OffscreenRenderer> gl;

    // The case's document and settings, as a user's session would build them.
    bool build(const Case& c, MapDocument& doc, MapSettings& settings, std::string& why) {
        const QJsonObject& s = c.spec;
        DocumentRequest r;
        r.crs = s.value("crs").toString("EPSG:3857").toStdString();
        if (s.contains("style")) r.style = QDir(c.dir).filePath(s.value("style").toString()).toStdString();
        if (s.value("data").toString() != "bundled")
            for (const QJsonValue& f : s.value("data").toArray()) r.files.push_back(QDir(c.dir).filePath(f.toString()).toStdString());
        const Diagnostics d = openDocument(doc, r);
        for (const Diagnostic& m : d) why += m.toLine() + "; ";
        if (hasErrors(d) || doc.layers().empty()) return false;
        why.clear();
        auto idOf = [&](const QString& name) -> LayerId {
            for (const Layer& l : doc.layers())
                if (QString::fromStdString(l.name) == name) return l.id;
            why = "no layer " + name.toStdString();
            return 0;
        };
        for (const QJsonValue& h : s.value("hidden").toArray())
            if (LayerId id = idOf(h.toString())) doc.setVisible(id, false);
        const QJsonObject op = s.value("opacity").toObject();
        for (auto it = op.begin(); it != op.end(); ++it)
            if (LayerId id = idOf(it.key())) doc.setOpacity(id, float(it.value().toDouble()));
        const QJsonObject looks = s.value("look").toObject();
        for (auto it = looks.begin(); it != looks.end(); ++it)
            if (LayerId id = idOf(it.key()))
                doc.setRasterLook(id, RasterLook{float(it.value().toArray().at(0).toDouble()), float(it.value().toArray().at(1).toDouble())});
        if (s.contains("order")) {
            std::vector<LayerId> order;
            for (const QJsonValue& n : s.value("order").toArray()) order.push_back(idOf(n.toString()));
            doc.setDrawOrder(order);
        }
        if (!why.empty()) return false;

        const QJsonArray size = s.value("size").toArray();
        Viewport vp;
        vp.setSize(size.size() == 2 ? size[0].toInt() : 320, size.size() == 2 ? size[1].toInt() : 240);
        vp.setDevicePixelRatio(s.value("dpr").toDouble(1.0));
        vp.fitBounds(doc.homeExtent());
        settings = mapSettings(doc, vp, s.value("language").toString("zh").toStdString());
        settings.labels = s.value("labels").toBool(false);
        if (s.contains("bbox")) {
            const QJsonArray b = s.value("bbox").toArray();
            settings.extent = lonLatBoxToDisplay({b[0].toDouble(), b[1].toDouble(), b[2].toDouble(), b[3].toDouble()}, doc.displayCrs());
            if (settings.extent.isEmpty()) return (why = "the bbox is outside the CRS"), false;
        }
        auto toDisplay = [&](const QJsonValue& v) {
            const QJsonArray p = v.toArray();
            auto t = CrsTransform::create("OGC:CRS84", doc.displayCrs());
            return t ? t->forward(Vec2d{p[0].toDouble(), p[1].toDouble()}) : Vec2d{};
        };
        for (const QJsonValue& id : s.value("selection").toArray())
            if (FeatureRef f = doc.featureById(id.toString().toStdString()); f.valid()) settings.overlays.selection.push_back(f);
            else return (why = "no feature " + id.toString().toStdString()), false;
        if (s.contains("pin")) settings.overlays.pin = toDisplay(s.value("pin"));
        for (const QJsonValue& p : s.value("measure").toArray()) settings.overlays.measure.push_back(toDisplay(p));
        settings.overlays.measureArea = s.value("measure_area").toBool(false);
        if (s.contains("slide")) {
            const auto plan = readPlanFile(bundledPlanPath());
            if (!plan) return (why = plan.why()), false;
            const Tour t = defaultZoneTour(*plan, doc);
            const int n = s.value("slide").toInt();
            if (n < 1 || std::size_t(n) > t.slides.size()) return (why = "no such slide"), false;
            settings = slideSettings(doc, settings, t.slides[std::size_t(n - 1)]);
        }
        return true;
    }

    QImage drawGl(const Scene& scene) {
        gl->setScene(scene);
        gl->draw(scene.settings.view());
        QImage img = gl->readImage();
        img.setDevicePixelRatio(1.0);
        return img.convertToFormat(QImage::Format_ARGB32);
    }

    QImage drawPage(const MapDocument& doc, const MapSettings& settings, const QJsonObject& page) {
        overrideUiLanguage(QString::fromStdString(settings.language));
        installUiTranslator(*QCoreApplication::instance());
        ExportOptions o = figureOptions(doc, settings, page.value("title").toString());
        o.date = page.value("date").toString("2026-01-01");  // fixed: the picture must not change daily
        o.dpi = page.value("dpi").toDouble(72);
        const QJsonArray mm = page.value("mm").toArray();
        if (mm.size() == 2) o.pageMm = QSizeF(mm[0].toDouble(), mm[1].toDouble());
        const Scene scene = prepareScene(doc.snapshot(), settings, nullptr, nullptr, false);
        QImage img(int(std::lround(o.pageMm.width() / 25.4 * o.dpi)), int(std::lround(o.pageMm.height() / 25.4 * o.dpi)),
                   QImage::Format_ARGB32_Premultiplied);
        img.fill(Qt::white);
        QPainter p(&img);
        paintMapPage(p, o.dpi, scene, o);
        p.end();
        return img.convertToFormat(QImage::Format_ARGB32);
    }

    // One picture against its expectation: true when it passes (or was rewritten in --update).
    bool check(const Case& c, const QString& which, const QImage& actual, const Tolerance& t) {
        const QString expectedPath = QDir(c.dir).filePath(which.isEmpty() ? "expected.png" : "expected-" + which + ".png");
        const QString suffix = which.isEmpty() ? "" : "-" + which;
        if (update) return save(actual, expectedPath);
        const QImage expected(expectedPath);
        if (expected.isNull()) {
            std::printf("FAIL %s%s: no %s (run with --update to create it)\n", qPrintable(c.name), qPrintable(suffix),
                        qPrintable(expectedPath));
            save(actual, QDir(c.dir).filePath("actual" + suffix + ".png"));
            return false;
        }
        const Comparison r = compare(actual, expected, t.threshold);
        const long long allowed = t.allowed(r.total);
        if (!r.sizeMismatch && r.differing <= allowed) {
            QFile::remove(QDir(c.dir).filePath("actual" + suffix + ".png"));
            QFile::remove(QDir(c.dir).filePath("diff" + suffix + ".png"));
            std::printf("ok   %s%s: %lld of %lld pixels differ (allowed %lld, worst channel %d)\n", qPrintable(c.name),
                        qPrintable(suffix), r.differing, r.total, allowed, r.worst);
            return true;
        }
        save(actual, QDir(c.dir).filePath("actual" + suffix + ".png"));
        if (!r.sizeMismatch) save(r.diff, QDir(c.dir).filePath("diff" + suffix + ".png"));
        if (r.sizeMismatch)
            std::printf("FAIL %s%s: %dx%d, expected %dx%d\n", qPrintable(c.name), qPrintable(suffix), actual.width(),
                        actual.height(), expected.width(), expected.height());
        else
            std::printf("FAIL %s%s: %lld of %lld pixels differ by more than %d (allowed %lld); see %s\n", qPrintable(c.name),
                        qPrintable(suffix), r.differing, r.total, t.threshold, allowed,
                        qPrintable(QDir(c.dir).filePath("diff" + suffix + ".png")));
        return false;
    }

    bool run(const Case& c) {
        MapDocument doc;
        MapSettings settings;
        std::string why;
        if (!build(c, doc, settings, why)) {
            std::printf("FAIL %s: %s\n", qPrintable(c.name), why.c_str());
            return false;
        }
        const Tolerance tolerance = Tolerance::from(c.spec.value("tolerance").toObject(), Tolerance{16, 24});
        if (c.spec.contains("page")) return check(c, "", drawPage(doc, settings, c.spec.value("page").toObject()), tolerance);
        const Scene scene = prepareScene(doc.snapshot(), settings);
        const QImage glImage = drawGl(scene);
        const QImage painterImage = paintSceneImage(scene).convertToFormat(QImage::Format_ARGB32);
        bool ok = check(c, "", glImage, tolerance);
        ok = check(c, "painter", painterImage, tolerance) && ok;
        if (update) return ok;
        // The two backends agree within the case's bound (antialiasing and glyph rasterising differ).
        const Tolerance agree = Tolerance::from(c.spec.value("agree").toObject(), Tolerance{64, 0.01});
        const Comparison both = compare(glImage, painterImage, agree.threshold);
        const long long allowed = agree.allowed(both.total);
        if (both.sizeMismatch || both.differing > allowed) {
            if (!both.sizeMismatch) save(both.diff, QDir(c.dir).filePath("diff-backends.png"));
            std::printf("FAIL %s: OpenGL and QPainter differ in %lld of %lld pixels by more than %d (allowed %lld); see %s\n",
                        qPrintable(c.name), both.differing, both.total, agree.threshold, allowed,
                        qPrintable(QDir(c.dir).filePath("diff-backends.png")));
            return false;
        }
        QFile::remove(QDir(c.dir).filePath("diff-backends.png"));
        std::printf("ok   %s: OpenGL and QPainter differ in %lld pixels (allowed %lld)\n", qPrintable(c.name), both.differing,
                    allowed);
        return ok;
    }
};

}  // namespace

int main(int argc, char** argv) {
    useSurfacelessEglIfNoDisplay();
    QGuiApplication app(argc, argv);
    Runner runner;
    QString root, only;
    for (int i = 1; i < argc; ++i) {
        const QString a = argv[i];
        if (a == "--update") runner.update = true;
        else if (a == "--only" && i + 1 < argc) only = argv[++i];
        else root = a;
    }
    if (root.isEmpty()) {
        std::fprintf(stderr, "usage: render_cases [--update] [--only NAME] DIR\n");
        return 2;
    }
    runner.gl = std::make_unique<OffscreenRenderer>();
    if (const Problem p = runner.gl->initialize()) {
        std::fprintf(stderr, "render_cases: OpenGL: %s\n", p->text.c_str());
        return 1;
    }
    std::printf("OpenGL: %s\n", qPrintable(runner.gl->glDescription()));
    int cases = 0, failed = 0;
    const QDir dir(root);
    for (const QString& name : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        QFile f(dir.filePath(name + "/case.json"));
        if (!f.open(QIODevice::ReadOnly)) continue;
        if (!only.isEmpty() && name != only) continue;
        QJsonParseError err{};
        const QJsonDocument d = QJsonDocument::fromJson(f.readAll(), &err);
        ++cases;
        if (!d.isObject()) {
            std::printf("FAIL %s: case.json: %s\n", qPrintable(name), qPrintable(err.errorString()));
            ++failed;
            continue;
        }
        failed += !runner.run({name, dir.filePath(name), d.object()});
    }
    std::printf("render cases: %d, failed %d%s\n", cases, failed, runner.update ? " (expected pictures rewritten)" : "");
    if (cases == 0) {
        std::fprintf(stderr, "render_cases: no case in %s\n", qPrintable(root));
        return 1;
    }
    return failed ? 1 : 0;
}
