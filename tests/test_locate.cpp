// `locate` against known answers: a place on a station finds that station at 0 m, the zone whose
// landmark it is, the lines through it; distances agree with PROJ's geodesic between the stations;
// GCJ-02 input lands on the same WGS 84 place.
#include <gtest/gtest.h>

#include <map>

#include "core/chinese_datums.h"
#include "io/crs.h"
#include "document/document_open.h"
#include "io/geodata_paths.h"
#include "analysis/locate.h"

using namespace pa;

namespace {

const MapDocument& bundled() {
    static const MapDocument* doc = [] {
        auto* d = new MapDocument;  // lives for the whole test run
        d->setDisplayCrs("EPSG:4547");
        EXPECT_TRUE(openBundledGeodata(*d).empty());
        return d;
    }();
    return *doc;
}

std::string nameOf(const LocateHit& h) { return bundled().feature(h.feature).value("name_zh"); }

const LocateHit* find(const std::vector<LocateHit>& v, const std::string& name) {
    for (const LocateHit& h : v)
        if (nameOf(h) == name) return &h;
    return nullptr;
}

const Vec2d kLiede{113.32668, 23.12113};      // 猎德 station, reference data
const Vec2d kHuacheng{113.31911, 23.12183};   // 花城大道 (APM) station
const Vec2d kTiyu{113.32296, 23.13716};       // 体育中心 station

}  // namespace

TEST(Locate, OnAStationFindsItItsZoneAndItsLines) {
    const LocateResult r = locate(bundled(), kLiede, 300);
    ASSERT_FALSE(r.stations.empty());
    EXPECT_EQ(nameOf(r.stations[0]), "猎德");
    EXPECT_LT(r.stations[0].metres, 1.0);
    const LocateHit* cbd = find(r.areas, "天河中央商务区");
    ASSERT_TRUE(cbd);
    EXPECT_TRUE(cbd->inside);
    const LocateHit* line5 = find(r.metroLines, "5号线");
    ASSERT_TRUE(line5);
    EXPECT_LT(line5->metres, 30.0);
    // The next station's distance is the geodesic between the two station points.
    const LocateHit* next = find(r.stations, "花城大道");
    ASSERT_TRUE(next);
    EXPECT_NEAR(next->metres, geodesicDistance(kLiede, kHuacheng), 0.5);
    // The creek corridor named for the village lies within 300 m, and the clauses include its box.
    EXPECT_TRUE(find(r.corridors, "猎德涌"));
    EXPECT_NE(std::find(r.clauses.begin(), r.clauses.end(), "box1"), r.clauses.end());
    EXPECT_NE(std::find(r.targets.begin(), r.targets.end(), "t.box1.i2.1"), r.targets.end());
}

TEST(Locate, WithinZeroKeepsOnlyWhatContainsThePlace) {
    const LocateResult r = locate(bundled(), kLiede, 0);
    for (const LocateHit& h : r.areas) EXPECT_TRUE(h.inside) << nameOf(h);
    EXPECT_TRUE(r.corridors.empty());
    const LocateResult far = locate(bundled(), kLiede, 2000);
    EXPECT_GT(far.areas.size(), r.areas.size());
    for (std::size_t i = 1; i < far.areas.size(); ++i) {
        if (!far.areas[i].inside) {
            EXPECT_GE(far.areas[i].metres, far.areas[i - 1].inside ? 0 : far.areas[i - 1].metres);
        }
    }
}

TEST(Locate, Gcj02InputLandsOnTheSameWgs84Place) {
    const Vec2d gcj = wgs84ToGcj02(kTiyu);
    EXPECT_GT(geodesicDistance(gcj, kTiyu), 500);  // the raw GCJ-02 point is ~600 m off
    const LocateResult r = locate(bundled(), gcj02ToWgs84(gcj), 100);
    ASSERT_FALSE(r.stations.empty());
    EXPECT_EQ(nameOf(r.stations[0]), "体育中心");
    // The same answer as the WGS 84 point itself (1e-5 degrees here is a metre from the stored point).
    const LocateResult direct = locate(bundled(), kTiyu, 100);
    EXPECT_NEAR(r.stations[0].metres, direct.stations[0].metres, 0.01);
    EXPECT_LT(r.stations[0].metres, 1.5);
}

