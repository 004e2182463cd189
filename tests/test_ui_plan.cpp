// Map ↔ plan text ↔ targets, driven through the real window under Xvfb: clicking a feature fills the
// identify panel, choosing a target or clause in the plan browser selects its features, the locator
// finds by Chinese, English and pinyin initials, the layer tree hides, fades and reorders layers with
// a legend drawn from the map's style, and the view is remembered between runs.
#include <QApplication>
#include <QDir>
#include <QComboBox>
#include <QHelpEvent>
#include <QInputMethodEvent>
#include <QProgressDialog>
#include <QRegularExpression>
#include <QElapsedTimer>
#include <QTimer>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMenu>
#include <QSettings>
#include <QSignalSpy>
#include <QSlider>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QToolTip>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>

#include <set>

#include "core/label_placer.h"
#include "core/picking.h"
#include "io/crs.h"
#include "io/geodata_paths.h"
#include "render/gl_platform.h"
#include "ui/identify_panel.h"
#include "ui/layer_tree.h"
#include "ui/main_window.h"
#include "ui/selection.h"
#include "ui/status_readout.h"
#include "ui/tours.h"
#include "ui/map_canvas.h"
#include "ui/check_panel.h"
#include "ui/plan_browser.h"
#include "ui/presentation.h"
#include "ui/tour_panel.h"
#include "ui/search_box.h"

using namespace pa;

namespace {
// What went wrong, or nothing when it worked.
std::string said(const Problem& p) { return p ? p->text : std::string(); }
}  // namespace

class UiPlanTest : public QObject {
    Q_OBJECT
private:
    MainWindow* w = nullptr;
    MapCanvas* canvas() { return w->canvas(); }

    void settle() {
        QTRY_VERIFY_WITH_TIMEOUT(canvas()->isSettled(), 5000);
        QTest::qWait(20);
    }
    QPointF screenOf(double lon, double lat) {
        auto t = CrsTransform::create("OGC:CRS84", w->document().displayCrs());
        const Vec2d s = canvas()->viewport().mapToScreen(t->forward(Vec2d{lon, lat}));
        return {s.x, s.y};
    }
    FeatureRef named(const char* zh) {
        const FeatureRef f = w->selection()->findFeature(zh);
        if (!f.valid()) qFatal("no feature %s", zh);
        return f;
    }
    std::string nameOf(FeatureRef f) { return w->document().feature(f).value("name_zh"); }
    // A canvas position where a click picks `f` first: the test clicks where a user would see it.
    QPoint whereClickPicks(FeatureRef f) {
        const Bounds b = featureBounds(*w->document().layer(f.layer), f.feature);
        const Vec2d a = canvas()->viewport().mapToScreen({b.minX, b.maxY});
        const Vec2d c = canvas()->viewport().mapToScreen({b.maxX, b.minY});
        for (int iy = 1; iy < 24; ++iy)
            for (int ix = 1; ix < 24; ++ix) {
                const QPoint p(int(a.x + (c.x - a.x) * ix / 24), int(a.y + (c.y - a.y) * iy / 24));
                if (!canvas()->rect().contains(p)) continue;
                const auto hits = canvas()->pickAt(p);
                if (!hits.empty() && hits.front() == f) return p;
            }
        return {-1, -1};
    }
    void showAround(FeatureRef f) {
        w->selection()->select(f, true);
        settle();
    }

private slots:
    void initTestCase() {
        w = new MainWindow;
        const Diagnostics d = w->openBundled();
        QVERIFY2(d.empty(), d.empty() ? "" : d.front().toLine().c_str());
        w->resize(1500, 950);
        w->show();
        QVERIFY(QTest::qWaitForWindowExposed(w));
        settle();
        QVERIFY(w->plan());
    }
    void cleanupTestCase() { delete w; }

