// Reading through GDAL: geometry kinds, repair of invalid polygons, and every kind of bad input
// producing a clear message that names the file.
#include <gtest/gtest.h>

#include <filesystem>

#include "document/map_document.h"
#include "io/ogr_reader.h"
#include "test_support.h"

using namespace pa;
using pa::test::TempDir;

namespace {

std::string fc(const std::string& features) {
    return R"({"type":"FeatureCollection","features":[)" + features + "]}";
}

std::string feature(const std::string& geometry, const std::string& props = "{}") {
    return R"({"type":"Feature","properties":)" + props + R"(,"geometry":)" + geometry + "}";
}

bool mentions(const Diagnostics& d, const std::string& file, const std::string& words,
              Diagnostic::Severity sev = Diagnostic::Severity::Error) {
    for (const auto& m : d)
        if (m.severity == sev && m.file == file && m.text.find(words) != std::string::npos) return true;
    return false;
}

}  // namespace

TEST(Reader, PolygonWithHoleLineAndPoint) {
    TempDir dir;
    const std::string path = dir.file("mixed.geojson");
    test::writeText(path, fc(feature(R"({"type":"Polygon","coordinates":[[[113.30,23.10],[113.40,23.10],[113.40,23.20],[113.30,23.20],[113.30,23.10]],[[113.33,23.13],[113.33,23.17],[113.37,23.17],[113.37,23.13],[113.33,23.13]]]})",
                                     R"({"name":"天河"})") +
                             "," + feature(R"({"type":"LineString","coordinates":[[113.3,23.1],[113.4,23.2]]})") + "," +
                             feature(R"({"type":"Point","coordinates":[113.32296,23.13716]})")));
    ReadResult r = readVectorFile(path);
    ASSERT_TRUE(r.messages.empty()) << r.messages.front().toLine();
    ASSERT_EQ(r.layers.size(), 1u);
    const Layer& l = r.layers[0];
    EXPECT_EQ(l.name, "mixed");
    ASSERT_EQ(l.features.size(), 3u);
    EXPECT_EQ(*l.features[0].property("name"), "天河");
    const GeometryCounts c = l.counts();
    EXPECT_EQ(c.polygons, 1u);
    EXPECT_EQ(c.lines, 1u);
    EXPECT_EQ(c.points, 1u);
    const Part& poly = l.parts[l.features[0].firstPart];
    EXPECT_EQ(poly.ringCount, 2u);
    EXPECT_NEAR(test::triangleAreaOfPart(l, poly), 0.01 - 0.0016, 1e-12);
}

TEST(Reader, MultiPolygonKeepsEveryPart) {
    TempDir dir;
    const std::string path = dir.file("multi.geojson");
    test::writeText(path, fc(feature(R"({"type":"MultiPolygon","coordinates":[[[[0,0],[1,0],[1,1],[0,1],[0,0]]],[[[2,0],[3,0],[3,1],[2,1],[2,0]]]]})")));
    ReadResult r = readVectorFile(path);
    ASSERT_EQ(r.layers.size(), 1u);
    EXPECT_EQ(r.layers[0].features[0].partCount, 2u);
    EXPECT_EQ(r.layers[0].triangles.size(), 12u);
}

TEST(Reader, SelfIntersectingPolygonIsRepairedAndReported) {
    TempDir dir;
    const std::string path = dir.file("bowtie.geojson");
    test::writeText(path, fc(feature(R"({"type":"Polygon","coordinates":[[[0,0],[2,2],[2,0],[0,2],[0,0]]]})")));
    ReadResult r = readVectorFile(path);
    ASSERT_EQ(r.layers.size(), 1u);
    EXPECT_TRUE(mentions(r.messages, path, "repaired", Diagnostic::Severity::Warning));
    const Layer& l = r.layers[0];
    double area = 0;
    for (const Part& p : l.parts) {
        EXPECT_NEAR(test::triangleAreaOfPart(l, p), test::polygonAreaOfPart(l, p), 1e-12);
        area += test::triangleAreaOfPart(l, p);
    }
    EXPECT_NEAR(area, 2.0, 1e-12);  // two triangles of area 1, not a fan across the crossing
}

