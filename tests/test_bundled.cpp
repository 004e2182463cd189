// The geodata shipped with the app loads cleanly and lies where Tianhe is.
#include <gtest/gtest.h>

#include "io/crs.h"
#include "io/geodata_paths.h"
#include "document/map_document.h"
#include "io/style_loader.h"

using namespace pa;

TEST(Bundled, GeodataLoadsWithoutProblemsInsideGuangzhou) {
    const auto files = bundledGeodataFiles();
    ASSERT_GE(files.size(), 5u);
    MapDocument doc;
    const Diagnostics d = doc.addFiles(files);
    for (const auto& m : d) ADD_FAILURE() << m.toLine();
    ASSERT_EQ(doc.layers().size(), files.size());
    for (const Layer& l : doc.layers()) {
        for (const Vec2d& v : l.vertices) {
            ASSERT_GE(v.x, 112.9) << l.name;
            ASSERT_LE(v.x, 114.1) << l.name;
            ASSERT_GE(v.y, 22.5) << l.name;
            ASSERT_LE(v.y, 23.95) << l.name;
        }
    }
}

TEST(Bundled, FeaturesAreFoundByTheirIdsTheFirstOfRepeatedOnesFirst) {
    MapDocument doc;
    ASSERT_TRUE(doc.addFiles(bundledGeodataFiles()).empty());
    const FeatureRef cbd = doc.featureById("zone.cbd");
    ASSERT_TRUE(cbd.valid());
    EXPECT_EQ(doc.findFeature(cbd)->value("id"), "zone.cbd");
    EXPECT_EQ(doc.layer(cbd.layer)->name, "structure_zones");
    EXPECT_FALSE(doc.featureById("no.such.feature").valid());
    EXPECT_FALSE(doc.featureById("").valid());
    // A user layer repeating an id: the layer opened first keeps it.
    MapDocument::Loaded again;
    Layer copy = *doc.layer(cbd.layer);
    again.layers.emplace_back("copy", copy);
    doc.adopt(std::move(again));
    EXPECT_EQ(doc.featureById("zone.cbd"), cbd);
}

TEST(Bundled, StyleFileParses) {
    Diagnostics d;
    const StyleSheet s = loadStyleSheet(defaultStylePath(), d);
    EXPECT_TRUE(d.empty()) << d.front().toLine();
    EXPECT_GE(s.rules.size(), 3u);
}

#include <QFileInfo>

#include "analysis/geodata_check.h"
#include "plan/plan_file.h"
#include "test_support.h"

namespace {

pa::Plan bundledPlanOrDie() {
    auto p = pa::readPlanFile(pa::bundledPlanPath());
    EXPECT_TRUE(p) << p.why();
    return p ? p.take() : pa::Plan{};
}

bool reports(const pa::GeodataReport& r, const std::string& feature, const std::string& words) {
    for (const auto& p : r.problems)
        if (p.feature == feature && p.text.find(words) != std::string::npos) return true;
    return false;
}

}  // namespace

TEST(GeodataCheck, BundledGeodataHasNoProblems) {
    const pa::GeodataReport r = pa::checkGeodata(pa::bundledGeodataFiles(), bundledPlanOrDie(), {});
    for (const auto& p : r.problems) ADD_FAILURE() << p.file << " [" << p.feature << "] " << p.text;
    EXPECT_GE(r.layers.size(), 5u);
}

TEST(GeodataCheck, CatchesSchemaCoordinateAndLinkErrors) {
    pa::test::TempDir dir;
    const std::string path = dir.file("bad.geojson");
    pa::test::writeText(path, R"({"type":"FeatureCollection","features":[
{"type":"Feature","properties":{"id":"a","name_zh":"甲","name_en":"A","layer":"x","kind":"park","source":"s","accuracy":"reference","clauses":["ch99.p1"]},"geometry":{"type":"Point","coordinates":[23.1,113.3]}},
{"type":"Feature","properties":{"id":"a","name_zh":"乙","layer":"x","kind":"park","source":"s","accuracy":"guessed","targets":["t.nothing"]},"geometry":{"type":"Polygon","coordinates":[[[113.3,23.1],[113.31,23.1],[113.31,23.11]]]}}]})");
    const pa::GeodataReport r = pa::checkGeodata({path}, bundledPlanOrDie(), {{"blue-green", "猎德涌", ""}});
    EXPECT_TRUE(reports(r, "a", "outside Guangzhou"));
    EXPECT_TRUE(reports(r, "a", "clause 'ch99.p1' is not in the plan"));
    EXPECT_TRUE(reports(r, "a", "not unique"));
    EXPECT_TRUE(reports(r, "a", "'name_en' is missing"));
    EXPECT_TRUE(reports(r, "a", "accuracy 'guessed'"));
    EXPECT_TRUE(reports(r, "a", "target 't.nothing'"));
    EXPECT_TRUE(reports(r, "a", "fewer than 4 positions"));
    ASSERT_EQ(r.missing.size(), 1u);
    EXPECT_EQ(r.missing[0].name, "猎德涌");
}

