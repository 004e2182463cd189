// The GeoJSON fast path against GDAL's reader: every JSON file of the hostile-input corpus (the
// third-party fixtures and the generated cases), the bundled geodata, the reference data and a set of
// cases written for the fast path's edges are read both ways, and the results must be the same to the
// byte: layers, features, attributes, vertices, triangles, messages. The fast path may decline a file
// (GDAL then reads it), never read it differently.
#include <gtest/gtest.h>

#include <atomic>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "io/geojson_reader.h"
#include "io/ogr_reader.h"
#include "io/vector_precheck.h"
#include "test_support.h"

namespace fs = std::filesystem;
using namespace pa;

namespace {

// `parts`: how many parts the fast path reads the file in, each on a thread of its own and joined
// after (0: its own choice, one part below a few thousand features).
ReadResult readWith(const std::string& path, bool gdal, int parts = 0, bool triangles = true) {
    if (gdal) setenv("PLANATLAS_GEOJSON_READER", "gdal", 1);
    if (parts) setenv("PLANATLAS_GEOJSON_PARTS", std::to_string(parts).c_str(), 1);
    ReadOptions o;
    o.triangles = triangles;
    ReadResult r = readVectorFile(path, o);
    unsetenv("PLANATLAS_GEOJSON_READER");
    unsetenv("PLANATLAS_GEOJSON_PARTS");
    return r;
}

// Whether the fast path reads the file itself.
bool fastReads(const std::string& path) {
    VectorPrecheck pre = precheckVectorFile(path, "");
    if (hasErrors(pre.messages) || pre.jsonText.empty()) return false;
    ReadResult r;
    return readGeoJsonFast(path, path, pre.jsonText.view(), pre.jsonScan, {}, r);
}

struct Tally {
    int files = 0, fast = 0;
};

void compareTree(const fs::path& top, Tally& t) {
    if (!fs::exists(top)) return;
    std::error_code ec;
    for (const auto& e : fs::recursive_directory_iterator(top, ec)) {
        const std::string ext = e.path().extension().string();
        if (!e.is_regular_file(ec) || e.is_symlink(ec) || (ext != ".json" && ext != ".geojson")) continue;
        const std::string path = e.path().string();
        ++t.files;
        const ReadResult byGdal = readWith(path, true);
        const std::string gdal = test::describeRead(byGdal);
        EXPECT_EQ(test::describeRead(readWith(path, false)), gdal) << path;
        // Read for the painter (no triangles kept, the clearly valid not cut at all): the same
        // features, vertices and messages, either way.
        EXPECT_EQ(test::describeRead(readWith(path, false, 0, false), false), test::describeRead(byGdal, false)) << path << " without triangles";
        EXPECT_EQ(test::describeRead(readWith(path, true, 0, false), false), test::describeRead(byGdal, false)) << path << " by GDAL without triangles";
        EXPECT_EQ(test::describeRead(readWith(path, false, 3)), gdal) << path << " read in three parts";
        if (fastReads(path)) ++t.fast;
    }
}

fs::path writeCase(const fs::path& dir, const std::string& name, const std::string& text) {
    fs::create_directories(dir);
    const fs::path p = dir / name;
    std::ofstream(p, std::ios::binary) << text;
    return p;
}

const fs::path kSource = PLANATLAS_SOURCE_DIR_FOR_TESTS;

}  // namespace

TEST(GeoJsonFast, ReadsTheCorpusExactlyAsGdal) {
    const fs::path corpus = fs::temp_directory_path() / ("planatlas-fast-corpus-" + std::to_string(::getpid()));
    const std::string make = "python3 '" + (kSource / "tests/corpus/make_corpus.py").string() + "' '" + corpus.string() +
                             "' --root '" + kSource.string() + "' > /dev/null";
    ASSERT_EQ(std::system(make.c_str()), 0);
    Tally t;
    compareTree(kSource / "tests/corpus/thirdparty", t);
    compareTree(corpus, t);
    fs::remove_all(corpus);
    RecordProperty("files", t.files);
    RecordProperty("fast", t.fast);
    std::printf("corpus: %d JSON files, %d read by the fast path\n", t.files, t.fast);
    EXPECT_GT(t.files, 400);
    EXPECT_GT(t.fast, 100);  // the comparison means something only if the fast path reads much of it
}

TEST(GeoJsonFast, ReadsTheBundledAndReferenceDataAsGdalAndItself) {
    // Most bundled layers have a list attribute whose first value is an empty array, which GDAL keeps as
    // JSON text ("[ ]"): those are GDAL's to read.
    Tally t;
    compareTree(kSource / "geodata", t);
    compareTree(kSource / "../shared/reference", t);
    std::printf("bundled and reference: %d JSON files, %d read by the fast path\n", t.files, t.fast);
    EXPECT_GT(t.files, 12);
    EXPECT_GT(t.fast, 3);
}

