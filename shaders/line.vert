// One instance per segment, drawn as a quad around it in pixel space. The fragment shader cuts
// the quad to the exact stroke: round joins at shared vertices, the layer's cap at line ends.
// Inputs: the "segment" vertex layout, declared from render/vertex_layout.cpp when the program is built.

uniform vec2 u_offset;
uniform float u_pxPerUnit;   // framebuffer pixels per map unit
uniform vec2 u_viewportPx;   // framebuffer size
uniform float u_dpr;

out vec2 v_local;   // along, across the segment in pixels
out float v_len;
out float v_halfWidth;
out vec4 v_color;
out vec2 v_caps;
out vec3 v_dash;    // dash on, off (framebuffer px), path distance at p0 (px)

void main() {
    vec2 a = (a_segment.xy + u_offset) * u_pxPerUnit;
    vec2 b = (a_segment.zw + u_offset) * u_pxPerUnit;
    vec2 d = b - a;
    float len = length(d);
    vec2 dir = len > 1e-6 ? d / len : vec2(1.0, 0.0);
    vec2 n = vec2(-dir.y, dir.x);
    float hw = max(0.5 * a_width * u_dpr, 0.5);
    float ext = hw + 0.5;  // coverage falls to zero half a pixel beyond the edge
    float along = mix(-ext, len + ext, a_corner.x);
    float across = a_corner.y * ext;
    vec2 p = a + dir * along + n * across;
    v_local = vec2(along, across);
    v_len = len;
    v_halfWidth = hw;
    // Strokes thinner than a pixel fade instead of aliasing.
    v_color = vec4(a_color.rgb, a_color.a * min(1.0, a_width * u_dpr));
    v_caps = a_caps.xy;
    v_dash = vec3(a_caps.zw * u_dpr, a_along * u_pxPerUnit);
    gl_Position = vec4(p / (0.5 * u_viewportPx), 0.0, 1.0);
}
