// The atlas holds each glyph's coverage in red and its halo (the glyph widened) in green.
in vec2 v_uv;
in vec4 v_color;
in vec4 v_halo;
out vec4 fragColor;

uniform sampler2D u_atlas;

void main() {
    vec2 t = texture(u_atlas, v_uv).rg;
    float a = t.r * v_color.a + (1.0 - t.r) * t.g * v_halo.a;
    if (a <= 0.0) discard;
    vec3 rgb = (v_color.rgb * t.r * v_color.a + v_halo.rgb * (1.0 - t.r) * t.g * v_halo.a) / a;
    fragColor = vec4(rgb, a);
}
