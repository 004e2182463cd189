// While the view moves, the last drawn frame is shown scaled and shifted (linearly filtered)
// until the scene is drawn again for the new view.
uniform sampler2D u_frame;
uniform float u_scale;       // target pixels -> cache pixels
uniform vec2 u_translate;    // cache pixel of target pixel (0,0)
uniform vec2 u_cacheSize;
uniform vec4 u_background;
out vec4 fragColor;

void main() {
    vec2 uv = (gl_FragCoord.xy * u_scale + u_translate) / u_cacheSize;
    if (uv.x < 0.0 || uv.y < 0.0 || uv.x > 1.0 || uv.y > 1.0) {
        fragColor = u_background;
    } else {
        fragColor = texture(u_frame, uv);
    }
}
