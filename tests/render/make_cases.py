#!/usr/bin/env python3
"""Writes the render-test cases (tests/render/<case>/case.json, their data and styles).

Each case is a small session: data (GeoJSON in WGS 84, or the bundled plan), a style, a display CRS,
a view (a lon/lat box and an output size), layer states and overlays. render_cases draws each through
the OpenGL and the QPainter backend and compares them with expected.png / expected-painter.png;
`render_cases --update` writes those on purpose. Run this script again after changing a case here;
the expected pictures stay until --update is run.

    python3 tests/render/make_cases.py            # rewrites every case.json and its data
"""
import json
import math
import os
import shutil
import struct
import sys
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))

# A small area of Tianhe: x from 113.30 to 113.34 E, y from 23.10 to 23.13 N.
X0, Y0, X1, Y1 = 113.30, 23.10, 113.34, 23.13
BOX = [X0, Y0, X1, Y1]


def lon(f):
    return round(X0 + f * (X1 - X0), 7)


def lat(f):
    return round(Y0 + f * (Y1 - Y0), 7)


def pt(fx, fy):
    return [lon(fx), lat(fy)]


def rect(a, b, c, d, ccw=True):
    ring = [pt(a, b), pt(c, b), pt(c, d), pt(a, d), pt(a, b)]
    return ring if ccw else ring[::-1]


def feature(fid, geom, **props):
    props = dict(props)
    props.setdefault("name_zh", "")
    return {"type": "Feature", "id": fid, "properties": {"id": fid, **props}, "geometry": geom}


def polygon(*rings):
    return {"type": "Polygon", "coordinates": list(rings)}


def line(*points):
    return {"type": "LineString", "coordinates": [pt(*p) for p in points]}


def point(fx, fy):
    return {"type": "Point", "coordinates": pt(fx, fy)}


def collection(*features):
    return {"type": "FeatureCollection", "features": list(features)}


def style(default=None, rules=(), background="#f4f2ec", label=None, highlight=None):
    s = {"background": background, "default": default or {}, "rules": list(rules)}
    if label:
        s["label"] = label
    if highlight:
        s["highlight"] = highlight
    return s


ZONES = collection(
    feature("z1", polygon(rect(0.08, 0.1, 0.55, 0.6)), name_zh="金融城", name_en="Finance City", kind="zone"),
    feature("z2", polygon(rect(0.4, 0.35, 0.92, 0.9)), name_zh="智慧城", name_en="Smart City", kind="belt"),
    feature("z3", polygon(rect(0.62, 0.05, 0.95, 0.3)), name_zh="科学城", name_en="Science Park", kind="park"),
)

LINES = collection(
    feature("l1", line((0.05, 0.2), (0.3, 0.8), (0.55, 0.25), (0.8, 0.85), (0.95, 0.4)),
            name_zh="黄埔大道", name_en="Huangpu Avenue", kind="road"),
    feature("l2", line((0.05, 0.5), (0.95, 0.55)), name_zh="花城大道", name_en="Huacheng Avenue", kind="avenue"),
)

POINTS = collection(
    feature("p1", point(0.2, 0.3), name_zh="猎德站", name_en="Liede", kind="station"),
    feature("p2", point(0.5, 0.7), name_zh="珠江新城站", name_en="Zhujiang New Town", kind="station"),
    feature("p3", point(0.8, 0.4), name_zh="天河公园", name_en="Tianhe Park", kind="site"),
)


def small_polygons(n=24):
    """A grid of polygons from large to a pixel across: the level-of-detail cases."""
    feats = []
    k = 0
    for j in range(n):
        for i in range(n):
            size = 0.35 / n * (0.15 + 0.85 * ((i + j) % 7) / 6)
            cx, cy = (i + 0.5) / n, (j + 0.5) / n
            feats.append(feature(f"g{k}", polygon(rect(cx - size / 2, cy - size / 2, cx + size / 2, cy + size / 2)),
                                 kind="plot"))
            k += 1
    return collection(*feats)


HOLES = collection(
    feature("h1", polygon(rect(0.1, 0.1, 0.9, 0.9), rect(0.3, 0.3, 0.7, 0.7, ccw=False)), kind="zone"),
)

