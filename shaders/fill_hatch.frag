in vec4 v_color;
in vec4 v_stroke;
in vec2 v_hatch;
out vec4 fragColor;

uniform float u_opacity;

void main() {
    vec4 c = v_color;
    if (v_hatch.x > 0.0) {
        // Diagonal hatching in screen space, antialiased across the stripe's edges.
        float d = mod(gl_FragCoord.x + gl_FragCoord.y, v_hatch.x * 1.41421356);
        float stripe = clamp(v_hatch.y * 1.41421356 * 0.5 + 0.5 - abs(d - v_hatch.x * 0.70710678), 0.0, 1.0);
        c = mix(c, vec4(v_stroke.rgb, max(c.a, v_stroke.a * 0.55)), stripe);
    }
    fragColor = vec4(c.rgb, c.a * u_opacity);
}
