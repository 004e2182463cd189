#pragma once
// What a frame of the map showed, whichever backend drew it: the window, its tests and benches read it.
#include <cstddef>

namespace pa {

struct FrameStats {
    std::size_t layersDrawn = 0;
    std::size_t chunksDrawn = 0;
    std::size_t triangles = 0;
    std::size_t segments = 0;
    std::size_t hairlines = 0;
    std::size_t markers = 0;
    std::size_t tiles = 0;  // raster tiles
    // A painted picture (render/picture_frames) shows the scene: the painter's counts, not OpenGL's.
    bool picture = false;
    std::size_t polygons = 0, lines = 0;
    bool fromCache = false;  // this frame was the cached one shifted, no geometry drawn
    // The cached frame scaled and shifted while the view moves; with pictures, also whenever the
    // picture of this very view is still being painted (or none is there yet: the background).
    bool preview = false;
    bool partial = false;    // the frame budget ran out: part of the scene is drawn, draw again to go on
};

enum class FrameMode {
    Exact,        // the scene as it is for this view (drawn, or the cache shifted exactly)
    AllowPreview  // when the cache cannot serve exactly, show it transformed instead of drawing
};

}  // namespace pa
