// One glyph per instance: a quad centred on its screen position (device px, y down), turned by its angle.
// Inputs: the "glyph" vertex layout, declared from render/vertex_layout.cpp when the program is built.

uniform vec2 u_viewportPx;

out vec2 v_uv;
out vec4 v_color;
out vec4 v_halo;

void main() {
    vec2 local = a_corner * 0.5 * a_rect.zw;
    float c = cos(a_angle), s = sin(a_angle);
    // Screen y points down, so a counter-clockwise turn on screen is clockwise in these axes.
    vec2 turned = vec2(c * local.x + s * local.y, -s * local.x + c * local.y);
    vec2 px = a_rect.xy + turned;
    v_uv = mix(a_uv.xy, a_uv.zw, a_corner * 0.5 + 0.5);
    v_color = a_color;
    v_halo = a_halo;
    gl_Position = vec4(px.x / u_viewportPx.x * 2.0 - 1.0, 1.0 - px.y / u_viewportPx.y * 2.0, 0.0, 1.0);
}
