// The planatlas executable as a user or a pipeline runs it: exit codes, messages, outputs.
#include <gtest/gtest.h>

#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <chrono>
#include <csignal>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

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
    // Something is drawn: far from uniform background.
    int drawn = 0;
    for (int y = 0; y < img.height(); y += 8)
        for (int x = 0; x < img.width(); x += 8) drawn += img.pixelColor(x, y).name() != QString("#f4f2ec");
    EXPECT_GT(drawn, 1000);
    // Zoomed on the north of Tianhe, by 火炉山, where no plan zone lies: the district's own fill.
    const std::string north = dir.file("north.png");
    const Outcome z = planatlas("render --out '" + north + "' --size 200x200 --bbox 113.350,23.200,113.360,23.210", kNoX);
    ASSERT_EQ(z.status, 0) << z.err;
    EXPECT_EQ(QImage(QString::fromStdString(north)).pixelColor(100, 100).name(), QString("#f8f7f4"));
    // Nothing but the PNG was left in the folder (atomic write, no temporary files).
    int files = 0;
    for (auto& e : std::filesystem::directory_iterator(dir.path())) files += e.path().extension() != ".txt";
    EXPECT_EQ(files, 2);
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
    EXPECT_NE(r.err.find("broken.geojson: error: truncated: the JSON ends at byte 8 inside an object"),
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
    EXPECT_EQ(dir.status, 2);  // refused before anything is read
    EXPECT_NE(dir.err.find("the directory /no/such/dir does not exist"), std::string::npos) << dir.err;
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

namespace {

// Runs planatlas with `args`, capturing standard output.
Outcome planatlasOut(const std::string& args, std::string& stdoutText) {
    pa::test::TempDir dir;
    const std::string outFile = dir.file("stdout.txt"), errFile = dir.file("stderr.txt");
    const std::string cmd = "'" + std::string(PLANATLAS_EXE) + "' " + args + " >'" + outFile + "' 2>'" + errFile + "'";
    const int raw = std::system(cmd.c_str());
    Outcome r;
    r.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
    std::ifstream o(outFile), e(errFile);
    std::stringstream so, se;
    so << o.rdbuf();
    se << e.rdbuf();
    stdoutText = so.str();
    r.err = se.str();
    return r;
}

}  // namespace

TEST(CliPlan, OutlineShowTargetsSearch) {
    std::string out;
    ASSERT_EQ(planatlasOut("plan outline", out).status, 0);
    EXPECT_NE(out.find("第十三章  完善规划实施保障机制  [ch13]"), std::string::npos) << out.substr(0, 500);
    EXPECT_NE(out.find("专栏22"), std::string::npos);

    ASSERT_EQ(planatlasOut("plan show table2.i9", out).status, 0);
    EXPECT_NE(out.find("全区软件业务收入"), std::string::npos) << out;
    ASSERT_EQ(planatlasOut("plan show box3 --json", out).status, 0);
    const QJsonDocument box = QJsonDocument::fromJson(QByteArray::fromStdString(out));
    EXPECT_EQ(box.object()["type"].toString(), QString("box"));
    EXPECT_EQ(box.object()["path"].toString(), QString("第三章 › 第二节 › 专栏3"));

    ASSERT_EQ(planatlasOut("plan targets --json", out).status, 0);
    const QJsonArray targets = QJsonDocument::fromJson(QByteArray::fromStdString(out)).array();
    EXPECT_GT(targets.size(), 50);
    EXPECT_EQ(targets.first().toObject()["id"].toString(), QString("t.table2.1"));

    ASSERT_EQ(planatlasOut("plan search 猎德", out).status, 0);
    EXPECT_NE(out.find("【猎德】"), std::string::npos) << out;

    EXPECT_EQ(planatlasOut("plan show no.such.id", out).status, 1);
    EXPECT_EQ(planatlasOut("plan frobnicate", out).status, 2);
}

TEST(CliPlan, ImportRefusesADamagedSourceAndWritesNothing) {
    pa::test::TempDir dir;
    const std::string src = dir.file("truncated.txt");
    pa::test::writeText(src, "第一节  开头\n\n一段文字。\n");
    const std::string dst = dir.file("plan.json");
    std::string out;
    const Outcome r = planatlasOut("plan import '" + src + "' --out '" + dst + "'", out);
    EXPECT_EQ(r.status, 1);
    EXPECT_NE(r.err.find("truncated.txt:line "), std::string::npos) << r.err;
    EXPECT_FALSE(std::filesystem::exists(dst));
}

TEST(CliGeodata, ValidateAndDescribe) {
    std::string out;
    const Outcome v = planatlasOut("validate", out);
    EXPECT_EQ(v.status, 0) << v.err;
    EXPECT_NE(out.find("checklist of the plan's spatial elements"), std::string::npos) << out;
    EXPECT_NE(out.find("spatial structure: 19 of 19"), std::string::npos) << out;

    ASSERT_EQ(planatlasOut("describe 天河路商圈 --json", out).status, 0);
    const QJsonObject d = QJsonDocument::fromJson(QByteArray::fromStdString(out)).object();
    EXPECT_EQ(d["feature"].toObject()["properties"].toObject()["id"].toString(), QString("zone.tianheroad"));
    EXPECT_EQ(d["clauses"].toArray().first().toObject()["id"].toString(), QString("ch3.s2.p4"));
    EXPECT_EQ(d["targets"].toArray().size(), 7);
    EXPECT_EQ(planatlasOut("describe zone.cbd", out).status, 0);
    EXPECT_NE(out.find("天河中央商务区"), std::string::npos);
    EXPECT_EQ(planatlasOut("describe 不存在的地方", out).status, 1);
}

TEST(Cli, LocateAPlaceInWgs84Gcj02AndGaussKruger) {
    std::string out;
    ASSERT_EQ(planatlasOut("locate 113.32668 23.12113 --within 300 --json", out).status, 0);
    const QJsonObject o = QJsonDocument::fromJson(QByteArray::fromStdString(out)).object();
    EXPECT_EQ(o["nearest_stations"].toArray()[0].toObject()["name_zh"].toString(), QStringLiteral("猎德"));
    bool cbd = false;
    for (const QJsonValue& a : o["areas"].toArray())
        cbd = cbd || (a.toObject()["id"].toString() == "zone.cbd" && a.toObject()["inside"].toBool());
    EXPECT_TRUE(cbd);
    EXPECT_FALSE(o["clauses"].toArray().isEmpty());
    // The same place given in GCJ-02 (as Amap would show it) lands on the same station.
    ASSERT_EQ(planatlasOut("locate 113.332107 23.118541 --crs GCJ02 --json", out).status, 0);  // MetroMan's own
    const QJsonObject g = QJsonDocument::fromJson(QByteArray::fromStdString(out)).object();
    EXPECT_EQ(g["nearest_stations"].toArray()[0].toObject()["name_zh"].toString(), QStringLiteral("猎德"));
    EXPECT_LT(g["nearest_stations"].toArray()[0].toObject()["metres"].toDouble(), 0.05);
    // And in CGCS2000 / 3-degree Gauss-Kruger CM 114E metres, easting first (cs2cs gives these).
    ASSERT_EQ(planatlasOut("locate 431030.170 2558111.242 --crs EPSG:4547 --json", out).status, 0);
    const QJsonObject k = QJsonDocument::fromJson(QByteArray::fromStdString(out)).object();
    EXPECT_EQ(k["nearest_stations"].toArray()[0].toObject()["name_zh"].toString(), QStringLiteral("猎德"));
    EXPECT_LT(k["nearest_stations"].toArray()[0].toObject()["metres"].toDouble(), 1.0);  // from a 5-decimal point
    EXPECT_EQ(planatlasOut("locate 113.3", out).status, 2);
    EXPECT_EQ(planatlasOut("locate 113.3 23.1 --crs EPSG:999999", out).status, 2);
    EXPECT_EQ(planatlasOut("locate 113.3 23.1 --within -5", out).status, 2);
    ASSERT_EQ(planatlasOut("locate 113.32668 23.12113", out).status, 0);
    EXPECT_NE(out.find("Nearest stations:\n  猎德 (station)"), std::string::npos) << out;
}

TEST(Cli, CheckWritesAReportAndNeverOverTheInput) {
    pa::test::TempDir dir;
    const std::string src = dir.file("p.geojson");
    pa::test::writeText(src, R"({"type":"FeatureCollection","features":[
{"type":"Feature","properties":{"name":"石牌桥旁"},"geometry":{"type":"Point","coordinates":[113.3267,23.1357]}}]})");
    std::string out;
    EXPECT_EQ(planatlasOut("check '" + src + "' --out '" + dir.file("r.csv") + "'", out).status, 0);
    std::ifstream in(dir.file("r.csv"));
    std::stringstream ss;
    ss << in.rdbuf();
    EXPECT_NE(ss.str().find("石牌桥旁"), std::string::npos);
    EXPECT_NE(ss.str().find("天河路商圈"), std::string::npos);
    const Outcome same = planatlas("check '" + src + "' --out '" + src + "'");
    EXPECT_EQ(same.status, 2);
    EXPECT_NE(same.err.find("is the input " + src + ": PlanAtlas never writes over its inputs"), std::string::npos) << same.err;
    EXPECT_EQ(planatlas("check '" + dir.file("missing.gpkg") + "' --out '" + dir.file("x.csv") + "'").status, 1);
    EXPECT_EQ(planatlas("check").status, 2);
}

