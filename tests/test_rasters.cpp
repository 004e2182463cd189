// Rasters and basemaps through the real pipeline: GDAL files, tile files, and web tiles from the
// test tile server (tests/tile_server.py, started by a ctest fixture) — drawn with OpenGL and with
// QPainter and compared pixel by pixel with the test pattern where it must land.
#include <gtest/gtest.h>

#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QDir>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <gdal.h>

#include <cmath>
#include <cstring>
#include <fstream>

#include "core/tile_template.h"
#include "document/map_document.h"
#include "document/map_settings.h"
#include "document/tour_file.h"
#include "io/basemaps.h"
#include "io/crs.h"
#include "io/georeferencer.h"
#include "io/raster_reader.h"
#include "io/tile_fetcher.h"
#include "render/gl_platform.h"
#include "render/offscreen_renderer.h"
#include "render/scene.h"
#include "render/scene_painter.h"
#include "test_support.h"
#include "test_tiles.h"

namespace pa {
namespace {

std::string dataDir() { return qEnvironmentVariable("PLANATLAS_TEST_TILE_DATA").toStdString(); }

std::string serverRoot() {
    QFile f(qEnvironmentVariable("PLANATLAS_TEST_TILE_STATE") + "/port");
    if (!f.open(QIODevice::ReadOnly)) return {};
    return "http://127.0.0.1:" + f.readAll().trimmed().toStdString();
}

struct Picture {
    QImage image;
    Viewport view;
    Diagnostics problems;
};

// The document's map of the test area at about 10 m a pixel, drawn by one backend.
Picture draw(MapDocument& doc, bool gl, int w = 600, int h = 400, Bounds box = {113.31, 23.11, 113.37, 23.15}) {
    Viewport vp;
    vp.setSize(w, h);
    vp.fitBounds(lonLatBoxToDisplay(box, doc.displayCrs()), 0.0);
    MapSettings s = mapSettings(doc, vp, "zh");
    s.labels = false;
    Picture p;
    p.view = s.view();
    if (!gl) {
        const Scene scene = prepareScene(doc.snapshot(), s, nullptr, nullptr, false);
        p.problems = scene.problems;
        p.image = paintSceneImage(scene).convertToFormat(QImage::Format_RGBA8888);
        return p;
    }
    OffscreenRenderer r;
    if (const Problem bad = r.initialize()) {
        ADD_FAILURE() << bad->text;
        return p;
    }
    const Scene scene = prepareScene(doc.snapshot(), s);
    p.problems = scene.problems;
    r.setScene(scene);
    r.draw(p.view);
    p.image = r.readImage().convertToFormat(QImage::Format_RGBA8888);
    return p;
}

struct Alignment {
    std::size_t interior = 0, wrong = 0;
    double wrongFraction() const { return interior ? double(wrong) / double(interior) : 1.0; }
};

// Pixels well inside a cell of the pattern (the pattern is the same 1.5 px to every side) must show
// its colour: a picture off by more than a pixel fails along every cell edge.
Alignment alignment(const Picture& p, const std::string& crs) {
    Alignment a;
    auto t = CrsTransform::create(crs, "EPSG:4326");
    if (!t) return a;
    auto lonLat = [&](double x, double y) { return t->forward(p.view.screenToMap({x, y})); };
    for (int row = 2; row < p.image.height() - 2; row += 2)
        for (int col = 2; col < p.image.width() - 2; col += 2) {
            const double x = col + 0.5, y = row + 0.5;
            if (row > p.image.height() - 24 && col > p.image.width() - 240) continue;  // the attribution
            const Vec2d ll = lonLat(x, y);
            if (ll.x < test::kAreaMinLon + 0.002 || ll.x > test::kAreaMaxLon - 0.002 || ll.y < test::kAreaMinLat + 0.002 ||
                ll.y > test::kAreaMaxLat - 0.002)
                continue;
            const Rgba want = test::patternAt(ll);
            bool interior = true;
            for (auto [dx, dy] : {std::pair{1.5, 0.0}, {-1.5, 0.0}, {0.0, 1.5}, {0.0, -1.5}})
                interior = interior && test::patternAt(lonLat(x + dx, y + dy)) == want;
            if (!interior) continue;
            ++a.interior;
            const QRgb got = p.image.pixel(col, row);
            if (std::abs(qRed(got) - want.r) > 40 || std::abs(qGreen(got) - want.g) > 40 || std::abs(qBlue(got) - want.b) > 40)
                ++a.wrong;
        }
    return a;
}

void expectAligned(MapDocument& doc, const char* what) {
    for (bool gl : {false, true}) {
        const Picture p = draw(doc, gl);
        const Alignment a = alignment(p, doc.displayCrs());
        EXPECT_GT(a.interior, 5000u) << what;
        EXPECT_LT(a.wrongFraction(), 0.002) << what << (gl ? " (OpenGL)" : " (QPainter)") << ": " << a.wrong << " of "
                                            << a.interior << " pixels off the pattern";
        if (a.wrongFraction() >= 0.002) {
            // The picture, to look at: where it is off shows how.
            QString name = QString::fromStdString(std::string(what) + (gl ? "-gl" : "-painter"));
            name.replace(QRegularExpression("[^A-Za-z0-9_.-]"), "_");
            const QString file = QDir::temp().filePath("planatlas-rasters-" + name + ".png");
            p.image.save(file);
            ADD_FAILURE() << "saved " << file.toStdString();
        }
        for (const Diagnostic& d : p.problems) ADD_FAILURE() << what << ": " << d.toLine();
    }
}

class Rasters : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_FALSE(dataDir().empty()) << "run through ctest: the tile_data fixture makes the data";
    }
};

