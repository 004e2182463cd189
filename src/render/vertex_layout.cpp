#include "render/vertex_layout.h"

#include "render/gpu_layer.h"
#include "render/label_renderer.h"

namespace pa {

namespace {

constexpr unsigned kFloat = GL_FLOAT, kByte = GL_UNSIGNED_BYTE;

const void* at(std::size_t bytes) { return reinterpret_cast<const void*>(bytes); }

VertexAttribute corner(const char* about) { return {"a_corner", "vec2", 2, kFloat, false, 0, false, true, about}; }

}  // namespace

const VertexLayout& fillLayout() {
    static const VertexLayout l{"fill",
                                {{"a_pos", "vec2", 2, kFloat, false, offsetof(FillVertex, x), false, false, "relative to the layer origin"},
                                 {"a_color", "vec4", 4, kByte, true, offsetof(FillVertex, rgba), false, false, "fill colour"},
                                 {"a_hatch", "vec4", 4, kByte, false, offsetof(FillVertex, hatch), false, false,
                                  "hatch spacing (px), width (px x 10); zeros: solid"},
                                 {"a_stroke", "vec4", 4, kByte, true, offsetof(FillVertex, stroke), false, false, "hatch colour"}},
                                int(sizeof(FillVertex)),
                                0};
    return l;
}

const VertexLayout& hairlineLayout() {
    static const VertexLayout l{"hairline",
                                {{"a_pos", "vec2", 2, kFloat, false, offsetof(FillVertex, x), false, false, "relative to the layer origin"},
                                 {"a_color", "vec4", 4, kByte, true, offsetof(FillVertex, stroke), false, false, "outline colour"}},
                                int(sizeof(FillVertex)),
                                0};
    return l;
}

const VertexLayout& segmentLayout() {
    static const VertexLayout l{
        "segment",
        {corner("x: 0 = start, 1 = end; y: -1 / +1 side"),
         {"a_segment", "vec4", 4, kFloat, false, offsetof(SegmentInstance, x0), true, false, "p0.xy, p1.xy relative to the layer origin"},
         {"a_color", "vec4", 4, kByte, true, offsetof(SegmentInstance, rgba), true, false, "stroke colour"},
         {"a_width", "float", 1, kFloat, false, offsetof(SegmentInstance, width), true, false, "logical pixels"},
         {"a_caps", "vec4", 4, kByte, false, offsetof(SegmentInstance, capStart), true, false,
          "cap at start, at end: 0 butt, 1 round, 2 square; dash on, off (px)"},
         {"a_along", "float", 1, kFloat, false, offsetof(SegmentInstance, along), true, false,
          "distance from the path start to p0, map units"}},
        int(sizeof(SegmentInstance)),
        int(2 * sizeof(float))};
    return l;
}

const VertexLayout& markerLayout() {
    static const VertexLayout l{
        "marker",
        {corner("-1..1"),
         {"a_pos", "vec2", 2, kFloat, false, offsetof(MarkerInstance, x), true, false, "relative to the layer origin"},
         {"a_fill", "vec4", 4, kByte, true, offsetof(MarkerInstance, fill), true, false, "fill colour"},
         {"a_stroke", "vec4", 4, kByte, true, offsetof(MarkerInstance, stroke), true, false, "stroke colour"},
         {"a_params", "vec3", 3, kFloat, false, offsetof(MarkerInstance, size), true, false,
          "size (logical px), stroke width (logical px), shape"}},
        int(sizeof(MarkerInstance)),
        int(2 * sizeof(float))};
    return l;
}

const VertexLayout& glyphLayout() {
    static const VertexLayout l{
        "glyph",
        {corner("-1..1"),
         {"a_rect", "vec4", 4, kFloat, false, offsetof(GlyphInstance, cx), true, false, "centre x, y, width, height (device px)"},
         {"a_uv", "vec4", 4, kFloat, false, offsetof(GlyphInstance, u0), true, false, "u0, v0, u1, v1"},
         {"a_angle", "float", 1, kFloat, false, offsetof(GlyphInstance, angle), true, false, "radians, counter-clockwise on screen"},
         {"a_color", "vec4", 4, kByte, true, offsetof(GlyphInstance, color), true, false, "text colour"},
         {"a_halo", "vec4", 4, kByte, true, offsetof(GlyphInstance, halo), true, false, "halo colour"}},
        int(sizeof(GlyphInstance)),
        int(2 * sizeof(float))};
    return l;
}

QByteArray glslInputs(const VertexLayout& layout) {
    QByteArray out = "// vertex inputs of the '" + QByteArray(layout.name) + "' layout (render/vertex_layout.cpp)\n";
    for (std::size_t i = 0; i < layout.attributes.size(); ++i) {
        const VertexAttribute& a = layout.attributes[i];
        out += "layout(location = " + QByteArray::number(int(i)) + ") in " + a.glslType + " " + a.name + ";  // " + a.about + "\n";
    }
    return out;
}

void bindLayout(QOpenGLExtraFunctions& gl, const VertexLayout& layout, unsigned buffer, std::size_t first, unsigned corners) {
    for (std::size_t i = 0; i < layout.attributes.size(); ++i) {
        const VertexAttribute& a = layout.attributes[i];
        const GLuint loc = GLuint(i);
        gl.glBindBuffer(GL_ARRAY_BUFFER, a.fromCorners ? corners : buffer);
        gl.glEnableVertexAttribArray(loc);
        const int stride = a.fromCorners ? layout.cornerStride : layout.stride;
        const std::size_t base = a.fromCorners ? 0 : first * std::size_t(layout.stride);
        gl.glVertexAttribPointer(loc, a.components, a.type, a.normalized ? GL_TRUE : GL_FALSE, stride, at(base + a.offset));
        gl.glVertexAttribDivisor(loc, a.perInstance ? 1 : 0);
    }
}

void pointInstances(QOpenGLExtraFunctions& gl, const VertexLayout& layout, unsigned buffer, std::size_t first) {
    gl.glBindBuffer(GL_ARRAY_BUFFER, buffer);
    for (std::size_t i = 0; i < layout.attributes.size(); ++i) {
        const VertexAttribute& a = layout.attributes[i];
        if (!a.perInstance) continue;
        gl.glVertexAttribPointer(GLuint(i), a.components, a.type, a.normalized ? GL_TRUE : GL_FALSE, layout.stride,
                                 at(first * std::size_t(layout.stride) + a.offset));
    }
}

}  // namespace pa
