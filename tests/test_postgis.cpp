// PostGIS against a real server (Debian's postgresql and postgis), started for this test by
// tests/postgis_server.sh with the bundled zones loaded into a table and a million synthetic parcels
// (bench/parcels.sql); a small table read whole, the large one by view (tiles by the geometry index,
// joined without repeats, a memory budget, reads the view left stopped, identify and search asking
// the server); and the password's path: used to connect, never stored, never shown.
#include <gtest/gtest.h>

#include <QCoreApplication>
#include <QSettings>
#include <QTemporaryDir>

#include <chrono>
#include <cstdlib>
#include <fstream>
#include <set>
#include <thread>

#include <gdal.h>
#include <ogr_api.h>

#include "core/vector_source.h"
#include "document/map_document.h"
#include "document/map_settings.h"
#include "io/crs.h"
#include "io/ogr_reader.h"
#include "io/postgis.h"
#include "io/postgis_view.h"
#include "render/scene.h"

using namespace pa;

namespace {

// The connection string the fixture wrote (its user is the one that started the server).
std::string server() {
    const char* f = std::getenv("PLANATLAS_TEST_PG_FILE");
    std::ifstream in(f ? f : "");
    std::string line;
    std::getline(in, line);
    return line;
}

// The number the server gives for a query's first column.
long long serverCount(const std::string& sql) {
    GDALAllRegister();
    GDALDatasetH ds = GDALOpenEx(server().c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, nullptr, nullptr);
    if (!ds) return -1;
    long long n = -1;
    if (OGRLayerH r = GDALDatasetExecuteSQL(ds, sql.c_str(), nullptr, nullptr)) {
        if (OGRFeatureH f = OGR_L_GetNextFeature(r)) {
            n = OGR_F_GetFieldAsInteger64(f, 0);
            OGR_F_Destroy(f);
        }
        GDALDatasetReleaseResultSet(ds, r);
    }
    GDALClose(ds);
    return n;
}

// A document holding the parcels (read by view), shown in lon/lat so views compare with SQL boxes.
struct Parcels {
    MapDocument doc;
    LayerId id = 0;
    Parcels() {
        EXPECT_TRUE(doc.setDisplayCrs("EPSG:4326").empty());
        const Diagnostics d = doc.addFiles({server() + " tables=parcels"});
        for (const Diagnostic& m : d) ADD_FAILURE() << m.toLine();
        if (!doc.layers().empty()) id = doc.layers().at(0).id;
    }
    const Layer& layer() const { return doc.layers().at(0); }
    MapSettings view(const Bounds& lonLat, int w = 1200, int h = 800) const {
        Viewport v;
        v.setSize(w, h);
        v.fitBounds(lonLat, 0.0);
        MapSettings s = mapSettings(doc, v, "zh");
        s.labels = false;
        return s;
    }
};

Bounds box(double x0, double y0, double x1, double y1) {
    Bounds b;
    b.extend({x0, y0});
    b.extend({x1, y1});
    return b;
}

std::string envelope(const Bounds& b) {
    char buf[200];
    std::snprintf(buf, sizeof buf, "ST_MakeEnvelope(%.12f, %.12f, %.12f, %.12f, 4326)", b.minX, b.minY, b.maxX, b.maxY);
    return buf;
}

}  // namespace

TEST(Postgis, ReadsATableWithItsCrsAndChineseText) {
    ASSERT_FALSE(server().empty()) << "the ctest fixture tests/postgis_server.sh starts the server";
    const ReadResult r = readVectorFile(server() + " tables=zones");
    for (const auto& m : r.messages) ADD_FAILURE() << m.toLine();
    ASSERT_EQ(r.layers.size(), 1u);
    EXPECT_EQ(r.layers[0].name, "zones");
    EXPECT_EQ(r.layers[0].features.size(), 17u);
    bool cbd = false;
    for (const Feature& f : r.layers[0].features) cbd = cbd || f.value("name_zh") == "天河中央商务区";
    EXPECT_TRUE(cbd);
    EXPECT_NE(r.layers[0].sourceCrs.find("WGS 84"), std::string::npos);
    // Into the map like any file, as a user layer.
    MapDocument doc;
    EXPECT_TRUE(doc.addFiles({server() + " tables=zones"}).empty());
    ASSERT_EQ(doc.layers().size(), 1u);
    EXPECT_EQ(doc.states()[0].group, MapDocument::kUserGroup);
    EXPECT_FALSE(doc.layers().at(0).projectedBounds.isEmpty());
}