TEST_F(Rasters, GeoTiffLandsOnThePattern) {
    MapDocument doc;
    EXPECT_TRUE(doc.addFiles({dataDir() + "/pattern.tif"}).empty());
    ASSERT_EQ(doc.layers().size(), 1u);
    EXPECT_TRUE(doc.layers().at(0).raster);
    expectAligned(doc, "pattern.tif in EPSG:3857");
}

TEST_F(Rasters, ReprojectedGeoTiffLandsOnThePattern) {
    MapDocument doc;
    ASSERT_TRUE(doc.setDisplayCrs("EPSG:4547").empty());
    EXPECT_TRUE(doc.addFiles({dataDir() + "/pattern.tif"}).empty());
    expectAligned(doc, "pattern.tif in EPSG:4547");
}

TEST_F(Rasters, TileFilesLandOnThePattern) {
    for (const char* f : {"/pattern.mbtiles", "/pattern_tiles.gpkg"}) {
        MapDocument doc;
        const Diagnostics d = doc.addFiles({dataDir() + f});
        for (const Diagnostic& m : d) ADD_FAILURE() << m.toLine();
        ASSERT_FALSE(doc.layers().empty()) << f;
        expectAligned(doc, f);
    }
}

TEST_F(Rasters, WebTilesLandOnThePattern) {
    MapDocument doc;
    EXPECT_TRUE(doc.addBasemap(serverRoot() + "/wgs/{z}/{x}/{y}.png,maxzoom=15").empty());
    ASSERT_EQ(doc.layers().size(), 1u);
    expectAligned(doc, "WGS 84 tiles");
}

TEST_F(Rasters, ZoomedInBeyondTheServicesLevelsCoarserTilesAreEnlarged) {
    // The test tiles stop at level 15; a view at about 1.5 m a pixel asks for level 17.
    MapDocument doc;
    EXPECT_TRUE(doc.addBasemap(serverRoot() + "/wgs/{z}/{x}/{y}.png,maxzoom=17").empty());
    const Picture p = draw(doc, false, 600, 400, {113.336, 23.126, 113.346, 23.133});
    EXPECT_TRUE(p.problems.empty()) << (p.problems.empty() ? "" : p.problems[0].toLine());
    const Alignment a = alignment(p, doc.displayCrs());
    EXPECT_GT(a.interior, 5000u);
    EXPECT_LT(a.wrongFraction(), 0.002) << a.wrong << " of " << a.interior;
}