TEST(GeoJsonFast, EdgeCasesAreReadAsGdalOrDeclined) {
    const fs::path dir = fs::temp_directory_path() / ("planatlas-fast-edges-" + std::to_string(::getpid()));
    auto fc = [](const std::string& features, const std::string& extra = "") {
        return "{\"type\":\"FeatureCollection\"" + extra + ",\"features\":[" + features + "]}";
    };
    auto pt = [](const std::string& props, const std::string& coords = "[113.3,23.1]") {
        return "{\"type\":\"Feature\",\"properties\":" + props + ",\"geometry\":{\"type\":\"Point\",\"coordinates\":" + coords + "}}";
    };
    const std::vector<std::pair<std::string, std::string>> cases = {
        {"mixed_numbers", fc(pt("{\"a\":1,\"b\":0.30000000000000004}") + "," + pt("{\"a\":2.5,\"b\":123456.789012345678}"))},
        {"big_ints", fc(pt("{\"a\":12345678901,\"b\":1e15,\"c\":1000000000000000}") + "," + pt("{\"a\":1,\"b\":2.5,\"c\":-3}"))},
        {"big_int_in_real", fc(pt("{\"b\":1e15}") + "," + pt("{\"b\":1000000000000000}"))},
        {"null_first", fc(pt("{\"b\":null,\"a\":1}") + "," + pt("{\"b\":2,\"a\":3,\"c\":\"x\"}"))},
        {"dates", fc(pt("{\"d\":\"2021-05-01\",\"t\":\"12:30:00\",\"s\":\"2021-05-01 开放\"}"))},
        {"bools", fc(pt("{\"a\":true}") + "," + pt("{\"a\":false}"))},
        {"mixed_kinds", fc(pt("{\"a\":1}") + "," + pt("{\"a\":\"one\"}"))},
        {"lists", fc(pt("{\"a\":[\"x\",\"y\"],\"b\":[1,2],\"c\":[]}"))},
        {"empty_list_after", fc(pt("{\"a\":[\"x\",\"y\"]}") + "," + pt("{\"a\":[]}"))},
        {"empty_list_first", fc(pt("{\"a\":[]}") + "," + pt("{\"a\":[\"x\"]}"))},
        {"objects", fc(pt("{\"a\":{\"b\":1}}"))},
        {"case_names", fc(pt("{\"Name\":\"a\"}") + "," + pt("{\"name\":\"b\"}"))},
        {"string_id", fc(pt("{\"id\":\"z-1\",\"n\":\"a\"}") + "," + pt("{\"n\":\"b\"}"))},
        {"top_level_ids", fc("{\"type\":\"Feature\",\"id\":7,\"properties\":{},\"geometry\":{\"type\":\"Point\",\"coordinates\":[1,2]}}")},
        {"three_d", fc(pt("{}", "[113.3,23.1,5]"))},
        {"null_geometry", fc(pt("{\"a\":1}") + ",{\"type\":\"Feature\",\"properties\":{\"a\":2},\"geometry\":null}")},
        {"crs84", fc(pt("{}"), ",\"crs\":{\"type\":\"name\",\"properties\":{\"name\":\"urn:ogc:def:crs:OGC:1.3:CRS84\"}}")},
        {"crs_3857", fc(pt("{}", "[12613000,2586000]"), ",\"crs\":{\"type\":\"name\",\"properties\":{\"name\":\"EPSG:3857\"}}")},
        {"crs_unknown", fc(pt("{}"), ",\"crs\":{\"type\":\"name\",\"properties\":{\"name\":\"EPSG:999999\"}}")},
        {"escapes", fc(pt("{\"a\":\"line\\nbreak \\u00e9 \\\"q\\\"\",\"b\":\"nul\\u0000cut\"}"))},
        {"escapes_ok", fc(pt("{\"a\":\"line\\nbreak \\u00e9 \\\"q\\\" \\ud83d\\ude00\"}"))},
        {"polygons",
         fc("{\"type\":\"Feature\",\"properties\":{\"id\":3},\"geometry\":{\"type\":\"MultiPolygon\",\"coordinates\":"
            "[[[[0,0],[2,0],[2,2],[0,2],[0,0]]],[[[1,1],[3,1],[3,3],[1,3],[1,1]]]]}},"
            "{\"type\":\"Feature\",\"properties\":{\"id\":4},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":"
            "[[[0,0],[4,0],[0,4],[4,4],[0,0]]]}},"
            "{\"type\":\"Feature\",\"properties\":{\"id\":5},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":"
            "[[[0,0],[4,0],[4,4]]]}}")},
        // Holes, rings left open, a hole that is its shell, rings touching at a point, a bowtie beside
        // a square: each of the builder's ways through a polygon the fast path gives it as flat arrays.
        {"polygon_rings",
         fc("{\"type\":\"Feature\",\"properties\":{\"id\":1},\"geometry\":{\"type\":\"MultiPolygon\",\"coordinates\":"
            "[[[[0,0],[10,0],[10,10],[0,10],[0,0]],[[2,2],[4,2],[4,4],[2,4]]],[[[20,0],[30,0],[30,10],[20,10]]]]}},"
            "{\"type\":\"Feature\",\"properties\":{\"id\":2},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":"
            "[[[0,0],[4,0],[4,4],[0,4],[0,0]],[[0,0],[4,0],[4,4],[0,4],[0,0]]]}},"
            "{\"type\":\"Feature\",\"properties\":{\"id\":3},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":"
            "[[[0,0],[10,0],[10,10],[0,10],[0,0]],[[0,0],[5,2],[2,5],[0,0]]]}},"
            "{\"type\":\"Feature\",\"properties\":{\"id\":4},\"geometry\":{\"type\":\"MultiPolygon\",\"coordinates\":"
            "[[[[0,0],[4,0],[0,4],[4,4],[0,0]]],[[[10,0],[12,0],[12,2],[10,2],[10,0]]]]}},"
            "{\"type\":\"Feature\",\"properties\":{\"id\":5},\"geometry\":{\"type\":\"MultiPolygon\",\"coordinates\":"
            "[[[[0,0],[1,1],[2,2],[0,0]]],[[[5,5],[5,5],[5,5],[5,5]]]]}}")},
        {"coordinates_first", fc("{\"type\":\"Feature\",\"properties\":{},\"geometry\":{\"coordinates\":[[0,0],[1,1]],\"type\":\"LineString\"}}")},
        {"lines_points",
         fc("{\"type\":\"Feature\",\"properties\":{},\"geometry\":{\"type\":\"MultiLineString\",\"coordinates\":[[[0,0],[1,1]],[[2,2]]]}},"
            "{\"type\":\"Feature\",\"properties\":{},\"geometry\":{\"type\":\"MultiPoint\",\"coordinates\":[[0,0],[1,1]]}},"
            "{\"type\":\"Feature\",\"properties\":{},\"geometry\":{\"type\":\"GeometryCollection\",\"geometries\":[]}}")},
        {"not_lonlat", fc(pt("{}", "[500000,2500000]"))},
        // Across the parts of a file read in parallel: fields met in another order, an empty list in a
        // later part, kinds that only conflict across parts, repairs and skips in later parts.
        {"key_order", fc(pt("{\"a\":1}") + "," + pt("{\"c\":\"x\",\"b\":2}") + "," + pt("{\"b\":3,\"a\":4,\"d\":true}"))},
        {"join_order", fc(pt("{\"a\":1}") + "," + pt("{\"c\":\"x\"}") + "," + pt("{\"b\":3,\"c\":\"y\"}"))},
        {"join_order_ok", fc(pt("{\"a\":1}") + "," + pt("{\"a\":2,\"c\":\"x\"}") + "," + pt("{\"c\":\"y\",\"d\":3}"))},
        {"join_empty_list", fc(pt("{\"l\":[\"x\"]}") + "," + pt("{\"n\":1}") + "," + pt("{\"l\":[]}"))},
        {"join_empty_list_new", fc(pt("{\"n\":1}") + "," + pt("{\"n\":2}") + "," + pt("{\"l\":[]}") + "," + pt("{\"l\":[\"y\"]}"))},
        {"join_kinds", fc(pt("{\"a\":1}") + "," + pt("{\"n\":1}") + "," + pt("{\"a\":\"s\"}"))},
        {"join_real_bigint", fc(pt("{\"a\":1000000000000000}") + "," + pt("{\"n\":1}") + "," + pt("{\"a\":0.5}"))},
        {"join_repairs",
         fc(pt("{\"id\":1}") + ",{\"type\":\"Feature\",\"properties\":{\"id\":2},\"geometry\":null}," +
            "{\"type\":\"Feature\",\"properties\":{\"id\":3},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[4,0],[0,4],[4,4],[0,0]]]}}," +
            "{\"type\":\"Feature\",\"properties\":{\"id\":4},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[2,0],[0,2],[2,2],[0,0]]]}}," +
            "{\"type\":\"Feature\",\"properties\":{\"id\":5},\"geometry\":null}")},
    };
    for (const auto& [name, text] : cases) {
        const std::string path = writeCase(dir, name + ".geojson", text).string();
        const std::string gdal = test::describeRead(readWith(path, true));
        EXPECT_EQ(test::describeRead(readWith(path, false)), gdal) << name;
        for (int parts : {2, 3}) EXPECT_EQ(test::describeRead(readWith(path, false, parts)), gdal) << name << " in " << parts << " parts";
    }
    // The common shapes are the fast path's own: a test that the comparisons above are not all GDAL's.
    for (const char* own : {"mixed_numbers", "big_ints", "null_first", "bools", "null_geometry", "crs84", "crs_3857", "polygons", "polygon_rings",
                           "not_lonlat", "case_names", "string_id", "escapes_ok", "empty_list_after", "join_order_ok", "join_empty_list"})
        EXPECT_TRUE(fastReads((dir / (std::string(own) + ".geojson")).string())) << own;
    for (const char* gdal : {"dates", "mixed_kinds", "lists", "objects", "top_level_ids", "three_d", "crs_unknown", "escapes",
                            "big_int_in_real", "coordinates_first", "lines_points", "empty_list_first", "key_order", "join_order"})
        EXPECT_FALSE(fastReads((dir / (std::string(gdal) + ".geojson")).string())) << gdal;
    fs::remove_all(dir);
}