    void clickingAZoneFillsThePanelWithItsClausesAndTargets() {
        const FeatureRef zone = named("天河高新区");
        showAround(zone);
        w->selection()->select({});
        const QPoint at = whereClickPicks(zone);
        QVERIFY2(at.x() >= 0, "no visible spot of 天河高新区 picks it first");
        QTest::mouseClick(canvas(), Qt::LeftButton, Qt::NoModifier, at);
        QCOMPARE(canvas()->selection().size(), std::size_t(1));
        QCOMPARE(nameOf(canvas()->selection().front()), std::string("天河高新区"));
        IdentifyPanel* p = w->identifyPanel();
        const auto& clauses = p->clauseIds();
        QVERIFY(std::find(clauses.begin(), clauses.end(), "ch3.s2.p3") != clauses.end());
        QVERIFY(std::find(clauses.begin(), clauses.end(), "box3.i3") != clauses.end());
        const auto& targets = p->targetIds();
        QVERIFY(std::find(targets.begin(), targets.end(), "t.box3.i3.2") != targets.end());
        const QString text = p->browser()->toPlainText();
        QVERIFY(text.contains(QStringLiteral("第三章 › 第二节 › 专栏3")));
        QVERIFY(text.contains(QStringLiteral("高新技术企业超300家")));  // the clause in full
        QVERIFY(p->html().contains("background-color:#ffe066"));      // the name marked in it
        // What lies inside: related features are links that select them.
        QVERIFY(!p->related().empty());
        const FeatureRef rel = p->related().front();
        emit p->featureActivated(rel);
        QCOMPARE(canvas()->selection().front(), rel);
    }

    void theHighlightIsDrawnOnTheMap() {
        const FeatureRef park = named("天河公园");
        w->selection()->select({});
        showAround(park);
        w->selection()->select({});
        settle();
        const QImage before = canvas()->grabFramebuffer();
        w->selection()->select(park);
        settle();
        const QImage after = canvas()->grabFramebuffer();
        int changed = 0;
        for (int y = 0; y < before.height(); y += 3)
            for (int x = 0; x < before.width(); x += 3) changed += before.pixel(x, y) != after.pixel(x, y);
        QVERIFY2(changed > 200, qPrintable(QString("only %1 pixels changed").arg(changed)));
    }

    void overlappingFeaturesOfferAChoice() {
        const FeatureRef sub = named("金融城起步区");
        showAround(sub);
        const QPoint at = whereClickPicks(sub);
        QVERIFY(at.x() >= 0);
        QVERIFY(canvas()->pickAt(at).size() >= 2);  // the start-up area lies in 金融城 and the river belt
        QTest::mouseClick(canvas(), Qt::LeftButton, Qt::NoModifier, at);
        QMenu* menu = w->selection()->overlapMenu();
        QVERIFY(menu);
        QTRY_VERIFY(menu->isVisible());
        QVERIFY(menu->actions().size() >= 2);
        QVERIFY(menu->actions().front()->isChecked());
        menu->actions().at(1)->trigger();
        QVERIFY(canvas()->selection().front() != sub);
        menu->hide();
    }

    void choosingATargetSelectsItsFeatures() {
        QTableWidget* t = w->planBrowser()->targets();
        int row = -1;
        for (int r = 0; r < t->rowCount(); ++r)
            if (t->item(r, 0)->data(Qt::UserRole).toString() == "t.box4.i2.7") row = r;
        QVERIFY(row >= 0);
        t->setCurrentCell(row, 1);
        QCOMPARE(canvas()->selection().size(), std::size_t(1));
        QCOMPARE(nameOf(canvas()->selection().front()), std::string("天河路商圈"));
        // And a clause of the outline: 专栏22's five corridors.
        QTreeWidget* tree = w->planBrowser()->outline();
        for (QTreeWidgetItemIterator it(tree); *it; ++it)
            if ((*it)->data(0, Qt::UserRole).toString() == "box22.i3") tree->setCurrentItem(*it);
        std::set<std::string> names;
        for (const FeatureRef& f : canvas()->selection()) names.insert(nameOf(f));
        for (const char* creek : {"猎德涌", "车陂涌", "沙河涌", "深涌", "棠下涌"}) QVERIFY2(names.count(creek), creek);
        settle();
        // Zoomed to them: every creek is in view.
        const QRectF view = canvas()->rect();
        QVERIFY(view.contains(screenOf(113.3270, 23.1168)));  // 猎德村
        QVERIFY(view.contains(screenOf(113.3905, 23.1240)));  // 车陂村
    }

