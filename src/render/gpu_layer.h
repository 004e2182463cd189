#pragma once
// The GPU-ready form of one Layer: vertex arrays built on the CPU (no GL calls), so they can be
// prepared off the render thread and measured on their own.
#include <cstdint>
#include <vector>

#include "core/layer.h"
#include "core/style.h"

namespace pa {

struct FillVertex {
    float x, y;
    std::uint8_t rgba[4];
};

struct SegmentInstance {
    float x0, y0, x1, y1;
    std::uint8_t rgba[4];
    float width;
    std::uint8_t capStart, capEnd, pad0, pad1;
};

struct MarkerInstance {
    float x, y;
    std::uint8_t fill[4];
    std::uint8_t stroke[4];
    float size, strokeWidth, shape;
};

struct GpuLayerData {
    Vec2d origin;  // display-CRS position that the float coordinates are relative to
    Bounds bounds;
    std::vector<FillVertex> fillVertices;
    std::vector<std::uint32_t> fillIndices;
    std::vector<SegmentInstance> outlines;  // polygon rings
    std::vector<SegmentInstance> lines;     // line parts
    std::vector<MarkerInstance> markers;
};

// Needs layer.projected (see io/reprojection).
GpuLayerData buildGpuLayer(const Layer& layer, const StyleSheet& style);

}  // namespace pa