TEST(GeoJsonFast, ReadsTheBenchmarkDataAsGdal) {
    const fs::path make = kSource / "../shared/bench/make_synthetic.py";
    if (!fs::exists(make)) GTEST_SKIP() << "no " << make;
    const fs::path out = fs::temp_directory_path() / ("planatlas-fast-synthetic-" + std::to_string(::getpid()) + ".geojson");
    ASSERT_EQ(std::system(("python3 '" + make.string() + "' 5000 42 '" + out.string() + "' > /dev/null").c_str()), 0);
    EXPECT_TRUE(fastReads(out.string()));
    const std::string fast = test::describeRead(readWith(out.string(), false));
    EXPECT_EQ(fast, test::describeRead(readWith(out.string(), true)));
    EXPECT_EQ(test::describeRead(readWith(out.string(), false, 0, false), false), test::describeRead(readWith(out.string(), true), false)) << "without triangles";
    EXPECT_NE(fast.find("repaired with GEOS MakeValid"), std::string::npos) << "the data has invalid polygons to repair";
    // The text's pages given back as its features are read (as for a file of 64 MB or more), in one
    // part and in two: nothing read from a page after it went.
    // The fast path must read it itself (a decline would hide a page read after it went: GDAL reads
    // the file then).
    setenv("PLANATLAS_GEOJSON_RELEASE_BYTES", "0", 1);
    for (const char* parts : {"1", "2"}) {
        setenv("PLANATLAS_GEOJSON_PARTS", parts, 1);
        VectorPrecheck pre = precheckVectorFile(out.string(), "");
        ASSERT_FALSE(pre.jsonText.empty());
        ReadResult r;
        r.messages = pre.messages;
        EXPECT_TRUE(readGeoJsonFast(out.string(), out.string(), pre.jsonText.view(), pre.jsonScan, {}, r, true)) << parts << " part(s)";
        EXPECT_EQ(test::describeRead(r), fast) << parts << " part(s)";
    }
    unsetenv("PLANATLAS_GEOJSON_PARTS");
    unsetenv("PLANATLAS_GEOJSON_RELEASE_BYTES");
    fs::remove(out);
}

