// Coordinates through PROJ, checked against values computed here from first principles.
#include <gtest/gtest.h>

#include <proj.h>

#include <cmath>
#include <cstdint>
#include <vector>

#include "io/crs.h"
#include "document/map_document.h"
#include "test_support.h"

using namespace pa;

namespace {

constexpr double kPi = 3.14159265358979323846;

// Meridian arc length from the equator on GRS 80, by Simpson integration: the northing of a
// point on a transverse Mercator central meridian (scale 1, no false northing).
double meridianArc(double latDeg) {
    const double a = 6378137.0, f = 1 / 298.257222101, e2 = f * (2 - f);
    const int n = 2000;
    const double phi = latDeg * kPi / 180;
    auto g = [&](double p) { return a * (1 - e2) / std::pow(1 - e2 * std::sin(p) * std::sin(p), 1.5); };
    double s = g(0) + g(phi);
    for (int i = 1; i < n; ++i) s += g(phi * i / n) * (i % 2 ? 4 : 2);
    return s * phi / n / 3;
}

}  // namespace

TEST(Crs, WebMercatorMatchesTheSphericalFormula) {
    std::string why;
    auto t = CrsTransform::create("OGC:CRS84", "EPSG:3857");
    ASSERT_TRUE(t) << t.why();
    const Vec2d ll{113.32296, 23.13716};  // 体育中心 station
    const Vec2d p = t->forward(ll);
    const double R = 6378137.0;
    EXPECT_NEAR(p.x, R * ll.x * kPi / 180, 1e-6);
    EXPECT_NEAR(p.y, R * std::log(std::tan(kPi / 4 + ll.y * kPi / 360)), 1e-6);
    const Vec2d back = t->inverse(p);
    EXPECT_NEAR(back.x, ll.x, 1e-12);
    EXPECT_NEAR(back.y, ll.y, 1e-12);
}

TEST(Crs, WebMercatorInClosedFormIsProjsWithinNanometres) {
    // The closed form CrsTransform takes for degrees to Web Mercator must give PROJ's eastings to the
    // last bit, its northings within a few nanometres (a batch's by MercatorNorthing's polynomials; a
    // point alone's to the bit), and PROJ's answer where it does not apply (wrapped longitudes, poles,
    // NaN).
    PJ_CONTEXT* ctx = proj_context_create();
    PJ* raw = proj_create_crs_to_crs(ctx, "OGC:CRS84", "EPSG:3857", nullptr);
    ASSERT_NE(raw, nullptr);
    PJ* op = proj_normalize_for_visualization(ctx, raw);
    proj_destroy(raw);
    std::vector<Vec2d> pts;
    std::uint64_t seed = 42;
    auto unit = [&] {
        seed = seed * 6364136223846793005ull + 1442695040888963407ull;
        return double(seed >> 11) / double(1ull << 53);
    };
    for (int i = 0; i < 100000; ++i) pts.push_back({-180 + 360 * unit(), -89 + 178 * unit()});
    for (int i = 0; i < 100000; ++i) pts.push_back({113.30 + 0.15 * unit(), 23.10 + 0.15 * unit()});  // Tianhe
    for (int i = -720; i <= 720; ++i) pts.push_back({113, i / 8.0});  // the polynomials' ends
    for (const Vec2d e : std::initializer_list<Vec2d>{{180, 89}, {-180, -89}, {0, 0}, {200, 23}, {-540, 10}, {113, 89.5},
                                                     {113, 90}, {113, -90}, {113, 91}, {113, 70}, {113, -70}, {113, 70.000001},
                                                     {std::nan(""), 23}})
        pts.push_back(e);
    for (const char* source : {"OGC:CRS84", "EPSG:4326", "EPSG:4490"}) {
        auto t = CrsTransform::create(source, "EPSG:3857");
        ASSERT_TRUE(t) << t.why();
        std::vector<Vec2d> ours = pts;
        t->forward(ours.data(), ours.size());
        std::size_t differ = 0, alone = 0;
        double worst = 0;
        for (std::size_t i = 0; i < pts.size(); ++i) {
            PJ_COORD c = proj_trans(op, PJ_FWD, proj_coord(pts[i].x, pts[i].y, 0, 0));
            Vec2d theirs{c.xy.x, c.xy.y};
            const bool bad = !std::isfinite(theirs.x) || !std::isfinite(theirs.y) || std::fabs(theirs.x) > 1e20;
            if (!bad) worst = std::max(worst, std::fabs(ours[i].y - theirs.y));
            const bool same = bad ? std::isnan(ours[i].x) && std::isnan(ours[i].y)
                                  : ours[i].x == theirs.x && std::fabs(ours[i].y - theirs.y) <= 1e-8;
            if (!same && ++differ < 5) ADD_FAILURE() << source << " " << pts[i].x << "," << pts[i].y << ": " << ours[i].x << "," << ours[i].y
                                                     << " against PROJ's " << theirs.x << "," << theirs.y;
            if (i % 97 == 0) {
                const Vec2d one = t->forward(pts[i]);
                const bool sameAlone = bad ? std::isnan(one.x) && std::isnan(one.y) : one.x == theirs.x && one.y == theirs.y;
                alone += !sameAlone;
            }
        }
        EXPECT_EQ(differ, 0u) << source;
        EXPECT_EQ(alone, 0u) << source << ": a point alone differs from PROJ";
        EXPECT_GT(worst, 0.0) << source << ": the batch did not take the polynomials";
        EXPECT_LT(worst, 1e-8) << source;
    }
    proj_destroy(op);
    proj_context_destroy(ctx);
}

