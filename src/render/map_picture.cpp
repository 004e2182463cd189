#include "render/map_picture.h"

#include <cstring>

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

namespace {

// Whether `view` is the middle of the picture of `vp` with its margin, pixel for pixel: the same view
// and framebuffer, no margin of its own, the margin's view a whole number of logical px wider (else
// its centre falls between pixels), and no raster tiles (composed for each piece's painter whole).
bool middleOf(const MapPicture& view, const Scene& scene, const Viewport& vp, QSize fb, FrameMargins m) {
    if (view.image.isNull() || view.fb != fb || view.margin.x != 0 || view.margin.y != 0 || view.image.size() != fb ||
        view.view.center().x != vp.center().x || view.view.center().y != vp.center().y ||
        view.view.resolution() != vp.resolution() || view.view.devicePixelRatio() != vp.devicePixelRatio())
        return false;
    const Viewport big = frameCacheView(vp, fb);
    if (framebufferOf(big) != QSize(fb.width() + 2 * m.x, fb.height() + 2 * m.y)) return false;
    for (const SceneLayer& sl : scene.layers)
        if (!sl.tiles.empty()) return false;
    return true;
}

}  // namespace

MapPicture paintMapPicture(const Scene& scene, const Viewport& vp, const std::atomic<bool>* cancel, bool margin,
                           const MapPicture* view) {
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
    const bool reuse = margin && view && middleOf(*view, scene, vp, out.fb, out.margin);
    if (reuse) {
        // The middle is the view's picture (the same bytes, RGB32 or not), the margin painted around it.
        o.keep = QRect(out.margin.x, out.margin.y, out.fb.width(), out.fb.height());
        const std::size_t rowBytes = std::size_t(out.fb.width()) * 4;
        for (int y = 0; y < out.fb.height(); ++y)
            std::memcpy(img.scanLine(out.margin.y + y) + std::size_t(out.margin.x) * 4, view->image.constScanLine(y), rowBytes);
    }
    paintSceneInto(img, scene, margin ? frameCacheView(vp, out.fb) : vp, o);
    if (cancel && *cancel) return out;
    if (reuse) {
        // What the frame shows is the view: its counts are the view picture's.
        counts.polygons = view->polygons;
        counts.lines = view->lines;
        counts.markers = view->markers;
        counts.tiles = view->tiles;
    }
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
