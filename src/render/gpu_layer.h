#pragma once
// The GPU-ready form of one Layer: vertex arrays built on the CPU (no GL calls), so they can be
// prepared off the render thread and measured on their own.
//
// Features are grouped into spatial chunks so a view draws only the chunks it sees. Inside a
// chunk, polygons are stored largest first, so that the polygons big enough on screen for a given
// detail form a prefix: one binary search per chunk and frame picks how much to draw.
#include <array>
#include <cstdint>
#include <vector>

#include "core/layer.h"
#include "core/style.h"

namespace pa {

struct FillVertex {
    float x, y;
    std::uint8_t rgba[4];    // fill colour
    std::uint8_t stroke[4];  // outline colour, for hairline outlines and hatching
    std::uint8_t hatch[4];   // hatch spacing, hatch width (logical px; 0: solid fill), unused, unused
};

struct SegmentInstance {
    float x0, y0, x1, y1;
    std::uint8_t rgba[4];
    float width;
    std::uint8_t capStart, capEnd, dashOn, dashOff;  // dash lengths in logical px; 0: solid
    float along;  // distance from the path's start to (x0, y0), display units, so dashes run on
};

struct MarkerInstance {
    float x, y;
    std::uint8_t fill[4];
    std::uint8_t stroke[4];
    float size, strokeWidth, shape;
};

struct Chunk {
    Bounds bounds;                        // display units, including every member's extent
    std::uint32_t polygonBegin = 0, polygonEnd = 0;  // into polygonSizes and the offset arrays
    std::uint32_t lineBegin = 0, lineEnd = 0;        // into lines
    std::uint32_t markerBegin = 0, markerEnd = 0;    // into markers
};

// The polygon fills of a run of chunks, with buffers of their own: a million-polygon layer is some
// sixty pages of about kPageVertices vertices (5 MB), so no one buffer is hundreds of megabytes
// (allocating one stalls a software driver for a third of a second), and the pages are built on every
// core. Indices are into the page's vertices.
struct FillPage {
    std::uint32_t chunkEnd = 0;      // the page holds chunks [the previous page's chunkEnd, chunkEnd)
    std::uint32_t polygonBase = 0;   // its first polygon, in the layer's polygon order
    std::uint32_t fillBase = 0, hairlineBase = 0;  // fillOffsets, hairlineOffsets of that polygon
    std::vector<FillVertex> vertices;              // the page's polygons' vertices, in polygon order
    std::vector<std::uint32_t> fillIndices;        // exact triangles, polygons in chunk and size order
    std::vector<std::uint32_t> coarseIndices;      // two triangles per polygon spanning its extreme vertices
    // The outlines as GL_LINES vertex pairs: drawn instead of the instanced strokes when every
    // outline of the layer is at most a device pixel and a half wide.
    std::vector<std::uint32_t> hairlineIndices;
};
constexpr std::size_t kPageVertices = 1u << 18;

struct GpuLayerData {
    Vec2d origin;  // display-CRS position that the float coordinates are relative to
    Bounds bounds;
    std::vector<Chunk> chunks;
    std::vector<FillPage> pages;
    std::vector<double> polygonSizes;          // largest bounding-box side; descending within a chunk
    std::vector<std::uint32_t> fillOffsets;    // polygon i's triangles start at fillOffsets[i] (of all pages); n+1 entries
    std::vector<SegmentInstance> outlines;     // polygon rings, polygons in chunk and size order (when `strokes`)
    std::vector<std::uint32_t> outlineOffsets; // n+1 entries
    std::vector<std::uint32_t> hairlineOffsets;  // n+1 entries
    float maxOutlineWidth = 0;                   // logical pixels
    bool hatched = false;                        // some fill is hatched: drawn with the hatching program
    bool strokes = true;                         // the outlines' segment instances were built
    std::vector<SegmentInstance> lines;        // line parts, in chunk order
    std::vector<MarkerInstance> markers;       // in chunk order

    // Once uploaded the GPU holds the arrays; the CPU copy goes (the renderer keeps the chunk tables).
    bool released = false;
    void releaseArrays();
};

// Level of detail, in device pixels of a polygon's largest side: below kExactFillMinPx a polygon is
// drawn as its coarse quad (it covers a pixel or two, and its shape cannot be seen), below
// kOutlineMinPx it has no outline (a stroke around a speck would only darken it).
constexpr double kExactFillMinPx = 2.0;
// The coarse quad of a ring: four of its extreme vertices (leftmost, lowest, rightmost, highest, or
// its extremes along the diagonals, whichever covers more), counter-clockwise. Both backends fill a
// polygon under kExactFillMinPx with it.
std::array<std::uint32_t, 4> coarseQuad(const Layer& layer, std::uint32_t ring);
constexpr double kOutlineMinPx = 4.0;
constexpr double kHairlineMaxDevicePx = 1.5;

// How many polygons of [begin, end) — sorted by descending size — are at least `minSize` large.
std::size_t polygonsAtLeast(const std::vector<double>& sizes, std::size_t begin, std::size_t end, double minSize);

// Whether polygon outlines drawn at this device pixel ratio need their shaped strokes (a segment
// instance each, 32 bytes a vertex); outlines of at most kHairlineMaxDevicePx are drawn as hairlines
// from the fill vertices, and the strokes are then never built.
bool needsOutlineStrokes(const ResolvedStyle& style, double devicePixelRatio);

// Needs layer.projected (see io/reprojection) and the layer's resolved style. `strokes`: whether to
// build the polygon outlines' segment instances (needsOutlineStrokes).
GpuLayerData buildGpuLayer(const Layer& layer, const ResolvedStyle& style, bool strokes = true);
// The same, resolving the style first (tests and the bench measure the two together).
GpuLayerData buildGpuLayer(const Layer& layer, const StyleSheet& style);

}  // namespace pa
