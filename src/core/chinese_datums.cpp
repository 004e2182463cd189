#include "core/chinese_datums.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <string>

namespace pa {

namespace {

constexpr double kA = 6378245.0;                 // Krasovsky 1940, as the GCJ-02 formula uses
constexpr double kEe = 0.00669342162296594323;
constexpr double kXPi = M_PI * 3000.0 / 180.0;   // BD-09's rotation constant

double dLat(double x, double y) {
    double r = -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * std::sqrt(std::fabs(x));
    r += (20.0 * std::sin(6.0 * x * M_PI) + 20.0 * std::sin(2.0 * x * M_PI)) * 2.0 / 3.0;
    r += (20.0 * std::sin(y * M_PI) + 40.0 * std::sin(y / 3.0 * M_PI)) * 2.0 / 3.0;
    r += (160.0 * std::sin(y / 12.0 * M_PI) + 320.0 * std::sin(y * M_PI / 30.0)) * 2.0 / 3.0;
    return r;
}

double dLon(double x, double y) {
    double r = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * std::sqrt(std::fabs(x));
    r += (20.0 * std::sin(6.0 * x * M_PI) + 20.0 * std::sin(2.0 * x * M_PI)) * 2.0 / 3.0;
    r += (20.0 * std::sin(x * M_PI) + 40.0 * std::sin(x / 3.0 * M_PI)) * 2.0 / 3.0;
    r += (150.0 * std::sin(x / 12.0 * M_PI) + 300.0 * std::sin(x / 30.0 * M_PI)) * 2.0 / 3.0;
    return r;
}

// Fixed-point inverse of a forward map that moves points by a smooth offset.
template <class Forward>
Vec2d invert(Vec2d target, Forward forward) {
    Vec2d p = target;
    for (int i = 0; i < 30; ++i) {
        const Vec2d f = forward(p);
        const double ex = target.x - f.x, ey = target.y - f.y;
        p.x += ex;
        p.y += ey;
        if (std::fabs(ex) < 1e-10 && std::fabs(ey) < 1e-10) break;
    }
    return p;
}

}  // namespace

ChineseDatum chineseDatumFromName(const std::string& name) {
    std::string n;
    for (char c : name)
        if (c != '-' && c != '_' && c != ' ') n += char(std::toupper(static_cast<unsigned char>(c)));
    if (n == "GCJ02") return ChineseDatum::Gcj02;
    if (n == "BD09" || n == "BD09LL") return ChineseDatum::Bd09;
    return ChineseDatum::None;
}

bool outsideChina(Vec2d p) { return p.x < 72.004 || p.x > 137.8347 || p.y < 0.8293 || p.y > 55.8271; }

Vec2d wgs84ToGcj02(Vec2d p) {
    if (outsideChina(p)) return p;
    double lat = dLat(p.x - 105.0, p.y - 35.0), lon = dLon(p.x - 105.0, p.y - 35.0);
    const double rad = p.y / 180.0 * M_PI;
    double magic = std::sin(rad);
    magic = 1 - kEe * magic * magic;
    const double sq = std::sqrt(magic);
    lat = (lat * 180.0) / ((kA * (1 - kEe)) / (magic * sq) * M_PI);
    lon = (lon * 180.0) / (kA / sq * std::cos(rad) * M_PI);
    return {p.x + lon, p.y + lat};
}

Vec2d gcj02ToWgs84(Vec2d p) {
    if (outsideChina(p)) return p;
    return invert(p, wgs84ToGcj02);
}

Vec2d gcj02ToBd09(Vec2d p) {
    const double z = std::sqrt(p.x * p.x + p.y * p.y) + 0.00002 * std::sin(p.y * kXPi);
    const double t = std::atan2(p.y, p.x) + 0.000003 * std::cos(p.x * kXPi);
    return {z * std::cos(t) + 0.0065, z * std::sin(t) + 0.006};
}

Vec2d bd09ToGcj02(Vec2d p) {
    // The closed-form inverse is close; iterating on the forward formula makes it exact.
    const double x = p.x - 0.0065, y = p.y - 0.006;
    const double z = std::sqrt(x * x + y * y) - 0.00002 * std::sin(y * kXPi);
    const double t = std::atan2(y, x) - 0.000003 * std::cos(x * kXPi);
    Vec2d g{z * std::cos(t), z * std::sin(t)};
    for (int i = 0; i < 10; ++i) {
        const Vec2d f = gcj02ToBd09(g);
        g.x += p.x - f.x;
        g.y += p.y - f.y;
        if (std::fabs(p.x - f.x) < 1e-12 && std::fabs(p.y - f.y) < 1e-12) break;
    }
    return g;
}

Vec2d wgs84ToBd09(Vec2d p) { return gcj02ToBd09(wgs84ToGcj02(p)); }
Vec2d bd09ToWgs84(Vec2d p) { return gcj02ToWgs84(bd09ToGcj02(p)); }

Vec2d toWgs84(ChineseDatum d, Vec2d p) {
    switch (d) {
        case ChineseDatum::Gcj02: return gcj02ToWgs84(p);
        case ChineseDatum::Bd09: return bd09ToWgs84(p);
        default: return p;
    }
}

Vec2d fromWgs84(ChineseDatum d, Vec2d p) {
    switch (d) {
        case ChineseDatum::Gcj02: return wgs84ToGcj02(p);
        case ChineseDatum::Bd09: return wgs84ToBd09(p);
        default: return p;
    }
}

}  // namespace pa
