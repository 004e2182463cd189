// Any format OGR reads opens the same way: one GeoJSON source converted by GDAL into other
// formats must read back with the same features, names and positions.
#include <gtest/gtest.h>

#include <atomic>
#include <cmath>
#include <cstdlib>
#include <filesystem>

#include <set>

#include "core/style.h"
#include "document/map_document.h"
#include "io/ogr_reader.h"
#include "test_support.h"

using namespace pa;

namespace {

const char* kSource = R"({"type":"FeatureCollection","features":[
{"type":"Feature","properties":{"name":"花城广场","kind":"park"},"geometry":{"type":"Polygon","coordinates":[[[113.3220,23.1150],[113.3260,23.1150],[113.3260,23.1230],[113.3220,23.1230],[113.3220,23.1150]],[[113.3235,23.1180],[113.3235,23.1200],[113.3245,23.1200],[113.3245,23.1180],[113.3235,23.1180]]]}},
{"type":"Feature","properties":{"name":"猎德涌","kind":"creek"},"geometry":{"type":"LineString","coordinates":[[113.3300,23.1400],[113.3320,23.1300],[113.3330,23.1150]]}},
{"type":"Feature","properties":{"name":"体育中心","kind":"station"},"geometry":{"type":"Point","coordinates":[113.32296,23.13716]}}
]})";

struct Summary {
    std::size_t features = 0, polygons = 0, lines = 0, points = 0;
    Bounds lonLat;
    bool hasChineseName = false;
};

Summary summarise(const std::string& path) {
    ReadResult r = readVectorFile(path);
    Summary s;
    EXPECT_FALSE(hasErrors(r.messages)) << (r.messages.empty() ? "" : r.messages.front().toLine());
    for (const Layer& l : r.layers) {
        s.features += l.features.size();
        const GeometryCounts c = l.counts();
        s.polygons += c.polygons;
        s.lines += c.lines;
        s.points += c.points;
        for (const Vec2d& v : l.vertices) s.lonLat.extend(v);
        for (const Feature& f : l.features)
            for (const auto& kv : f.properties) s.hasChineseName = s.hasChineseName || kv.second == "猎德涌";
    }
    return s;
}

class Formats : public ::testing::TestWithParam<std::tuple<std::string, std::string, std::vector<std::string>>> {};

}  // namespace

TEST_P(Formats, ReadsLikeTheGeoJsonSource) {
    test::TempDir dir;
    const std::string src = dir.file("source.geojson");
    test::writeText(src, kSource);
    const auto& [driver, ext, args] = GetParam();
    const std::string dst = dir.file("converted." + ext);
    ASSERT_TRUE(test::convertWithGdal(src, dst, driver, args));
    const Summary want = summarise(src);
    const Summary got = summarise(dst);
    EXPECT_EQ(got.features, 3u);
    EXPECT_EQ(got.polygons, want.polygons);
    EXPECT_EQ(got.lines, want.lines);
    EXPECT_EQ(got.points, want.points);
    EXPECT_TRUE(got.hasChineseName);
    EXPECT_NEAR(got.lonLat.minX, want.lonLat.minX, 1e-6);
    EXPECT_NEAR(got.lonLat.maxY, want.lonLat.maxY, 1e-6);
}

INSTANTIATE_TEST_SUITE_P(
    Ogr, Formats,
    ::testing::Values(std::make_tuple("GPKG", "gpkg", std::vector<std::string>{}),
                      std::make_tuple("FlatGeobuf", "fgb", std::vector<std::string>{}),
                      std::make_tuple("KML", "kml", std::vector<std::string>{}),
                      std::make_tuple("CSV", "csv", std::vector<std::string>{"-lco", "GEOMETRY=AS_WKT"}),
                      std::make_tuple("GML", "gml", std::vector<std::string>{})),
    [](const auto& info) { return std::get<0>(info.param); });

