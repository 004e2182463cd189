#pragma once
// The window's frame painted by the QPainter backend on worker threads, for machines where OpenGL is a
// software rasteriser: there llvmpipe takes seconds for a frame of a million polygons that the painter
// paints in bands on every core far sooner, and composing an OpenGL widget costs a frame 40-70 ms
// (docs/performance.md). The picture is the scene's layers at the view with the frame cache's margin
// around it; the window's picture frames (render/picture_frames) shift it for pans within the margin
// and scale it for previews as OpenGL's frame cache does, and paint the overlays and labels over it.
#include <QImage>
#include <QSize>

#include <atomic>
#include <cstddef>

#include "core/viewport.h"
#include "render/scene.h"

namespace pa {

struct FrameMargins {
    int x = 0, y = 0;  // device px on each side
};
// The margin the frame cache keeps around a framebuffer of `fb` device px.
FrameMargins frameCacheMargins(QSize fb);
// The frame cache's view for `vp` drawn into `fb`: the same centre and scale, the margin added.
Viewport frameCacheView(const Viewport& vp, QSize fb);
// The framebuffer a view fills: its logical size times its pixel ratio.
QSize framebufferOf(const Viewport& vp);

struct MapPicture {
    Viewport view;  // the frame's own view; the image adds the margin
    QSize fb;
    FrameMargins margin;
    QImage image;   // ARGB32 premultiplied (RGB32 when the background is opaque), top row first
    std::size_t polygons = 0, lines = 0, markers = 0, tiles = 0;  // as the painter counted them
};

// The scene's layers at `vp` (background included: no overlays, labels or attribution), with the
// frame cache's margin or (`margin` false) the view alone. Null image when `cancel` was set before it
// was done. `view`: this scene's picture of `vp` without the margin, painted already; its pixels are
// taken for the middle and only the margin around them is painted (where they line up to the pixel).
MapPicture paintMapPicture(const Scene& scene, const Viewport& vp, const std::atomic<bool>* cancel = nullptr,
                           bool margin = true, const MapPicture* view = nullptr);

}  // namespace pa