TEST(Postgis, ListsTables) {
    ASSERT_FALSE(server().empty());
    // The fixture's connection string: host, port, user, database.
    PgConnection c;
    const std::string s = server();
    auto value = [&](const std::string& key) {
        const auto at = s.find(key + "=");
        const auto end = s.find(' ', at);
        return s.substr(at + key.size() + 1, end == std::string::npos ? std::string::npos : end - at - key.size() - 1);
    };
    c.host = value("host");
    c.port = std::stoi(value("port"));
    c.user = value("user");
    c.database = value("dbname");
    const auto tables = listPgTables(c);
    ASSERT_TRUE(tables) << tables.why();
    EXPECT_NE(std::find(tables->begin(), tables->end(), "zones"), tables->end());
    c.table = "zones";
    EXPECT_EQ(readVectorFile(c.gdalString()).layers.size(), 1u);
}

TEST(Postgis, APasswordIsNeverShownNorStored) {
    PgConnection c;
    c.host = "/nonexistent-socket-dir";
    c.port = 1;
    c.database = "nothing";
    c.user = "planner";
    c.password = "S3cret pass'word";
    const std::string s = c.gdalString();
    EXPECT_NE(s.find("password='S3cret pass\\'word'"), std::string::npos) << s;  // libpq quoting
    EXPECT_EQ(redactConnection(s).find("S3cret"), std::string::npos);
    const ReadResult r = readVectorFile(s);
    ASSERT_FALSE(r.messages.empty());
    for (const Diagnostic& m : r.messages) EXPECT_EQ(m.toLine().find("S3cret"), std::string::npos) << m.toLine();
    const auto none = listPgTables(c);
    ASSERT_FALSE(none);
    EXPECT_EQ(none.why().find("S3cret"), std::string::npos) << none.why();
    EXPECT_EQ(none.problem().toLine().find("S3cret"), std::string::npos) << none.problem().toLine();
    QTemporaryDir dir;
    QSettings settings(dir.filePath("s.ini"), QSettings::IniFormat);
    savePgConnection(settings, c);
    settings.sync();
    for (const QString& k : settings.allKeys()) {
        EXPECT_FALSE(k.contains("password", Qt::CaseInsensitive)) << k.toStdString();
        EXPECT_FALSE(settings.value(k).toString().contains("S3cret"));
    }
    EXPECT_EQ(loadPgConnection(settings).user, "planner");
    EXPECT_TRUE(loadPgConnection(settings).password.empty());
}

TEST(PostgisByView, ALargeTableIsReadByViewASmallOneWhole) {
    ASSERT_FALSE(server().empty());
    Parcels p;
    ASSERT_EQ(p.doc.layers().size(), 1u);
    const Layer& l = p.layer();
    ASSERT_TRUE(l.viewSource);
    EXPECT_EQ(l.name, "parcels");
    EXPECT_TRUE(l.features.empty()) << "nothing is read before a view asks";
    EXPECT_NEAR(l.projectedBounds.minX, 113.20, 1e-3);
    EXPECT_NEAR(l.projectedBounds.maxY, 23.25, 1e-3);
    EXPECT_NE(l.viewSource->summary().find("1000000 rows"), std::string::npos) << l.viewSource->summary();
    // The zones (17 rows) are read whole, as before.
    const auto small = openPostgisByView(server() + " tables=zones");
    ASSERT_TRUE(small) << small.why();
    EXPECT_FALSE(small->has_value());
    // A table that is not there: one message naming the connection.
    const auto missing = openPostgisByView(server() + " tables=no_such_table");
    if (missing) {
        EXPECT_FALSE(missing->has_value());
    }
    MapDocument doc;
    const Diagnostics d = doc.addFiles({server() + " tables=no_such_table"});
    EXPECT_TRUE(doc.layers().empty());
    ASSERT_FALSE(d.empty());
}

