in vec4 v_color;
in vec4 v_stroke;
in vec2 v_hatch;
in float v_along;
out vec4 fragColor;

uniform float u_opacity;

void main() {
    vec4 c = v_color;
    if (v_hatch.x > 0.0) {
        // Diagonal hatching anchored to the layer (it pans with the map, whatever the cache's frame),
        // antialiased across the stripe's edges.
        float d = mod(v_along, v_hatch.x * 1.41421356);
        float stripe = clamp(v_hatch.y * 1.41421356 * 0.5 + 0.5 - abs(d - v_hatch.x * 0.70710678), 0.0, 1.0);
        // The stripe (the stroke colour at 55 % of its alpha) over the fill, as QPainter paints it.
        float sa = v_stroke.a * 0.55 * stripe;
        float a = sa + c.a * (1.0 - sa);
        c = vec4(a > 0.0 ? (v_stroke.rgb * sa + c.rgb * c.a * (1.0 - sa)) / a : c.rgb, a);
    }
    fragColor = vec4(c.rgb, c.a * u_opacity);
}
