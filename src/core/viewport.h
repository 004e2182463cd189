#pragma once
// The map view: which part of the display CRS is shown, at what resolution, on how many pixels.
// Pure math in double precision; the renderer derives its float uniforms from it.
#include "core/geometry.h"

namespace pa {

class Viewport {
public:
    // Logical (device-independent) pixels; devicePixelRatio scales them to framebuffer pixels.
    void setSize(int widthPx, int heightPx);
    int width() const { return width_; }
    int height() const { return height_; }
    void setDevicePixelRatio(double dpr) { dpr_ = dpr > 0 ? dpr : 1.0; }
    double devicePixelRatio() const { return dpr_; }

    void setCenter(Vec2d c) { center_ = c; }
    Vec2d center() const { return center_; }
    // Map units per logical pixel.
    void setResolution(double r);
    double resolution() const { return resolution_; }

    Vec2d screenToMap(Vec2d screen) const;  // screen: logical px, origin top-left, y down
    Vec2d mapToScreen(Vec2d m) const {  // inline: it runs once a vertex drawn
        return {(m.x - center_.x) / resolution_ + width_ * 0.5, height_ * 0.5 - (m.y - center_.y) / resolution_};
    }
    Bounds visibleBounds() const;

    void panByPixels(double dx, double dy);
    // Zooms by `factor` (>1 zooms in) keeping the map point under `screen` fixed.
    void zoomAbout(Vec2d screen, double factor);
    // Shows all of `b` with `marginFraction` of the view left free around it.
    void fitBounds(const Bounds& b, double marginFraction = 0.05);

private:
    int width_ = 1;
    int height_ = 1;
    double dpr_ = 1.0;
    Vec2d center_{};
    double resolution_ = 1.0;
};

}  // namespace pa
