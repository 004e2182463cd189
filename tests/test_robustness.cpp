// What must hold for any input: outputs never replace an input, a bundled file or anything not a
// regular file, and leave no temporary behind; readers refuse what would block and explain what is
// wrong with the byte it is at; a cancel stops GDAL's own parsing; arguments parse strictly.
#include <gtest/gtest.h>
#include <iterator>
#include <sstream>

#include <QByteArray>
#include <QString>

#include <ogr_api.h>

#include <atomic>
#include <chrono>
#include <cmath>
#include <dirent.h>
#include <filesystem>
#include <fstream>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>

#include "core/arguments.h"
#include "core/json_scan.h"
#include "io/crs.h"
#include "io/geodata_paths.h"
#include "io/input_file.h"
#include "io/ogr_reader.h"
#include "io/vector_precheck.h"
#include "io/output_file.h"
#include "test_support.h"

using namespace pa;

namespace {
std::string text(const Problem& p) { return p ? p->text : std::string(); }
}  // namespace
using pa::test::TempDir;

namespace {

std::string readAll(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), {});
}

std::size_t filesIn(const std::string& dir) {
    std::size_t n = 0;
    for (const auto& e : std::filesystem::directory_iterator(dir)) n += e.is_regular_file() || e.is_symlink();
    return n;
}

int threadCount() {
    int n = 0;
    if (DIR* d = opendir("/proc/self/task")) {
        while (dirent* e = readdir(d)) n += e->d_name[0] != '.';
        closedir(d);
    }
    return n;
}

// A GeoJSON of `n` small squares: big enough that GDAL parses it for a good while.
std::string squares(int n) {
    std::string json = R"({"type":"FeatureCollection","features":[)";
    char buf[512];
    for (int i = 0; i < n; ++i) {
        const double x = 113.30 + (i % 300) * 0.0004, y = 23.10 + (i / 300) * 0.0004;
        std::snprintf(buf, sizeof buf,
                      R"(%s{"type":"Feature","properties":{"n":%d,"name":"方块%d"},"geometry":{"type":"Polygon","coordinates":[[[%.6f,%.6f],[%.6f,%.6f],[%.6f,%.6f],[%.6f,%.6f],[%.6f,%.6f]]]}})",
                      i ? "," : "", i, i, x, y, x + 0.0003, y, x + 0.0003, y + 0.0003, x, y + 0.0003, x, y);
        json += buf;
    }
    return json + "]}";
}

}  // namespace

TEST(Outputs, NeverAnInputUnderAnyName) {
    TempDir dir;
    const std::string in = dir.file("in.png");
    test::writeText(in, "input bytes");
    ::symlink(in.c_str(), dir.file("link.png").c_str());
    ::link(in.c_str(), dir.file("hard.png").c_str());
    std::filesystem::create_directory(dir.file("sub"));
    OutputRules r;
    r.inputs = {in};
    r.extensions = {"png"};
    r.format = "a PNG image";
    EXPECT_NE(text(outputProblem(in, r)).find("is the input " + in), std::string::npos);
    EXPECT_NE(text(outputProblem(dir.file("sub/../in.png"), r)).find("is the input"), std::string::npos);
    EXPECT_NE(text(outputProblem(dir.file("hard.png"), r)).find("is the input"), std::string::npos);
    EXPECT_NE(text(outputProblem(dir.file("link.png"), r)).find("is a symbolic link (to " + in), std::string::npos);
    EXPECT_NE(text(outputProblem("/dev/full", r)).find("is a device"), std::string::npos);
    EXPECT_NE(text(outputProblem(dir.file("sub"), r)).find("is a directory"), std::string::npos);
    EXPECT_NE(text(outputProblem(dir.file("map.jpg"), r)).find("must end in .png"), std::string::npos);
    EXPECT_NE(text(outputProblem(dir.file("nodir/map.png"), r)).find("does not exist"), std::string::npos);
    EXPECT_FALSE(outputProblem(dir.file("map.png"), r));
    EXPECT_EQ(readAll(in), "input bytes");
}

TEST(Outputs, NeverAFileTheProcessHasReadNorTheBundledData) {
    TempDir dir;
    const std::string shp = dir.file("parks.shp");
    ASSERT_TRUE(test::convertWithGdal(bundledGeodataDir() + "/boundary_tianhe.geojson", shp, "ESRI Shapefile"));
    ASSERT_FALSE(readVectorFile(shp).layers.empty());
    OutputRules r;
    // The reader noted the shapefile and its companions: even its .dbf may not be replaced.
    EXPECT_NE(text(outputProblem(dir.file("parks.dbf"), r)).find("which PlanAtlas has open"), std::string::npos);
    EXPECT_NE(text(outputProblem(bundledGeodataDir() + "/boundary_tianhe.geojson", r)).find("bundled data"), std::string::npos);
    EXPECT_NE(text(outputProblem(dataRoot() + "/assets/styles/new.json", r)).find("bundled data"), std::string::npos);
    r.allowBundled = true;  // plan import --update-bundled
    EXPECT_FALSE(outputProblem(dataRoot() + "/assets/plan/other.json", r));
}