    void targetFiltersNarrowTheList() {
        PlanBrowser* b = w->planBrowser();
        QTableWidget* t = b->targets();
        auto shown = [&] {
            int n = 0;
            for (int r = 0; r < t->rowCount(); ++r) n += !t->isRowHidden(r);
            return n;
        };
        const int all = shown();
        QCOMPARE(all, int(w->plan()->targets.size()));
        b->kindFilter()->setCurrentIndex(2);  // 约束性
        const int binding = shown();
        QVERIFY(binding > 0 && binding < all);
        b->kindFilter()->setCurrentIndex(0);
        b->linkedFilter()->setCurrentIndex(1);  // with map features
        const int linked = shown();
        QVERIFY(linked > 0 && linked < all);
        b->linkedFilter()->setCurrentIndex(0);
        b->chapterFilter()->setCurrentIndex(3);  // 第三章: the zones' targets
        QCOMPARE(shown(), 11);
        b->chapterFilter()->setCurrentIndex(0);
    }

    void searchingLiedeFindsTheCreekAndItsClauses() {
        SearchBox* s = w->searchBox();
        s->setFocus();
        s->clear();
        // Chinese arrives through the input method as a committed string.
        QInputMethodEvent ime;
        ime.setCommitString(QStringLiteral("猎德"));
        QApplication::sendEvent(s, &ime);
        const auto& hits = s->results();
        int creek = -1;
        bool clause = false;
        for (std::size_t i = 0; i < hits.size(); ++i) {
            if (hits[i].kind == MapSearchHit::Kind::Feature && hits[i].title == "猎德涌") creek = int(i);
            if (hits[i].kind == MapSearchHit::Kind::Clause && (hits[i].planId == "box22.i3" || hits[i].planId == "ch10.s2.p1"))
                clause = true;
        }
        QVERIFY(creek >= 0);
        QVERIFY(clause);
        QVERIFY(s->resultList()->isVisible());
        s->resultList()->setCurrentRow(creek);
        QTest::keyClick(s, Qt::Key_Return);
        QCOMPARE(nameOf(canvas()->selection().front()), std::string("猎德涌"));
        QVERIFY(!w->identifyPanel()->clauseIds().empty());
    }

    void pinyinInitialsAndEnglishFindZones() {
        SearchBox* s = w->searchBox();
        s->clear();
        QTest::keyClicks(s, "thlsq");
        QVERIFY(!s->results().empty());
        QCOMPARE(s->results().front().title, std::string("天河路商圈"));
        s->clear();
        QTest::keyClicks(s, "jrcqbq");
        QVERIFY(!s->results().empty());
        QCOMPARE(s->results().front().title, std::string("金融城起步区"));
        s->clear();
        QTest::keyClicks(s, "Smart City");
        QVERIFY(!s->results().empty());
        QVERIFY(QString::fromStdString(s->results().front().title).contains(QStringLiteral("智慧城")));
        QTest::keyClick(s, Qt::Key_Escape);
    }

    void hoverShowsATooltip() {
        const FeatureRef plant = named("大观净水厂");
        showAround(plant);
        const QPoint at = whereClickPicks(plant);
        QVERIFY(at.x() >= 0);
        QHelpEvent e(QEvent::ToolTip, at, canvas()->mapToGlobal(at));
        QApplication::sendEvent(canvas(), &e);
        QTRY_VERIFY(QToolTip::isVisible());
        QVERIFY(QToolTip::text().contains(QStringLiteral("大观净水厂")));
        QToolTip::hideText();
    }

    void layerTreeHidesFadesAndReorders() {
        canvas()->zoomToHome();
        settle();
        LayerTree* lt = w->layerTree();
        const LayerId parks = named("天河公园").layer;
        QTreeWidgetItem* item = lt->itemOfLayer(parks);
        QVERIFY(item);
        const QPoint park = screenOf(113.3598, 23.1330).toPoint();
        const QColor shown = canvas()->grabFramebuffer().pixelColor(park * canvas()->devicePixelRatioF());
        item->setCheckState(0, Qt::Unchecked);
        QVERIFY(!w->document().state(parks)->visible);
        settle();
        const QColor hidden = canvas()->grabFramebuffer().pixelColor(park * canvas()->devicePixelRatioF());
        QVERIFY2(shown != hidden, qPrintable(shown.name() + " " + hidden.name()));
        QVERIFY(canvas()->pickAt(park).empty() || canvas()->pickAt(park).front().layer != parks);
        item->setCheckState(0, Qt::Checked);
        lt->tree()->setCurrentItem(item);
        QVERIFY(lt->opacity()->isEnabled());
        lt->opacity()->setValue(40);
        QCOMPARE(w->document().state(parks)->opacity, 0.4f);
        lt->opacity()->setValue(100);

        // Drag within a group: the moved layer is drawn on top of its group.
        QTreeWidgetItem* group = item->parent();
        QVERIFY(group->childCount() >= 2);
        const int last = group->childCount() - 1;
        const LayerId bottomLayer = group->child(last)->data(0, Qt::UserRole).toUInt();
        group->insertChild(0, group->takeChild(last));
        lt->applyOrderFromTree();
        const auto& order = w->document().drawOrder();
        LayerId topOfGroup = 0;
        for (LayerId li : order)
            if (w->document().state(li)->group == "blue-green") topOfGroup = li;
        QCOMPARE(topOfGroup, bottomLayer);
    }