TEST(Reader, UnclosedRingIsClosed) {
    TempDir dir;
    const std::string path = dir.file("unclosed.geojson");
    test::writeText(path, fc(feature(R"({"type":"Polygon","coordinates":[[[0,0],[4,0],[4,4],[0,4]]]})")));
    ReadResult r = readVectorFile(path);
    ASSERT_EQ(r.layers.size(), 1u);
    const Layer& l = r.layers[0];
    ASSERT_EQ(l.parts.size(), 1u);
    EXPECT_NEAR(test::triangleAreaOfPart(l, l.parts[0]), 16.0, 1e-12);
    EXPECT_EQ(l.vertices.front(), l.vertices.back());
}

TEST(Reader, GbkAttributesAreRecodedAndReported) {
    TempDir dir;
    const std::string path = dir.file("gbk.geojson");
    // "天河公园" in GBK bytes, inside an otherwise ASCII GeoJSON file.
    test::writeText(path, fc(feature(R"({"type":"Point","coordinates":[113.37,23.13]})",
                                     "{\"name\":\"\xCC\xEC\xBA\xD3\xB9\xAB\xD4\xB0\"}")));
    ReadResult r = readVectorFile(path);
    ASSERT_EQ(r.layers.size(), 1u);
    EXPECT_EQ(*r.layers[0].features[0].property("name"), "天河公园");
    EXPECT_TRUE(mentions(r.messages, path, "GB18030", Diagnostic::Severity::Warning));
}

TEST(Reader, MissingFile) {
    const std::string path = "/nonexistent/dir/roads.geojson";
    ReadResult r = readVectorFile(path);
    EXPECT_TRUE(r.layers.empty());
    EXPECT_TRUE(mentions(r.messages, path, "not found"));
}

TEST(Reader, ZeroByteFile) {
    TempDir dir;
    const std::string path = dir.file("empty.geojson");
    test::writeText(path, "");
    ReadResult r = readVectorFile(path);
    EXPECT_TRUE(r.layers.empty());
    EXPECT_TRUE(mentions(r.messages, path, "0 bytes"));
}

TEST(Reader, BrokenJson) {
    TempDir dir;
    const std::string path = dir.file("broken.geojson");
    test::writeText(path, R"({"type":"FeatureCollection","features":[{"type":"Feature","geometry":{"type":"Point","coordinates":[113.3,)");
    ReadResult r = readVectorFile(path);
    EXPECT_TRUE(r.layers.empty());
    EXPECT_TRUE(mentions(r.messages, path, "truncated: the JSON ends at byte 106 inside an array")) << r.messages[0].toLine();
}

TEST(Reader, UnreadableFormat) {
    TempDir dir;
    const std::string path = dir.file("photo.dat");
    static const char kBytes[] = "\x89PNG\r\n\x1a\n not really a vector file";
    test::writeText(path, std::string(kBytes, sizeof kBytes - 1));
    ReadResult r = readVectorFile(path);
    EXPECT_TRUE(r.layers.empty());
    EXPECT_TRUE(mentions(r.messages, path, "unknown or unsupported format"));
}

TEST(Reader, EmptyLayer) {
    TempDir dir;
    const std::string path = dir.file("nothing.geojson");
    test::writeText(path, fc(""));
    ReadResult r = readVectorFile(path);
    EXPECT_TRUE(r.layers.empty());
    EXPECT_TRUE(mentions(r.messages, path, "empty"));
}

TEST(Reader, LayerWithoutCrsInProjectedUnitsIsRefused) {
    TempDir dir;
    const std::string src = dir.file("src.geojson");
    test::writeText(src, fc(feature(R"({"type":"Point","coordinates":[38500000,2560000]})")));
    const std::string shp = dir.file("nocrs.shp");
    ASSERT_TRUE(test::convertWithGdal(src, shp, "ESRI Shapefile"));
    std::filesystem::remove(dir.file("nocrs.prj"));
    ReadResult r = readVectorFile(shp);
    EXPECT_TRUE(r.layers.empty());
    EXPECT_TRUE(mentions(r.messages, shp, "no CRS"));
}

