#!/usr/bin/env python3
"""Builds the context layers of geodata/ from ../shared/reference (WGS 84 files only).

Run from the repository root:  python3 geodata/tools/build_reference_layers.py ../shared/reference
Needs ogr2ogr (Debian gdal-bin) for clipping to the map frame. Output is deterministic.
"""
import json
import math
import re
import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from geo import load, write  # noqa: E402

# The map frame: Tianhe and its immediate surroundings. Context layers are clipped to it so the
# bundled map opens on the district, not on the whole municipality.
FRAME = (113.25, 23.07, 113.50, 23.30)
NEIGHBOURS = {440104: ("越秀区", "Yuexiu District"), 440105: ("海珠区", "Haizhu District"),
              440111: ("白云区", "Baiyun District"), 440112: ("黄埔区", "Huangpu District")}


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


PINYIN_INITIALS = ["zh", "ch", "sh", "b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h", "j", "q", "x", "r",
                   "z", "c", "s", "y", "w", ""]
PINYIN_FINALS = ["iang", "iong", "uang", "ueng", "ang", "eng", "ing", "ong", "ian", "iao", "uai", "uan", "van", "ai",
                 "ei", "ao", "ou", "an", "en", "in", "un", "vn", "ia", "ie", "iu", "ua", "uo", "ui", "ue", "ve", "er",
                 "a", "o", "e", "i", "u", "v"]
SYLLABLES = {i + f for i in PINYIN_INITIALS for f in PINYIN_FINALS}


def english_name(pinyin):
    """'tiyuzhongxin' -> 'Tiyu Zhongxin': pinyin split into syllables, then into two-syllable words."""
    s, out = pinyin.lower(), []
    while s:
        for n in range(min(6, len(s)), 0, -1):
            if s[:n] in SYLLABLES and (n == len(s) or s[n] not in "aeiouv" or s[:n][-1] == "r"):
                out.append(s[:n])
                s = s[n:]
                break
        else:
            return pinyin.capitalize()
    words = ["".join(out[k:k + 2]) for k in range(0, len(out), 2)] if len(out) > 2 else ["".join(out)]
    return " ".join(w.capitalize() for w in words)


CN_DIGITS = "零一二三四五六七八九"