TEST(Outputs, AtomicKeepsPermissionsAndLeavesNoTemporary) {
    TempDir dir;
    const std::string out = dir.file("report.csv");
    test::writeText(out, "old");
    ::chmod(out.c_str(), 0640);
    std::string why;
    OutputRules r;
    r.extensions = {"csv"};
    const Problem written = writeFileAtomically(out, "new", r);
    ASSERT_FALSE(written) << written->text;
    EXPECT_EQ(readAll(out), "new");
    struct stat st {};
    ASSERT_EQ(::stat(out.c_str(), &st), 0);
    EXPECT_EQ(st.st_mode & 0777, 0640u);
    EXPECT_EQ(filesIn(dir.path()), 1u);
    {
        AtomicOutput half(out);
        ASSERT_FALSE(half.open());
        ASSERT_TRUE(half.write("partial", 7));
        EXPECT_EQ(filesIn(dir.path()), 2u);  // the temporary beside the target
    }  // not committed
    EXPECT_EQ(readAll(out), "new");
    EXPECT_EQ(filesIn(dir.path()), 1u);
    const Problem refused = writeFileAtomically(dir.file("report.txt"), "x", r);
    ASSERT_TRUE(refused);
    EXPECT_EQ(refused->file, dir.file("report.txt")) << "the problem names the file";
    EXPECT_EQ(filesIn(dir.path()), 1u);
}

TEST(Inputs, WhatWouldBlockIsRefusedUnopened) {
    TempDir dir;
    const std::string fifo = dir.file("pipe.geojson");
    ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
    const auto t0 = std::chrono::steady_clock::now();
    ReadResult r = readVectorFile(fifo);
    EXPECT_LT(std::chrono::steady_clock::now() - t0, std::chrono::seconds(1));
    ASSERT_EQ(r.messages.size(), 1u);
    EXPECT_NE(r.messages[0].text.find("a named pipe (FIFO)"), std::string::npos);
    EXPECT_NE(inputProblem("/dev/zero", 100).find("a device"), std::string::npos);
    EXPECT_NE(inputProblem(dir.path(), 100).find("a directory"), std::string::npos);
    ::symlink("loop-b", dir.file("loop-a").c_str());
    ::symlink("loop-a", dir.file("loop-b").c_str());
    EXPECT_NE(inputProblem(dir.file("loop-a"), 100).find("symbolic link loop"), std::string::npos);
    ::symlink("nowhere", dir.file("dangling").c_str());
    EXPECT_NE(inputProblem(dir.file("dangling"), 100).find("a symbolic link to nowhere"), std::string::npos);
    test::writeText(dir.file("big.json"), std::string(200, ' '));
    EXPECT_NE(inputProblem(dir.file("big.json"), 100).find("over the limit of 100 bytes"), std::string::npos);
}

TEST(Inputs, WideTextIsConvertedAndNamed) {
    TempDir dir;
    const std::string path = dir.file("u16.geojson");
    const std::string utf8 = R"({"type":"FeatureCollection","features":[{"type":"Feature","properties":{"name":"天河"},"geometry":{"type":"Point","coordinates":[113.3,23.1]}}]})";
    const QByteArray u16 = QByteArray("\xFF\xFE") + QByteArray(reinterpret_cast<const char*>(QString::fromStdString(utf8).utf16()),
                                                               qsizetype(QString::fromStdString(utf8).size() * 2));
    test::writeText(path, u16.toStdString());
    ReadResult r = readVectorFile(path);
    ASSERT_EQ(r.layers.size(), 1u);
    EXPECT_EQ(r.layers[0].features[0].value("name"), "天河");
    ASSERT_FALSE(r.messages.empty());
    EXPECT_NE(r.messages[0].text.find("UTF-16LE text, read as such; save it as UTF-8"), std::string::npos);
}

