#include "core/raster.h"

#include <algorithm>
#include <cmath>

#include "core/viewport.h"

namespace pa {

void applyLook(RasterImage& image, const RasterLook& look) {
    if (look.neutral()) return;
    // Contrast scales about mid-grey (c in -1..1 → factor 0..∞, 1 at 0), brightness shifts after it.
    const double c = std::clamp<double>(look.contrast, -1.0, 0.999);
    const double factor = (1.0 + c) / (1.0 - c);
    const double shift = std::clamp<double>(look.brightness, -1.0, 1.0) * 255.0;
    std::uint8_t table[256];
    for (int v = 0; v < 256; ++v) table[v] = std::uint8_t(std::lround(std::clamp((v - 127.5) * factor + 127.5 + shift, 0.0, 255.0)));
    for (std::size_t i = 0; i + 3 < image.rgba.size(); i += 4)
        for (int k = 0; k < 3; ++k) image.rgba[i + k] = table[image.rgba[i + k]];
}

void colorize(const float* values, const std::uint8_t* valid, std::size_t n, const ColorRamp& ramp, double lo, double hi,
              std::uint8_t* rgba) {
    // A ramp of 256 entries is exact to the byte for 8-bit colours and keeps the per-pixel work to a lookup.
    Rgba table[256];
    for (int i = 0; i < 256; ++i) table[i] = ramp.at(i / 255.0);
    const double span = hi > lo ? hi - lo : 1.0;
    for (std::size_t i = 0; i < n; ++i) {
        std::uint8_t* p = rgba + 4 * i;
        if ((valid && !valid[i]) || !std::isfinite(values[i])) {
            p[0] = p[1] = p[2] = p[3] = 0;
            continue;
        }
        const double t = std::clamp((values[i] - lo) / span, 0.0, 1.0);
        const Rgba c = table[int(std::lround(t * 255.0))];
        p[0] = c.r;
        p[1] = c.g;
        p[2] = c.b;
        p[3] = c.a;
    }
}

namespace {
double tileSpan(int z) { return kTilePx * std::ldexp(1.0, -z); }
}  // namespace

Bounds TileKey::extent() const {
    const double s = tileSpan(z);
    return Bounds{double(x) * s, double(y) * s, double(x + 1) * s, double(y + 1) * s};
}

TileKey TileKey::parent() const {
    auto half = [](std::int64_t v) { return v >= 0 ? v / 2 : -((-v + 1) / 2); };
    return {z - 1, half(x), half(y)};
}

int tileLevelFor(double unitsPerDevicePixel) {
    if (!(unitsPerDevicePixel > 0) || !std::isfinite(unitsPerDevicePixel)) return 0;
    return int(std::ceil(-std::log2(unitsPerDevicePixel) - 1e-9));
}

std::vector<TileKey> tilesCovering(const Bounds& area, int z, Vec2d centre, std::size_t limit) {
    std::vector<TileKey> out;
    if (area.isEmpty()) return out;
    const double s = tileSpan(z);
    const double x0 = std::floor(area.minX / s), x1 = std::floor(area.maxX / s);
    const double y0 = std::floor(area.minY / s), y1 = std::floor(area.maxY / s);
    if (!std::isfinite(x0 + x1 + y0 + y1) || (x1 - x0 + 1) * (y1 - y0 + 1) > double(limit)) return out;
    for (double y = y0; y <= y1; ++y)
        for (double x = x0; x <= x1; ++x) out.push_back({z, std::int64_t(x), std::int64_t(y)});
    auto distance = [&](const TileKey& k) {
        const Vec2d c{(double(k.x) + 0.5) * s, (double(k.y) + 0.5) * s};
        return (c.x - centre.x) * (c.x - centre.x) + (c.y - centre.y) * (c.y - centre.y);
    };
    std::stable_sort(out.begin(), out.end(), [&](const TileKey& a, const TileKey& b) { return distance(a) < distance(b); });
    return out;
}

std::vector<TileKey> tilesForView(const Viewport& view, double marginFraction) {
    Bounds b = view.visibleBounds();
    const double mx = b.width() * marginFraction, my = b.height() * marginFraction;
    b = Bounds{b.minX - mx, b.minY - my, b.maxX + mx, b.maxY + my};
    return tilesCovering(b, tileLevelFor(view.resolution() / view.devicePixelRatio()), view.center());
}

}  // namespace pa