TEST_F(Rasters, Gcj02Bd09AndBaiduTilesAreWarpedOntoWgs84) {
    for (const char* set : {"gcj/{z}/{x}/{y}.png,gcj02,maxzoom=15", "bd/{z}/{x}/{y}.png,bd09,maxzoom=15",
                            "baidu/{z}/{x}/{y}.png,baidu,minzoom=14,maxzoom=16"}) {
        MapDocument doc;
        EXPECT_TRUE(doc.addBasemap(serverRoot() + "/" + set).empty());
        expectAligned(doc, set);
    }
    // Without the correction the same tiles lie hundreds of metres off: most of the pattern is wrong.
    MapDocument raw;
    EXPECT_TRUE(raw.addBasemap(serverRoot() + "/gcj/{z}/{x}/{y}.png,maxzoom=15").empty());
    EXPECT_GT(alignment(draw(raw, false), raw.displayCrs()).wrongFraction(), 0.3);
}

TEST_F(Rasters, ABasemapIsTheGroundOfEverySlide) {
    MapDocument doc;
    EXPECT_TRUE(doc.addFiles({dataDir() + "/values.tif"}).empty());
    EXPECT_TRUE(doc.addBasemap(serverRoot() + "/wgs/{z}/{x}/{y}.png,maxzoom=15").empty());
    ASSERT_EQ(doc.layers().size(), 2u);
    const LayerId basemap = doc.drawOrder().front();  // under everything
    EXPECT_EQ(doc.state(basemap)->group, MapDocument::kBasemapGroup);
    Slide slide;
    slide.layers = {"values"};
    slide.extentLonLat = {113.31, 23.11, 113.37, 23.15};
    const MapSettings s = slideSettings(doc, mapSettings(doc, Viewport{}, "zh"), slide);
    ASSERT_EQ(s.layers.size(), 2u);
    EXPECT_EQ(s.layers[0].id, basemap);
    // Presenting a slide shows its layers and keeps the basemap.
    doc.showOnly({"nothing else"});
    EXPECT_TRUE(doc.state(basemap)->visible);
    // The picture of a slide shows the basemap's pattern and its attribution.
    Viewport vp;
    vp.setSize(400, 300);
    MapSettings shown = s;
    shown.width = 400, shown.height = 300;
    const Scene scene = prepareScene(doc.snapshot(), shown, nullptr, nullptr, false);
    ASSERT_FALSE(scene.layers.empty());
    EXPECT_FALSE(scene.layers[0].tiles.empty());
    ASSERT_EQ(scene.attributions.size(), 1u);
    EXPECT_NE(scene.attributions[0].find("127.0.0.1"), std::string::npos);
}

TEST_F(Rasters, NodataIsTransparent) {
    MapDocument doc;
    EXPECT_TRUE(doc.addFiles({dataDir() + "/values.tif"}).empty());
    for (bool gl : {false, true}) {
        const Picture p = draw(doc, gl);
        auto at = [&](double lon, double lat) {
            const Vec2d s = p.view.mapToScreen(lonLatBoxToDisplay({lon, lat, lon, lat}, doc.displayCrs()).center());
            return p.image.pixel(int(s.x), int(s.y));
        };
        const Rgba bg = StyleSheet{}.background;
        const QRgb hole = at(113.344, 23.128), valued = at(113.33, 23.128);
        EXPECT_EQ(qRed(hole), bg.r) << gl;
        EXPECT_EQ(qGreen(hole), bg.g) << gl;
        EXPECT_EQ(qBlue(hole), bg.b) << gl;
        EXPECT_NE(valued & 0xffffff, hole & 0xffffff) << gl;
        // The ramp runs with the values (west to east): the default ramp's ends differ.
        EXPECT_NE(at(113.312, 23.128) & 0xffffff, at(113.368, 23.128) & 0xffffff) << gl;
    }
}

