#include "core/viewport.h"

#include <algorithm>
#include <cmath>

namespace pa {

namespace {
// Limits keep the view usable in any CRS: sub-millimetre to planetary, in metres or degrees.
constexpr double kMinResolution = 1e-9;
constexpr double kMaxResolution = 1e9;
}  // namespace

void Viewport::setSize(int w, int h) {
    width_ = std::max(1, w);
    height_ = std::max(1, h);
}

void Viewport::setResolution(double r) {
    if (!std::isfinite(r)) return;
    resolution_ = std::clamp(r, kMinResolution, kMaxResolution);
}

Vec2d Viewport::screenToMap(Vec2d s) const {
    return {center_.x + (s.x - width_ * 0.5) * resolution_, center_.y - (s.y - height_ * 0.5) * resolution_};
}

Bounds Viewport::visibleBounds() const {
    Bounds b;
    b.extend(screenToMap({0, 0}));
    b.extend(screenToMap({double(width_), double(height_)}));
    return b;
}

void Viewport::panByPixels(double dx, double dy) {
    center_.x -= dx * resolution_;
    center_.y += dy * resolution_;
}

void Viewport::zoomAbout(Vec2d screen, double factor) {
    if (!(factor > 0) || !std::isfinite(factor)) return;
    const Vec2d anchor = screenToMap(screen);
    setResolution(resolution_ / factor);
    const Vec2d after = screenToMap(screen);
    center_.x += anchor.x - after.x;
    center_.y += anchor.y - after.y;
}

void Viewport::fitBounds(const Bounds& b, double marginFraction) {
    if (b.isEmpty()) return;
    center_ = b.center();
    const double usable = std::max(0.1, 1.0 - 2.0 * marginFraction);
    double r = std::max(b.width() / (width_ * usable), b.height() / (height_ * usable));
    if (!(r > 0)) r = 1.0;  // a single point: keep a sensible zoom rather than an infinite one
    setResolution(r);
}

}  // namespace pa
