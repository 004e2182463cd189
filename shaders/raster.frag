// The tile's straight-alpha colour with the layer's opacity, blended like every fill.
uniform sampler2D u_tile;
uniform float u_opacity;
in vec2 v_uv;
out vec4 fragColor;

void main() {
    vec4 c = texture(u_tile, v_uv);
    fragColor = vec4(c.rgb, c.a * u_opacity);
}