TEST_F(Rasters, AZoomedOutViewReadsOverviewsNotTheFullResolution) {
    // pattern.tif is 4000 x 3000 RGB (36 MB of pixels) with overviews down to 1/16.
    GDALSetCacheMax64(std::int64_t(512) << 20);
    const std::int64_t before = GDALGetCacheUsed64();
    MapDocument doc;
    EXPECT_TRUE(doc.addFiles({dataDir() + "/pattern.tif"}).empty());
    Viewport vp;
    vp.setSize(256, 192);
    vp.fitBounds(doc.fullExtent(), 0.0);
    const Scene scene = prepareScene(doc.snapshot(), mapSettings(doc, vp, "zh"), nullptr, nullptr, false);
    ASSERT_FALSE(scene.layers.empty());
    EXPECT_FALSE(scene.layers[0].tiles.empty());
    EXPECT_LT(GDALGetCacheUsed64() - before, std::int64_t(2) << 20);
}

TEST_F(Rasters, TileFailuresAreMessagesNotCrashes) {
    struct Case {
        const char* path;
        const char* says;
    } cases[] = {{"/missing/wgs/{z}/{x}/{y}.png", "HTTP 404"},
                 {"/error/wgs/{z}/{x}/{y}.png", "HTTP 500"},
                 {"/broken/wgs/{z}/{x}/{y}.png", "not an image"},
                 {"/slow/wgs/{z}/{x}/{y}.png,timeout=1", "no answer within 1 s"}};
    for (const Case& c : cases) {
        MapDocument doc;
        EXPECT_TRUE(doc.addBasemap(serverRoot() + c.path + ",maxzoom=15").empty());
        const Picture p = draw(doc, false, 120, 80);
        ASSERT_FALSE(p.problems.empty()) << c.path;
        EXPECT_NE(p.problems[0].text.find(c.says), std::string::npos) << p.problems[0].toLine();
        EXPECT_NE(p.problems[0].file.find("127.0.0.1"), std::string::npos) << p.problems[0].toLine();
        EXPECT_EQ(p.problems.size(), 1u) << "one message per source and reason";
    }
}

TEST_F(Rasters, EveryDrawingOfAFailedTileCarriesItsProblem) {
    // The window throws away a superseded scene with its problems: the next one must carry them
    // too, or the failure is never told (the window says each once itself).
    MapDocument doc;
    EXPECT_TRUE(doc.addBasemap(serverRoot() + "/missing/wgs/{z}/{x}/{y}.png,maxzoom=15").empty());
    Viewport vp;
    vp.setSize(120, 80);
    vp.fitBounds(lonLatBoxToDisplay({113.31, 23.11, 113.37, 23.15}, doc.displayCrs()), 0.0);
    const MapSettings s = mapSettings(doc, vp, "zh");
    SceneCache cache;
    for (int drawing = 0; drawing < 3; ++drawing) {
        const Scene scene = prepareScene(doc.snapshot(), s, &cache, nullptr, false, /*waitForTiles=*/true);
        ASSERT_EQ(scene.problems.size(), 1u) << "drawing " << drawing;
        EXPECT_NE(scene.problems[0].text.find("HTTP 404"), std::string::npos) << scene.problems[0].toLine();
    }
}

TEST_F(Rasters, OfflineTilesComeFromTheDiskCache) {
    QTemporaryDir cache;
    FetcherOptions o;
    o.cacheDir = cache.path();
    auto fetcher = std::make_shared<TileFetcher>(o);
    Outcome<TileTemplate> t = parseTileTemplate(serverRoot() + "/once/wgs/{z}/{x}/{y}.png,maxzoom=15");
    ASSERT_TRUE(t.ok());
    // Drawn once with the server answering, then again when it answers no more (a new layer, so
    // nothing is held in memory): the cache has every tile.
    for (int round = 0; round < 2; ++round) {
        MapDocument doc;
        MapDocument::Loaded l;
        l.basemap = true;
        l.layers.emplace_back("tiles", webTileLayer(*t, fetcher));
        EXPECT_TRUE(doc.adopt(std::move(l)).empty());
        expectAligned(doc, round == 0 ? "online" : "offline");
    }
}

