// PostGIS against a real server (Debian's postgresql and postgis), started for this test by
// tests/postgis_server.sh with the bundled zones loaded into a table; and the password's path:
// used to connect, never stored, never shown.
#include <gtest/gtest.h>

#include <QCoreApplication>
#include <QSettings>
#include <QTemporaryDir>

#include <cstdlib>
#include <fstream>

#include "document/map_document.h"
#include "io/ogr_reader.h"
#include "io/postgis.h"

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

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