MULTI = collection(
    feature("m1", {"type": "MultiPolygon", "coordinates": [
        [rect(0.05, 0.1, 0.3, 0.4)],
        [rect(0.4, 0.5, 0.6, 0.9), rect(0.45, 0.6, 0.55, 0.8, ccw=False)],
        [rect(0.7, 0.1, 0.95, 0.45)],
    ]}, kind="zone"),
)

LABEL_STYLE = {"size": 14, "color": "#222222", "halo": "#ffffffe6", "halo_width": 2}

WGS84_WKT = ('GEOGCS["WGS 84",DATUM["WGS_1984",SPHEROID["WGS 84",6378137,298.257223563]],PRIMEM["Greenwich",0],'
             'UNIT["degree",0.0174532925199433],AUTHORITY["EPSG","4326"]]')


def png(width, height, pixel, palette=None):
    """A PNG written with the standard library: RGB, or paletted when `palette` lists (r, g, b)."""
    raw = b""
    for y in range(height):
        raw += b"\0" + b"".join(bytes(pixel(x, y)) if palette is None else bytes([pixel(x, y)]) for x in range(width))
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xffffffff)
    head = struct.pack(">IIBBBBB", width, height, 8, 2 if palette is None else 3, 0, 0, 0)
    body = chunk(b"IHDR", head)
    if palette is not None:
        body += chunk(b"PLTE", b"".join(bytes(c) for c in palette))
    return b"\x89PNG\r\n\x1a\n" + body + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")


class Raster:
    """A raster file of a case, with its side files (world file, .prj, .aux.xml) keyed by suffix."""
    def __init__(self, data, **sides):
        self.data = data
        self.sides = sides


def world_file(width, height, box):
    """A world file: pixel size and the centre of the top-left pixel."""
    dx = (box[2] - box[0]) / width
    dy = (box[3] - box[1]) / height
    return f"{dx:.12f}\n0\n0\n{-dy:.12f}\n{box[0] + dx / 2:.12f}\n{box[3] - dy / 2:.12f}\n"


def dem(width=64, height=48):
    """An elevation-like grid over BOX (ESRI ASCII), with a nodata rectangle."""
    dx = (X1 - X0) / width
    rows = []
    for r in range(height):
        row = []
        for c in range(width):
            fx, fy = c / width, 1 - r / height
            v = 20 + 60 * math.exp(-((fx - 0.3) ** 2 + (fy - 0.6) ** 2) * 8) + 40 * fx * fy
            if 0.6 < fx < 0.8 and 0.2 < fy < 0.45:
                v = -9999
            row.append(f"{v:.2f}")
        rows.append(" ".join(row))
    head = (f"ncols {width}\nnrows {height}\nxllcorner {X0}\nyllcorner {Y1 - height * dx}\ncellsize {dx:.12f}\n"
            "NODATA_value -9999\n")
    return Raster((head + "\n".join(rows) + "\n").encode(), prj=WGS84_WKT)