TEST(Formats, ShapefileWithPolygonsLinesAndPointsInSeparateFiles) {
    test::TempDir dir;
    const std::string src = dir.file("source.geojson");
    test::writeText(src, kSource);
    ASSERT_TRUE(test::convertWithGdal(src, dir.file("parks.shp"), "ESRI Shapefile",
                                      {"-where", "kind='park'", "-lco", "ENCODING=UTF-8"}));
    const Summary s = summarise(dir.file("parks.shp"));
    EXPECT_EQ(s.polygons, 1u);
}

TEST(Formats, CsvWithLonLatColumns) {
    test::TempDir dir;
    const std::string path = dir.file("stations.csv");
    test::writeText(path, "name,lon,lat\n体育中心,113.32296,23.13716\n珠江新城,113.32503,23.12008\n");
    const Summary s = summarise(path);
    EXPECT_EQ(s.points, 2u);
    EXPECT_NEAR(s.lonLat.minX, 113.32296, 1e-9);
}

// The benchmark's own generator, at a size a test can afford: every polygon's triangles cover it.
TEST(Formats, SyntheticPlanningDataTriangulatesExactly) {
    const std::string generator = std::string(PLANATLAS_SOURCE_DIR_FOR_TESTS) + "/../shared/bench/make_synthetic.py";
    ASSERT_TRUE(std::filesystem::exists(generator)) << "no " << generator << " (../shared is needed, see README)";
    test::TempDir dir;
    const std::string path = dir.file("synthetic.geojson");
    const std::string cmd = "python3 '" + generator + "' 3000 42 '" + path + "' >/dev/null";
    ASSERT_EQ(std::system(cmd.c_str()), 0);
    ReadResult r = readVectorFile(path);
    ASSERT_EQ(r.layers.size(), 1u);
    const Layer& l = r.layers[0];
    EXPECT_EQ(l.features.size(), 3000u);
    std::size_t withHoles = 0;
    for (const Part& p : l.parts) {
        ASSERT_EQ(p.kind, PartKind::Polygon);
        const double want = test::polygonAreaOfPart(l, p);
        EXPECT_NEAR(test::triangleAreaOfPart(l, p) / want, 1.0, 1e-9);
        withHoles += p.ringCount > 1;
    }
    EXPECT_GT(withHoles, 100u);
}

TEST(Formats, LargeFilesReadInRangesOnAllCoresAsInOnePass) {
    // GeoPackage, Shapefile and FlatGeobuf layers of 20,000 features or more are read in one range
    // a core, each from a dataset of its own: the same layer to the byte as one sequential read,
    // with the same messages (the data has polygons to repair and multipolygons to check).
    const std::string generator = std::string(PLANATLAS_SOURCE_DIR_FOR_TESTS) + "/../shared/bench/make_synthetic.py";
    ASSERT_TRUE(std::filesystem::exists(generator)) << "no " << generator << " (../shared is needed, see README)";
    test::TempDir dir;
    const std::string source = dir.file("synthetic.geojson");
    ASSERT_EQ(std::system(("python3 '" + generator + "' 30000 42 '" + source + "' >/dev/null").c_str()), 0);
    const std::pair<const char*, const char*> formats[] = {{"GPKG", "s.gpkg"}, {"ESRI Shapefile", "s.shp"}, {"FlatGeobuf", "s.fgb"}};
    for (const auto& [driver, name] : formats) {
        const std::string path = dir.file(name);
        ASSERT_TRUE(test::convertWithGdal(source, path, driver)) << driver;
        ReadOptions o;
        std::size_t reported = 0;
        o.progress = [&](std::size_t done, std::size_t) { reported = std::max(reported, done); };
        const std::string inRanges = test::describeRead(readVectorFile(path, o));
        EXPECT_GT(reported, 10000u) << driver << ": progress reported while reading";
        setenv("PLANATLAS_OGR_RANGES", "1", 1);
        const std::string onePass = test::describeRead(readVectorFile(path));
        unsetenv("PLANATLAS_OGR_RANGES");
        EXPECT_EQ(inRanges, onePass) << driver;
        EXPECT_NE(onePass.find("repaired with GEOS MakeValid"), std::string::npos) << driver;
        // Cancelled while the ranges are read: a message, no layer.
        std::atomic<bool> cancel{true};
        o.cancel = &cancel;
        const ReadResult stopped = readVectorFile(path, o);
        EXPECT_TRUE(stopped.cancelled) << driver;
        EXPECT_TRUE(stopped.layers.empty()) << driver;
    }
    // A GeoPackage's ranges are ranges of its keys: keys with gaps (features deleted, a block of
    // them in the first half) cut it unevenly, but it still reads as in one pass.
    const std::string gaps = dir.file("gaps.gpkg");
    ASSERT_TRUE(test::convertWithGdal(source, gaps, "GPKG", {"-preserve_fid", "-where", "FID % 11 <> 3 AND (FID < 2000 OR FID > 5000)"}));
    const ReadResult read = readVectorFile(gaps);
    ASSERT_EQ(read.layers.size(), 1u);
    EXPECT_GT(read.layers[0].features.size(), 20000u);  // enough to be read in ranges
    setenv("PLANATLAS_OGR_RANGES", "1", 1);
    const std::string onePass = test::describeRead(readVectorFile(gaps));
    unsetenv("PLANATLAS_OGR_RANGES");
    EXPECT_EQ(test::describeRead(read), onePass);
}

