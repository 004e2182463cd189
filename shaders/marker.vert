// Point symbols: one instance per point, a screen-aligned quad centred on the coordinate.
// Inputs: the "marker" vertex layout, declared from render/vertex_layout.cpp when the program is built.

uniform vec2 u_offset;
uniform float u_pxPerUnit;
uniform vec2 u_viewportPx;
uniform float u_dpr;

out vec2 v_local;
out float v_radius;
out float v_strokeWidth;
out float v_shape;
out vec4 v_fill;
out vec4 v_stroke;

void main() {
    float r = 0.5 * a_params.x * u_dpr;
    float extent = r + 0.5;
    vec2 center = (a_pos + u_offset) * u_pxPerUnit;
    v_local = a_corner * extent;
    v_radius = r;
    v_strokeWidth = a_params.y * u_dpr;
    v_shape = a_params.z;
    v_fill = a_fill;
    v_stroke = a_stroke;
    gl_Position = vec4((center + v_local) / (0.5 * u_viewportPx), 0.0, 1.0);
}