TEST(GeodataCheck, ApproximatePositionsNeedANoteAndUnmappableItemsAreReported) {
    pa::test::TempDir dir;
    const std::string path = dir.file("approx.geojson");
    pa::test::writeText(path, R"({"type":"FeatureCollection","features":[
{"type":"Feature","properties":{"id":"p1","name_zh":"甲","name_en":"A","layer":"project site","kind":"project site","source":"s","accuracy":"approximate"},"geometry":{"type":"Point","coordinates":[113.35,23.13]}},
{"type":"Feature","properties":{"id":"p2","name_zh":"乙","name_en":"B","layer":"project site","kind":"project site","source":"s","accuracy":"approximate","note":"placed by its village"},"geometry":{"type":"Point","coordinates":[113.36,23.13]}}]})");
    const pa::GeodataReport r = pa::checkGeodata(
        {path}, bundledPlanOrDie(),
        {{"project site", "乙", ""}, {"project site", "丙", "no site given"}, {"project site", "甲", "no site given"}});
    EXPECT_TRUE(reports(r, "p1", "needs a 'note'"));
    EXPECT_FALSE(reports(r, "p2", "note"));
    EXPECT_TRUE(r.missing.empty());
    ASSERT_EQ(r.notMapped.size(), 1u);  // 丙; 甲 is mapped although the checklist says it cannot be
    EXPECT_EQ(r.notMapped[0].name, "丙");
    EXPECT_TRUE(reports(r, "甲", "checklist says it cannot be"));
}

#include <ogr_api.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

QJsonArray featuresOf(const std::string& file) {
    QFile f(QString::fromStdString(pa::bundledGeodataDir() + "/" + file));
    EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << file;
    return QJsonDocument::fromJson(f.readAll()).object()["features"].toArray();
}

OGRGeometryH geometryOf(const QJsonObject& feature) {
    const QByteArray json = QJsonDocument(feature["geometry"].toObject()).toJson(QJsonDocument::Compact);
    return OGR_G_CreateGeometryFromJson(json.constData());
}

}  // namespace

// The plan's zones are schematic envelopes, but each must hold the places that define it.
TEST(BundledStructure, EveryZoneContainsItsLandmarks) {
    std::map<QString, OGRGeometryH> stations;
    for (const QJsonValue& v : featuresOf("transport_metro_stations.geojson"))
        stations[v.toObject()["properties"].toObject()["name_zh"].toString()] = geometryOf(v.toObject());
    int checked = 0;
    for (const QJsonValue& v : featuresOf("structure_zones.geojson")) {
        const QJsonObject p = v.toObject()["properties"].toObject();
        if (!p.contains("landmarks")) continue;
        OGRGeometryH zone = geometryOf(v.toObject());
        ASSERT_TRUE(zone);
        for (const QString& name : p["landmarks"].toString().split(',')) {
            ASSERT_TRUE(stations.count(name)) << name.toStdString();
            EXPECT_TRUE(OGR_G_Contains(zone, stations[name])) << p["name_zh"].toString().toStdString() << " misses "
                                                              << name.toStdString();
            ++checked;
        }
        OGR_G_DestroyGeometry(zone);
    }
    for (auto& [n, g] : stations) OGR_G_DestroyGeometry(g);
    EXPECT_GT(checked, 30);
}

TEST(BundledStructure, AxesRunThroughTheirPlatformsInTheTextsOrder) {
    std::map<QString, OGRGeometryH> zones;
    for (const QJsonValue& v : featuresOf("structure_zones.geojson"))
        zones[v.toObject()["properties"].toObject()["name_zh"].toString()] = geometryOf(v.toObject());
    const std::map<QString, QStringList> through = {
        {"现代服务经济发展轴", {"天河中央商务区", "天河路商圈", "沙河片区"}},
        {"人工智能与数字经济发展轴", {"广州国际金融城", "科韵路软件业集聚区", "天河智慧城"}}};
    int axes = 0;
    for (const QJsonValue& v : featuresOf("structure_axes.geojson")) {
        const QJsonObject f = v.toObject();
        const QString name = f["properties"].toObject()["name_zh"].toString();
        const QJsonArray coords = f["geometry"].toObject()["coordinates"].toArray();
        const QStringList& platforms = through.at(name);
        ASSERT_EQ(coords.size(), platforms.size());
        for (int i = 0; i < platforms.size(); ++i) {
            OGRGeometryH pt = OGR_G_CreateGeometry(wkbPoint);
            OGR_G_SetPoint_2D(pt, 0, coords[i].toArray()[0].toDouble(), coords[i].toArray()[1].toDouble());
            EXPECT_TRUE(OGR_G_Contains(zones.at(platforms[i]), pt)) << name.toStdString() << " point " << i;
            OGR_G_DestroyGeometry(pt);
        }
        ++axes;
    }
    for (auto& [n, g] : zones) OGR_G_DestroyGeometry(g);
    EXPECT_EQ(axes, 2);
}