TEST(Inputs, CancelStopsGdalsOwnParseWithinASecond) {
    TempDir dir;
    const std::string path = dir.file("big.geojson");
    test::writeText(path, squares(150000));  // about 30 MB: GDAL parses it for seconds
    const int threadsBefore = threadCount();
    std::atomic<bool> cancel{false}, done{false};
    ReadOptions o;
    o.cancel = &cancel;
    ReadResult r;
    setenv("PLANATLAS_GEOJSON_READER", "gdal", 1);  // the fast path reads it in a tenth of a second
    std::thread worker([&] {
        r = readVectorFile(path, o);
        done = true;
    });
    std::this_thread::sleep_for(std::chrono::milliseconds(300));
    unsetenv("PLANATLAS_GEOJSON_READER");
    if (done.load()) worker.join();
    ASSERT_FALSE(done.load()) << "the file parsed too fast to test a cancel";
    const auto t0 = std::chrono::steady_clock::now();
    cancel = true;
    worker.join();
    const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
    EXPECT_LT(ms, 1000.0) << "a cancel took " << ms << " ms";
    EXPECT_TRUE(r.cancelled);
    EXPECT_TRUE(r.layers.empty());
    EXPECT_EQ(threadCount(), threadsBefore);
}

namespace {

std::string describeScan(const JsonScanResult& r) {
    std::ostringstream o;
    o << int(r.problem) << "|" << r.detail << "|" << r.offset << "|" << r.line << ":" << r.column << "|" << r.topLevelType << "|"
      << r.depth << "|" << r.propertyNames << "|" << r.featuresAllObjects << "\n";
    for (const auto& m : r.members) o << m.key << " " << m.begin << " " << m.end << "\n";
    for (const auto& f : r.featureSpans) o << f.first << "-" << f.second << " ";
    return o.str();
}

// The scan in two halves against the scan in one piece: the same answer, to every offset.
void expectSplitScanIsWhole(const std::string& text, const std::string& what, JsonScanLimits limits = {}) {
    limits.splitBytes = std::size_t(-1);
    const std::string whole = describeScan(scanGeoJson(text.data(), text.size(), limits));
    limits.splitBytes = 0;
    EXPECT_EQ(describeScan(scanGeoJson(text.data(), text.size(), limits)), whole) << what;
}

std::string featureText(int i, const std::string& props = "") {
    return "{\"type\":\"Feature\",\"properties\":{\"id\":" + std::to_string(i) + props +
           "},\"geometry\":{\"type\":\"Point\",\"coordinates\":[113." + std::to_string(i) + ",23.1]}}";
}

std::string collection(int n, const std::string& before = "", const std::string& after = "", int oddOne = -1,
                       const std::string& odd = "") {
    std::string s = "{\"type\":\"FeatureCollection\"" + before + ",\"features\":[\n";
    for (int i = 0; i < n; ++i) s += (i ? ",\n" : "") + (i == oddOne ? odd : featureText(i));
    return s + "\n]" + after + "}";
}

}  // namespace

TEST(JsonScan, InTwoHalvesItAnswersAsInOnePiece) {
    // Every JSON file of the hostile-input corpus and the bundled data.
    const std::filesystem::path source = PLANATLAS_SOURCE_DIR_FOR_TESTS;
    int files = 0;
    for (const auto& top : {source / "tests/corpus/thirdparty", source / "geodata"}) {
        std::error_code ec;
        for (const auto& e : std::filesystem::recursive_directory_iterator(top, ec)) {
            const std::string ext = e.path().extension().string();
            if (!e.is_regular_file(ec) || (ext != ".json" && ext != ".geojson")) continue;
            std::ifstream in(e.path(), std::ios::binary);
            const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
            expectSplitScanIsWhole(text, e.path().string());
            ++files;
        }
    }
    EXPECT_GT(files, 20);
    // Where a half could go wrong: the cut inside a string that looks like a boundary, members and the
    // type after the features, a problem in either half, names and depth that only the two halves
    // together take past a limit.
    const int n = 400;
    expectSplitScanIsWhole(collection(n), "plain");
    expectSplitScanIsWhole(collection(n, "", ",\"bbox\":[1,2,3,4]"), "a member after the features");
    {
        std::string s = "{\"features\":[\n";
        for (int i = 0; i < n; ++i) s += (i ? ",\n" : "") + featureText(i);
        expectSplitScanIsWhole(s + "],\"type\":\"FeatureCollection\"}", "the type after the features");
        expectSplitScanIsWhole(s + "],\"type\":\"Nonsense\"}", "an unknown type after the features");
        expectSplitScanIsWhole(s + "]}", "no type at all (Esri JSON's way)");
    }
    {
        // One huge string in the middle holding "},{": the cut falls inside it.
        std::string body;
        for (int i = 0; i < 2000; ++i) body += "}, {";
        expectSplitScanIsWhole(collection(3, "", "", 1, featureText(1, ",\"note\":\"" + body + "\"")), "a boundary inside a string");
    }
    expectSplitScanIsWhole(collection(n, "", "", n * 3 / 4, "{\"type\":\"Feature\",\"properties\":{\"a\":NaN}}"), "NaN in the second half");
    expectSplitScanIsWhole(collection(n, "", "", n / 4, "{\"type\":\"Feature\",\"properties\":{\"a\":tru}}"), "a bad literal in the first half");
    expectSplitScanIsWhole(collection(n).substr(0, collection(n).size() * 3 / 4), "truncated in the second half");
    expectSplitScanIsWhole(collection(n) + " x", "trailing data");
    expectSplitScanIsWhole(collection(n, "", "", n * 3 / 4, "[1,2]"), "a feature that is no object");
    expectSplitScanIsWhole(collection(n, "", "", n * 3 / 4, featureText(7, ",\"deep\":" + std::string(200, '[') + std::string(200, ']'))),
                           "too deep in the second half");
    {
        JsonScanLimits few;
        few.maxPropertyNames = 3;
        std::string s = "{\"type\":\"FeatureCollection\",\"features\":[\n";
        for (int i = 0; i < n; ++i) s += (i ? ",\n" : "") + featureText(i, i < n / 2 ? ",\"a\":1,\"b\":2" : ",\"c\":1,\"d\":2");
        expectSplitScanIsWhole(s + "]}", "names that break the limit only together", few);
    }
}