    void legendSwatchesUseTheMapsStyle() {
        LayerTree* lt = w->layerTree();
        const FeatureRef creek = named("猎德涌");
        QTreeWidgetItem* layer = lt->itemOfLayer(creek.layer);
        QTreeWidgetItem* legend = nullptr;
        for (int i = 0; i < layer->childCount(); ++i)
            if (layer->child(i)->data(0, Qt::UserRole + 2).toString() == "creek corridor") legend = layer->child(i);
        QVERIFY(legend);
        const QImage icon = legend->icon(0).pixmap(QSize(22, 14)).toImage();
        const Layer& l = *w->document().layer(creek.layer);
        const Symbol s = w->document().style().resolve(l, l.features[creek.feature]);
        const QColor c = icon.pixelColor(icon.width() / 2, icon.height() / 2);
        QCOMPARE(c.name(), QColor(s.stroke.r, s.stroke.g, s.stroke.b).name());
    }

    void labelsAreChineseGlyphsAndNeverOverlap() {
        w->selection()->select({});
        canvas()->zoomToHome();
        settle();
        const auto& placed = canvas()->placedLabels();
        QVERIFY2(placed.size() > 25, qPrintable(QString::number(placed.size())));
        for (std::size_t i = 0; i < placed.size(); ++i)
            for (std::size_t j = i + 1; j < placed.size(); ++j)
                for (const LabelBox& a : placed[i].boxes)
                    for (const LabelBox& b : placed[j].boxes) QVERIFY(!a.overlaps(b));
        // Shown around it, the CBD's name is lettered, and its glyphs put ink on the map.
        w->selection()->select(named("天河中央商务区"), true);
        w->selection()->select({});
        settle();
        // The grab draws a frame: read the placement that frame made.
        const QImage img = canvas()->grabFramebuffer();
        const PlacedLabel* cbd = nullptr;
        for (const PlacedLabel& p : canvas()->placedLabels())
            if (canvas()->labelText(p.id) == U"天河中央商务区") cbd = &p;
        QVERIFY(cbd);
        QCOMPARE(cbd->boxes.size(), std::size_t(7));
        const qreal dpr = canvas()->devicePixelRatioF();
        for (const LabelBox& b : cbd->boxes) {
            // Ink as covered pixels: how much darker than the box's own background each pixel is,
            // as a share of the label colour's darkness (antialiased strokes count in part).
            std::vector<int> grays;
            for (int y = int(b.y0 * dpr); y < int(b.y1 * dpr); ++y)
                for (int x = int(b.x0 * dpr); x < int(b.x1 * dpr); ++x) grays.push_back(qGray(img.pixel(x, y)));
            std::vector<int> sorted = grays;
            std::sort(sorted.begin(), sorted.end());
            const double bg = sorted[sorted.size() * 9 / 10], fg = qGray(QColor("#8e3200").rgb());
            double ink = 0;
            for (int g : grays) ink += std::clamp((bg - g) / (bg - fg), 0.0, 1.0);
            QVERIFY2(ink > 12, qPrintable(QString("ink %1").arg(ink)));
        }
        // Zoomed out, the low-priority labels give way: fewer labels, the zones' still there.
        canvas()->zoomToFullExtent();
        settle();
        bool zone = false;
        for (const PlacedLabel& p : canvas()->placedLabels()) zone = zone || canvas()->labelText(p.id) == U"天河智慧城";
        QVERIFY(zone);
        // English labels on request.
        canvas()->setLabelLanguage("en");
        settle();
        QTRY_VERIFY(!canvas()->placedLabels().empty());
        bool english = false;
        for (const PlacedLabel& p : canvas()->placedLabels())
            english = english || canvas()->labelText(p.id) == U"Tianhe Smart City";
        QVERIFY(english);
        canvas()->setLabelLanguage("zh");
        canvas()->zoomToHome();
        settle();
    }

