in vec2 v_local;
in float v_len;
in float v_halfWidth;
in vec4 v_color;
in vec2 v_caps;
in vec3 v_dash;
out vec4 fragColor;

uniform float u_opacity;

// Signed distance (pixels) from the stroke's edge beyond one end of the segment.
float capDistance(float beyond, float across, float cap) {
    if (cap < 0.5) return max(abs(across) - v_halfWidth, beyond);                 // butt
    if (cap < 1.5) return length(vec2(beyond, across)) - v_halfWidth;             // round
    return max(abs(across) - v_halfWidth, beyond - v_halfWidth);                  // square
}

void main() {
    float along = v_local.x;
    float across = v_local.y;
    float d;
    if (along < 0.0) {
        d = capDistance(-along, across, v_caps.x);
    } else if (along > v_len) {
        d = capDistance(along - v_len, across, v_caps.y);
    } else {
        d = abs(across) - v_halfWidth;
    }
    float coverage = clamp(0.5 - d, 0.0, 1.0);
    if (v_dash.x > 0.0) {
        // Dashes run on along the whole path, so they continue across vertices.
        float m = mod(v_dash.z + clamp(along, 0.0, v_len), v_dash.x + v_dash.y);
        coverage *= clamp(min(m + 0.5, v_dash.x - m + 0.5), 0.0, 1.0);
    }
    if (coverage <= 0.0) discard;
    fragColor = vec4(v_color.rgb, v_color.a * coverage * u_opacity);
}
