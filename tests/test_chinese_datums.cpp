// GCJ-02 and BD-09 against known answers: the reference set's GCJ-02 and WGS 84 copies of the same
// Tianhe boundary (converted independently when the set was made), the widely quoted BD-09 example, and
// round trips across China.
#include <gtest/gtest.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>
#include <random>

#include "core/chinese_datums.h"
#include "io/crs.h"

using namespace pa;

namespace {

QJsonArray firstRing(const std::string& file) {
    QFile f(QString::fromStdString(file));
    EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << file;
    const QJsonObject g = QJsonDocument::fromJson(f.readAll()).object()["features"].toArray()[0].toObject()["geometry"].toObject();
    QJsonArray c = g["coordinates"].toArray();
    while (!c.isEmpty() && c[0].toArray()[0].isArray()) c = c[0].toArray();
    return c;
}

Vec2d at(const QJsonArray& ring, int i) { return {ring[i].toArray()[0].toDouble(), ring[i].toArray()[1].toDouble()}; }

}  // namespace

TEST(ChineseDatums, Gcj02ToWgs84MatchesTheReferenceSetsConversion) {
    const std::string ref = std::string(PLANATLAS_SOURCE_DIR_FOR_TESTS) + "/../shared/reference/";
    const QJsonArray gcj = firstRing(ref + "tianhe_boundary.gcj02.geojson");
    const QJsonArray wgs = firstRing(ref + "tianhe_boundary.wgs84.geojson");
    ASSERT_EQ(gcj.size(), wgs.size());
    ASSERT_GT(gcj.size(), 300);
    double worst = 0;
    for (int i = 0; i < gcj.size(); ++i) {
        const Vec2d mine = gcj02ToWgs84(at(gcj, i)), theirs = at(wgs, i);
        worst = std::max(worst, geodesicDistance(mine, theirs));
    }
    EXPECT_LT(worst, 0.02);  // the files are rounded to 1e-7 degrees (about 1 cm)
    // And the offset is the ~600 m the README states for Tianhe.
    const double offset = geodesicDistance(at(gcj, 0), at(wgs, 0));
    EXPECT_GT(offset, 500);
    EXPECT_LT(offset, 700);
}

TEST(ChineseDatums, Bd09MatchesTheWidelyQuotedExample) {
    // The example every public implementation quotes: GCJ-02 (116.404, 39.915), Tiananmen, in BD-09.
    const Vec2d bd = gcj02ToBd09({116.404, 39.915});
    EXPECT_NEAR(bd.x, 116.41036949371029, 1e-9);
    EXPECT_NEAR(bd.y, 39.92133699351022, 1e-9);
}

TEST(ChineseDatums, RoundTripsStayUnderACentimetreInsideChina) {
    std::mt19937 rng(42);
    std::uniform_real_distribution<double> lon(73.5, 134.5), lat(18.5, 53.0);
    double worstGcj = 0, worstBd = 0;
    for (int i = 0; i < 2000; ++i) {
        const Vec2d p{lon(rng), lat(rng)};
        worstGcj = std::max(worstGcj, geodesicDistance(p, gcj02ToWgs84(wgs84ToGcj02(p))));
        worstBd = std::max(worstBd, geodesicDistance(p, bd09ToWgs84(wgs84ToBd09(p))));
    }
    EXPECT_LT(worstGcj, 0.01);
    EXPECT_LT(worstBd, 0.01);
    // Outside China nothing moves.
    const Vec2d paris{2.35, 48.85};
    EXPECT_EQ(wgs84ToGcj02(paris).x, paris.x);
    EXPECT_EQ(chineseDatumFromName("gcj-02"), ChineseDatum::Gcj02);
    EXPECT_EQ(chineseDatumFromName("BD09"), ChineseDatum::Bd09);
    EXPECT_EQ(chineseDatumFromName("EPSG:4326"), ChineseDatum::None);
}
