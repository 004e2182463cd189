#!/usr/bin/env python3
"""Builds the context layers of geodata/ from ../shared/reference (WGS 84 files only).

Run from the repository root:  python3 geodata/tools/build_reference_layers.py ../shared/reference
Needs ogr2ogr (Debian gdal-bin) for clipping to the map frame. Output is deterministic.
"""
import json
import math
import os
import subprocess
import sys
import tempfile

# The map frame: Tianhe and its immediate surroundings. Context layers are clipped to it so the
# bundled map opens on the district, not on the whole municipality.
FRAME = (113.25, 23.07, 113.50, 23.30)
NEIGHBOURS = {440104: ("越秀区", "Yuexiu District"), 440105: ("海珠区", "Haizhu District"),
              440111: ("白云区", "Baiyun District"), 440112: ("黄埔区", "Huangpu District")}


def load(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def clip(features, name):
    """Clips a FeatureCollection to FRAME with ogr2ogr and returns its features."""
    with tempfile.TemporaryDirectory() as tmp:
        src = os.path.join(tmp, "in.geojson")
        dst = os.path.join(tmp, "out.geojson")
        with open(src, "w", encoding="utf-8") as f:
            json.dump({"type": "FeatureCollection", "features": features}, f, ensure_ascii=False)
        subprocess.run(["ogr2ogr", "-q", "-f", "GeoJSON", "-lco", "RFC7946=YES", "-lco", "COORDINATE_PRECISION=7",
                        "-clipsrc", *map(str, FRAME), "-nln", name, dst, src], check=True)
        return load(dst)["features"]


def distance_to_line(p, coords):
    """Metres from lon/lat point p to a lon/lat polyline (local equirectangular approximation)."""
    kx = 111320.0 * math.cos(math.radians(p[1]))
    ky = 110540.0
    best = float("inf")
    for a, b in zip(coords, coords[1:]):
        ax, ay = (a[0] - p[0]) * kx, (a[1] - p[1]) * ky
        bx, by = (b[0] - p[0]) * kx, (b[1] - p[1]) * ky
        dx, dy = bx - ax, by - ay
        t = 0.0 if dx == dy == 0 else max(0.0, min(1.0, -(ax * dx + ay * dy) / (dx * dx + dy * dy)))
        best = min(best, math.hypot(ax + t * dx, ay + t * dy))
    return best


def write(path, name, features):
    fc = {"type": "FeatureCollection", "name": name, "features": features}
    tmp = path + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        json.dump(fc, f, ensure_ascii=False, separators=(",", ":"))
        f.write("\n")
    os.replace(tmp, path)


def main(ref):
    out = "geodata"
    tianhe = load(os.path.join(ref, "tianhe_boundary.wgs84.geojson"))["features"][0]
    write(os.path.join(out, "boundary_tianhe.geojson"), "boundary_tianhe", [{
        "type": "Feature",
        "properties": {"id": "boundary.tianhe", "name_zh": "天河区", "name_en": "Tianhe District",
                       "layer": "boundary", "kind": "district", "adcode": 440106,
                       "source": "DataV GeoAtlas 440106 via shared/reference (GCJ-02 converted to WGS 84)",
                       "accuracy": "reference"},
        "geometry": tianhe["geometry"]}])

    districts = load(os.path.join(ref, "guangzhou_districts.wgs84.geojson"))["features"]
    neighbours = []
    for f in districts:
        code = f["properties"].get("adcode")
        if code in NEIGHBOURS:
            zh, en = NEIGHBOURS[code]
            neighbours.append({"type": "Feature", "properties": {
                "id": "boundary.%d" % code, "name_zh": zh, "name_en": en, "layer": "boundary",
                "kind": "neighbour district", "adcode": code,
                "source": "DataV GeoAtlas 440100_full via shared/reference (GCJ-02 converted to WGS 84)",
                "accuracy": "reference"}, "geometry": f["geometry"]})
    write(os.path.join(out, "boundary_neighbours.geojson"), "boundary_neighbours",
          clip(neighbours, "boundary_neighbours"))

    lines = load(os.path.join(ref, "gz_metro_lines_2025.wgs84.geojson"))["features"]
    colour = {f["properties"]["line"]: f["properties"]["color"] for f in lines}
    colour.setdefault("3号线北延段", colour.get("3号线"))
    colour.setdefault("14号线支线", colour.get("14号线"))
    tracks = load(os.path.join(ref, "gz_metro_tracks_2020.wgs84.geojson"))["features"]
    stations_of = {f["properties"]["line"]: f["geometry"]["coordinates"] for f in lines}
    have = set()
    metro = []
    for f in tracks:
        line = f["properties"]["line"].replace("(", "").replace(")", "")
        # A 2020 track that misses stations opened since then is replaced by the 2025 station line.
        if max((distance_to_line(s, f["geometry"]["coordinates"]) for s in stations_of.get(line, [])),
               default=0) > 300:
            continue
        have.add(line)
        metro.append({"type": "Feature", "properties": {
            "id": "metro.%s" % line, "name_zh": line, "layer": "transport", "kind": "metro line",
            "status": "existing", "color": colour.get(line, "#888888"),
            "source": "city-vein 2020 track alignment via shared/reference (BD-09 converted to WGS 84)",
            "accuracy": "reference"}, "geometry": f["geometry"]})
    for f in lines:  # lines opened after 2020: station-to-station geometry only
        line = f["properties"]["line"]
        if line in have:
            continue
        metro.append({"type": "Feature", "properties": {
            "id": "metro.%s" % line, "name_zh": line, "layer": "transport", "kind": "metro line",
            "status": "existing", "color": f["properties"]["color"],
            "source": "MetroMan 2025 station sequence via shared/reference (straight segments between stations)",
            "accuracy": "schematic"}, "geometry": f["geometry"]})
    write(os.path.join(out, "transport_metro_lines.geojson"), "transport_metro_lines",
          clip(metro, "transport_metro_lines"))

    stations = load(os.path.join(ref, "gz_metro_stations_2025.wgs84.geojson"))["features"]
    pts = []
    for f in stations:
        p = f["properties"]
        pts.append({"type": "Feature", "properties": {
            "id": "station.%s" % p["name_zh"], "name_zh": p["name_zh"], "pinyin": p["pinyin"],
            "lines": ",".join(p["lines"]), "layer": "transport", "kind": "station", "status": "existing",
            "source": "MetroMan 2025 via shared/reference (GCJ-02 converted to WGS 84)",
            "accuracy": "reference"}, "geometry": f["geometry"]})
    write(os.path.join(out, "transport_metro_stations.geojson"), "transport_metro_stations",
          clip(pts, "transport_metro_stations"))

    river = load(os.path.join(ref, "pearl_river_front_channel_approx.wgs84.geojson"))["features"][0]
    write(os.path.join(out, "bluegreen_pearl_river.geojson"), "bluegreen_pearl_river", [{
        "type": "Feature", "properties": {
            "id": "river.pearl_front_channel", "name_zh": "珠江前航道", "name_en": "Pearl River Front Channel",
            "layer": "blue-green", "kind": "river",
            "source": "Tianhe/Haizhu district boundary via shared/reference (approximate mid-channel)",
            "accuracy": "located"}, "geometry": river["geometry"]}])


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "../shared/reference")