TEST(GeoJsonFast, StopsWhenCancelled) {
    const fs::path dir = fs::temp_directory_path() / ("planatlas-fast-cancel-" + std::to_string(::getpid()));
    std::string features;
    for (int i = 0; i < 5000; ++i)
        features += std::string(i ? "," : "") + "{\"type\":\"Feature\",\"properties\":{\"n\":" + std::to_string(i) +
                    "},\"geometry\":{\"type\":\"Point\",\"coordinates\":[113.3,23.1]}}";
    const std::string path = writeCase(dir, "points.geojson", "{\"type\":\"FeatureCollection\",\"features\":[" + features + "]}").string();
    ASSERT_TRUE(fastReads(path));
    std::atomic<bool> cancel{true};
    ReadOptions o;
    o.cancel = &cancel;
    std::size_t heard = 0;
    o.progress = [&](std::size_t, std::size_t total) { heard = total; };
    const ReadResult r = readVectorFile(path, o);
    EXPECT_TRUE(r.cancelled);
    EXPECT_TRUE(r.layers.empty());
    ASSERT_EQ(r.messages.size(), 1u);
    EXPECT_NE(r.messages[0].text.find("loading was cancelled"), std::string::npos);
    cancel = false;
    const ReadResult whole = readVectorFile(path, o);
    ASSERT_EQ(whole.layers.size(), 1u);
    EXPECT_EQ(whole.layers[0].features.size(), 5000u);
    EXPECT_EQ(heard, 5000u) << "progress counts against the number of features";
    fs::remove_all(dir);
}
