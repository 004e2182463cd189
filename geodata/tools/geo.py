"""Small geometry and I/O helpers shared by the geodata builders (WGS 84 lon/lat, local metric scale)."""
import json
import math
import os
import subprocess
import tempfile

M_PER_DEG_LAT = 110_574.0
M_PER_DEG_LON = 111_320.0 * math.cos(math.radians(23.13))  # at Tianhe's latitude


def load(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def write(path, name, features):
    """Writes a FeatureCollection atomically (temporary file, then rename)."""
    tmp = path + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        json.dump({"type": "FeatureCollection", "name": name, "features": features}, f, ensure_ascii=False,
                  separators=(",", ":"))
        f.write("\n")
    os.replace(tmp, path)


def metres(a, b):
    return math.hypot((a[0] - b[0]) * M_PER_DEG_LON, (a[1] - b[1]) * M_PER_DEG_LAT)


def nearest_on_line(pt, line):
    """(distance in metres, segment index, parameter 0..1, the point) of the point of `line` nearest `pt`."""
    best = None
    for i, (a, b) in enumerate(zip(line, line[1:])):
        ax, ay = a[0] * M_PER_DEG_LON, a[1] * M_PER_DEG_LAT
        bx, by = b[0] * M_PER_DEG_LON, b[1] * M_PER_DEG_LAT
        px, py = pt[0] * M_PER_DEG_LON, pt[1] * M_PER_DEG_LAT
        dx, dy = bx - ax, by - ay
        t = 0.0 if dx == dy == 0 else max(0.0, min(1.0, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)))
        q = (a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1]))
        d = metres(pt, q)
        if best is None or d < best[0]:
            best = (d, i, t, q)
    return best


def sub_line(line, start, end):
    """The part of `line` between the points nearest `start` and `end`, in the line's own direction."""
    s, e = nearest_on_line(start, line), nearest_on_line(end, line)
    if (s[1], s[2]) > (e[1], e[2]):
        s, e = e, s
    return [list(s[3])] + [list(p) for p in line[s[1] + 1:e[1] + 1]] + [list(e[3])]


def offset_line(line, north_m):
    """The line shifted north by `north_m` metres: a road that runs along a river bank."""
    return [[p[0], p[1] + north_m / M_PER_DEG_LAT] for p in line]


def rect(cx, cy, w_m, h_m):
    """An axis-aligned rectangle ring w_m x h_m metres around a centre, for small sites drawn as areas."""
    dx, dy = w_m / 2 / M_PER_DEG_LON, h_m / 2 / M_PER_DEG_LAT
    return [[cx - dx, cy - dy], [cx + dx, cy - dy], [cx + dx, cy + dy], [cx - dx, cy + dy], [cx - dx, cy - dy]]


def rounded(coords, digits=7):
    if isinstance(coords[0], (int, float)):
        return [round(coords[0], digits), round(coords[1], digits)]
    return [rounded(c, digits) for c in coords]


def clip_polygons(features, boundary, explode=False):
    """Intersects features with a boundary file using ogr2ogr (GDAL/GEOS), keeping their order; `explode`
    splits multi-part results into one feature per part."""
    with tempfile.TemporaryDirectory() as tmp:
        src, dst = os.path.join(tmp, "in.geojson"), os.path.join(tmp, "out.geojson")
        with open(src, "w", encoding="utf-8") as f:
            json.dump({"type": "FeatureCollection", "features": features}, f, ensure_ascii=False)
        subprocess.run(["ogr2ogr", "-q", "-f", "GeoJSON", "-lco", "RFC7946=YES", "-lco", "COORDINATE_PRECISION=7",
                        "-clipsrc", boundary] + (["-explodecollections"] if explode else []) + [dst, src], check=True)
        out = load(dst)["features"]
    for f in out:
        for k in ("clauses", "targets"):
            if isinstance(f["properties"].get(k), str):
                f["properties"][k] = json.loads(f["properties"][k])
    return out


def buffer_line(coords, metres_wide):
    """The area within `metres_wide` of a WGS 84 line, buffered in CGCS2000 / 3-degree GK zone 38 (EPSG:4547)
    by SpatiaLite through ogr2ogr, so the width is in metres."""
    with tempfile.TemporaryDirectory() as tmp:
        src, dst = os.path.join(tmp, "in.geojson"), os.path.join(tmp, "out.geojson")
        with open(src, "w", encoding="utf-8") as f:
            json.dump({"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {},
                       "geometry": {"type": "LineString", "coordinates": coords}}]}, f)
        sql = ("SELECT ST_Transform(ST_Buffer(ST_Transform(SetSRID(geometry, 4326), 4547), %f), 4326) AS geometry "
               "FROM \"in\"" % metres_wide)
        subprocess.run(["ogr2ogr", "-q", "-f", "GeoJSON", "-lco", "COORDINATE_PRECISION=7", "-dialect", "SQLite",
                        "-sql", sql, dst, src], check=True)
        return load(dst)["features"][0]["geometry"]