TEST(Locate, OutsideTheDistrictNothingContainsIt) {
    const LocateResult r = locate(bundled(), {113.27, 23.09}, 0);  // Haizhu, south of the river
    EXPECT_TRUE(r.areas.empty());
    EXPECT_EQ(r.hubs.size(), 3u);  // the nearest are still listed, with their distances
    EXPECT_GT(r.hubs[0].metres, 3000);
}

#include <QFile>

#include "analysis/project_check.h"
#include "io/ogr_reader.h"
#include "io/reprojection.h"
#include "test_support.h"

TEST(ProjectCheck, EachProjectGetsItsZonesNearestHubStationAndClauses) {
    test::TempDir dir;
    const std::string src = dir.file("projects.geojson"), gpkg = dir.file("projects.gpkg");
    test::writeText(src, R"({"type":"FeatureCollection","features":[
{"type":"Feature","properties":{"名称":"猎德站旁项目"},"geometry":{"type":"Point","coordinates":[113.32668,23.12113]}},
{"type":"Feature","properties":{"名称":"智慧城地块"},"geometry":{"type":"Polygon","coordinates":[[[113.395,23.160],[113.400,23.160],[113.400,23.164],[113.395,23.164],[113.395,23.160]]]}},
{"type":"Feature","properties":{"名称":"海珠, \"江南\""},"geometry":{"type":"Point","coordinates":[113.27,23.09]}}]})");
    ASSERT_TRUE(test::convertWithGdal(src, gpkg, "GPKG"));  // a user's GeoPackage
    ReadResult read = readVectorFile(gpkg);
    ASSERT_EQ(read.layers.size(), 1u);
    Diagnostics d;
    ASSERT_TRUE(reprojectLayer(read.layers[0], bundled().displayCrs(), d));
    const auto checked = checkProjects(bundled(), read.layers[0]);
    ASSERT_TRUE(checked) << checked.why();
    const std::vector<ProjectRow>& rows = *checked;
    ASSERT_EQ(rows.size(), 3u);
    EXPECT_EQ(rows[0].name, "猎德站旁项目");
    EXPECT_NE(std::find(rows[0].zones.begin(), rows[0].zones.end(), "天河中央商务区"), rows[0].zones.end());
    EXPECT_EQ(rows[0].station, "猎德");
    EXPECT_LT(rows[0].stationMetres, 1.0);
    EXPECT_NE(std::find(rows[0].clauses.begin(), rows[0].clauses.end(), "box1"), rows[0].clauses.end());
    // A parcel is checked at its interior point: inside 天河智慧城 and its core area.
    EXPECT_NE(std::find(rows[1].zones.begin(), rows[1].zones.end(), "天河智慧城核心区"), rows[1].zones.end());
    EXPECT_NEAR(rows[1].lonLat.x, 113.3975, 1e-4);
    EXPECT_TRUE(rows[2].zones.empty());
    EXPECT_GT(rows[2].hubMetres, 3000);

    // CSV (quoted where needed, BOM first) and GeoPackage, never over the input.
    const Problem csvWritten = writeProjectReport(rows, dir.file("r.csv"), gpkg);
    ASSERT_FALSE(csvWritten) << csvWritten->text;
    QFile csv(QString::fromStdString(dir.file("r.csv")));
    ASSERT_TRUE(csv.open(QIODevice::ReadOnly));
    const QByteArray text = csv.readAll();
    EXPECT_TRUE(text.startsWith("\xEF\xBB\xBF" "id,name,lon,lat,zones"));
    EXPECT_TRUE(text.contains("\"海珠, \"\"江南\"\"\""));
    const Problem gpkgWritten = writeProjectReport(rows, dir.file("r.gpkg"), gpkg);
    ASSERT_FALSE(gpkgWritten) << gpkgWritten->text;
    ReadResult back = readVectorFile(dir.file("r.gpkg"));
    ASSERT_EQ(back.layers.size(), 1u);
    ASSERT_EQ(back.layers[0].features.size(), 3u);
    EXPECT_EQ(back.layers[0].features[0].value("nearest_station"), "猎德");
    const Problem overInput = writeProjectReport(rows, gpkg, gpkg);
    ASSERT_TRUE(overInput);
    EXPECT_NE(overInput->text.find("never writes over its inputs"), std::string::npos) << overInput->text;
    EXPECT_TRUE(writeProjectReport(rows, dir.file("r.txt"), gpkg));
}