TEST(Cli, ExportsReportFiguresAsPdfSvgAndPng) {
    pa::test::TempDir dir;
    std::string out;
    const std::string pdf = dir.file("map.pdf"), svg = dir.file("map.svg"), png = dir.file("map.png");
    ASSERT_EQ(planatlas("export --out '" + pdf + "' --dpi 300", kNoX).status, 0);
    // The page is A4 landscape and its legend is real text (pdftotext reads it back).
    ASSERT_EQ(std::system(("pdfinfo '" + pdf + "' > '" + dir.file("info.txt") + "'").c_str()), 0);
    std::ifstream info(dir.file("info.txt"));
    std::stringstream is;
    is << info.rdbuf();
    EXPECT_NE(is.str().find("842 x 595 pts (A4)"), std::string::npos) << is.str();
    ASSERT_EQ(std::system(("pdftotext '" + pdf + "' '" + dir.file("text.txt") + "'").c_str()), 0);
    std::ifstream text(dir.file("text.txt"));
    std::stringstream ts;
    ts << text.rdbuf();
    for (const char* words : {"图例", "片区", "发展轴", "地铁线", "2026", "N"}) EXPECT_NE(ts.str().find(words), std::string::npos) << words;

    ASSERT_EQ(planatlas("export --out '" + svg + "' --lang en --title 'Tianhe test'", kNoX).status, 0);
    std::ifstream s(svg);
    std::stringstream ss;
    ss << s.rdbuf();
    EXPECT_NE(ss.str().find("<path"), std::string::npos);  // geometry stays vector
    EXPECT_NE(ss.str().find("Legend"), std::string::npos);
    EXPECT_NE(ss.str().find("Tianhe test"), std::string::npos);
    EXPECT_NE(ss.str().find("width=\"297."), std::string::npos);  // millimetres, to the SVG's pixel rounding

    // PNG: the page at the DPI asked, whatever the screen's scale factor.
    ASSERT_EQ(planatlas("export --out '" + png + "' --dpi 300 --page A4 --bbox 113.30,23.10,113.40,23.16", kNoX).status, 0);
    const QImage a(QString::fromStdString(png));
    EXPECT_EQ(a.size(), QSize(3508, 2480));
    ASSERT_EQ(planatlas("export --out '" + dir.file("hidpi.png") + "' --dpi 300 --page A4 --bbox 113.30,23.10,113.40,23.16",
                        std::string(kNoX) + " QT_SCALE_FACTOR=2")
                  .status,
              0);
    const QImage b(QString::fromStdString(dir.file("hidpi.png")));
    EXPECT_EQ(b.size(), a.size());
    // The same figure, size and scale; glyph rasterisation may differ at the edges of the text.
    int differ = 0;
    for (int y = 0; y < a.height(); y += 2)
        for (int x = 0; x < a.width(); x += 2) {
            const QRgb p = a.pixel(x, y), q = b.pixel(x, y);
            differ += std::abs(qRed(p) - qRed(q)) + std::abs(qGreen(p) - qGreen(q)) + std::abs(qBlue(p) - qBlue(q)) > 60;
        }
    EXPECT_LT(differ, a.width() * a.height() / 4 / 50) << differ << " pixels differ";  // under 2 %

    const Outcome doc = planatlas("export --out '" + dir.file("map.doc") + "'", kNoX);
    EXPECT_EQ(doc.status, 2);
    EXPECT_NE(doc.err.find("so its name must end in .pdf or .svg or .png"), std::string::npos) << doc.err;
    EXPECT_EQ(planatlas("export --out '" + png + "' --dpi 5", kNoX).status, 2);
    EXPECT_EQ(planatlas("export --out '" + png + "' --slide 9", kNoX).status, 2);  // the zone tour has five
    // Slide 2: 广州国际金融城, its caption the title.
    ASSERT_EQ(planatlas("export --out '" + dir.file("slide2.pdf") + "' --slide 2", kNoX).status, 0);
    ASSERT_EQ(std::system(("pdftotext '" + dir.file("slide2.pdf") + "' '" + dir.file("slide2.txt") + "'").c_str()), 0);
    std::ifstream s2(dir.file("slide2.txt"));
    std::stringstream s2s;
    s2s << s2.rdbuf();
    // Characters whose Noto glyph is shared with a Kangxi radical (广, 金, 目) read back as themselves.
    EXPECT_NE(s2s.str().find("广州国际金融城发展定位与发展目标"), std::string::npos) << s2s.str().substr(0, 200);
}

