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
