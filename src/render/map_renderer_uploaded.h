#pragma once
// What MapRenderer keeps of an uploaded layer: its chunk tables and its GL objects, page by page. Shared
// by the renderer's drawing (map_renderer.cpp) and uploading (map_renderer_upload.cpp); not for others.
#include "render/gl_objects.h"
#include "render/map_renderer.h"

namespace pa {

struct MapRenderer::Uploaded {
    std::uint64_t serial = 0;  // never reused, unlike addresses: tells one upload from the next
    Vec2d origin;
    Bounds bounds;
    std::vector<Chunk> chunks;
    std::vector<double> polygonSizes;
    std::vector<std::uint32_t> fillOffsets, outlineOffsets, hairlineOffsets;
    float maxOutlineWidth = 0;
    bool hatched = false;
    struct Page {
        std::uint32_t chunkEnd = 0, polygonBase = 0, fillBase = 0, hairlineBase = 0;
        GlVertexArray fillVao, hairlineVao;
        GlBuffer fillVbo, fillIbo, coarseIbo, hairlineIbo;
    };
    std::vector<Page> pages;
    GlVertexArray outlineVao, lineVao, markerVao;
    GlBuffer outlineVbo, lineVbo, markerVbo;
    std::size_t sliceDone = 0;  // bytes of the buffer being uploaded that are there
    bool hairlines = false;     // the pages have hairline indices
    // The page holding chunk `chunk`, from `from` on (chunks are visited in order).
    std::size_t pageOf(std::size_t chunk, std::size_t from = 0) const {
        while (from + 1 < pages.size() && chunk >= pages[from].chunkEnd) ++from;
        return from;
    }
};

}  // namespace pa