// `render` reads only the attributes its style draws: asked for some, a read through GDAL (here a
// GeoPackage) and through the GeoJSON fast path keep those and nothing else, with the same ids,
// geometry and order as a read of everything. The default style draws "kind" and the names.
TEST(Formats, AReadForAPictureKeepsOnlyTheAttributesItDraws) {
    test::TempDir dir;
    const std::string src = dir.file("source.geojson");
    std::string text = kSource;
    const std::string owner = "\"owner\":\"某单位\",";
    for (std::size_t at = 0; (at = text.find("\"kind\":", at)) != std::string::npos; at += owner.size() + 7) text.insert(at, owner);
    test::writeText(src, text);
    const std::string gpkg = dir.file("converted.gpkg");
    ASSERT_TRUE(test::convertWithGdal(src, gpkg, "GPKG"));
    ReadOptions some;
    some.attributes = std::set<std::string>{"name", "kind"};
    for (const std::string& path : {src, gpkg}) {
        const ReadResult all = readVectorFile(path);
        const ReadResult drawn = readVectorFile(path, some);
        ASSERT_EQ(all.layers.size(), 1u) << path;
        ASSERT_EQ(drawn.layers.size(), 1u) << path;
        const Layer& a = all.layers[0];
        const Layer& d = drawn.layers[0];
        ASSERT_EQ(d.features.size(), a.features.size()) << path;
        EXPECT_EQ(d.vertices.size(), a.vertices.size()) << path;
        for (std::size_t i = 0; i < a.features.size(); ++i) {
            EXPECT_EQ(d.features[i].id, a.features[i].id) << path;
            EXPECT_EQ(a.features[i].value("owner"), "某单位") << path;
            EXPECT_EQ(d.features[i].property("owner"), nullptr) << path;
            EXPECT_EQ(d.features[i].value("name"), a.features[i].value("name")) << path;
            EXPECT_EQ(d.features[i].value("kind"), a.features[i].value("kind")) << path;
            EXPECT_EQ(d.features[i].properties.size(), 2u) << path;
        }
    }
    StyleSheet style;
    StyleRule byKind;
    byKind.property = "kind";
    style.rules.push_back(byKind);
    style.base.fillColorProperty = "colour";
    const std::set<std::string> drawnByStyle = style.attributesDrawn();
    for (const char* k : {"kind", "colour", "name", "name_en", "名称"}) EXPECT_EQ(drawnByStyle.count(k), 1u) << k;
    EXPECT_EQ(drawnByStyle.count("owner"), 0u);
}