TEST(PostgisByView, AStreetViewHoldsEveryParcelInItOnce) {
    ASSERT_FALSE(server().empty());
    Parcels p;
    ASSERT_TRUE(p.id);
    const Bounds street = box(113.350, 23.150, 113.362, 23.157);
    const MapSettings s = p.view(street);
    SceneCache cache;
    const Scene scene = prepareScene(p.doc.snapshot(), s, &cache, nullptr, false, true);
    ASSERT_EQ(scene.layers.size(), 1u);
    const Layer& joined = *scene.layers[0].layer;
    EXPECT_EQ(joined.id, p.id);
    std::set<std::string> ids;
    std::size_t inView = 0;
    for (std::uint32_t fi = 0; fi < joined.features.size(); ++fi) {
        EXPECT_TRUE(ids.insert(joined.features[fi].id).second) << "parcel " << joined.features[fi].id << " twice";
        Bounds b;
        for (std::uint32_t v = joined.ringBegin(joined.parts[joined.features[fi].firstPart].firstRing);
             v < joined.ringEnd(joined.parts[joined.features[fi].firstPart].firstRing); ++v)
            b.extend(joined.projected[v]);
        if (b.intersects(s.extent)) ++inView;
    }
    // Exactly the parcels the server says meet the picture's extent (the tiles reach beyond it).
    const long long expected = serverCount("SELECT count(*) FROM parcels WHERE geom && " + envelope(s.extent));
    EXPECT_GT(expected, 1000);
    EXPECT_EQ(static_cast<long long>(inView), expected);
    EXPECT_GT(joined.features.size(), inView);
    // Every attribute, and the parcel's own outline at street level (simplified by under a pixel).
    const auto at = std::find_if(joined.features.begin(), joined.features.end(), [](const Feature& f) { return f.id == "500500"; });
    ASSERT_NE(at, joined.features.end());
    EXPECT_EQ(at->value("name"), "地块 0500500");
    EXPECT_FALSE(at->value("land_use").empty());
    EXPECT_TRUE(scene.problems.empty()) << scene.problems.front().toLine();
}

TEST(PostgisByView, TheWholeCityIsThinnedAndSaysSo) {
    ASSERT_FALSE(server().empty());
    Parcels p;
    SceneCache cache;
    const Scene scene = prepareScene(p.doc.snapshot(), p.view(p.layer().projectedBounds, 1920, 1080), &cache, nullptr, false, true);
    ASSERT_EQ(scene.layers.size(), 1u);
    const std::size_t n = scene.layers[0].layer->features.size();
    EXPECT_GT(n, std::size_t(100000));
    EXPECT_LT(n, std::size_t(1000000));
    bool said = false;
    for (const Diagnostic& d : scene.problems) said = said || d.text.find("largest features") != std::string::npos;
    EXPECT_TRUE(said);
    EXPECT_LE(cache.viewTiles().bytes(), viewBudgetBytes());
}

TEST(PostgisByView, TheTilesKeptStayWithinTheBudget) {
    ASSERT_FALSE(server().empty());
    Parcels p;
    const VectorSourcePtr src = p.layer().viewSource;
    constexpr std::size_t kBudget = std::size_t(4) << 20;
    TileStore store(kBudget, 2);
    TileVariant v;
    v.vector = src;
    v.crs = "EPSG:4326";
    std::size_t read = 0;
    for (int step = 0; step < 12; ++step) {
        const double x = 113.22 + 0.02 * step;
        Viewport view;
        view.setSize(1200, 800);
        view.fitBounds(box(x, 23.10, x + 0.012, 23.107), 0.0);
        const auto tiles = store.tiles(v, tilesForView(view, 0.0), true, nullptr, nullptr);
        EXPECT_FALSE(tiles.empty());
        for (const SceneTile& t : tiles) read += layerBytes(t.vector->layer);
        EXPECT_LE(store.bytes(), kBudget) << "step " << step;
    }
    EXPECT_GT(read, 2 * kBudget) << "the walk read more than the budget holds, so tiles were let go";
}