def photo(width=64, height=48):
    """An RGB image (colour bands, a gradient) georeferenced by a world file and an .aux.xml."""
    def px(x, y):
        band = (x * 4 // width)
        base = [(200, 80, 60), (240, 200, 90), (90, 170, 110), (70, 110, 190)][band]
        k = 0.6 + 0.4 * y / height
        return [int(c * k) for c in base]
    data = png(width, height, px)
    return Raster(data, pgw=world_file(width, height, BOX),
                  **{"png.aux.xml": f"<PAMDataset><SRS>{WGS84_WKT}</SRS></PAMDataset>\n"})


def classes(width=32, height=24):
    """A paletted image of land-use classes: drawn with its palette, never smoothed between classes."""
    def px(x, y):
        return (x * 3 // width + (y * 2 // height) * 3) % 4
    data = png(width, height, px, palette=[(230, 230, 210), (160, 200, 120), (250, 170, 120), (120, 160, 220)])
    return Raster(data, pgw=world_file(width, height, BOX),
                  **{"png.aux.xml": f"<PAMDataset><SRS>{WGS84_WKT}</SRS></PAMDataset>\n"})


CASES = {}


def case(name, about, data, sty=None, **spec):
    CASES[name] = (about, data, sty, spec)


# Symbols: every kind of symbol the style format has.
case("fill-solid", "an opaque fill with a thin outline", {"zones.geojson": ZONES},
     style({"fill": "#e08a4a", "stroke": "#5a2e12", "stroke_width": 1.0}), bbox=BOX)
case("fill-translucent", "translucent fills over each other (#rrggbbaa)", {"zones.geojson": ZONES},
     style({"fill": "#2e86c155", "stroke": "#1b4f72", "stroke_width": 1.2}), bbox=BOX)
case("fill-hatch", "diagonal hatching at the style's spacing and width", {"zones.geojson": ZONES},
     style({"fill": "#fbeee0", "stroke": "#ba4a00", "stroke_width": 1.0,
            "fill_pattern": {"type": "hatch", "spacing": 7, "width": 1.5}}), bbox=BOX)
case("fill-hatch-wide", "wide, sparse hatching over a translucent fill", {"zones.geojson": ZONES},
     style({"fill": "#5dade233", "stroke": "#1f618d", "stroke_width": 1.5,
            "fill_pattern": {"type": "hatch", "spacing": 14, "width": 4}}), bbox=BOX)
case("fill-from-property", "fill colour taken from a feature attribute",
     {"zones.geojson": collection(*[dict(f, properties=dict(f["properties"], color=c))
                                    for f, c in zip(ZONES["features"], ["#c0392b", "#27ae60", "#8e44ad"])])},
     style({"fill": "#cccccc", "fill_from": "color", "stroke": "#333333", "stroke_width": 1}), bbox=BOX)
case("outline-hairline", "outlines under a pixel and a half: hairlines", {"zones.geojson": ZONES},
     style({"fill": "#ffffff00", "stroke": "#000000", "stroke_width": 0.8}), bbox=BOX)
case("outline-thick", "thick outlines with round joins", {"zones.geojson": ZONES},
     style({"fill": "#f5cba7", "stroke": "#6e2c00", "stroke_width": 5}), bbox=BOX)
case("outline-dashed", "dashed polygon outlines, the dashes running on round each ring", {"zones.geojson": ZONES},
     style({"fill": "#d5f5e3", "stroke": "#117a65", "stroke_width": 2, "dash": [8, 4]}), bbox=BOX)
case("line-cap-round", "a thick line with round caps and joins", {"lines.geojson": LINES},
     style({"stroke": "#2874a6", "stroke_width": 9, "cap": "round"}), bbox=BOX)
case("line-cap-butt", "butt caps end at the line's ends", {"lines.geojson": LINES},
     style({"stroke": "#7d3c98", "stroke_width": 9, "cap": "butt"}), bbox=BOX)
case("line-cap-square", "square caps reach half a width beyond the ends", {"lines.geojson": LINES},
     style({"stroke": "#a04000", "stroke_width": 9, "cap": "square"}), bbox=BOX)
case("line-joins", "sharp turns of a thick line join round", {"lines.geojson": collection(
    feature("zz", line((0.1, 0.2), (0.25, 0.85), (0.35, 0.15), (0.5, 0.9), (0.6, 0.2), (0.9, 0.8)), kind="road"))},
     style({"stroke": "#1e8449", "stroke_width": 14, "cap": "butt"}), bbox=BOX)
case("line-dash", "dashes that run on across the vertices", {"lines.geojson": LINES},
     style({"stroke": "#c0392b", "stroke_width": 3, "dash": [10, 6]}), bbox=BOX)
case("line-dash-thick", "thick dashes, short gaps", {"lines.geojson": LINES},
     style({"stroke": "#34495e", "stroke_width": 7, "dash": [16, 5]}), bbox=BOX)
case("line-stroke-from-property", "a metro-line colour from the feature's attribute",
     {"lines.geojson": collection(*[dict(f, properties=dict(f["properties"], color=c))
                                    for f, c in zip(LINES["features"], ["#e4002b", "#00a651"])])},
     style({"stroke": "#888888", "stroke_from": "color", "stroke_width": 4}), bbox=BOX)
case("marker-circle", "circle markers with an inner stroke", {"points.geojson": POINTS},
     style({"fill": "#ffffff", "stroke": "#333333", "stroke_width": 2, "marker": "circle", "marker_size": 16}), bbox=BOX)
case("marker-square", "square markers", {"points.geojson": POINTS},
     style({"fill": "#c0392b", "stroke": "#ffffff", "stroke_width": 1.5, "marker": "square", "marker_size": 14}), bbox=BOX)
case("marker-by-kind", "rules by attribute: each kind its own marker", {"points.geojson": POINTS},
     style({"fill": "#888888", "stroke": "#222222", "stroke_width": 1, "marker_size": 10},
           rules=[{"when": {"kind": "station"}, "fill": "#ffffff", "marker_size": 12},
                  {"when": {"kind": "site"}, "fill": "#8e44ad", "marker": "square", "marker_size": 9}]), bbox=BOX)

# Drawing order and layer states.
ORDER_STYLE = style({"fill": "#cccccc", "stroke": "#333333", "stroke_width": 3},
                    rules=[{"layer": "bottom", "fill": "#e74c3c", "stroke": "#1b2631", "stroke_width": 4},
                           {"layer": "top", "fill": "#3498db", "stroke": "#f4d03f", "stroke_width": 4}])
TWO_LAYERS = {"bottom.geojson": collection(feature("b1", polygon(rect(0.1, 0.1, 0.6, 0.7)))),
              "top.geojson": collection(feature("t1", polygon(rect(0.35, 0.3, 0.9, 0.9))))}
case("order-fills-then-outlines", "every fill is drawn before any outline: the bottom layer's outline shows over the top fill",
     TWO_LAYERS, ORDER_STYLE, bbox=BOX)
case("order-reversed", "the drawing order reversed", TWO_LAYERS, ORDER_STYLE, bbox=BOX, order=["top", "bottom"])
case("layer-hidden", "a hidden layer is not drawn", TWO_LAYERS, ORDER_STYLE, bbox=BOX, hidden=["top"])
case("layer-opacity", "a layer at 40 % opacity", TWO_LAYERS, ORDER_STYLE, bbox=BOX, opacity={"top": 0.4})
case("order-kinds", "fills, outlines, lines, markers: each above the one before, whatever the layer",
     {"a_points.geojson": POINTS, "b_lines.geojson": LINES, "c_zones.geojson": ZONES},
     style({"fill": "#f0b27a", "stroke": "#6e2c00", "stroke_width": 2, "marker_size": 14},
           rules=[{"layer": "b_lines", "stroke": "#2e86c1", "stroke_width": 6}]), bbox=BOX)

# Geometry and level of detail.
case("polygon-holes", "a polygon with a hole: the hole is not filled, both rings are outlined", {"holes.geojson": HOLES},
     style({"fill": "#48c9b0", "stroke": "#0e6251", "stroke_width": 2}), bbox=BOX)
case("multipolygon", "a multipolygon of three parts, one with a hole", {"multi.geojson": MULTI},
     style({"fill": "#f7dc6f", "stroke": "#7d6608", "stroke_width": 1.5}), bbox=BOX)
LOD_STYLE = style({"fill": "#5d6d7e", "stroke": "#17202a", "stroke_width": 1.2})
case("lod-near", "many polygons seen close: every outline", {"plots.geojson": small_polygons()}, LOD_STYLE,
     bbox=[lon(0.3), lat(0.3), lon(0.55), lat(0.55)])
case("lod-mid", "the same at the whole area", {"plots.geojson": small_polygons()}, LOD_STYLE, bbox=BOX)
case("lod-far", "far out: polygons a pixel or two across are quads, small ones lose their outline",
     {"plots.geojson": small_polygons()}, LOD_STYLE, bbox=[X0 - 0.04, Y0 - 0.03, X1 + 0.04, Y1 + 0.03])

# Overlays.
OVERLAY_STYLE = style({"fill": "#d6eaf8", "stroke": "#2e86c1", "stroke_width": 1},
                      highlight={"fill": "#ffd4005a", "stroke": "#ff6a00", "stroke_width": 4, "marker_size": 14})
case("overlay-selection", "the selection highlight over polygons, a line and a point",
     {"zones.geojson": ZONES, "lines.geojson": LINES, "points.geojson": POINTS}, OVERLAY_STYLE, bbox=BOX,
     selection=["z2", "l2", "p1"])
case("overlay-pin-and-path", "the checked place and a measured path",
     {"zones.geojson": ZONES}, OVERLAY_STYLE, bbox=BOX, pin=pt(0.7, 0.6),
     measure=[pt(0.1, 0.2), pt(0.4, 0.5), pt(0.6, 0.3)])
case("overlay-measure-area", "a measured area closes into a tinted ring",
     {"zones.geojson": ZONES}, OVERLAY_STYLE, bbox=BOX, measure=[pt(0.2, 0.2), pt(0.8, 0.25), pt(0.6, 0.8)],
     measure_area=True)

# Labels.
LABELLED = style({"fill": "#fdebd0", "stroke": "#a04000", "stroke_width": 1.2, "marker_size": 9},
                 rules=[{"label": {"enabled": True}}], label=LABEL_STYLE)
case("labels-area-zh", "Chinese names at the areas' poles of inaccessibility", {"zones.geojson": ZONES}, LABELLED,
     bbox=BOX, labels=True, agree={"threshold": 96, "pixels": 0.02})
case("labels-area-en", "English names (name_en)", {"zones.geojson": ZONES}, LABELLED, bbox=BOX, labels=True,
     language="en", agree={"threshold": 96, "pixels": 0.02})
case("labels-line-zh", "Chinese characters upright and spaced along lines", {"lines.geojson": LINES},
     style({"stroke": "#85929e", "stroke_width": 5}, rules=[{"label": {"enabled": True, "placement": "line"}}],
           label=LABEL_STYLE), bbox=BOX, labels=True, agree={"threshold": 96, "pixels": 0.02})
case("labels-line-en", "Latin text turned along lines", {"lines.geojson": LINES},
     style({"stroke": "#85929e", "stroke_width": 5}, rules=[{"label": {"enabled": True, "placement": "line"}}],
           label=LABEL_STYLE), bbox=BOX, labels=True, language="en", agree={"threshold": 96, "pixels": 0.02})
case("labels-points", "point labels beside their markers", {"points.geojson": POINTS},
     style({"fill": "#ffffff", "stroke": "#000000", "stroke_width": 1.5, "marker_size": 12},
           rules=[{"label": {"enabled": True}}], label=LABEL_STYLE), bbox=BOX, labels=True,
     agree={"threshold": 96, "pixels": 0.02})

# Output and projection.
case("hidpi-dpr2", "device pixel ratio 2: twice the pixels, the same map", {"zones.geojson": ZONES, "lines.geojson": LINES},
     style({"fill": "#fad7a0", "stroke": "#784212", "stroke_width": 1.5},
           rules=[{"layer": "lines", "stroke": "#2471a3", "stroke_width": 3, "dash": [8, 4]}]),
     bbox=BOX, dpr=2)
case("crs-epsg3857", "Web Mercator (the default display CRS)", {"zones.geojson": ZONES}, LOD_STYLE,
     bbox=[113.2, 23.0, 113.45, 23.2], crs="EPSG:3857")
case("crs-epsg4547", "CGCS2000 / 3-degree Gauss-Kruger CM 114E", {"zones.geojson": ZONES}, LOD_STYLE,
     bbox=[113.2, 23.0, 113.45, 23.2], crs="EPSG:4547")

# Rasters: drawn in the fill pass, in the layer order, by both backends.
RAMP_STYLE = style({"fill": "#ffffff00", "stroke": "#333333", "stroke_width": 1.2})
RAMP_STYLE["raster"] = {"ramp": [[0, "#2b6b3f"], [0.5, "#e8d88c"], [1, "#8c4a2f"]]}
case("raster-ramp", "a single-band grid through the style's ramp, nodata transparent", {"dem.asc": dem()}, RAMP_STYLE,
     bbox=BOX)
case("raster-ramp-4547", "the same grid reprojected to EPSG:4547", {"dem.asc": dem()}, RAMP_STYLE, bbox=BOX,
     crs="EPSG:4547")
case("raster-rgb-under-zones", "an RGB image with a world file under translucent zones", {"a_photo.png": photo(),
     "b_zones.geojson": ZONES}, style({"fill": "#ffffff66", "stroke": "#1b2631", "stroke_width": 2}), bbox=BOX)
case("raster-over-zones", "a raster above a polygon layer covers its fill, not its outline",
     {"a_zones.geojson": ZONES, "b_photo.png": photo()}, style({"fill": "#e74c3c", "stroke": "#1b2631", "stroke_width": 3}),
     bbox=BOX, opacity={"b_photo": 0.7})
case("raster-paletted", "a paletted image: its palette, classes kept sharp", {"classes.png": classes()},
     style({}), bbox=BOX)
case("raster-brightness-contrast", "brightness and contrast of a raster layer", {"photo.png": photo()}, style({}),
     bbox=BOX, look={"photo": [0.25, 0.4]})

# The bundled plan.
BUNDLED = {"agree": {"threshold": 96, "pixels": 0.03}}
case("bundled-home", "the bundled map at its home view, labels in Chinese", "bundled", None, size=[640, 560],
     labels=True, **BUNDLED)
case("bundled-home-4547", "the bundled map in EPSG:4547, labels in English", "bundled", None, size=[640, 560],
     labels=True, language="en", crs="EPSG:4547", **BUNDLED)
case("bundled-slide-2", "the second slide of the zone-strategy tour: its layers, extent and selection", "bundled",
     None, size=[640, 420], labels=True, slide=2, **BUNDLED)
case("bundled-page", "the export page: title, map, legend, scale bar, north arrow, source, date", "bundled", None,
     labels=True, page={"dpi": 60, "mm": [297, 210], "date": "2026-01-01"})


def main():
    for name, (about, data, sty, spec) in CASES.items():
        d = os.path.join(HERE, name)
        os.makedirs(d, exist_ok=True)
        for f in os.listdir(d):
            if f.endswith((".geojson", ".asc", ".prj", ".pgw", ".png.aux.xml")) or f == "style.json" or (
                    f.endswith(".png") and not f.startswith(("expected", "actual", "diff"))):
                os.remove(os.path.join(d, f))
        c = {"about": about}
        if data == "bundled":
            c["data"] = "bundled"
        else:
            c["data"] = sorted(data)
            for fname, fc in data.items():
                if isinstance(fc, Raster):
                    with open(os.path.join(d, fname), "wb") as out:
                        out.write(fc.data)
                    stem = os.path.splitext(fname)[0]
                    for suffix, text in fc.sides.items():
                        with open(os.path.join(d, stem + "." + suffix), "w", encoding="utf-8") as out:
                            out.write(text)
                    continue
                with open(os.path.join(d, fname), "w", encoding="utf-8") as out:
                    json.dump(fc, out, ensure_ascii=False, separators=(",", ":"))
                    out.write("\n")
        if sty is not None:
            c["style"] = "style.json"
            with open(os.path.join(d, "style.json"), "w", encoding="utf-8") as out:
                json.dump(sty, out, ensure_ascii=False, indent=1)
                out.write("\n")
        c.setdefault("size", [320, 240])
        c.update(spec)
        with open(os.path.join(d, "case.json"), "w", encoding="utf-8") as out:
            json.dump(c, out, ensure_ascii=False, indent=1)
            out.write("\n")
    known = set(CASES)
    for entry in os.listdir(HERE):
        p = os.path.join(HERE, entry)
        if os.path.isdir(p) and entry not in known and os.path.exists(os.path.join(p, "case.json")):
            print("removing a case no longer listed:", entry)
            shutil.rmtree(p)
    print(f"{len(CASES)} cases in {HERE}")


if __name__ == "__main__":
    sys.exit(main())