    void checkingAPlaceFromTheMapTypedOrSelected() {
        w->selection()->select({});
        canvas()->zoomToHome();
        settle();
        w->checkPlaceAt(screenOf(113.32668, 23.12113));  // 猎德 station
        const LocateResult& r = w->checkPanel()->lastResult();
        QVERIFY(!r.stations.empty());
        QCOMPARE(w->document().feature(r.stations[0].feature).value("name_zh"), std::string("猎德"));
        bool cbd = false;
        for (const LocateHit& h : r.areas) cbd = cbd || (h.inside && w->document().feature(h.feature).id == "zone.cbd");
        QVERIFY(cbd);
        QVERIFY(w->checkPanel()->results()->toPlainText().contains(QStringLiteral("天河中央商务区")));
        // Typed in GCJ-02, as Amap shows the station: the same answer.
        w->checkPanel()->setFields("113.332107", "23.118541", "GCJ02");
        QVERIFY(w->checkPanel()->checkFields());
        QCOMPARE(w->document().feature(w->checkPanel()->lastResult().stations[0].feature).value("name_zh"), std::string("猎德"));
        QVERIFY(w->checkPanel()->lastResult().stations[0].metres < 0.05);
        w->checkPanel()->setFields("abc", "23.1", "EPSG:4326");
        QVERIFY(!w->checkPanel()->checkFields());
        // The selected feature, at its interior point.
        w->selection()->select(named("天河公园"));
        QVERIFY(w->checkSelectedFeature());
        bool park = false;
        for (const LocateHit& h : w->checkPanel()->lastResult().areas)
            park = park || w->document().feature(h.feature).value("name_zh") == "天河公园";
        QVERIFY(park);
    }

    void measuringDistanceAndAreaOnTheEllipsoid() {
        w->selection()->select({});
        w->selection()->select(named("天河公园"), true);
        w->selection()->select({});
        settle();
        canvas()->setMeasure(MapCanvas::Measure::Distance);
        const Vec2d a{113.3550, 23.1300}, b{113.3650, 23.1300}, c{113.3650, 23.1390}, d{113.3550, 23.1390};
        QTest::mouseClick(canvas(), Qt::LeftButton, Qt::NoModifier, screenOf(a.x, a.y).toPoint());
        QTest::mouseClick(canvas(), Qt::LeftButton, Qt::NoModifier, screenOf(b.x, b.y).toPoint());
        QTest::mouseDClick(canvas(), Qt::LeftButton, Qt::NoModifier, screenOf(b.x, b.y).toPoint());
        const QString dist = w->readout()->measureText();
        QVERIFY2(dist.contains("km") || dist.contains(" m"), qPrintable(dist));
        const double expected = geodesicDistance(a, b);  // ~1.02 km along the parallel
        const double shown = QRegularExpression("([0-9.]+) (k?m)").match(dist).captured(1).toDouble() *
                             (dist.contains("km") ? 1000 : 1);
        QVERIFY2(std::fabs(shown - expected) < expected * 0.01, qPrintable(dist));
        canvas()->setMeasure(MapCanvas::Measure::Area);
        for (const Vec2d& p : {a, b, c, d}) QTest::mouseClick(canvas(), Qt::LeftButton, Qt::NoModifier, screenOf(p.x, p.y).toPoint());
        const QString area = w->readout()->measureText();
        const double want = geodesicDistance(a, b) * geodesicDistance(b, c);  // a near-rectangle, ~1.02 km x ~1.0 km
        const double got = QRegularExpression("([0-9.]+) (k?m²)").match(area).captured(1).toDouble() *
                           (area.contains("km²") ? 1e6 : 1);
        QVERIFY2(std::fabs(got - want) < want * 0.02, qPrintable(area));
        canvas()->setMeasure(MapCanvas::Measure::Off);
        QVERIFY(w->readout()->measureText().isEmpty());
    }