namespace {

// The scan with its coordinate loop against the general loop alone: the same answer, to every offset.
void expectCoordinateLoopIsGeneral(const std::string& text, const std::string& what, JsonScanLimits limits = {}) {
    limits.splitBytes = std::size_t(-1);
    limits.coordinateLoop = false;
    const std::string general = describeScan(scanGeoJson(text.data(), text.size(), limits));
    limits.coordinateLoop = true;
    EXPECT_EQ(describeScan(scanGeoJson(text.data(), text.size(), limits)), general) << what;
}

std::string polygonText(int i) {
    std::string ring;
    for (int k = 0; k < 6; ++k)
        ring += (k ? "," : "") + ("[113." + std::to_string(i * 7 + k) + "12345678,-23.1e" + std::to_string(k % 3) + "]");
    return "{\"type\":\"Feature\",\"properties\":{\"id\":" + std::to_string(i) +
           "},\"geometry\":{\"type\":\"MultiPolygon\",\"coordinates\":[[[" + ring + "],[ [0, 1] ,\n [2,3]\t]]]}}";
}

}  // namespace

TEST(JsonScan, TheCoordinateLoopAnswersAsTheGeneralLoop) {
    const std::filesystem::path source = PLANATLAS_SOURCE_DIR_FOR_TESTS;
    int files = 0;
    for (const auto& top : {source / "tests/corpus/thirdparty", source / "tests/corpus", source / "geodata"}) {
        std::error_code ec;
        for (const auto& e : std::filesystem::recursive_directory_iterator(top, ec)) {
            const std::string ext = e.path().extension().string();
            if (!e.is_regular_file(ec) || (ext != ".json" && ext != ".geojson")) continue;
            std::ifstream in(e.path(), std::ios::binary);
            const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
            expectCoordinateLoopIsGeneral(text, e.path().string());
            ++files;
        }
    }
    EXPECT_GT(files, 20);
    // Every byte of a few polygons' text changed into each byte the loop treats specially, and the
    // text cut after every byte; a depth limit the coordinate arrays reach.
    std::string text = "{\"type\":\"FeatureCollection\",\"features\":[\n";
    for (int i = 0; i < 3; ++i) text += (i ? ",\n" : "") + polygonText(i);
    text += "\n]}";
    expectCoordinateLoopIsGeneral(text, "as written");
    const std::string bytes = " \n\t,[]{}-+.eE0159x\"I:N";
    for (std::size_t at = 0; at < text.size(); ++at) {
        for (const char b : bytes) {
            std::string changed = text;
            changed[at] = b;
            expectCoordinateLoopIsGeneral(changed, "byte " + std::to_string(at) + " made '" + std::string(1, b) + "'");
        }
        expectCoordinateLoopIsGeneral(text.substr(0, at), "cut at " + std::to_string(at));
    }
    for (const int depth : {5, 6, 7, 8}) {
        JsonScanLimits shallow;
        shallow.maxDepth = depth;
        expectCoordinateLoopIsGeneral(text, "depth limit " + std::to_string(depth), shallow);
    }
}