TEST(Crs, Cgcs2000GaussKrugerOnTheCentralMeridian) {
    // EPSG:4547 is CGCS2000 / 3-degree Gauss-Kruger CM 114E: false easting 500 km, x = east.
    std::string why;
    auto t = CrsTransform::create("EPSG:4490", "EPSG:4547");
    ASSERT_TRUE(t) << t.why();
    const Vec2d p = t->forward(Vec2d{114.0, 23.0});
    EXPECT_NEAR(p.x, 500000.0, 1e-3);
    EXPECT_NEAR(p.y, meridianArc(23.0), 0.01);
    const Vec2d west = t->forward(Vec2d{113.32296, 23.13716});
    EXPECT_LT(west.x, 500000.0);
    EXPECT_GT(west.x, 400000.0);
}

TEST(Crs, GeodesicDistance) {
    // One degree of longitude on the equator is a * pi / 180 on the ellipsoid.
    EXPECT_NEAR(geodesicDistance({0, 0}, {1, 0}), 6378137.0 * kPi / 180, 1e-3);
    EXPECT_NEAR(geodesicDistance({113.3, 23.1}, {113.3, 23.1}), 0.0, 1e-9);
}

TEST(Crs, UnknownCrsIsExplained) {
    CrsInfo info;
    const Problem p = describeCrs("EPSG:999999", &info);
    ASSERT_TRUE(p);
    EXPECT_NE(p->text.find("EPSG:999999"), std::string::npos);
    EXPECT_FALSE(describeCrs("EPSG:4547", &info));
    EXPECT_EQ(info.authority, "EPSG:4547");
    EXPECT_FALSE(info.geographic);
}

TEST(Crs, LayerInGaussKrugerLoadsNextToWgs84AndDisplayCrsSwitches) {
    test::TempDir dir;
    const std::string gk = dir.file("gk.geojson");
    // The 体育中心 point expressed in EPSG:4547, written with its CRS member.
    auto t = CrsTransform::create("OGC:CRS84", "EPSG:4547");
    ASSERT_TRUE(t);
    const Vec2d p = t->forward(Vec2d{113.32296, 23.13716});
    char buf[512];
    std::snprintf(buf, sizeof buf,
                  R"({"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::4547"}},"features":[{"type":"Feature","properties":{},"geometry":{"type":"Point","coordinates":[%.4f,%.4f]}}]})",
                  p.x, p.y);
    test::writeText(gk, buf);
    const std::string wgs = dir.file("wgs.geojson");
    test::writeText(wgs, R"({"type":"FeatureCollection","features":[{"type":"Feature","properties":{},"geometry":{"type":"Point","coordinates":[113.32296,23.13716]}}]})");

    MapDocument doc;
    ASSERT_FALSE(hasErrors(doc.addFiles({gk, wgs})));
    ASSERT_EQ(doc.layers().size(), 2u);
    // Both land on the same display position (EPSG:3857), within a centimetre.
    EXPECT_NEAR(doc.layers().at(0).projected[0].x, doc.layers().at(1).projected[0].x, 0.01);
    EXPECT_NEAR(doc.layers().at(0).projected[0].y, doc.layers().at(1).projected[0].y, 0.01);

    ASSERT_FALSE(hasErrors(doc.setDisplayCrs("EPSG:4547")));
    EXPECT_NEAR(doc.layers().at(0).projected[0].x, p.x, 1e-3);
    EXPECT_NEAR(doc.layers().at(1).projected[0].y, p.y, 1e-3);

    const Diagnostics bad = doc.setDisplayCrs("EPSG:999999");
    EXPECT_TRUE(hasErrors(bad));
    EXPECT_EQ(doc.displayCrs(), "EPSG:4547");  // unchanged after a refused switch
}