    void checkingALayerOfProjects() {
        QTemporaryDir dir;
        const QString src = dir.filePath("projects.geojson");
        QFile f(src);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"type":"FeatureCollection","features":[
{"type":"Feature","properties":{"名称":"甲"},"geometry":{"type":"Point","coordinates":[113.32668,23.12113]}},
{"type":"Feature","properties":{"名称":"乙"},"geometry":{"type":"Point","coordinates":[113.3977,23.1658]}},
{"type":"Feature","properties":{"名称":"丙"},"geometry":{"type":"Point","coordinates":[113.27,23.09]}}]})");
        f.close();
        const std::size_t before = w->document().layers().size();
        QVERIFY(w->openProjects(src.toStdString()).empty());
        QCOMPARE(w->document().layers().size(), before + 1);
        QTableWidget* t = w->checkPanel()->projectTable();
        QCOMPARE(t->rowCount(), 3);
        t->sortItems(3, Qt::DescendingOrder);  // farthest from a hub first
        QCOMPARE(t->item(0, 0)->text(), QStringLiteral("丙"));
        std::string why;
        why = said(w->checkPanel()->exportProjects(dir.filePath("check.csv")));
        QVERIFY2(why.empty(), why.c_str());
        QFile csv(dir.filePath("check.csv"));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QVERIFY(QString::fromUtf8(csv.readAll()).contains(QStringLiteral("甲,113.3266800,23.1211300,天河中央商务区")));
        why = said(w->checkPanel()->exportProjects(src));
        QVERIFY(!why.empty());  // never over the input
    }

    // The projects' layer (the last one, from the test above) removed from the File menu: the map,
    // the selection, the identify panel, the layer tree and the check panel drop it; tours go on.
    void removingALayerDropsItEverywhere() {
        const Layer& projects = w->document().layers().back();
        const LayerId id = projects.id;
        const std::size_t before = w->document().layers().size();
        QCOMPARE(QString::fromStdString(featureName(projects.features[0])), QStringLiteral("甲"));
        w->selection()->select({id, 0}, true);
        settle();
        QCOMPARE(w->identifyPanel()->feature().layer, id);
        const Vec2d at = representativePoint(projects, 0);
        const Vec2d s = canvas()->viewport().mapToScreen(at);
        QVERIFY(!canvas()->pickAt({s.x, s.y}).empty() && canvas()->pickAt({s.x, s.y}).front().layer == id);
        QTreeWidgetItem* item = w->layerTree()->itemOfLayer(id);
        QVERIFY(item);
        w->layerTree()->tree()->setCurrentItem(item);
        QAction* remove = w->findChild<QAction*>("removeLayerAction");
        QVERIFY(remove);
        remove->trigger();
        QCOMPARE(w->document().layers().size(), before - 1);
        QVERIFY(!w->document().layer(id));
        QVERIFY(canvas()->selection().empty());
        QVERIFY(!w->identifyPanel()->feature().valid());
        QVERIFY(!w->layerTree()->itemOfLayer(id));
        QCOMPARE(w->checkPanel()->projectTable()->rowCount(), 0);
        settle();
        for (const FeatureRef& f : canvas()->pickAt({s.x, s.y})) QVERIFY(f.layer != id);
        // The other layers keep their ids and their features resolve as before.
        const FeatureRef park = named("天河公园");
        QVERIFY(w->document().findFeature(park));
        QCOMPARE(w->tours()->zoneTour().slides.size(), std::size_t(5));
    }

    void exportingTheViewKeepsItsExtentWhateverTheScreen() {
        QTemporaryDir dir;
        std::string why;
        canvas()->zoomToHome();
        settle();
        why = said(w->exportView(dir.filePath("view.png").toStdString(), 100));
        QVERIFY2(why.empty(), why.c_str());
        const QImage img(dir.filePath("view.png"));
        QCOMPARE(img.size(), QSize(1169, 827));  // A4 at 100 dpi, not the window's size
        why = said(w->exportView(dir.filePath("view.svg").toStdString(), 96));
        QVERIFY2(why.empty(), why.c_str());
        QFile svg(dir.filePath("view.svg"));
        QVERIFY(svg.open(QIODevice::ReadOnly));
        const QByteArray text = svg.readAll();
        QVERIFY(text.contains("<path"));
        QVERIFY(text.contains("Legend"));
        why = said(w->exportView(dir.filePath("view.bmp").toStdString(), 100));
        QVERIFY(!why.empty());
    }

    void presentingTheZoneStrategies() {
        Presentation* p = w->tours()->presentation();
        w->tours()->present(0);
        QVERIFY(p->running());
        QCOMPARE(p->count(), 5);
        QVERIFY(p->caption()->isVisible());
        QVERIFY(p->caption()->text().contains(QStringLiteral("专栏1")));
        QVERIFY(p->caption()->text().contains(QStringLiteral("发展定位")));
        QVERIFY(p->legend()->text().contains(QStringLiteral("片区")));
        const Tour tour = w->tours()->zoneTour();
        auto inSlide = [&](int i) {
            auto t = CrsTransform::create(w->document().displayCrs(), "OGC:CRS84");
            const Vec2d c = t->forward(canvas()->viewport().center());
            const Bounds& e = tour.slides[std::size_t(i)].extentLonLat;
            return c.x > e.minX && c.x < e.maxX && c.y > e.minY && c.y < e.maxY;
        };
        QTRY_VERIFY_WITH_TIMEOUT(canvas()->isSettled(), 6000);
        QVERIFY(inSlide(0));
        QCOMPARE(nameOf(canvas()->selection().front()), std::string("天河中央商务区"));
        QTest::keyClick(canvas(), Qt::Key_Right);  // arrow keys step
        QCOMPARE(p->current(), 1);
        QVERIFY(p->caption()->text().contains(QStringLiteral("专栏2")));
        QTRY_VERIFY_WITH_TIMEOUT(canvas()->isSettled(), 6000);
        QVERIFY(inSlide(1));
        QCOMPARE(nameOf(canvas()->selection().front()), std::string("广州国际金融城"));
        QTest::keyClick(canvas(), Qt::Key_End);
        QCOMPARE(p->current(), 4);
        QTest::keyClick(canvas(), Qt::Key_Left);
        QCOMPARE(p->current(), 3);
        QTest::keyClick(canvas(), Qt::Key_Escape);
        QVERIFY(!p->running());
        QVERIFY(!p->caption()->isVisible());
        QVERIFY(w->menuBar()->isVisible());
        QTRY_VERIFY(!w->isFullScreen());
    }

    void toursAreEditedSavedAndOpened() {
        QTemporaryDir dir;
        TourPanel* panel = w->tours()->panel();
        panel->setTour(w->tours()->zoneTour());
        w->selection()->select(named("天河公园"), true);
        settle();
        w->tours()->addView("我的视图");
        QCOMPARE(panel->list()->count(), 6);
        // Reorder: the new view first; rename it.
        panel->list()->insertItem(0, panel->list()->takeItem(5));
        panel->list()->item(0)->setText(QStringLiteral("天河公园一带"));
        const Tour t = panel->tour();
        QCOMPARE(t.slides.front().caption, std::string("天河公园一带"));
        QCOMPARE(t.slides.front().selection.front(), w->document().feature(named("天河公园")).id);
        std::string why;
        const std::string path = dir.filePath("tour.json").toStdString();
        why = said(w->tours()->save(path));
        QVERIFY2(why.empty(), why.c_str());
        panel->setTour(Tour{});
        QCOMPARE(panel->list()->count(), 0);
        why = said(w->tours()->open(path));
        QVERIFY2(why.empty(), why.c_str());
        QCOMPARE(panel->list()->count(), 6);
        QCOMPARE(panel->list()->item(0)->text(), QStringLiteral("天河公园一带"));
        why = said(w->tours()->open(dir.filePath("missing.json").toStdString()));
        QVERIFY(!why.empty());
        // A slide is a bookmark: going to it restores its view and selection, without presenting.
        canvas()->zoomToHome();
        w->selection()->select({});
        settle();
        emit panel->list()->itemActivated(panel->list()->item(0));
        QTRY_VERIFY_WITH_TIMEOUT(canvas()->isSettled(), 6000);
        QCOMPARE(nameOf(canvas()->selection().front()), std::string("天河公园"));
        QVERIFY(canvas()->rect().contains(screenOf(113.3598, 23.1330).toPoint()));
        QVERIFY(!w->tours()->presentation()->running());
        // And exports with its caption as the title.
        why = said(w->tours()->exportSlide(0, dir.filePath("slide.svg").toStdString(), 96));
        QVERIFY2(why.empty(), why.c_str());
        QFile svg(dir.filePath("slide.svg"));
        QVERIFY(svg.open(QIODevice::ReadOnly));
        QVERIFY(QString::fromUtf8(svg.readAll()).contains(QStringLiteral("天河公园一带")));
        w->selection()->select({});
    }

    void longLoadsShowProgressAndCanBeCancelled() {
        QTemporaryDir dir;
        const QString big = dir.filePath("big.geojson");
        {
            QFile f(big);
            QVERIFY(f.open(QIODevice::WriteOnly));
            QByteArray json = R"({"type":"FeatureCollection","features":[)";
            for (int i = 0; i < 40000; ++i) {
                const double x = 113.30 + (i % 200) * 0.0007, y = 23.10 + (i / 200) * 0.0007;
                json += QByteArray(i ? "," : "") +
                        QString(R"({"type":"Feature","properties":{"n":%1},"geometry":{"type":"Polygon","coordinates":[[[%2,%3],[%4,%3],[%4,%5],[%2,%5],[%2,%3]]]}})")
                            .arg(i).arg(x, 0, 'f', 5).arg(y, 0, 'f', 5).arg(x + 0.0005, 0, 'f', 5).arg(y + 0.0005, 0, 'f', 5)
                            .toUtf8();
            }
            f.write(json + "]}");
        }
        w->setAsyncLoadThreshold(0);
        const std::size_t before = w->document().layers().size();
        // Cancel as soon as the progress dialog is there.
        bool sawProgress = false;
        QElapsedTimer sinceCancel;
        QTimer cancel;
        cancel.setInterval(20);
        connect(&cancel, &QTimer::timeout, [&] {
            if (QProgressDialog* p = w->loadProgress(); p && !sawProgress) {
                sawProgress = true;
                sinceCancel.start();
                p->cancel();
            }
        });
        const int threadsBefore = QDir("/proc/self/task").entryList(QDir::Dirs | QDir::NoDotAndDotDot).size();
        cancel.start();
        const Diagnostics d = w->openFiles({big.toStdString()});
        cancel.stop();
        QVERIFY(sawProgress);
        // The cancel takes effect within a second, and the worker is gone, not left parsing.
        QVERIFY2(sinceCancel.elapsed() < 1000, qPrintable(QString::number(sinceCancel.elapsed())));
        QCOMPARE(QDir("/proc/self/task").entryList(QDir::Dirs | QDir::NoDotAndDotDot).size(), threadsBefore);
        QCOMPARE(w->document().layers().size(), before);
        bool said = false;
        for (const Diagnostic& m : d) said = said || m.text.find("cancelled") != std::string::npos;
        QVERIFY(said);
        // Not cancelled, the same load arrives whole, the window answering meanwhile.
        const Diagnostics ok = w->openFiles({big.toStdString()});
        QVERIFY(!hasErrors(ok));
        QCOMPARE(w->document().layers().size(), before + 1);
        QCOMPARE(w->document().layers().back().features.size(), std::size_t(40000));
        w->setAsyncLoadThreshold(1024 * 1024);
    }

    void theViewIsRememberedAcrossRuns() {
        const FeatureRef park = named("天河公园");
        w->selection()->select(park, true);
        settle();
        w->layerTree()->itemOfLayer(park.layer)->setCheckState(0, Qt::Unchecked);
        const Vec2d centre = canvas()->viewport().center();
        const double res = canvas()->viewport().resolution();
        w->saveSettings();
        w->layerTree()->itemOfLayer(park.layer)->setCheckState(0, Qt::Checked);

        MainWindow second;
        second.openBundled();
        second.resize(1500, 950);
        second.show();
        QVERIFY(QTest::qWaitForWindowExposed(&second));
        second.restoreSettings();
        // The second window's layers have their own ids: the setting is kept by layer name.
        const Layer* parkLayer = nullptr;
        for (const Layer& l : second.document().layers())
            if (l.name == w->document().layer(park.layer)->name) parkLayer = &l;
        QVERIFY(parkLayer);
        QVERIFY(!second.document().state(parkLayer->id)->visible);
        QVERIFY(std::fabs(second.canvas()->viewport().center().x - centre.x) < 1e-6);
        QVERIFY(std::fabs(second.canvas()->viewport().resolution() - res) < 1e-9);
    }
};

int main(int argc, char** argv) {
    pa::setViewerDefaultFormat();
    QApplication app(argc, argv);
    // Settings of a test run live in a temporary directory, never in the user's.
    QTemporaryDir settings;
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settings.path());
    QApplication::setOrganizationName("PlanAtlasTests");
    UiPlanTest t;
    return QTest::qExec(&t, argc, argv);
}

#include "test_ui_plan.moc"