TEST(JsonScan, SaysWhereAndWhatIsWrong) {
    auto scan = [](const std::string& s) { return scanGeoJson(s.data(), s.size()); };
    EXPECT_TRUE(scan(R"({"type":"FeatureCollection","features":[]})").ok());
    EXPECT_EQ(scan("{}").problem, JsonProblem::NoType);
    EXPECT_EQ(scan("[]").problem, JsonProblem::TopLevelNotObject);
    EXPECT_EQ(scan("42").detail, "number");
    EXPECT_EQ(scan("   ").problem, JsonProblem::Blank);
    EXPECT_EQ(scan("\x89PNG").problem, JsonProblem::NotJson);
    const JsonScanResult cut = scan("{\"type\":\"Feature\",\n \"geometry\":{\"type\":\"Point\",\"coordinates\":[1,");
    EXPECT_EQ(cut.problem, JsonProblem::Truncated);
    EXPECT_EQ(cut.detail, "array");
    const JsonScanResult nan = scan("{\"type\":\"Point\",\n\"coordinates\":[NaN,1]}");
    EXPECT_EQ(nan.problem, JsonProblem::NonFiniteNumber);
    EXPECT_EQ(nan.line, 2u);
    EXPECT_EQ(nan.column, 16u);
    EXPECT_EQ(scan(R"({"type":"Point","coordinates":[-Infinity,1]})").detail, "-Infinity");
    EXPECT_EQ(scan(R"({"type":"Point","coordinates":[1,2]} x)").problem, JsonProblem::TrailingData);
    EXPECT_EQ(scan(R"({"type":"Topology","objects":{}})").problem, JsonProblem::None);
    EXPECT_EQ(scan(R"({"type":"Banana"})").problem, JsonProblem::UnknownType);
    EXPECT_EQ(scan(R"({"type":"Point","coordinates":[01]})").problem, JsonProblem::Syntax);
    std::string deep = "{\"type\":\"Point\",\"coordinates\":" + std::string(100000, '[') + std::string(100000, ']') + "}";
    EXPECT_EQ(scan(deep).problem, JsonProblem::TooDeep);
    std::string props = R"({"type":"Feature","geometry":null,"properties":{)";
    for (int i = 0; i < 2500; ++i) props += (i ? "," : "") + std::string("\"p") + std::to_string(i) + "\":1";
    EXPECT_EQ(scan(props + "}}").problem, JsonProblem::TooManyNames);
    const std::string longText = R"({"type":"Feature","geometry":null,"properties":{"name":")" + std::string(10000001, 'a') + R"("}})";
    EXPECT_EQ(scan(longText).problem, JsonProblem::StringTooLong);
}

TEST(Arguments, NumbersParseStrictly) {
    double v = 0;
    EXPECT_TRUE(parseDecimal("113.3229", v));
    EXPECT_DOUBLE_EQ(v, 113.3229);
    EXPECT_TRUE(parseDecimal("-1e3", v));
    EXPECT_TRUE(parseDecimal(".5", v));
    for (const char* bad : {"0x71", "1e400", "inf", "nan", "NaN", "", " 1", "1 ", "1,5", "+", "1e", "--1", "1.2.3", "113°"})
        EXPECT_FALSE(parseDecimal(bad, v)) << bad;
    long long n = 0;
    EXPECT_TRUE(parseInteger("5", 1, 13, n));
    EXPECT_FALSE(parseInteger("abc", 1, 13, n));
    EXPECT_FALSE(parseInteger("0x5", 1, 13, n));
    EXPECT_FALSE(parseInteger("99", 1, 13, n));
    double b[4];
    std::string why;
    EXPECT_FALSE(parseLonLatBox("113.2,23.0,113.5,23.3", b));
    const Problem east = parseLonLatBox("181,23,182,24", b);
    ASSERT_TRUE(east);
    EXPECT_EQ(east->file, "181,23,182,24") << "the problem names what was given";
    EXPECT_NE(east->text.find("longitudes"), std::string::npos) << east->text;
    EXPECT_TRUE(parseLonLatBox("113.5,23,113.2,24", b));
    EXPECT_TRUE(parseLonLatBox("1,2,3", b));
}

TEST(Crs, IdentifiersAreExactNeverMatchedByName) {
    CrsInfo info;
    const Problem none = describeCrs("EPSG:4547", &info);
    ASSERT_FALSE(none) << none->text;
    EXPECT_EQ(info.authority, "EPSG:4547");
    EXPECT_FALSE(describeCrs("epsg:3857"));
    EXPECT_FALSE(describeCrs("OGC:CRS84"));
    EXPECT_FALSE(describeCrs("+proj=longlat +datum=WGS84 +no_defs +type=crs"));
    const Problem foo = describeCrs("foo");  // PROJ alone takes this as Amersfoort
    ASSERT_TRUE(foo);
    EXPECT_EQ(foo->file, "foo");
    EXPECT_NE(foo->text.find("never guessed"), std::string::npos);
    const Problem bare = describeCrs("4326");
    ASSERT_TRUE(bare);
    EXPECT_NE(bare->text.find("EPSG:4326"), std::string::npos);
    const Problem unknown = describeCrs("EPSG:999999");
    ASSERT_TRUE(unknown);
    EXPECT_NE(unknown->text.find("no CRS EPSG:999999"), std::string::npos);
    EXPECT_TRUE(describeCrs("GEOGCS[broken"));
    EXPECT_FALSE(pointToLonLat("EPSG:4326", {181, 23}));
    EXPECT_FALSE(pointToLonLat("EPSG:3857", {1e308, 1e308}));
    EXPECT_FALSE(pointToLonLat("EPSG:4547", {-5e6, 2.56e6}));  // far outside its zone
    const Outcome<Vec2d> at = pointToLonLat("EPSG:4547", {433000, 2559000});
    ASSERT_TRUE(at) << at.why();
    const Vec2d ll = *at;
    EXPECT_NEAR(ll.x, 113.35, 0.05);
}