TEST_F(Rasters, AGeoreferencedScanLandsOnThePatternAndReproducesItsPoints) {
    test::TempDir dir;
    const test::Scan scan = test::writeScan(dir.file("scan.png"));
    // It opens with a message offering to georeference it.
    {
        MapDocument doc;
        const Diagnostics d = doc.addFiles({scan.path});
        ASSERT_EQ(d.size(), 1u);
        EXPECT_NE(d[0].text.find("Georeference"), std::string::npos) << d[0].text;
    }
    std::vector<ControlPoint> points;
    for (Vec2d px : {Vec2d{300, 200}, Vec2d{4700, 350}, Vec2d{2500, 4300}, Vec2d{600, 4000}, Vec2d{4200, 4100}, Vec2d{2400, 2000}})
        points.push_back({px, scan.lonLat(px), true});
    for (GeorefMethod m : {GeorefMethod::Affine, GeorefMethod::Polynomial2, GeorefMethod::ThinPlateSpline}) {
        const Outcome<GeorefFit> fit = fitControlPoints(points, m, "EPSG:4326");
        ASSERT_TRUE(fit.ok()) << fit.why();
        EXPECT_LT(fit->rmsMetres, 0.05) << methodName(m);
        EXPECT_LT(fit->rmsPixels, 0.01) << methodName(m);
    }
    // One point clicked 10 px off shows in its residual, in pixels and in metres (about 1 m a pixel).
    std::vector<ControlPoint> off = points;
    off[5].pixel.x += 10;
    const Outcome<GeorefFit> bad = fitControlPoints(off, GeorefMethod::Affine, "EPSG:4326");
    ASSERT_TRUE(bad.ok());
    EXPECT_GT(bad->residualPixels[5], 5);
    EXPECT_GT(bad->residualMetres[5], 5);
    EXPECT_FALSE(fitControlPoints({points[0], points[1]}, GeorefMethod::Affine, "EPSG:4326").ok());
    EXPECT_TRUE(fitControlPoints(points, GeorefMethod::Polynomial2, "EPSG:4326").ok());

    // Saved as a GeoTIFF (never over the scan), it opens as a raster on the pattern.
    EXPECT_TRUE(writeGeoreferencedTiff(scan.path, points, GeorefMethod::Affine, "EPSG:4326", scan.path).has_value());
    ASSERT_FALSE(writeGeoreferencedTiff(scan.path, points, GeorefMethod::Affine, "EPSG:4326", dir.file("scan.tif")).has_value());
    MapDocument doc;
    EXPECT_TRUE(doc.addFiles({dir.file("scan.tif")}).empty());
    expectAligned(doc, "georeferenced scan");
    // The points file reads back as written.
    ASSERT_FALSE(writeControlPoints(dir.file("scan.points"), points, "EPSG:4326").has_value());
    const Outcome<ControlPointFile> back = readControlPoints(dir.file("scan.points"));
    ASSERT_TRUE(back.ok()) << back.why();
    ASSERT_EQ(back->points.size(), points.size());
    for (std::size_t i = 0; i < points.size(); ++i) {
        EXPECT_NEAR(back->points[i].pixel.y, points[i].pixel.y, 1e-6);
        EXPECT_NEAR(back->points[i].map.x, points[i].map.x, 1e-9);
    }
    EXPECT_TRUE(describeCrs(back->crs) == std::nullopt);
}

