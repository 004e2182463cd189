in vec2 v_local;
in float v_radius;
in float v_strokeWidth;
in float v_shape;
in vec4 v_fill;
in vec4 v_stroke;
out vec4 fragColor;

uniform float u_opacity;

void main() {
    float d = v_shape < 0.5 ? length(v_local) - v_radius : max(abs(v_local.x), abs(v_local.y)) - v_radius;
    float outer = clamp(0.5 - d, 0.0, 1.0);
    if (outer <= 0.0) discard;
    float inner = clamp(0.5 - (d + v_strokeWidth), 0.0, 1.0);
    vec4 c = mix(v_stroke, v_fill, inner);
    fragColor = vec4(c.rgb, c.a * outer * u_opacity);
}
