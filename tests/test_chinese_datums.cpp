// GCJ-02 and BD-09 against known answers: the reference set's GCJ-02 and WGS 84 copies of the same
// Tianhe boundary (converted independently when the set was made), the widely quoted BD-09 example, and
// round trips across China.
#include <gtest/gtest.h>

#include "core/baidu_mercator.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>
#include <random>

#include "core/chinese_datums.h"
#include "io/crs.h"

using namespace pa;

namespace {

QJsonArray firstRing(const std::string& file) {
    QFile f(QString::fromStdString(file));
    EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << file;
    const QJsonObject g = QJsonDocument::fromJson(f.readAll()).object()["features"].toArray()[0].toObject()["geometry"].toObject();
    QJsonArray c = g["coordinates"].toArray();
    while (!c.isEmpty() && c[0].toArray()[0].isArray()) c = c[0].toArray();
    return c;
}

Vec2d at(const QJsonArray& ring, int i) { return {ring[i].toArray()[0].toDouble(), ring[i].toArray()[1].toDouble()}; }

}  // namespace

TEST(ChineseDatums, Gcj02ToWgs84MatchesTheReferenceSetsConversion) {
    const std::string ref = std::string(PLANATLAS_SOURCE_DIR_FOR_TESTS) + "/../shared/reference/";
    const QJsonArray gcj = firstRing(ref + "tianhe_boundary.gcj02.geojson");
    const QJsonArray wgs = firstRing(ref + "tianhe_boundary.wgs84.geojson");
    ASSERT_EQ(gcj.size(), wgs.size());
    ASSERT_GT(gcj.size(), 300);
    double worst = 0;
    for (int i = 0; i < gcj.size(); ++i) {
        const Vec2d mine = gcj02ToWgs84(at(gcj, i)), theirs = at(wgs, i);
        worst = std::max(worst, geodesicDistance(mine, theirs));
    }
    EXPECT_LT(worst, 0.02);  // the files are rounded to 1e-7 degrees (about 1 cm)
    // And the offset is the ~600 m the README states for Tianhe.
    const double offset = geodesicDistance(at(gcj, 0), at(wgs, 0));
    EXPECT_GT(offset, 500);
    EXPECT_LT(offset, 700);
}

TEST(ChineseDatums, Bd09MatchesTheWidelyQuotedExample) {
    // The example every public implementation quotes: GCJ-02 (116.404, 39.915), Tiananmen, in BD-09.
    const Vec2d bd = gcj02ToBd09({116.404, 39.915});
    EXPECT_NEAR(bd.x, 116.41036949371029, 1e-9);
    EXPECT_NEAR(bd.y, 39.92133699351022, 1e-9);
}

TEST(ChineseDatums, RoundTripsStayUnderACentimetreInsideChina) {
    std::mt19937 rng(42);
    std::uniform_real_distribution<double> lon(73.5, 134.5), lat(18.5, 53.0);
    double worstGcj = 0, worstBd = 0;
    for (int i = 0; i < 2000; ++i) {
        const Vec2d p{lon(rng), lat(rng)};
        worstGcj = std::max(worstGcj, geodesicDistance(p, gcj02ToWgs84(wgs84ToGcj02(p))));
        worstBd = std::max(worstBd, geodesicDistance(p, bd09ToWgs84(wgs84ToBd09(p))));
    }
    EXPECT_LT(worstGcj, 0.01);
    EXPECT_LT(worstBd, 0.01);
    // Outside China nothing moves.
    const Vec2d paris{2.35, 48.85};
    EXPECT_EQ(wgs84ToGcj02(paris).x, paris.x);
    EXPECT_EQ(chineseDatumFromName("gcj-02"), ChineseDatum::Gcj02);
    EXPECT_EQ(chineseDatumFromName("BD09"), ChineseDatum::Bd09);
    EXPECT_EQ(chineseDatumFromName("EPSG:4326"), ChineseDatum::None);
}

#include "io/ogr_reader.h"
#include "test_support.h"

TEST(ChineseDatums, AGcj02FileOpenedAsGcj02LandsOnTheWgs84Data) {
    const std::string ref = std::string(PLANATLAS_SOURCE_DIR_FOR_TESTS) + "/../shared/reference/";
    ReadOptions o;
    o.datum = ChineseDatum::Gcj02;
    const ReadResult gcj = readVectorFile(ref + "tianhe_boundary.gcj02.geojson", o);
    const ReadResult wgs = readVectorFile(ref + "tianhe_boundary.wgs84.geojson");
    ASSERT_EQ(gcj.layers.size(), 1u);
    ASSERT_EQ(wgs.layers.size(), 1u);
    ASSERT_EQ(gcj.layers[0].vertices.size(), wgs.layers[0].vertices.size());
    double worst = 0;
    for (std::size_t i = 0; i < gcj.layers[0].vertices.size(); ++i)
        worst = std::max(worst, geodesicDistance(gcj.layers[0].vertices[i], wgs.layers[0].vertices[i]));
    EXPECT_LT(worst, 0.02);
    EXPECT_EQ(gcj.layers[0].sourceCrs, "OGC:CRS84");
    // BD-09 likewise, from points made here.
    test::TempDir dir;
    const Vec2d tiyu{113.32296, 23.13716}, bd = wgs84ToBd09(tiyu);
    const std::string f = dir.file("bd.geojson");
    char json[256];
    std::snprintf(json, sizeof json,
                  R"({"type":"FeatureCollection","features":[{"type":"Feature","properties":{},"geometry":{"type":"Point","coordinates":[%.9f,%.9f]}}]})",
                  bd.x, bd.y);
    test::writeText(f, json);
    o.datum = ChineseDatum::Bd09;
    const ReadResult b = readVectorFile(f, o);
    ASSERT_EQ(b.layers.size(), 1u);
    EXPECT_LT(geodesicDistance(b.layers[0].vertices[0], tiyu), 0.01);
}

