// Copies the cached frame shifted by a whole number of pixels: texelFetch, so no filtering and
// the result is bit-identical to drawing the scene again at the panned position.
uniform sampler2D u_frame;
uniform ivec2 u_shift;
out vec4 fragColor;

void main() {
    fragColor = texelFetch(u_frame, ivec2(gl_FragCoord.xy) + u_shift, 0);
}
