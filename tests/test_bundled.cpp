// The geodata shipped with the app loads cleanly and lies where Tianhe is.
#include <gtest/gtest.h>

#include "io/crs.h"
#include "io/geodata_paths.h"
#include "io/map_document.h"
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

TEST(Bundled, StyleFileParses) {
    Diagnostics d;
    const StyleSheet s = loadStyleSheet(defaultStylePath(), d);
    EXPECT_TRUE(d.empty()) << d.front().toLine();
    EXPECT_GE(s.rules.size(), 3u);
}

#include <QFileInfo>

#include "io/geodata_check.h"
#include "io/plan_file.h"
#include "test_support.h"

namespace {

pa::Plan bundledPlanOrDie() {
    std::string why;
    auto p = pa::readPlanFile(pa::bundledPlanPath(), &why);
    EXPECT_TRUE(p) << why;
    return p ? *p : pa::Plan{};
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
    const pa::GeodataReport r = pa::checkGeodata({path}, bundledPlanOrDie(), {{"blue-green", "猎德涌"}});
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
