#pragma once
// Every vertex attribute described once, for C++ and for GLSL: the renderers point their vertex
// arrays with bindLayout(), and buildProgram() writes the same table into each vertex shader as its
// `layout(location = N) in TYPE NAME;` lines, so a field's offset, type and location cannot drift
// apart between the struct and the shader. Location = position in the table.
#include <QByteArray>
#include <QOpenGLExtraFunctions>

#include <cstddef>
#include <vector>

namespace pa {

struct VertexAttribute {
    const char* name;         // as the shader reads it
    const char* glslType;     // float, vec2, vec3, vec4
    int components;
    unsigned type;            // GL_FLOAT or GL_UNSIGNED_BYTE
    bool normalized;          // bytes read as 0..1
    std::size_t offset;       // in the buffer's element
    bool perInstance;         // advances per instance, not per vertex
    bool fromCorners;         // read from the shared unit-corner buffer, not the layer's
    const char* about;        // what it holds, for the generated GLSL
};

struct VertexLayout {
    const char* name;
    std::vector<VertexAttribute> attributes;
    int stride;       // bytes per element of the layer's buffer
    int cornerStride; // bytes per corner (the quads of instanced layouts); 0 when none
};

// The layouts of the program's vertex data (render/gpu_layer.h, render/label_renderer.cpp).
const VertexLayout& fillLayout();      // FillVertex for fills and hatching
const VertexLayout& hairlineLayout();  // the same vertices, the outline colour as the colour
const VertexLayout& segmentLayout();   // SegmentInstance per quad corner
const VertexLayout& markerLayout();    // MarkerInstance per quad corner
const VertexLayout& glyphLayout();     // a label glyph per quad corner

// The GLSL input declarations of a layout.
QByteArray glslInputs(const VertexLayout& layout);

// Points the bound vertex array's attributes at `buffer` (from element `first` on) and, for instanced
// layouts, at `corners`. Enables them and sets their divisors.
void bindLayout(QOpenGLExtraFunctions& gl, const VertexLayout& layout, unsigned buffer, std::size_t first = 0,
                unsigned corners = 0);
// Re-points only the per-instance attributes at element `first` (GL 3.3 and ES 3.0 have no
// base-instance draws, so a chunk's first instance is reached this way).
void pointInstances(QOpenGLExtraFunctions& gl, const VertexLayout& layout, unsigned buffer, std::size_t first);

}  // namespace pa