TEST(RasterInput, OverviewsAreOfferedAndGoBesideTheFileWhichStaysAsItWas) {
    test::TempDir dir;
    const std::string big = dir.file("big.tif");
    {
        const char* options[] = {"TILED=YES", "COMPRESS=DEFLATE", nullptr};
        GDALDatasetH ds = GDALCreate(GDALGetDriverByName("GTiff"), big.c_str(), 5000, 4000, 1, GDT_Byte, const_cast<char**>(options));
        double gt[6] = {113.3, 1e-5, 0, 23.16, 0, -1e-5};
        GDALSetGeoTransform(ds, gt);
        GDALSetProjection(ds, "GEOGCS[\"WGS 84\",DATUM[\"WGS_1984\",SPHEROID[\"WGS 84\",6378137,298.257223563]],PRIMEM[\"Greenwich\",0],UNIT[\"degree\",0.0174532925199433],AUTHORITY[\"EPSG\",\"4326\"]]");
        GDALClose(ds);
    }
    auto bytes = [](const std::string& f) {
        std::ifstream in(f, std::ios::binary);
        return std::string((std::istreambuf_iterator<char>(in)), {});
    };
    const std::string before = bytes(big);
    MapDocument doc;
    const Diagnostics d = doc.addFiles({big});
    ASSERT_EQ(d.size(), 1u);
    EXPECT_EQ(d[0].severity, Diagnostic::Severity::Warning);
    EXPECT_NE(d[0].text.find("no overviews"), std::string::npos);
    // Cancelled: nothing is left behind.
    const Problem cancelled = buildOverviews(big, [](double f) { return f < 0.1; });
    ASSERT_TRUE(cancelled.has_value());
    EXPECT_FALSE(QFile::exists(QString::fromStdString(big + ".ovr")));
    EXPECT_EQ(QDir(QString::fromStdString(dir.path())).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot).size(), 1);
    // Built: a side file, the raster byte for byte as it was, and a reopened layer with overviews.
    ASSERT_FALSE(buildOverviews(big).has_value());
    EXPECT_TRUE(QFile::exists(QString::fromStdString(big + ".ovr")));
    EXPECT_EQ(bytes(big), before);
    MapDocument again;
    EXPECT_TRUE(again.addFiles({big}).empty());
    ASSERT_EQ(again.layers().size(), 1u);
    EXPECT_EQ(again.layers().at(0).raster->summary().find("no overviews"), std::string::npos) << again.layers().at(0).raster->summary();
    EXPECT_TRUE(buildOverviews(big).has_value());  // there already
}

TEST(RasterInput, BadFilesGetOneMessageNamingThem) {
    test::TempDir dir;
    const std::string good = dataDir() + "/values.tif";
    // A truncated TIFF: the header, then half the data.
    {
        std::ifstream in(good, std::ios::binary);
        std::string bytes((std::istreambuf_iterator<char>(in)), {});
        test::writeText(dir.file("truncated.tif"), bytes.substr(0, bytes.size() / 2));
    }
    test::writeText(dir.file("empty.tif"), "");
    // A header claiming 2^31 x 2^31 pixels.
    {
        GDALDatasetH ds = GDALCreate(GDALGetDriverByName("GTiff"), dir.file("tiny.tif").c_str(), 4, 4, 1, GDT_Byte, nullptr);
        GDALClose(ds);
        std::ifstream in(dir.file("tiny.tif"), std::ios::binary);
        std::string bytes((std::istreambuf_iterator<char>(in)), {});
        // ImageWidth (256) and ImageLength (257) are SHORT or LONG entries: make them LONG 2e9.
        for (std::size_t i = 8; i + 12 <= bytes.size(); i += 2) {
            const unsigned tag = unsigned(static_cast<unsigned char>(bytes[i])) | unsigned(static_cast<unsigned char>(bytes[i + 1])) << 8;
            if ((tag == 256 || tag == 257) && (bytes[i + 2] == 3 || bytes[i + 2] == 4) && bytes[i + 3] == 0 &&
                bytes[i + 4] == 1 && bytes[i + 5] == 0 && bytes[i + 6] == 0 && bytes[i + 7] == 0) {
                bytes[i + 2] = 4;
                const std::uint32_t big = 2000000000u;
                std::memcpy(&bytes[i + 8], &big, 4);
            }
        }
        test::writeText(dir.file("huge.tif"), bytes);
    }
    // A plain image with no georeference (a scan).
    QImage scan(64, 48, QImage::Format_RGB32);
    scan.fill(Qt::white);
    scan.save(QString::fromStdString(dir.file("scan.png")));
    // A world file but a CRS PROJ does not know.
    {
        GDALDatasetH ds = GDALCreate(GDALGetDriverByName("GTiff"), dir.file("badcrs.tif").c_str(), 4, 4, 1, GDT_Byte, nullptr);
        double gt[6] = {0, 1, 0, 0, 0, -1};
        GDALSetGeoTransform(ds, gt);
        GDALClose(ds);
        test::writeText(dir.file("badcrs.tif.aux.xml"),
                        "<PAMDataset><SRS>LOCAL_CS[\"unknown\",UNIT[\"metre\",1]]</SRS></PAMDataset>");
    }
    struct Case {
        std::string file;
        const char* says;
    } cases[] = {{"truncated.tif", "truncated"},       {"empty.tif", "empty"},          {"huge.tif", "pixels"},
                 {"scan.png", "no georeference"},      {"badcrs.tif", "CRS"}};
    for (const Case& c : cases) {
        MapDocument doc;
        const Diagnostics d = doc.addFiles({dir.file(c.file)});
        ASSERT_EQ(d.size(), 1u) << c.file;
        EXPECT_EQ(d[0].severity, Diagnostic::Severity::Error) << c.file;
        EXPECT_EQ(d[0].file, dir.file(c.file));
        EXPECT_NE(d[0].text.find(c.says), std::string::npos) << c.file << ": " << d[0].text;
        EXPECT_TRUE(doc.layers().empty());
    }
}