TEST(Reader, LayerWithoutCrsInLonLatIsAssumedWgs84WithAWarning) {
    TempDir dir;
    const std::string src = dir.file("src.geojson");
    test::writeText(src, fc(feature(R"({"type":"Point","coordinates":[113.3,23.1]})")));
    const std::string shp = dir.file("lonlat.shp");
    ASSERT_TRUE(test::convertWithGdal(src, shp, "ESRI Shapefile"));
    std::filesystem::remove(dir.file("lonlat.prj"));
    ReadResult r = readVectorFile(shp);
    ASSERT_EQ(r.layers.size(), 1u);
    EXPECT_TRUE(mentions(r.messages, shp, "WGS 84 was assumed", Diagnostic::Severity::Warning));
}

TEST(Reader, ReadingWritesNothingBesideTheInput) {
    TempDir dir;
    const std::string src = dir.file("src.geojson");
    test::writeText(src, fc(feature(R"({"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,0]]]})")));
    ASSERT_TRUE(test::convertWithGdal(src, dir.file("a.shp"), "ESRI Shapefile"));
    auto listing = [&] {
        std::vector<std::string> names;
        for (auto& e : std::filesystem::directory_iterator(dir.path())) names.push_back(e.path().filename().string());
        std::sort(names.begin(), names.end());
        return names;
    };
    const auto before = listing();
    const auto mtime = std::filesystem::last_write_time(src);
    readVectorFile(src);
    readVectorFile(dir.file("a.shp"));
    EXPECT_EQ(listing(), before);
    EXPECT_EQ(std::filesystem::last_write_time(src), mtime);
}

TEST(Reader, UnknownCrsIsReported) {
    TempDir dir;
    const std::string path = dir.file("badcrs.geojson");
    test::writeText(path, R"({"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::999999"}},"features":[{"type":"Feature","properties":{},"geometry":{"type":"Point","coordinates":[500000,2560000]}}]})");
    MapDocument doc;
    const Diagnostics d = doc.addFiles({path});
    EXPECT_TRUE(doc.layers().empty());
    EXPECT_TRUE(mentions(d, path, "crs not found", Diagnostic::Severity::Warning));
    EXPECT_TRUE(hasErrors(d));
}

TEST(Reader, CrsProjCannotUseIsAnError) {
    TempDir dir;
    const std::string src = dir.file("src.geojson");
    test::writeText(src, fc(feature(R"({"type":"Point","coordinates":[113.3,23.1]})")));
    const std::string shp = dir.file("odd.shp");
    ASSERT_TRUE(test::convertWithGdal(src, shp, "ESRI Shapefile"));
    test::writeText(dir.file("odd.prj"),
                    R"(PROJCS["nonsense",GEOGCS["x",DATUM["y",SPHEROID["z",1,0]],PRIMEM["G",0],UNIT["degree",0.0174]],PROJECTION["No_Such_Projection"],UNIT["metre",1]])");
    MapDocument doc;
    const Diagnostics d = doc.addFiles({shp});
    EXPECT_TRUE(doc.layers().empty());
    EXPECT_TRUE(mentions(d, shp, "no coordinate operation"));
}

TEST(MapDocument, KeepsGoodLayersWhenOthersFail) {
    TempDir dir;
    const std::string good = dir.file("good.geojson");
    test::writeText(good, fc(feature(R"({"type":"Point","coordinates":[113.3,23.1]})")));
    const std::string bad = dir.file("bad.geojson");
    test::writeText(bad, "{ not json");
    MapDocument doc;
    const Diagnostics d = doc.addFiles({bad, good, dir.file("missing.gpkg")});
    EXPECT_EQ(doc.layers().size(), 1u);
    EXPECT_TRUE(mentions(d, bad, "not valid JSON at byte 2 (line 1, column 3)"));
    EXPECT_TRUE(mentions(d, dir.file("missing.gpkg"), "not found"));
}
