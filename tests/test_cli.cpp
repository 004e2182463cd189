// The planatlas executable as a user or a pipeline runs it: exit codes, messages, outputs.
#include <gtest/gtest.h>

#include <QImage>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <sys/wait.h>

#include "test_support.h"

namespace {

struct Outcome {
    int status = -1;
    std::string err;
};

// Runs planatlas with `args`; `env` prefixes the command (e.g. "env -u DISPLAY").
Outcome planatlas(const std::string& args, const std::string& env = "") {
    pa::test::TempDir dir;
    const std::string errFile = dir.file("stderr.txt");
    const std::string cmd = env + " '" + std::string(PLANATLAS_EXE) + "' " + args + " >/dev/null 2>'" + errFile + "'";
    const int raw = std::system(cmd.c_str());
    Outcome r;
    r.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
    std::ifstream in(errFile);
    std::stringstream ss;
    ss << in.rdbuf();
    r.err = ss.str();
    return r;
}

const char* kNoX = "env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM";

}  // namespace

TEST(Cli, RendersTheBundledMapWithNoXServer) {
    pa::test::TempDir dir;
    const std::string out = dir.file("map.png");
    const Outcome r = planatlas("render --out '" + out + "' --size 640x480", kNoX);
    ASSERT_EQ(r.status, 0) << r.err;
    QImage img(QString::fromStdString(out));
    ASSERT_EQ(img.size(), QSize(640, 480));
    // The Tianhe fill covers the middle of the map.
    EXPECT_EQ(img.pixelColor(320, 240).name(), QString("#fbf8f0"));
    // Nothing but the PNG was left in the folder (atomic write, no temporary files).
    int files = 0;
    for (auto& e : std::filesystem::directory_iterator(dir.path())) files += e.path().extension() != ".txt";
    EXPECT_EQ(files, 1);
}

TEST(Cli, BboxAndCrsOptions) {
    pa::test::TempDir dir;
    const std::string out = dir.file("gk.png");
    const Outcome r = planatlas("render --out '" + out + "' --size 400x300 --crs EPSG:4547 --bbox 113.30,23.10,113.45,23.25", kNoX);
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_EQ(QImage(QString::fromStdString(out)).size(), QSize(400, 300));
}

TEST(Cli, BadInputFailsWithTheFileNamedAndWritesNothing) {
    pa::test::TempDir dir;
    const std::string bad = dir.file("broken.geojson");
    pa::test::writeText(bad, "{\"type\":");
    const std::string out = dir.file("map.png");
    const Outcome r = planatlas("render --out '" + out + "' '" + bad + "'", kNoX);
    EXPECT_NE(r.status, 0);
    EXPECT_NE(r.err.find("broken.geojson: error: GDAL cannot read this file as vector data (not valid GeoJSON"),
              std::string::npos)
        << r.err;
    EXPECT_FALSE(std::filesystem::exists(out));

    const Outcome missing = planatlas("render --out '" + out + "' /no/such/file.gpkg", kNoX);
    EXPECT_NE(missing.status, 0);
    EXPECT_NE(missing.err.find("/no/such/file.gpkg: error: file not found"), std::string::npos) << missing.err;
}

TEST(Cli, UsageErrors) {
    EXPECT_EQ(planatlas("render").status, 2);
    const Outcome size = planatlas("render --out x.png --size big");
    EXPECT_EQ(size.status, 2);
    EXPECT_NE(size.err.find("--size"), std::string::npos);
    const Outcome crs = planatlas("render --out x.png --crs EPSG:999999");
    EXPECT_EQ(crs.status, 2);
    EXPECT_NE(crs.err.find("EPSG:999999"), std::string::npos);
    const Outcome dir = planatlas("render --out /no/such/dir/map.png", kNoX);
    EXPECT_EQ(dir.status, 1);
    EXPECT_NE(dir.err.find("/no/such/dir/map.png"), std::string::npos);
}

TEST(Cli, ADisplayThatDoesNotAnswerIsNoCrash) {
    const char* dead = "env -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM DISPLAY=:4093";
    pa::test::TempDir dir;
    const std::string out = dir.file("map.png");
    const Outcome r = planatlas("render --out '" + out + "' --size 320x240", dead);
    EXPECT_EQ(r.status, 0) << "falls back to EGL without X: " << r.err;
    EXPECT_TRUE(std::filesystem::exists(out));
    const Outcome viewer = planatlas("", dead);
    EXPECT_EQ(viewer.status, 2) << viewer.err;
    EXPECT_NE(viewer.err.find("does not answer"), std::string::npos) << viewer.err;
}

TEST(Cli, ViewerWithoutDisplaySaysSoAndNamesTheHeadlessWay) {
    const Outcome r = planatlas("", kNoX);
    EXPECT_EQ(r.status, 2);
    EXPECT_NE(r.err.find("no display"), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("planatlas render"), std::string::npos) << r.err;
}