namespace {

// One polygon feature read through the real reader; its messages joined.
std::string readPolygon(const std::string& geometry, std::size_t* parts = nullptr) {
    TempDir dir;
    const std::string path = dir.file("p.geojson");
    test::writeText(path, R"({"type":"FeatureCollection","features":[{"type":"Feature","properties":{"id":"f1"},"geometry":)" +
                              geometry + "}]}");
    ReadResult r = readVectorFile(path);
    if (parts) *parts = r.layers.empty() ? 0 : r.layers[0].parts.size();
    std::string all;
    for (const Diagnostic& d : r.messages) all += d.text + "\n";
    return all;
}

const char* kSquare = "[[113.3,23.1],[113.4,23.1],[113.4,23.2],[113.3,23.2],[113.3,23.1]]";

}  // namespace

TEST(InvalidPolygons, EachIsRepairedOrLeftOutAndTheMessageSaysWhich) {
    std::size_t parts = 0;
    const std::string holeIsShell = readPolygon(std::string(R"({"type":"Polygon","coordinates":[)") + kSquare + "," + kSquare + "]}", &parts);
    EXPECT_NE(holeIsShell.find("left out: its holes cover it all"), std::string::npos) << holeIsShell;
    const std::string spike = readPolygon(
        R"({"type":"Polygon","coordinates":[[[113.3,23.1],[113.4,23.1],[113.5,23.1],[113.4,23.1],[113.4,23.2],[113.3,23.2],[113.3,23.1]]]})", &parts);
    EXPECT_NE(spike.find("repaired with GEOS MakeValid: Self-intersection (first: feature f1 at 113.5, 23.1)"), std::string::npos) << spike;
    EXPECT_EQ(parts, 1u);
    const std::string overlap = readPolygon(
        std::string(R"({"type":"MultiPolygon","coordinates":[[)") + kSquare +
            R"(],[[[113.35,23.15],[113.45,23.15],[113.45,23.25],[113.35,23.25],[113.35,23.15]]]]})", &parts);
    EXPECT_NE(overlap.find("repaired with GEOS MakeValid: parts of the multipolygon overlap"), std::string::npos) << overlap;
    EXPECT_EQ(parts, 1u);  // united
    const std::string line = readPolygon(R"({"type":"Polygon","coordinates":[[[113.3,23.1],[113.4,23.1],[113.5,23.1],[113.3,23.1]]]})");
    EXPECT_NE(line.find("left out: zero area"), std::string::npos) << line;
    const std::string point = readPolygon(R"({"type":"Polygon","coordinates":[[[113.3,23.1],[113.3,23.1],[113.3,23.1],[113.3,23.1]]]})");
    EXPECT_NE(point.find("left out: zero area"), std::string::npos) << point;
    const std::string two = readPolygon(R"({"type":"Polygon","coordinates":[[[113.3,23.1],[113.4,23.1],[113.3,23.1]]]})");
    EXPECT_NE(two.find("left out: a ring of fewer than three points"), std::string::npos) << two;
    const std::string bowtie = readPolygon(R"({"type":"Polygon","coordinates":[[[113.3,23.1],[113.4,23.2],[113.4,23.1],[113.3,23.2],[113.3,23.1]]]})", &parts);
    EXPECT_NE(bowtie.find("repaired with GEOS MakeValid: Self-intersection"), std::string::npos) << bowtie;
    EXPECT_EQ(parts, 2u);  // two triangles
    const std::string outside = readPolygon(std::string(R"({"type":"Polygon","coordinates":[)") + kSquare +
                                            R"(,[[113.5,23.1],[113.6,23.1],[113.6,23.2],[113.5,23.2],[113.5,23.1]]]})");
    EXPECT_NE(outside.find("repaired with GEOS MakeValid: Hole lies outside shell"), std::string::npos) << outside;
    // Valid polygons say nothing: a concave one with a hole, and one whose ring touches nothing.
    EXPECT_EQ(readPolygon(R"({"type":"Polygon","coordinates":[[[113.3,23.1],[113.5,23.1],[113.5,23.3],[113.4,23.15],[113.3,23.3],[113.3,23.1]],[[113.32,23.12],[113.36,23.12],[113.36,23.14],[113.32,23.14],[113.32,23.12]]]})"), "");
    EXPECT_EQ(readPolygon(std::string(R"({"type":"Polygon","coordinates":[)") + kSquare + "]}"), "");
}

