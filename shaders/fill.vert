// Polygon fill. Positions are float32 relative to the layer origin; u_offset = origin - view
// centre is computed in double on the CPU, so the sum stays small and exact where it is visible.
// Only the colour is passed on: every varying costs memory per triangle in a software rasteriser,
// so hatched layers have their own program (fill_hatch).
// Inputs: the "hairline" vertex layout, declared from render/vertex_layout.cpp when the program is built.

uniform vec2 u_offset;
uniform vec2 u_scale;  // map units -> clip space

out vec4 v_color;

void main() {
    v_color = a_color;
    gl_Position = vec4((a_pos + u_offset) * u_scale, 0.0, 1.0);
}
