#include "render/map_picture.h"

#include <algorithm>
#include <cmath>

#include "render/scene_painter.h"

namespace pa {

FrameMargins frameCacheMargins(QSize fb) { return {std::max(64, fb.width() / 8), std::max(64, fb.height() / 8)}; }

Viewport frameCacheView(const Viewport& vp, QSize fb) {
    const FrameMargins m = frameCacheMargins(fb);
    const double dpr = vp.devicePixelRatio();
    Viewport big = vp;
    big.setSize(int(std::lround((fb.width() + 2 * m.x) / dpr)), int(std::lround((fb.height() + 2 * m.y) / dpr)));
    return big;
}

QSize framebufferOf(const Viewport& vp) {
    const double dpr = vp.devicePixelRatio();
    return QSize(int(std::lround(vp.width() * dpr)), int(std::lround(vp.height() * dpr)));
}

MapPicture paintMapPicture(const Scene& scene, const Viewport& vp, const std::atomic<bool>* cancel, bool margin) {
    MapPicture out;
    out.view = vp;
    out.fb = framebufferOf(vp);
    out.margin = margin ? frameCacheMargins(out.fb) : FrameMargins{};
    QImage img(out.fb.width() + 2 * out.margin.x, out.fb.height() + 2 * out.margin.y, QImage::Format_ARGB32_Premultiplied);
    PaintCounts counts;
    PictureOptions o;
    o.layersOnly = true;
    o.cancel = cancel;
    o.counts = &counts;
    paintSceneInto(img, scene, margin ? frameCacheView(vp, out.fb) : vp, o);
    if (cancel && *cancel) return out;
    // Painted on an opaque background every pixel is opaque: said so, the window blits it as it is.
    if (scene.background.a == 255) img.reinterpretAsFormat(QImage::Format_RGB32);
    out.image = std::move(img);
    out.polygons = counts.polygons;
    out.lines = counts.lines;
    out.markers = counts.markers;
    out.tiles = counts.tiles;
    return out;
}

}  // namespace pa