namespace {

// Starts planatlas with `args` (no display), sends `sig` after `afterMs`, and returns how long it took
// to end after the signal and its exit status.
std::pair<double, int> interrupted(const std::vector<std::string>& args, int sig, int afterMs) {
    const pid_t pid = fork();
    if (pid == 0) {
        unsetenv("DISPLAY");
        unsetenv("WAYLAND_DISPLAY");
        // GDAL's GeoJSON reader takes seconds over the file; the fast path would be done before the signal.
        setenv("PLANATLAS_GEOJSON_READER", "gdal", 1);
        std::vector<char*> argv{const_cast<char*>(PLANATLAS_EXE)};
        for (const std::string& a : args) argv.push_back(const_cast<char*>(a.c_str()));
        argv.push_back(nullptr);
        freopen("/dev/null", "w", stderr);
        execv(PLANATLAS_EXE, argv.data());
        _exit(127);
    }
    usleep(useconds_t(afterMs) * 1000);
    const auto t0 = std::chrono::steady_clock::now();
    kill(pid, sig);
    int raw = 0;
    waitpid(pid, &raw, 0);
    const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
    return {ms, WIFEXITED(raw) ? WEXITSTATUS(raw) : -WTERMSIG(raw)};
}

}  // namespace

TEST(Cli, SigintAndSigtermEndACommandWithinASecondLeavingNothing) {
    pa::test::TempDir dir;
    // About 25 MB of GeoJSON: reading it takes GDAL seconds (the fast path is turned off for these
    // runs), long enough to be interrupted.
    std::string json = R"({"type":"FeatureCollection","features":[)";
    char buf[256];
    for (int i = 0; i < 120000; ++i) {
        const double x = 113.30 + (i % 300) * 0.0004, y = 23.10 + (i / 300) * 0.0004;
        std::snprintf(buf, sizeof buf, R"(%s{"type":"Feature","properties":{"n":%d},"geometry":{"type":"Point","coordinates":[%.6f,%.6f]}})",
                      i ? "," : "", i, x, y);
        json += buf;
    }
    const std::string big = dir.file("big.geojson");
    pa::test::writeText(big, json + "]}");
    const std::string out = dir.file("out");
    std::filesystem::create_directory(out);
    const std::vector<std::pair<std::vector<std::string>, int>> runs = {
        {{"render", "--out", out + "/m.png", big}, SIGTERM},
        {{"render", "--out", out + "/m.png", big}, SIGINT},
        {{"check", big, "--out", out + "/r.csv"}, SIGTERM},
        {{"export", "--out", out + "/m.pdf", big}, SIGINT},
        {{"validate", big}, SIGTERM},
    };
    for (const auto& [args, sig] : runs) {
        const auto [ms, status] = interrupted(args, sig, 700);
        EXPECT_LT(ms, 1000.0) << args[0] << " took " << ms << " ms to end";
        EXPECT_EQ(status, 128 + sig) << args[0];
        EXPECT_TRUE(std::filesystem::is_empty(out)) << args[0] << " left a file";
    }
}