TEST(RasterInput, UrlTemplatesAreChecked) {
    EXPECT_FALSE(parseTileTemplate("https://tiles.example/{x}/{y}.png").ok());
    EXPECT_NE(parseTileTemplate("https://tiles.example/{x}/{y}.png").why().find("{z}"), std::string::npos);
    EXPECT_FALSE(parseTileTemplate("https://tiles.example/{z}/{x}.png").ok());
    EXPECT_FALSE(parseTileTemplate("ftp://tiles.example/{z}/{x}/{y}.png").ok());
    EXPECT_FALSE(parseTileTemplate("https://t.example/{z}/{x}/{y}.png?tk={key}").ok());
    EXPECT_NE(parseTileTemplate("https://t.example/{z}/{x}/{y}.png,gcj2").why().find("unknown option 'gcj2'"), std::string::npos);
    // The attribution comes last and keeps its commas.
    EXPECT_EQ(parseTileTemplate("https://t.example/{z}/{x}/{y}.png,gcj02,attribution=© A, B and C")->attribution, "© A, B and C");
    Outcome<TileTemplate> t = parseTileTemplate("https://{s}.t.example/{z}/{x}/{-y}.png?k={key},key=SECRET,gcj02,subdomains=0-3,maxzoom=17");
    ASSERT_TRUE(t.ok()) << t.why();
    EXPECT_EQ(t->datum, ChineseDatum::Gcj02);
    EXPECT_EQ(t->maxZoom, 17);
    // TMS rows count from the south; subdomains spread by tile.
    EXPECT_EQ(t->tileUrl(3, 1, 2), "https://3.t.example/3/1/5.png?k=SECRET");
    MapDocument doc;
    const Diagnostics d = doc.addBasemap("https://tiles.example/{x}/{y}.png");
    ASSERT_EQ(d.size(), 1u);
    EXPECT_EQ(d[0].file, "https://tiles.example/{x}/{y}.png");
    EXPECT_TRUE(doc.layers().empty());
    // A preset that needs a key says so; the key never shows in the layer tree.
    const Diagnostics k = doc.addBasemap("tianditu-img");
    ASSERT_EQ(k.size(), 1u);
    EXPECT_NE(k[0].text.find("key"), std::string::npos);
    EXPECT_TRUE(doc.addBasemap("tianditu-img,key=SECRET123").empty());
    ASSERT_EQ(doc.layers().size(), 2u);  // imagery and its annotation
    for (const Layer& l : doc.layers()) EXPECT_EQ(l.sourcePath.find("SECRET123"), std::string::npos);
}

}  // namespace
}  // namespace pa

int main(int argc, char** argv) {
    ::testing::InitGoogleTest(&argc, argv);
    pa::useSurfacelessEglIfNoDisplay();
    QGuiApplication app(argc, argv);
    return RUN_ALL_TESTS();
}
