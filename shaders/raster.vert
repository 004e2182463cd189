// One display tile of a raster layer: a quad from the vertex id (a triangle strip of four), placed by
// its corner relative to the view centre (computed in double on the CPU) and its size in map units.
uniform vec2 u_offset;  // tile's lower-left corner - view centre, map units
uniform vec2 u_size;    // tile's extent, map units
uniform vec2 u_scale;   // map units -> clip space

out vec2 v_uv;

void main() {
    vec2 corner = vec2(float(gl_VertexID & 1), float((gl_VertexID >> 1) & 1));
    // The image's first row is its top: texture rows run down the map.
    v_uv = vec2(corner.x, 1.0 - corner.y);
    gl_Position = vec4((u_offset + corner * u_size) * u_scale, 0.0, 1.0);
}