def chinese_number(n):
    if n < 10:
        return CN_DIGITS[n]
    return ("" if n // 10 == 1 else CN_DIGITS[n // 10]) + "十" + (CN_DIGITS[n % 10] if n % 10 else "")


def plan_clauses(plan):
    """Every clause of the plan file as (id, text), box items included."""
    out = [(c["id"], c["text"]) for c in plan["preamble"]]
    for ch in plan["chapters"]:
        out += [(c["id"], c["text"]) for c in ch["clauses"]]
        for s in ch["sections"]:
            out += [(c["id"], c["text"]) for c in s["clauses"]]
    for b in plan["boxes"]:
        out += [(c["id"], c["text"]) for c in b["items"]]
    return out


def mentions(clauses, words):
    return [cid for cid, text in clauses if any(w in text for w in words)]


LINE_IDS = {"APM线": ("metro.apm", "APM Line"), "广佛线": ("metro.guangfo", "Guangfo Line"),
            "海珠有轨电车1号线": ("tram.haizhu-1", "Haizhu Tram Line 1"),
            "黄埔有轨电车1号线": ("tram.huangpu-1", "Huangpu Tram Line 1"),
            "南海有轨电车1号线": ("tram.nanhai-1", "Nanhai Tram Line 1"),
            "佛山2号线": ("metro.foshan-2", "Foshan Line 2"), "佛山3号线": ("metro.foshan-3", "Foshan Line 3"),
            "3号线北延段": ("metro.line-3-north", "Line 3 North Extension"),
            "14号线支线知识城线": ("metro.line-14-branch", "Line 14 Branch (Zhishicheng Line)"),
            "14号线支线": ("metro.line-14-branch", "Line 14 Branch")}


def line_identity(name):
    if name in LINE_IDS:
        return LINE_IDS[name]
    m = re.match(r"(\d+)号线(.*)", name)
    n, rest = int(m.group(1)), m.group(2)
    if "支线" in rest:
        return "metro.line-%d-branch" % n, "Line %d Branch" % n
    if "北延" in rest:
        return "metro.line-%d-north" % n, "Line %d North Extension" % n
    return "metro.line-%d" % n, "Line %d" % n


def line_mentions(clauses, name):
    """Clauses that name a metro line, in figures (11号线) or in words (十一号线), not as part of
    another line's name (1号线 in 11号线)."""
    words = [re.escape(name)]
    if name.endswith("号线") and name[:-2].isdigit():
        words.append(chinese_number(int(name[:-2])) + "号线")
    pattern = re.compile("(?<![0-9十一二三四五六七八九])(" + "|".join(words) + ")")
    return [cid for cid, text in clauses if pattern.search(text)]


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


def main(ref):
    out = "geodata"
    clauses = plan_clauses(load(os.path.join("assets", "plan", "tianhe-14th-fyp.json")))
    tianhe = load(os.path.join(ref, "tianhe_boundary.wgs84.geojson"))["features"][0]
    write(os.path.join(out, "boundary_tianhe.geojson"), "boundary_tianhe", [{
        "type": "Feature",
        "properties": {"id": "boundary.tianhe", "name_zh": "天河区", "name_en": "Tianhe District",
                       "layer": "boundary", "kind": "district", "adcode": 440106, "clauses": [], "targets": [],
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
                "clauses": mentions(clauses, [zh]), "targets": [],
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
        ident, english = line_identity(line)
        metro.append({"type": "Feature", "properties": {
            "id": ident, "name_zh": line, "name_en": english, "layer": "transport", "kind": "metro line",
            "status": "existing", "color": colour.get(line, "#888888"), "clauses": line_mentions(clauses, line),
            "targets": [],
            "source": "city-vein 2020 track alignment via shared/reference (BD-09 converted to WGS 84)",
            "accuracy": "reference"}, "geometry": f["geometry"]})
    for f in lines:  # lines opened after 2020: station-to-station geometry only
        line = f["properties"]["line"]
        if line in have:
            continue
        ident, english = line_identity(line)
        metro.append({"type": "Feature", "properties": {
            "id": ident, "name_zh": line, "name_en": english, "layer": "transport", "kind": "metro line",
            "status": "existing", "color": f["properties"]["color"], "clauses": line_mentions(clauses, line),
            "targets": [],
            "source": "MetroMan 2025 station sequence via shared/reference (straight segments between stations)",
            "accuracy": "schematic"}, "geometry": f["geometry"]})
    write(os.path.join(out, "transport_metro_lines.geojson"), "transport_metro_lines",
          clip(metro, "transport_metro_lines"))

    stations = load(os.path.join(ref, "gz_metro_stations_2025.wgs84.geojson"))["features"]
    pts = []
    used = set()
    for f in stations:
        p = f["properties"]
        ident = "station." + p["pinyin"]
        while ident in used:
            ident += "-2"
        used.add(ident)
        pts.append({"type": "Feature", "properties": {
            "id": ident, "name_zh": p["name_zh"], "name_en": english_name(p["pinyin"]) + " Station",
            "pinyin": p["pinyin"], "clauses": mentions(clauses, [p["name_zh"] if p["name_zh"].endswith("站") else p["name_zh"] + "站"]),
            "targets": [],
            "lines": ",".join(p["lines"]), "layer": "transport", "kind": "station", "status": "existing",
            "source": "MetroMan 2025 via shared/reference (GCJ-02 converted to WGS 84)",
            "accuracy": "reference"}, "geometry": f["geometry"]})
    write(os.path.join(out, "transport_metro_stations.geojson"), "transport_metro_stations",
          clip(pts, "transport_metro_stations"))

    river = load(os.path.join(ref, "pearl_river_front_channel_approx.wgs84.geojson"))["features"][0]
    line = river["geometry"]["coordinates"]
    # The reference line starts at 海心沙. West of it Tianhe's boundary runs mid-channel to 广州大道
    # (its south-west corner); beyond that the channel passes north of 二沙岛 (Yuexiu), where 沙河涌
    # comes in, so the line goes on ~1 km along that channel.
    ring = tianhe["geometry"]["coordinates"][0][0]
    start = min(range(len(ring)), key=lambda i: (ring[i][0] - line[0][0]) ** 2 + (ring[i][1] - line[0][1]) ** 2)
    corner = min(range(len(ring)), key=lambda i: ring[i][0] + abs(ring[i][1] - 23.115) * 10)
    west = [ring[i] for i in range(start, corner + 1)] if corner > start else [ring[i] for i in range(start, corner - 1, -1)]
    west = west[1:] + [[113.3050, 23.1162], [113.2985, 23.1168]]
    line = list(reversed(west)) + line
    write(os.path.join(out, "bluegreen_pearl_river.geojson"), "bluegreen_pearl_river", [{
        "type": "Feature", "properties": {
            "id": "river.pearl_front_channel", "name_zh": "珠江前航道", "name_en": "Pearl River Front Channel",
            "layer": "blue-green", "kind": "river", "clauses": mentions(clauses, ["前航道"]), "targets": [],
            "source": "Tianhe/Haizhu district boundary via shared/reference (approximate mid-channel); west of 海心沙 "
                      "the Tianhe boundary to 广州大道",
            "accuracy": "located",
            "note": "the administrative mid-channel line, not a surveyed bank; the last 1.2 km west of 广州大道 "
                    "(north of 二沙岛) is approximate"},
        "geometry": {"type": "LineString", "coordinates": line}}])


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "../shared/reference")