// The reader's own checks (convex rings, rings star-shaped around their vertices' mean, small rings
// whose sides are clearly apart) only ever pass a polygon GEOS calls valid: rings around a centre,
// some with two corners swapped (crossing), a spike, a corner pushed onto another side, a vertex at
// the centre, going round twice, or squeezed nearly flat, are kept exactly where GEOS (through OGR)
// says valid.
TEST(InvalidPolygons, TheReadersShortcutsAgreeWithGeos) {
    std::uint64_t seed = 7;
    auto unit = [&] {
        seed = seed * 6364136223846793005ull + 1442695040888963407ull;
        return double(seed >> 11) / double(1ull << 53);
    };
    std::string features;
    std::vector<bool> valid;
    std::vector<std::vector<std::pair<double, double>>> rings;
    const int count = 3000;
    for (int i = 0; i < count; ++i) {
        const double cx = 113.3 + 0.2 * unit(), cy = 23.1 + 0.1 * unit(), r = 0.0005 + 0.002 * unit();
        const int n = 3 + int(unit() * 28);
        const double squeeze = i % 11 == 0 ? 1e-7 : 1.0;
        std::vector<std::pair<double, double>> ring;
        const int winds = i % 7 == 5 && n % 2 == 1 && n >= 5 ? 2 : 1;  // a pentagram's kind: round the centre twice
        for (int j = 0; j < n; ++j) {
            const double a = 2 * M_PI * winds * (j + 0.4 * unit()) / n, rr = r * (0.3 + 0.7 * unit());
            ring.push_back({cx + rr * std::cos(a), cy + squeeze * rr * std::sin(a)});
        }
        switch (i % 7) {
            case 1: std::swap(ring[0], ring[std::size_t(n) / 2]); break;  // crossing
            case 2: ring.insert(ring.begin() + 1, {cx + 3 * r, cy}); ring.insert(ring.begin() + 2, ring[0]); break;  // spike back
            case 3:  // on a side (of a ring with more than three corners: a triangle's would have no area, left out on purpose)
                if (n > 3) ring[1] = {0.5 * (ring[0].first + ring[2].first), 0.5 * (ring[0].second + ring[2].second)};
                break;
            case 4: ring[std::size_t(n) / 3] = {cx, cy}; break;  // through the centre
            default: break;
        }
        ring.push_back(ring.front());
        std::string coords, wkt;
        for (const auto& [x, y] : ring) {
            char buf[80];
            std::snprintf(buf, sizeof buf, "%.17g %.17g", x, y);
            wkt += (wkt.empty() ? "" : ",") + std::string(buf);
            std::snprintf(buf, sizeof buf, "[%.17g,%.17g]", x, y);
            coords += (coords.empty() ? "" : ",") + std::string(buf);
        }
        OGRGeometryH g = nullptr;
        const std::string text = "POLYGON((" + wkt + "))";
        char* at = const_cast<char*>(text.c_str());
        ASSERT_EQ(OGR_G_CreateFromWkt(&at, nullptr, &g), OGRERR_NONE);
        valid.push_back(OGR_G_IsValid(g));
        rings.push_back(ring);
        OGR_G_DestroyGeometry(g);
        features += std::string(features.empty() ? "" : ",") + R"({"type":"Feature","properties":{"id":")" + std::to_string(i) +
                    R"("},"geometry":{"type":"Polygon","coordinates":[[)" + coords + "]]}}";
    }
    const std::size_t invalid = std::size_t(std::count(valid.begin(), valid.end(), false));
    ASSERT_GT(invalid, 300u);
    ASSERT_LT(invalid, std::size_t(count) / 2);
    TempDir dir;
    const std::string path = dir.file("rings.geojson");
    test::writeText(path, R"({"type":"FeatureCollection","features":[)" + features + "]}");
    const ReadResult r = readVectorFile(path);
    ASSERT_EQ(r.layers.size(), 1u);
    // A polygon passed as valid is kept as it was read: one part, one ring, every vertex (a repair can
    // give back as many vertices).
    std::vector<bool> kept(std::size_t(count), false);
    const Layer& l = r.layers[0];
    for (const Feature& f : l.features) {
        const std::size_t i = std::stoul(f.id);
        const Part& part = l.parts[f.firstPart];
        const std::uint32_t b = l.ringBegin(part.firstRing), e = l.ringEnd(part.firstRing);
        kept[i] = f.partCount == 1 && part.ringCount == 1 && e - b == rings[i].size();
        for (std::uint32_t v = b; v < e && kept[i]; ++v)
            kept[i] = l.vertices[v].x == rings[i][v - b].first && l.vertices[v].y == rings[i][v - b].second;
    }
    std::size_t differ = 0;
    for (int i = 0; i < count; ++i)
        if (kept[std::size_t(i)] != valid[std::size_t(i)] && ++differ <= 5)
            ADD_FAILURE() << "ring " << i << " (case " << i % 7 << (i % 11 == 0 ? ", squeezed" : "") << "): GEOS says "
                          << (valid[std::size_t(i)] ? "valid" : "invalid") << ", the reader " << (kept[std::size_t(i)] ? "kept it" : "did not keep it");
    EXPECT_EQ(differ, 0u);
}

