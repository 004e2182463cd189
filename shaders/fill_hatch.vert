// Polygon fill with diagonal hatching (layers whose style hatches some fills). Positions as in fill.vert.
// Inputs: the "fill" vertex layout, declared from render/vertex_layout.cpp when the program is built.

uniform vec2 u_offset;
uniform vec2 u_scale;  // map units -> clip space
uniform float u_dpr;
uniform float u_pxPerUnit;  // device px per map unit

out vec4 v_color;
out vec4 v_stroke;
out vec2 v_hatch;
out float v_along;  // x + y in device px from the layer origin: the stripes move with the map

void main() {
    v_color = a_color;
    v_stroke = a_stroke;
    v_hatch = vec2(a_hatch.x, a_hatch.y * 0.1) * u_dpr;
    v_along = (a_pos.x + a_pos.y) * u_pxPerUnit;
    gl_Position = vec4((a_pos + u_offset) * u_scale, 0.0, 1.0);
}