TEST(PostgisByView, TheWindowGetsTilesAsTheyArriveAndReadsTheViewLeftAreStopped) {
    ASSERT_FALSE(server().empty());
    Parcels p;
    SceneCache cache;
    std::atomic<int> arrivals{0};
    cache.viewTiles().setOnArrival([&] { ++arrivals; });
    const MapSettings first = p.view(box(113.30, 23.10, 113.312, 23.107));
    const Scene now = prepareScene(p.doc.snapshot(), first, &cache, nullptr, false, false);
    ASSERT_EQ(now.layers.size(), 1u);
    EXPECT_TRUE(now.layers[0].layer->features.empty()) << "the window's first scene waits for nothing";
    EXPECT_GT(now.tilesPending, 0u);
    // The view moves on at once: what the first view still had queued or in flight is dropped.
    const MapSettings second = p.view(box(113.45, 23.20, 113.462, 23.207));
    prepareScene(p.doc.snapshot(), second, &cache, nullptr, false, false);
    const auto until = std::chrono::steady_clock::now() + std::chrono::seconds(20);
    while (cache.viewTiles().pending() > 0 && std::chrono::steady_clock::now() < until)
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    ASSERT_EQ(cache.viewTiles().pending(), 0u);
    EXPECT_GT(arrivals.load(), 0);
    const Scene later = prepareScene(p.doc.snapshot(), second, &cache, nullptr, false, false);
    EXPECT_EQ(later.tilesPending, 0u);
    const Layer& l = *later.layers[0].layer;
    ASSERT_FALSE(l.features.empty());
    EXPECT_TRUE(l.projectedBounds.intersects(second.extent));
    EXPECT_FALSE(l.projectedBounds.intersects(first.extent)) << "tiles of the view left were not read for it";
    cache.viewTiles().setOnArrival({});
}

TEST(PostgisByView, ACancelledTileReadStops) {
    ASSERT_FALSE(server().empty());
    Parcels p;
    std::atomic<bool> cancel{true};
    TileRequest q;
    q.extent = p.layer().projectedBounds;
    q.crs = "EPSG:4326";
    const auto t = p.layer().viewSource->readTile(q, &cancel);
    ASSERT_FALSE(t);
    EXPECT_EQ(t.why(), "cancelled");
}

TEST(PostgisByView, IdentifyAndSearchAskTheServer) {
    ASSERT_FALSE(server().empty());
    Parcels p;
    const VectorSource& src = *p.layer().viewSource;
    // Parcel 500500 is i = 500, j = 499: its middle.
    const Vec2d mid{113.20 + 500 * 0.0003 + 0.00015, 23.05 + 499 * 0.0002 + 0.0001};
    const auto here = src.featuresNear(mid, 1e-6, "EPSG:4326", 5);
    ASSERT_TRUE(here) << here.why();
    ASSERT_EQ(here->features.size(), 1u);
    EXPECT_EQ(here->features[0].id, "500500");
    EXPECT_EQ(here->features[0].value("name"), "地块 0500500");
    EXPECT_EQ(here->parts.size(), 1u);
    EXPECT_EQ(here->ringCount(), 1u);
    EXPECT_EQ(here->vertices.size(), 5u) << "the exact outline, not a tile's";
    // Into the document, where identify and the selection find it.
    const std::vector<FeatureRef> refs = p.doc.addFetched(p.id, *here);
    ASSERT_EQ(refs.size(), 1u);
    EXPECT_EQ(p.doc.feature(refs[0]).id, "500500");
    // An earlier answer's reference stays good when another comes.
    const auto named = src.featuresNamed("地块 0000007", "EPSG:4326", 10);
    ASSERT_TRUE(named) << named.why();
    ASSERT_EQ(named->features.size(), 1u);
    EXPECT_EQ(named->features[0].id, "7");
    const std::vector<FeatureRef> more = p.doc.addFetched(p.id, *named);
    ASSERT_EQ(more.size(), 1u);
    EXPECT_EQ(p.doc.feature(more[0]).id, "7");
    EXPECT_EQ(p.doc.feature(refs[0]).id, "500500");
    // Text that could break a query is only text.
    const auto hostile = src.featuresNamed("x'); DROP TABLE parcels; --", "EPSG:4326", 10);
    ASSERT_TRUE(hostile) << hostile.why();
    EXPECT_TRUE(hostile->features.empty());
    EXPECT_EQ(serverCount("SELECT count(*) FROM parcels"), 1000000);
    // Nothing at a place outside the table.
    const auto nothing = src.featuresNear({100.0, 10.0}, 1e-4, "EPSG:4326", 5);
    ASSERT_TRUE(nothing);
    EXPECT_TRUE(nothing->features.empty());
}

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