TEST(InvalidPolygons, TheBundledPlanHasNone) {
    for (const std::string& f : bundledGeodataFiles())
        for (const Diagnostic& d : readVectorFile(f).messages) ADD_FAILURE() << d.toLine();
}

TEST(Outputs, AnInterruptRemovesTheTemporaryOfAnOutputNotYetInPlace) {
    TempDir dir;
    const std::string out = dir.file("map.pdf");
    test::writeText(out, "the old figure");
    AtomicOutput half(out);
    const Problem opened = half.open();
    ASSERT_FALSE(opened) << opened->text;
    ASSERT_TRUE(half.write("%PDF-1.4 half", 13));
    EXPECT_EQ(filesIn(dir.path()), 2u);
    removeTemporaryOutputs();  // what the SIGINT/SIGTERM handler does before it exits
    EXPECT_EQ(filesIn(dir.path()), 1u);
    EXPECT_EQ(readAll(out), "the old figure");
}

TEST(Inputs, AFileTooLargeForThisMachinesMemoryIsRefusedBeforeItIsRead) {
    const long pages = ::sysconf(_SC_PHYS_PAGES), pageSize = ::sysconf(_SC_PAGE_SIZE);
    const std::uint64_t have = std::uint64_t(pages) * std::uint64_t(pageSize);
    const std::uint64_t size = have / 10 * 8 / 16 + (1u << 20);  // just past what fits, as GeoJSON text
    if (size >= InputLimits::kVectorFile) GTEST_SKIP() << "this machine's memory fits any file under the size limit";
    TempDir dir;
    const std::string path = dir.file("huge.geojson");
    test::writeText(path, "{");
    ASSERT_EQ(::truncate(path.c_str(), off_t(size)), 0);  // sparse: no disk used
    const auto t0 = std::chrono::steady_clock::now();
    const ReadResult r = readVectorFile(path);
    EXPECT_LT(std::chrono::steady_clock::now() - t0, std::chrono::seconds(1));
    ASSERT_EQ(r.messages.size(), 1u);
    EXPECT_NE(r.messages[0].text.find("of memory, and this machine has"), std::string::npos) << r.messages[0].text;
}

TEST(JsonScan, StopsWhenCancelledInOnePieceAndInHalves) {
    const std::string text = collection(5000);
    std::atomic<bool> cancel{true};
    JsonScanLimits limits;
    limits.cancel = &cancel;
    for (const std::size_t split : {std::size_t(-1), std::size_t(0)}) {
        limits.splitBytes = split;
        const JsonScanResult r = scanGeoJson(text.data(), text.size(), limits);
        EXPECT_EQ(r.problem, JsonProblem::Cancelled) << (split ? "one piece" : "halves");
        EXPECT_LT(r.offset, text.size());
    }
    cancel = false;
    EXPECT_TRUE(scanGeoJson(text.data(), text.size(), limits).ok());
}

TEST(Inputs, CancelStopsTheReadAndCheckOfALargeText) {
    // Cancelled before it starts: the read of the text (16 MB at a time) and its scan heed it, so the
    // load ends with "cancelled", not after checking half a gigabyte.
    TempDir dir;
    const std::string path = dir.file("big.geojson");
    test::writeText(path, squares(100000));
    std::atomic<bool> cancel{true};
    ReadOptions o;
    o.cancel = &cancel;
    const ReadResult r = readVectorFile(path, o);
    EXPECT_TRUE(r.cancelled);
    EXPECT_TRUE(r.layers.empty());
    ASSERT_FALSE(r.messages.empty());
    EXPECT_NE(r.messages.back().text.find("loading was cancelled"), std::string::npos);
    EXPECT_FALSE(hasErrors(r.messages));
    // The check alone, cancelled: no error about the file, the flag set.
    const VectorPrecheck pre = precheckVectorFile(path, "", &cancel);
    EXPECT_TRUE(pre.cancelled);
    EXPECT_FALSE(hasErrors(pre.messages));
}