TEST(ChineseDatums, GbkShapefilesReadWithCpgWithoutItOrAsChosen) {
    test::TempDir dir;
    const std::string src = dir.file("in.geojson"), shp = dir.file("gbk.shp");
    test::writeText(src, R"({"type":"FeatureCollection","features":[{"type":"Feature","properties":{"name":"天河公园"},"geometry":{"type":"Point","coordinates":[113.36,23.13]}}]})");
    ASSERT_TRUE(test::convertWithGdal(src, shp, "ESRI Shapefile", {"-lco", "ENCODING=GBK"}));
    // With its .cpg (GDAL writes "GBK"): correct Chinese, nothing to report.
    ReadResult r = readVectorFile(shp);
    ASSERT_EQ(r.layers.size(), 1u);
    EXPECT_EQ(r.layers[0].features[0].value("name"), "天河公园");
    EXPECT_TRUE(r.messages.empty());
    // Without it: GBK bytes, read as GB18030 with a warning.
    std::remove(dir.file("gbk.cpg").c_str());
    r = readVectorFile(shp);
    ASSERT_EQ(r.layers.size(), 1u);
    EXPECT_EQ(r.layers[0].features[0].value("name"), "天河公园");
    ASSERT_FALSE(r.messages.empty());
    EXPECT_NE(r.messages[0].text.find("GB18030"), std::string::npos);
    // Chosen by the user: the driver decodes it, no warning.
    ReadOptions o;
    o.encoding = "GBK";
    r = readVectorFile(shp, o);
    ASSERT_EQ(r.layers.size(), 1u);
    EXPECT_EQ(r.layers[0].features[0].value("name"), "天河公园");
    EXPECT_TRUE(r.messages.empty());
    // A projected layer cannot be GCJ-02.
    o = ReadOptions{};
    o.datum = ChineseDatum::Gcj02;
    const std::string proj = dir.file("proj.geojson");
    test::writeText(proj, R"({"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::4547"}},"features":[{"type":"Feature","properties":{},"geometry":{"type":"Point","coordinates":[431030,2558111]}}]})");
    r = readVectorFile(proj, o);
    EXPECT_TRUE(r.layers.empty());
    ASSERT_FALSE(r.messages.empty());
    EXPECT_NE(r.messages.back().text.find("longitude/latitude"), std::string::npos);
}

// Baidu Mercator against pairs Baidu's own map gives (Tiananmen) and pairs across its latitude bands
// as its published API computes them.
TEST(BaiduMercator, MatchesPublishedPairs) {
    struct Pair {
        pa::Vec2d ll, mc;
    } pairs[] = {{{116.403874, 39.914889}, {12958160.97, 4825907.72}},
                 {{72.01421676128244, 0.8367788448845025}, {8016673.168576939, 92523.63565165037}},
                 {{72.01577158351537, 55.83353212549679}, {8016846.25, 7489653.42}},
                 {{137.8436809381955, 0.8359606206992264}, {15344855.34, 92433.16}},
                 {{137.8500713872502, 55.83597897112281}, {15345566.72, 7490137.41}},
                 {{73.13470409826147, 5.6212751357384985}, {8141406.61, 622541.72}}};
    for (const Pair& p : pairs) {
        const pa::Vec2d mc = pa::bd09ToBaiduMercator(p.ll);
        EXPECT_NEAR(mc.x, p.mc.x, 0.05) << p.ll.x << "," << p.ll.y;
        EXPECT_NEAR(mc.y, p.mc.y, 0.05) << p.ll.x << "," << p.ll.y;
        const pa::Vec2d ll = pa::baiduMercatorToBd09(p.mc);
        EXPECT_NEAR(ll.x, p.ll.x, 1e-6);
        EXPECT_NEAR(ll.y, p.ll.y, 1e-6);
    }
    // Round trips over Guangzhou stay within a few centimetres (a millionth of a degree is 11 cm).
    for (double lon = 113.2; lon < 113.5; lon += 0.05)
        for (double lat = 23.0; lat < 23.3; lat += 0.05) {
            const pa::Vec2d back = pa::baiduMercatorToBd09(pa::bd09ToBaiduMercator({lon, lat}));
            EXPECT_NEAR(back.x, lon, 5e-7);
            EXPECT_NEAR(back.y, lat, 5e-7);
        }
}
