#!/usr/bin/env python3
"""Builds the hostile-input corpus: every case a folder of inputs and a command line, listed in
manifest.json for run_corpus.py.

    python3 tests/corpus/make_corpus.py OUT_DIR [--root SOURCE_ROOT]

Deterministic (no randomness but a seeded one), standard library and ogr2ogr (gdal-bin) only.
Cases come from the third-party fixtures in thirdparty/ (see SOURCES.md) and from generators below:
truncations at many offsets, byte-order marks and wide encodings, NaN/Infinity/1e308, deep nesting,
degenerate rings, bowties, null geometries, unknown crs members, 3D/4D, many and long properties,
broken shapefiles and GeoPackages, bad plan texts, styles, projects and checklists, files that are not
files (FIFOs, devices, directories, link loops), outputs aimed at inputs, and hostile command lines.
"""
import json
import os
import random
import shutil
import stat
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


class Corpus:
    def __init__(self, out):
        self.out = out
        self.cases = []
        self.ids = set()

    def case(self, cid, kind, args, expect="any", stderr_has=(), names=(), files=None, timeout=40, setup=None,
             env=None, as_nobody=False):
        """files: {relative name: bytes or str}; setup: a function of the case dir for what files cannot say."""
        assert cid not in self.ids, cid
        self.ids.add(cid)
        d = os.path.join(self.out, "cases", cid)
        os.makedirs(d, exist_ok=True)
        for name, data in (files or {}).items():
            p = os.path.join(d, name)
            os.makedirs(os.path.dirname(p), exist_ok=True)
            with open(p, "wb") as f:
                f.write(data.encode("utf-8") if isinstance(data, str) else data)
        if setup:
            setup(d)
        self.cases.append({"id": cid, "kind": kind, "args": args, "expect": expect, "stderr_has": list(stderr_has),
                           "names": list(names), "timeout": timeout, "env": env or {}, "as_nobody": as_nobody})


def fc(features):
    return '{"type":"FeatureCollection","features":[' + ",".join(features) + "]}"


def feat(geometry, props='{"name":"x"}'):
    return '{"type":"Feature","properties":' + props + ',"geometry":' + geometry + "}"


SQUARE = "[[113.3,23.1],[113.4,23.1],[113.4,23.2],[113.3,23.2],[113.3,23.1]]"


def render(name, *extra):
    return ["render", "--out", "{out}/map.png", "--size", "320x240", *extra, "{case}/" + name]


def ogr2ogr(dst, src, driver, *extra):
    subprocess.run(["ogr2ogr", "-q", "-skipfailures", "-f", driver, dst, src, *extra], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def third_party(c):
    tp = os.path.join(HERE, "thirdparty")
    for source in sorted(os.listdir(tp)):
        base = os.path.join(tp, source)
        for dirpath, _, names in os.walk(base):
            for n in sorted(names):
                if n.startswith("LICENSE"):
                    continue
                path = os.path.join(dirpath, n)
                rel = os.path.relpath(path, base).replace("/", "-")
                stem, ext = os.path.splitext(n)
                if ext in (".json", ".geojson"):
                    c.case("thirdparty-%s-%s" % (source, rel), "third-party fixture",
                           render(n), files={n: open(path, "rb").read()}, names=[n])
                elif ext == ".shp" or (ext == ".dbf" and not os.path.exists(os.path.join(dirpath, stem + ".shp"))):
                    # A shapefile is its companions too: copy them all.
                    files = {}
                    for other in names:
                        if os.path.splitext(other)[0] == stem:
                            files[other] = open(os.path.join(dirpath, other), "rb").read()
                    c.case("thirdparty-%s-%s" % (source, rel), "third-party fixture", render(n), files=files, names=[n])


def truncations(c, root):
    src = open(os.path.join(root, "geodata", "structure_zones.geojson"), "rb").read()
    n = len(src)
    for k, off in enumerate(sorted({1, 2, 5, 17, 64, 100, 333, 1000} | {n * i // 24 for i in range(1, 24)} | {n - 3, n - 2, n - 1})):
        c.case("truncated-geojson-at-%d" % off, "truncation", render("zones.geojson"), expect="fail" if src[off:].strip() else "ok",
               files={"zones.geojson": src[:off]}, names=["zones.geojson"])
    # A shapefile and a GeoPackage of the same layer, each of their files cut at several places.
    tmp = os.path.join(c.out, "tmp")
    os.makedirs(tmp, exist_ok=True)
    shp = os.path.join(tmp, "zones.shp")
    ogr2ogr(shp, os.path.join(root, "geodata", "structure_zones.geojson"), "ESRI Shapefile", "-lco", "ENCODING=UTF-8")
    parts = {e: open(os.path.join(tmp, "zones." + e), "rb").read() for e in ("shp", "shx", "dbf", "prj", "cpg")}
    for e in ("shp", "shx", "dbf"):
        size = len(parts[e])
        for off in sorted({0, 10, 31, 99, 100, size // 3, size // 2, size - 9, size - 1}):
            if off < 0 or off >= size:
                continue
            files = {"zones." + k: (v[:off] if k == e else v) for k, v in parts.items()}
            c.case("truncated-shapefile-%s-at-%d" % (e, off), "truncation", render("zones.shp"), files=files,
                   names=["zones"])
    gpkg = os.path.join(tmp, "zones.gpkg")
    ogr2ogr(gpkg, os.path.join(root, "geodata", "structure_zones.geojson"), "GPKG")
    g = open(gpkg, "rb").read()
    for off in sorted({0, 15, 99, 100, 1024, 4096, len(g) // 4, len(g) // 2, len(g) * 3 // 4, len(g) - 1}):
        c.case("truncated-gpkg-at-%d" % off, "truncation", render("zones.gpkg"), expect="fail" if off < 100 else "any",
               files={"zones.gpkg": g[:off]}, names=["zones.gpkg"])
    return parts, g


def encodings(c, root, shp_parts):
    text = fc([feat('{"type":"Polygon","coordinates":[' + SQUARE + "]}", '{"name":"天河公园"}')])
    c.case("bom-utf8", "encoding", render("bom.geojson"), expect="ok", files={"bom.geojson": b"\xef\xbb\xbf" + text.encode()})
    for enc, bom in (("utf-16-le", b"\xff\xfe"), ("utf-16-be", b"\xfe\xff"), ("utf-32-le", b"\xff\xfe\x00\x00"),
                     ("utf-32-be", b"\x00\x00\xfe\xff")):
        c.case("wide-%s-bom" % enc, "encoding", render("w.geojson"), expect="ok", stderr_has=["UTF-"],
               files={"w.geojson": bom + text.encode(enc)}, names=["w.geojson"])
        c.case("wide-%s-nobom" % enc, "encoding", render("w.geojson"), expect="ok", stderr_has=["UTF-"],
               files={"w.geojson": text.encode(enc)}, names=["w.geojson"])
    c.case("wide-utf16-odd-length", "encoding", render("w.geojson"), stderr_has=["UTF-16LE"],
           files={"w.geojson": b"\xff\xfe" + text.encode("utf-16-le") + b"\x00"}, names=["w.geojson"])
    c.case("gbk-properties", "encoding", render("gbk.geojson"), expect="ok", stderr_has=["GB18030"],
           files={"gbk.geojson": text.encode("gbk")})
    c.case("invalid-utf8-bytes", "encoding", render("bad.geojson"),
           files={"bad.geojson": text.encode().replace("天河".encode(), b"\xff\xfe\xfd")}, names=["bad.geojson"])
    c.case("utf8-bom-then-array", "encoding", render("b.geojson"), expect="fail", stderr_has=["JSON array"],
           files={"b.geojson": b"\xef\xbb\xbf[]"}, names=["b.geojson"])
    # Shapefile text: a bogus, an empty and a Latin-1 .cpg; no .cpg with GBK attributes.
    tmp = os.path.join(c.out, "tmp")
    ogr2ogr(os.path.join(tmp, "gbk.shp"), os.path.join(root, "geodata", "structure_zones.geojson"), "ESRI Shapefile",
            "-lco", "ENCODING=CP936")
    gbk = {"gbk." + e: open(os.path.join(tmp, "gbk." + e), "rb").read() for e in ("shp", "shx", "dbf", "prj")}
    c.case("shapefile-gbk-without-cpg", "encoding", render("gbk.shp"), expect="ok", files=gbk)
    c.case("shapefile-gbk-chosen", "encoding", render("gbk.shp"), expect="ok", files=gbk)
    for name, cpg, has in (("bogus", b"KLINGON-8\n", "unknown"), ("empty", b"", "empty"), ("binary", b"\x00\xff\x01", "unknown"),
                           ("latin1", b"ISO-8859-1\n", ""), ("numeric-936", b"936", "")):
        files = {"zones." + k: v for k, v in shp_parts.items() if k != "cpg"}
        files["zones.cpg"] = cpg
        c.case("shapefile-cpg-%s" % name, "encoding", render("zones.shp"), expect="ok",
               stderr_has=[has] if has else [], files=files, names=["zones.cpg"] if has else [])


def numbers_and_geometry(c):
    g = lambda geom: fc([feat(geom)])
    cases = {
        "nan": ('{"type":"Point","coordinates":[NaN,23.1]}', "fail", ["NaN"]),
        "infinity": ('{"type":"Point","coordinates":[Infinity,23.1]}', "fail", ["Infinity"]),
        "minus-infinity": ('{"type":"Point","coordinates":[-Infinity,23.1]}', "fail", ["-Infinity"]),
        "1e308": ('{"type":"Point","coordinates":[1e308,1e308]}', "any", []),
        "1e309-overflow": ('{"type":"Point","coordinates":[1e309,23.1]}', "any", []),
        "minus-zero": ('{"type":"Point","coordinates":[-0.0,-0.0]}', "ok", []),
        "huge-exponent": ('{"type":"Point","coordinates":[1e99999999999,1]}', "any", []),
        "leading-zero": ('{"type":"Point","coordinates":[0113.3,23.1]}', "fail", ["expected"]),
        "hex-number": ('{"type":"Point","coordinates":[0x71,23.1]}', "fail", ["expected"]),
        "ring-1-point": ('{"type":"Polygon","coordinates":[[[113.3,23.1]]]}', "fail", []),
        "ring-2-points": ('{"type":"Polygon","coordinates":[[[113.3,23.1],[113.4,23.1]]]}', "fail", []),
        "ring-3-points": ('{"type":"Polygon","coordinates":[[[113.3,23.1],[113.4,23.1],[113.3,23.1]]]}', "fail", ["fewer than three"]),
        "ring-repeated-point": ('{"type":"Polygon","coordinates":[[[113.3,23.1],[113.3,23.1],[113.3,23.1],[113.3,23.1]]]}', "fail", ["zero area"]),
        "ring-collinear": ('{"type":"Polygon","coordinates":[[[113.3,23.1],[113.4,23.1],[113.5,23.1],[113.3,23.1]]]}', "fail", ["zero area"]),
        "bowtie": ('{"type":"Polygon","coordinates":[[[113.3,23.1],[113.4,23.2],[113.4,23.1],[113.3,23.2],[113.3,23.1]]]}', "ok", ["Self-intersection"]),
        "spike": ('{"type":"Polygon","coordinates":[[[113.3,23.1],[113.4,23.1],[113.5,23.1],[113.4,23.1],[113.4,23.2],[113.3,23.2],[113.3,23.1]]]}', "ok", ["repaired"]),
        "hole-equal-shell": ('{"type":"Polygon","coordinates":[' + SQUARE + "," + SQUARE + "]}", "fail", ["holes cover it all"]),
        "hole-outside-shell": ('{"type":"Polygon","coordinates":[' + SQUARE + ',[[113.5,23.1],[113.6,23.1],[113.6,23.2],[113.5,23.2],[113.5,23.1]]]}', "ok", ["Hole lies outside shell"]),
        "overlapping-multipolygon": ('{"type":"MultiPolygon","coordinates":[[' + SQUARE + '],[[[113.35,23.15],[113.45,23.15],[113.45,23.25],[113.35,23.25],[113.35,23.15]]]]}', "ok", ["overlap"]),
        "unclosed-ring": ('{"type":"Polygon","coordinates":[[[113.3,23.1],[113.4,23.1],[113.4,23.2],[113.3,23.2]]]}', "ok", ["closed"]),
        "null-geometry": ("null", "fail", []),
        "empty-geometrycollection": ('{"type":"GeometryCollection","geometries":[]}', "fail", []),
        "empty-coordinates": ('{"type":"Polygon","coordinates":[]}', "fail", []),
        "point-3d": ('{"type":"Point","coordinates":[113.3,23.1,15.5]}', "ok", []),
        "point-4d": ('{"type":"Point","coordinates":[113.3,23.1,15.5,7]}', "ok", []),
        "point-1d": ('{"type":"Point","coordinates":[113.3]}', "fail", []),
        "point-string-coords": ('{"type":"Point","coordinates":["113.3","23.1"]}', "any", []),
        "line-1-point": ('{"type":"LineString","coordinates":[[113.3,23.1]]}', "fail", []),
        "polygon-4d": ('{"type":"Polygon","coordinates":[[[113.3,23.1,1,2],[113.4,23.1,1,2],[113.4,23.2,1,2],[113.3,23.1,1,2]]]}', "ok", []),
        "unknown-geometry-type": ('{"type":"Circle","coordinates":[113.3,23.1],"radius":5}', "fail", []),
        "geometry-is-array": ("[1,2,3]", "fail", []),
        "nested-geometrycollection": ('{"type":"GeometryCollection","geometries":[{"type":"GeometryCollection","geometries":[{"type":"Point","coordinates":[113.3,23.1]}]}]}', "ok", []),
        "lon-out-of-range": ('{"type":"Point","coordinates":[500,23.1]}', "any", []),
        "huge-ring-collinear-10k": ('{"type":"Polygon","coordinates":[[' + ",".join("[%.6f,23.1]" % (113 + i * 1e-5) for i in range(10000)) + ",[113,23.1]]]}", "fail", ["zero area"]),
    }
    for name, (geom, expect, has) in cases.items():
        c.case("geometry-" + name, "numbers and geometry", render("g.geojson"), expect=expect, stderr_has=has,
               files={"g.geojson": g(geom)}, names=["g.geojson"])
    for name, crs, expect in (("unknown-epsg", '{"type":"name","properties":{"name":"EPSG:999999"}}', "any"),
                              ("garbage-name", '{"type":"name","properties":{"name":"foo"}}', "any"),
                              ("not-an-object", '"EPSG:4326"', "any"),
                              ("linked", '{"type":"link","properties":{"href":"http://example.com/crs","type":"proj4"}}', "any"),
                              ("projected-3857", '{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::3857"}}', "ok")):
        coords = "[12614000,2650000]" if "3857" in name else "[113.3,23.1]"
        text = '{"type":"FeatureCollection","crs":' + crs + ',"features":[' + feat('{"type":"Point","coordinates":' + coords + "}") + "]}"
        c.case("crs-member-" + name, "numbers and geometry", render("c.geojson"), expect=expect, files={"c.geojson": text},
               names=["c.geojson"])


def nesting_and_size(c):
    for depth in (129, 1000, 100000):
        c.case("nesting-arrays-%d" % depth, "nesting", render("deep.geojson"), expect="fail", stderr_has=["nested deeper"],
               files={"deep.geojson": '{"type":"Point","coordinates":' + "[" * depth + "]" * depth + "}"}, names=["deep.geojson"])
        c.case("nesting-objects-%d" % depth, "nesting", render("deep.geojson"), expect="fail", stderr_has=["nested deeper"],
               files={"deep.geojson": '{"type":"Feature","geometry":null,"properties":' + '{"a":' * depth + "1" + "}" * depth + "}"},
               names=["deep.geojson"])
    c.case("nesting-unclosed-100k", "nesting", render("deep.geojson"), expect="fail",
           files={"deep.geojson": '{"type":"Point","coordinates":' + "[" * 100000}, names=["deep.geojson"])
    props = ",".join('"p%d":%d' % (i, i) for i in range(100000))
    c.case("properties-100k-one-feature", "many properties", render("p.geojson"), expect="fail", stderr_has=["distinct property names"],
           files={"p.geojson": fc([feat('{"type":"Point","coordinates":[113.3,23.1]}', "{" + props + "}")])}, names=["p.geojson"],
           timeout=20)
    many = [feat('{"type":"Point","coordinates":[113.3,23.1]}', '{"k%d":1}' % i) for i in range(3000)]
    c.case("properties-3000-names-over-features", "many properties", render("p.geojson"), expect="fail",
           stderr_has=["distinct property names"], files={"p.geojson": fc(many)}, names=["p.geojson"], timeout=20)
    c.case("properties-2000-names-ok", "many properties", render("p.geojson"), expect="ok",
           files={"p.geojson": fc([feat('{"type":"Point","coordinates":[113.3,23.1]}', "{" + ",".join('"p%d":%d' % (i, i) for i in range(2000)) + "}")])},
           timeout=30)
    c.case("property-value-8mb", "long strings", render("s.geojson"), expect="ok",
           files={"s.geojson": fc([feat('{"type":"Point","coordinates":[113.3,23.1]}', '{"name":"' + "天" * ((8 << 20) // 3) + '"}')])},
           timeout=30)
    c.case("property-key-1mb", "long strings", render("s.geojson"),
           files={"s.geojson": fc([feat('{"type":"Point","coordinates":[113.3,23.1]}', '{"' + "k" * (1 << 20) + '":1}')])},
           timeout=30)
    c.case("properties-duplicate-keys", "many properties", render("d.geojson"), expect="ok",
           files={"d.geojson": fc([feat('{"type":"Point","coordinates":[113.3,23.1]}', '{"name":"a","name":"b"}')])})
    c.case("coordinates-500k-vertex-ring", "huge coordinates", render("r.geojson"), expect="ok",
           files={"r.geojson": fc([feat('{"type":"Polygon","coordinates":[[' + ",".join(
               "[%.7f,%.7f]" % (113.35 + 0.05 * __import__("math").cos(6.283185307 * i / 500000),
                                23.15 + 0.05 * __import__("math").sin(6.283185307 * i / 500000)) for i in range(500000)) + ",[113.4,23.15]]]}")])},
           timeout=60)
    c.case("control-character-in-string", "long strings", render("s.geojson"), expect="fail", stderr_has=["control character"],
           files={"s.geojson": fc([feat('{"type":"Point","coordinates":[113.3,23.1]}', '{"name":"a\x01b"}')])}, names=["s.geojson"])


def not_geojson(c):
    for name, data, has in (("empty-object", "{}", 'without a "type"'), ("empty-array", "[]", "JSON array"),
                            ("number", "42", "JSON number"), ("string", '"hello"', "JSON string"), ("true", "true", "true"),
                            ("null", "null", "null"), ("blank", "   \n\t ", "white space"), ("zero-bytes", "", "empty"),
                            ("unknown-type", '{"type":"Banana"}', '"Banana"'), ("trailing-garbage", fc([]) + " xyz", "more data"),
                            ("trailing-comma", '{"type":"FeatureCollection","features":[],}', "expected"),
                            ("single-quotes", "{'type':'FeatureCollection'}", "expected"),
                            ("comment", '{"type":"FeatureCollection", /* c */ "features":[]}', "expected"),
                            ("png-named-geojson", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "nor JSON"),
                            ("zip-named-geojson", b"PK\x03\x04\x14\x00\x00\x00", "nor JSON"),
                            ("nul-bytes", b"\x00" * 64, ""), ("random-bytes", random.Random(42).randbytes(4096), "")):
        c.case("not-geojson-" + name, "not GeoJSON", render("x.geojson"), expect="fail", stderr_has=[has] if has else [],
               files={"x.geojson": data}, names=["x.geojson"])
    seq = "\n".join(feat('{"type":"Point","coordinates":[113.3%d,23.1]}' % i) for i in range(5)) + "\n"
    c.case("geojson-sequence", "not GeoJSON", render("s.geojsons"), expect="ok", files={"s.geojsons": seq})
    c.case("geojson-sequence-broken-line", "not GeoJSON", render("s.geojsons"), files={"s.geojsons": seq + '{"type":"Feat\n'},
           names=["s.geojsons"])
    c.case("not-a-file-fifo", "not a file", render("pipe.geojson"), expect="fail", stderr_has=["named pipe (FIFO)"],
           setup=lambda d: os.mkfifo(os.path.join(d, "pipe.geojson")), names=["pipe.geojson"], timeout=10)
    c.case("not-a-file-dev-zero", "not a file", ["render", "--out", "{out}/map.png", "/dev/zero"], expect="fail",
           stderr_has=["a device"], names=["/dev/zero"], timeout=10)
    c.case("not-a-file-dev-null", "not a file", ["render", "--out", "{out}/map.png", "/dev/null"], expect="fail",
           stderr_has=["a device"], names=["/dev/null"], timeout=10)
    c.case("not-a-file-directory", "not a file", render("dir"), expect="fail", stderr_has=["a directory"],
           setup=lambda d: os.mkdir(os.path.join(d, "dir")), names=["dir"])
    c.case("not-a-file-symlink-loop", "not a file", render("a.geojson"), expect="fail", stderr_has=["symbolic link loop"],
           setup=lambda d: (os.symlink("b.geojson", os.path.join(d, "a.geojson")), os.symlink("a.geojson", os.path.join(d, "b.geojson"))),
           names=["a.geojson"])
    c.case("not-a-file-dangling-symlink", "not a file", render("a.geojson"), expect="fail", stderr_has=["does not exist"],
           setup=lambda d: os.symlink("nowhere.geojson", os.path.join(d, "a.geojson")), names=["a.geojson"])
    sample = fc([feat('{"type":"Point","coordinates":[113.3,23.1]}')])
    c.case("not-a-file-permission-denied", "not a file", render("secret.geojson"), expect="fail", stderr_has=["permission denied"],
           files={"secret.geojson": sample}, setup=lambda d: os.chmod(os.path.join(d, "secret.geojson"), 0), names=["secret.geojson"],
           as_nobody=True)
    c.case("output-directory-not-writable", "output guard", ["render", "--out", "{case}/ro/map.png", "{case}/in.geojson"], expect="fail",
           stderr_has=["cannot create a file in"], files={"in.geojson": sample}, setup=lambda d: (os.mkdir(os.path.join(d, "ro")), os.chmod(os.path.join(d, "ro"), 0o555)),
           names=["ro"], as_nobody=True)
    c.case("not-a-file-missing", "not a file", render("missing.geojson"), expect="fail", stderr_has=["not found"],
           names=["missing.geojson"])
    c.case("not-a-file-fifo-check", "not a file", ["check", "{case}/pipe.geojson", "--out", "{out}/r.csv"], expect="fail",
           stderr_has=["named pipe"], setup=lambda d: os.mkfifo(os.path.join(d, "pipe.geojson")), names=["pipe.geojson"], timeout=10)
    c.case("not-a-file-fifo-validate", "not a file", ["validate", "{case}/pipe.geojson"], expect="fail",
           stderr_has=["named pipe"], setup=lambda d: os.mkfifo(os.path.join(d, "pipe.geojson")), names=["pipe.geojson"], timeout=10)
    c.case("not-a-file-fifo-export", "not a file", ["export", "--out", "{out}/m.pdf", "{case}/pipe.geojson"], expect="fail",
           stderr_has=["named pipe"], setup=lambda d: os.mkfifo(os.path.join(d, "pipe.geojson")), names=["pipe.geojson"], timeout=10)


def broken_shapefiles(c, parts):
    full = {"z." + k: v for k, v in parts.items()}
    def without(*exts):
        return {k: v for k, v in full.items() if k.split(".")[1] not in exts}
    c.case("shapefile-no-shx", "broken shapefile", render("z.shp"), expect="fail", stderr_has=["z.shx is missing"],
           files=without("shx"), names=["z.shx"])
    c.case("shapefile-no-dbf", "broken shapefile", render("z.shp"), expect="ok", stderr_has=["attribute table z.dbf is missing"],
           files=without("dbf"))
    c.case("shapefile-no-prj", "broken shapefile", render("z.shp"), expect="ok", stderr_has=["no CRS"], files=without("prj"))
    c.case("shapefile-only-dbf", "broken shapefile", render("z.dbf"), files={"z.dbf": parts["dbf"]}, names=["z.dbf"])
    bad_magic = bytearray(parts["shp"])
    bad_magic[0:4] = b"\x00\x00\x00\x00"
    c.case("shapefile-bad-magic", "broken shapefile", render("z.shp"), expect="fail", stderr_has=["not a shapefile"],
           files={**full, "z.shp": bytes(bad_magic)}, names=["z.shp"])
    dbf = bytearray(parts["dbf"])
    dbf[4:8] = (10 ** 6).to_bytes(4, "little")  # announces a million records
    c.case("shapefile-dbf-announces-more", "broken shapefile", render("z.shp"), expect="fail", stderr_has=["truncated at byte"],
           files={**full, "z.dbf": bytes(dbf)}, names=["z.dbf"])
    dbf2 = bytearray(parts["dbf"])
    dbf2[8:10] = (0).to_bytes(2, "little")
    c.case("shapefile-dbf-header-zero", "broken shapefile", render("z.shp"), expect="fail", stderr_has=["damaged"],
           files={**full, "z.dbf": bytes(dbf2)}, names=["z.dbf"])
    dbf3 = bytearray(parts["dbf"])
    dbf3[4:8] = (1).to_bytes(4, "little")
    c.case("shapefile-dbf-fewer-records", "broken shapefile", render("z.shp"), expect="ok", stderr_has=["records for"],
           files={**full, "z.dbf": bytes(dbf3)}, names=["z.dbf"])
    shp = bytearray(parts["shp"])
    shp[24:28] = (10 ** 8).to_bytes(4, "big")
    c.case("shapefile-shp-announces-more", "broken shapefile", render("z.shp"), stderr_has=["truncated at byte"],
           files={**full, "z.shp": bytes(shp)}, names=["z.shp"])
    rnd = random.Random(7)
    for k in range(6):
        noisy = bytearray(parts["shp"])
        for _ in range(40):
            noisy[rnd.randrange(100, len(noisy))] = rnd.randrange(256)
        c.case("shapefile-shp-noise-%d" % k, "broken shapefile", render("z.shp"), files={**full, "z.shp": bytes(noisy)}, names=["z.shp"])
    for k in range(4):
        noisy = bytearray(parts["dbf"])
        for _ in range(30):
            noisy[rnd.randrange(0, len(noisy))] = rnd.randrange(256)
        c.case("shapefile-dbf-noise-%d" % k, "broken shapefile", render("z.shp"), files={**full, "z.dbf": bytes(noisy)})
    c.case("shapefile-zero-byte-shp", "broken shapefile", render("z.shp"), expect="fail", stderr_has=["empty"],
           files={**full, "z.shp": b""}, names=["z.shp"])


def broken_geopackages(c, gpkg):
    tmp = os.path.join(c.out, "tmp")
    c.case("gpkg-not-sqlite", "broken GeoPackage", render("x.gpkg"), expect="fail", stderr_has=["not a GeoPackage"],
           files={"x.gpkg": b"this is not a database" * 10}, names=["x.gpkg"])
    sqlite_db = os.path.join(tmp, "plain.sqlite")
    if os.path.exists(sqlite_db):
        os.remove(sqlite_db)
    import sqlite3
    con = sqlite3.connect(sqlite_db)
    con.execute("create table t (a integer, b text)")
    con.execute("insert into t values (1, 'x')")
    con.commit()
    con.close()
    c.case("gpkg-plain-sqlite", "broken GeoPackage", render("x.gpkg"), expect="fail", files={"x.gpkg": open(sqlite_db, "rb").read()},
           names=["x.gpkg"])
    rnd = random.Random(11)
    for k in range(6):
        noisy = bytearray(gpkg)
        for _ in range(60):
            noisy[rnd.randrange(100, len(noisy))] = rnd.randrange(256)
        c.case("gpkg-noise-%d" % k, "broken GeoPackage", render("x.gpkg"), files={"x.gpkg": bytes(noisy)}, names=["x.gpkg"])
    big_header = bytearray(gpkg)
    big_header[28:32] = (10 ** 6).to_bytes(4, "big")
    c.case("gpkg-header-announces-more", "broken GeoPackage", render("x.gpkg"), expect="fail", stderr_has=["truncated at byte"],
           files={"x.gpkg": bytes(big_header)}, names=["x.gpkg"])


def plan_texts(c, root):
    src_path = os.path.join(root, "..", "shared", "plan", "tianhe-14th-fyp-outline.txt")
    if not os.path.exists(src_path):
        return
    src = open(src_path, "rb").read()
    imp = lambda name: ["plan", "import", "{case}/" + name, "--out", "{out}/plan.json"]
    c.case("plan-text-ok", "plan text", imp("p.txt"), expect="ok", files={"p.txt": src})
    for frac in (1, 5, 10, 25, 50, 75, 90, 99):
        off = len(src) * frac // 100
        while off < len(src) and (src[off] & 0xC0) == 0x80:
            off += 1  # a cut between characters (the plan importer refuses a cut inside one as not UTF-8)
        c.case("plan-text-truncated-%d-percent" % frac, "plan text", imp("p.txt"), expect="fail", files={"p.txt": src[:off]},
               names=["p.txt"])
    c.case("plan-text-cut-inside-a-character", "plan text", imp("p.txt"), expect="fail", files={"p.txt": src[:1001]}, names=["p.txt"])
    c.case("plan-text-utf16", "plan text", imp("p.txt"), expect="ok", files={"p.txt": b"\xff\xfe" + src.decode().encode("utf-16-le")})
    c.case("plan-text-gbk", "plan text", imp("p.txt"), expect="fail", files={"p.txt": src.decode().encode("gb18030")}, names=["p.txt"])
    c.case("plan-text-binary", "plan text", imp("p.txt"), expect="fail", stderr_has=["NUL byte"],
           files={"p.txt": random.Random(3).randbytes(5000)}, names=["p.txt"])
    c.case("plan-text-empty", "plan text", imp("p.txt"), expect="fail", stderr_has=["empty"], files={"p.txt": b""}, names=["p.txt"])
    c.case("plan-text-dev-zero", "plan text", ["plan", "import", "/dev/zero", "--out", "{out}/plan.json"], expect="fail",
           stderr_has=["a device"], names=["/dev/zero"], timeout=10)
    c.case("plan-text-fifo", "plan text", imp("p.txt"), expect="fail", stderr_has=["named pipe"],
           setup=lambda d: os.mkfifo(os.path.join(d, "p.txt")), names=["p.txt"], timeout=10)
    c.case("plan-text-chapters-doubled", "plan text", imp("p.txt"), expect="fail", files={"p.txt": src + src}, names=["p.txt"])
    lines = src.split(b"\n")
    c.case("plan-text-lines-shuffled", "plan text", imp("p.txt"), expect="fail",
           files={"p.txt": b"\n".join(random.Random(5).sample(lines, len(lines)))}, names=["p.txt"])
    c.case("plan-text-out-over-input", "output guard", ["plan", "import", "{case}/p.txt", "--out", "{case}/p.txt"], expect="fail",
           stderr_has=["never writes over its inputs"], files={"p.txt": src}, names=["p.txt"])
    c.case("plan-text-out-over-bundled", "output guard", ["plan", "import", "{case}/p.txt", "--out", "{root}/assets/plan/tianhe-14th-fyp.json"],
           expect="fail", stderr_has=["bundled data"], files={"p.txt": src}, names=["tianhe-14th-fyp.json"])
    c.case("plan-file-bad-json", "plan text", ["plan", "outline", "--plan", "{case}/plan.json"], expect="fail",
           files={"plan.json": '{"format":"planatlas-plan/1","chapters":[' * 50}, names=["plan.json"])
    c.case("plan-file-wrong-format", "plan text", ["plan", "outline", "--plan", "{case}/plan.json"], expect="fail",
           files={"plan.json": '{"format":"something-else"}'}, names=["plan.json"])


def styles(c):
    st = lambda name: ["render", "--out", "{out}/map.png", "--size", "200x150", "--style", "{case}/" + name]
    for name, data, has in (("not-json", "{ nope", "not valid JSON"), ("array", "[1,2,3]", "not a style"),
                            ("bad-colour", '{"background":"#zzzzzz"}', "bad background colour"),
                            ("bad-rule", '{"rules":[{"layer":"x","fill":"rgb(1,2)"}]}', "rule 1"),
                            ("bad-width", '{"default":{"stroke-width":"wide"}}', ""),
                            ("negative-width", '{"default":{"stroke-width":-5}}', ""),
                            ("huge-width", '{"default":{"stroke-width":1e308}}', ""),
                            ("nan-width", '{"default":{"stroke-width":NaN}}', "not valid JSON"),
                            ("bad-dash", '{"default":{"dash":[-1,0,"x"]}}', ""),
                            ("bad-label", '{"rules":[{"layer":"x","label":{"placement":"sideways"}}]}', "placement"),
                            ("deep", '{"rules":' + "[" * 5000 + "]" * 5000 + "}", ""),
                            ("utf16", "\ufeff{}".encode("utf-16-le"), ""), ("empty", "", "empty"),
                            ("binary", b"\x00\x01\x02\xff" * 100, "NUL byte")):
        c.case("style-" + name, "style file", st("s.json"), expect="ok", stderr_has=[has] if has else [], files={"s.json": data})
    c.case("style-fifo", "style file", st("s.json"), expect="ok", stderr_has=["named pipe"],
           setup=lambda d: os.mkfifo(os.path.join(d, "s.json")), timeout=10)
    c.case("style-missing", "style file", st("none.json"), expect="ok", stderr_has=["not found"])


def projects(c):
    ex = lambda name: ["export", "--out", "{out}/slide.png", "--dpi", "40", "--slide", "1", "--project", "{case}/" + name]
    good_slide = '{"caption":"a","extent":[113.3,23.1,113.4,23.2],"layers":[],"selection":[]}'
    for name, data, has in (("not-json", "{", "not valid JSON"), ("no-tours", '{"planatlas_project":1}', '"tours"'),
                            ("tours-not-list", '{"tours":5}', "not a list"), ("empty-tours", '{"tours":[]}', "no tour"),
                            ("slides-not-list", '{"tours":[{"slides":"x"}]}', "not a list"),
                            ("extent-missing", '{"tours":[{"slides":[{"caption":"a"}]}]}', "four numbers"),
                            ("extent-strings", '{"tours":[{"slides":[{"extent":["a","b","c","d"]}]}]}', "four numbers"),
                            ("extent-inverted", '{"tours":[{"slides":[{"extent":[113.4,23.2,113.3,23.1]}]}]}', "not a box"),
                            ("extent-out-of-range", '{"tours":[{"slides":[{"extent":[-500,23,500,24]}]}]}', "not a box"),
                            ("extent-huge", '{"tours":[{"slides":[{"extent":[1e308,1e308,1e308,1e308]}]}]}', "not a box"),
                            ("version-2", '{"planatlas_project":2,"tours":[]}', "version 2"),
                            ("layers-not-list", '{"tours":[{"slides":[{"extent":[113.3,23.1,113.4,23.2],"layers":7}]}]}', "not a list"),
                            ("array", "[]", "JSON object"), ("binary", b"\x00\xff" * 50, "NUL byte"), ("empty", "", "empty"),
                            ("zero-slides", '{"tours":[{"slides":[]}]}', "no slide 1"),
                            ("ok", '{"planatlas_project":1,"tours":[{"name":"t","slides":[' + good_slide + "]}]}", "")):
        c.case("project-" + name, "project file", ex("t.json"), expect="ok" if name == "ok" else "fail",
               stderr_has=[has] if has else [], files={"t.json": data}, names=["t.json"] if name not in ("ok", "zero-slides") else [])
    c.case("project-fifo", "project file", ex("t.json"), expect="fail", stderr_has=["named pipe"],
           setup=lambda d: os.mkfifo(os.path.join(d, "t.json")), names=["t.json"], timeout=10)


def checklists(c):
    v = lambda name: ["validate", "--checklist", "{case}/" + name]
    for name, data, has in (("binary", random.Random(9).randbytes(3000), ""),
                            ("no-tabs", "just some words\nmore words\n", "is not GROUP<TAB>NAME"),
                            ("empty", "", "empty"), ("comments-only", "# nothing\n# here\n", "names no element"),
                            ("gbk", "边界\t天河区\n".encode("gbk"), "not UTF-8"), ("too-many-columns", "a\tb\tc\td\n", "is not GROUP")):
        c.case("checklist-" + name, "checklist", v("c.tsv"), expect="fail", stderr_has=[has] if has else [], files={"c.tsv": data},
               names=["c.tsv"])
    c.case("checklist-dev-urandom", "checklist", ["validate", "--checklist", "/dev/urandom"], expect="fail",
           stderr_has=["a device"], names=["/dev/urandom"], timeout=10)


def output_guard(c, root):
    small = fc([feat('{"type":"Point","coordinates":[113.3,23.1]}')])
    for cmd, out in (("render", ["render", "--out"]), ("export", ["export", "--out"])):
        c.case("guard-%s-out-is-input" % cmd, "output guard", out + ["{case}/in.geojson", "{case}/in.geojson"], expect="fail",
               stderr_has=["never writes over its inputs"], files={"in.geojson": small}, names=["in.geojson"])
        c.case("guard-%s-out-is-input-named-png" % cmd, "output guard", out + ["{case}/x.png", "{case}/x.png"], expect="fail",
               stderr_has=["never writes over its inputs"], files={"x.png": small}, names=["x.png"])
        c.case("guard-%s-out-symlink-to-input" % cmd, "output guard", out + ["{case}/link.png", "{case}/in.geojson"], expect="fail",
               stderr_has=["symbolic link"], files={"in.geojson": small},
               setup=lambda d: os.symlink("in.geojson", os.path.join(d, "link.png")), names=["link.png"])
        c.case("guard-%s-out-hardlink-to-input" % cmd, "output guard", out + ["{case}/hard.png", "{case}/in.geojson"], expect="fail",
               stderr_has=["never writes over its inputs"], files={"in.geojson": small},
               setup=lambda d: os.link(os.path.join(d, "in.geojson"), os.path.join(d, "hard.png")), names=["hard.png"])
        c.case("guard-%s-out-dotdot-to-input" % cmd, "output guard", out + ["{case}/sub/../x.png", "{case}/x.png"], expect="fail",
               stderr_has=["never writes over its inputs"], files={"x.png": small}, setup=lambda d: os.mkdir(os.path.join(d, "sub")),
               names=["x.png"])
        c.case("guard-%s-out-bundled-layer" % cmd, "output guard", out + ["{root}/geodata/boundary_tianhe.geojson"], expect="fail",
               stderr_has=["bundled data"], names=["boundary_tianhe.geojson"])
        c.case("guard-%s-out-bundled-dir" % cmd, "output guard", out + ["{root}/assets/styles/new.png"], expect="fail",
               stderr_has=["bundled data"], names=["new.png"])
        c.case("guard-%s-out-dev-full" % cmd, "output guard", out + ["/dev/full"], expect="fail", stderr_has=["a device"],
               names=["/dev/full"])
        c.case("guard-%s-out-directory" % cmd, "output guard", out + ["{case}/d.png"], expect="fail", stderr_has=["a directory"],
               setup=lambda d: os.mkdir(os.path.join(d, "d.png")), names=["d.png"])
        c.case("guard-%s-out-fifo" % cmd, "output guard", out + ["{case}/f.png"], expect="fail", stderr_has=["named pipe"],
               setup=lambda d: os.mkfifo(os.path.join(d, "f.png")), names=["f.png"], timeout=10)
        c.case("guard-%s-out-no-directory" % cmd, "output guard", out + ["{out}/no/such/dir/m.png"], expect="fail",
               stderr_has=["does not exist"], names=["m.png"])
        c.case("guard-%s-out-wrong-extension" % cmd, "output guard", out + ["{out}/m.jpg"], expect="fail", stderr_has=["must end in"],
               names=["m.jpg"])
    c.case("guard-check-out-is-input", "output guard", ["check", "{case}/p.geojson", "--out", "{case}/p.geojson"], expect="fail",
           stderr_has=["never writes over its inputs"], files={"p.geojson": small}, names=["p.geojson"])
    c.case("guard-check-out-is-dbf-of-input", "output guard", ["check", "{case}/z.shp", "--out", "{case}/z.dbf"], expect="fail",
           files={}, setup=lambda d: ogr2ogr(os.path.join(d, "z.shp"), os.path.join(root, "geodata", "project_sites.geojson"), "ESRI Shapefile"),
           names=["z.dbf"])
    c.case("guard-screenshot-bundled", "output guard", ["--screenshot", "{root}/geodata/x.png"], expect="fail",
           stderr_has=["bundled data"], names=["x.png"])


def command_lines(c):
    sample = fc([feat('{"type":"Point","coordinates":[113.3,23.1]}')])
    cl = [
        ("bogus-command", ["bogus-command"], ["neither a command"]),
        ("plan-bogus", ["plan", "bogus"], ["unknown command"]),
        ("render-unknown-option", ["render", "--out", "{out}/m.png", "--bogus"], ["unknown option --bogus"]),
        ("render-missing-out", ["render"], ["--out"]),
        ("render-out-without-value", ["render", "--out"], ["needs a value"]),
        ("render-size-hex", ["render", "--out", "{out}/m.png", "--size", "0x10x0x10"], ["--size"]),
        ("render-size-zero", ["render", "--out", "{out}/m.png", "--size", "0x0"], ["--size"]),
        ("render-size-huge", ["render", "--out", "{out}/m.png", "--size", "99999x99999"], ["--size"]),
        ("render-size-negative", ["render", "--out", "{out}/m.png", "--size", "-5x-5"], ["--size"]),
        ("render-size-overflow", ["render", "--out", "{out}/m.png", "--size", "99999999999999999999x1"], ["--size"]),
        ("render-dpr-nan", ["render", "--out", "{out}/m.png", "--dpr", "nan"], ["--dpr"]),
        ("render-dpr-inf", ["render", "--out", "{out}/m.png", "--dpr", "inf"], ["--dpr"]),
        ("render-bbox-nan", ["render", "--out", "{out}/m.png", "--bbox", "nan,nan,nan,nan"], ["--bbox"]),
        ("render-bbox-three", ["render", "--out", "{out}/m.png", "--bbox", "1,2,3"], ["--bbox"]),
        ("render-bbox-inverted", ["render", "--out", "{out}/m.png", "--bbox", "113.5,23.3,113.2,23.0"], ["--bbox"]),
        ("render-bbox-out-of-range", ["render", "--out", "{out}/m.png", "--bbox", "-500,-100,500,100"], ["--bbox"]),
        ("render-crs-foo", ["render", "--out", "{out}/m.png", "--crs", "foo"], ["never guessed"]),
        ("render-crs-bare-number", ["render", "--out", "{out}/m.png", "--crs", "4326"], ["EPSG:4326"]),
        ("render-crs-unknown-code", ["render", "--out", "{out}/m.png", "--crs", "EPSG:999999"], ["EPSG:999999"]),
        ("render-crs-geocentric", ["render", "--out", "{out}/m.png", "--crs", "EPSG:4978"], ["2D"]),
        ("render-crs-huge", ["render", "--out", "{out}/m.png", "--crs", "+proj=" + "x" * 100000], ["--crs"]),
        ("render-crs-broken-wkt", ["render", "--out", "{out}/m.png", "--crs", "PROJCS[\"x\",GEOGCS["], ["--crs"]),
        ("render-lang-klingon", ["render", "--out", "{out}/m.png", "--lang", "tlh"], ["--lang"]),
        ("render-argument-100kb", ["render", "--out", "{out}/m.png", "{case}/" + "x" * 100000 + ".geojson"], ["the path is too long"]),
        ("render-name-too-long", ["render", "--out", "{out}/m.png", "{case}/" + "x" * 300 + ".geojson"], ["the path is too long"]),
        ("render-non-utf8-argument", ["render", "--out", "{out}/m.png", b"{case}/\xff\xfe.geojson"], ["not found"]),
        ("locate-lon-181", ["locate", "181", "23"], ["longitude 181"]),
        ("locate-lat-91", ["locate", "113", "91"], ["latitude 91"]),
        ("locate-swapped", ["locate", "23.13", "113.32"], ["swapped"]),
        ("locate-hex", ["locate", "0x71", "23"], ["not a decimal number"]),
        ("locate-inf", ["locate", "inf", "23"], ["not a decimal number"]),
        ("locate-1e400", ["locate", "1e400", "23"], ["not a decimal number"]),
        ("locate-1e308-3857", ["locate", "1e308", "1e308", "--crs", "EPSG:3857"], ["outside the range"]),
        ("locate-crs-foo", ["locate", "113.3", "23.1", "--crs", "foo"], ["never guessed"]),
        ("locate-crs-999999", ["locate", "113.3", "23.1", "--crs", "EPSG:999999"], ["no CRS EPSG:999999"]),
        ("locate-gk-outside-zone", ["locate", "-5000000", "2560000", "--crs", "EPSG:4547"], ["EPSG:4547"]),
        ("locate-one-number", ["locate", "113.3"], ["LON LAT"]),
        ("locate-three-numbers", ["locate", "113.3", "23.1", "5"], ["LON LAT"]),
        ("locate-within-negative", ["locate", "113.3", "23.1", "--within", "-5"], ["--within"]),
        ("locate-within-huge", ["locate", "113.3", "23.1", "--within", "1e12"], ["--within"]),
        ("locate-unknown-option", ["locate", "--bogus", "113.3", "23.1"], ["unknown option"]),
        ("export-dpi-zero", ["export", "--out", "{out}/m.png", "--dpi", "0"], ["--dpi"]),
        ("export-dpi-huge", ["export", "--out", "{out}/m.png", "--dpi", "1e308"], ["--dpi"]),
        ("export-page-bogus", ["export", "--out", "{out}/m.pdf", "--page", "B52"], ["--page"]),
        ("export-page-huge", ["export", "--out", "{out}/m.pdf", "--page", "1e9x1e9"], ["--page"]),
        ("export-slide-zero", ["export", "--out", "{out}/m.pdf", "--slide", "0"], ["--slide"]),
        ("export-slide-huge", ["export", "--out", "{out}/m.pdf", "--slide", "99999999999999999999"], ["--slide"]),
        ("export-slide-absent", ["export", "--out", "{out}/m.png", "--dpi", "40", "--slide", "99"], ["no slide 99"]),
        ("export-bbox-words", ["export", "--out", "{out}/m.pdf", "--bbox", "west,south,east,north"], ["--bbox"]),
        ("export-png-too-big", ["export", "--out", "{out}/m.png", "--page", "2000x2000", "--dpi", "1200"], ["megapixels"]),
        ("check-encoding-klingon", ["check", "{case}/p.geojson", "--out", "{out}/r.csv", "--encoding", "KLINGON"], ["KLINGON"]),
        ("check-two-inputs", ["check", "{case}/p.geojson", "{case}/p.geojson", "--out", "{out}/r.csv"], ["one projects file"]),
        ("check-source-bogus", ["check", "{case}/p.geojson", "--out", "{out}/r.csv", "--source", "WGS72"], ["--source"]),
        ("check-report-txt", ["check", "{case}/p.geojson", "--out", "{out}/r.txt"], ["must end in .csv or .gpkg"]),
        ("plan-targets-chapter-abc", ["plan", "targets", "--chapter", "abc"], ["--chapter"]),
        ("plan-targets-chapter-99", ["plan", "targets", "--chapter", "99"], ["no chapter 99"]),
        ("plan-targets-chapter-negative", ["plan", "targets", "--chapter", "-1"], ["--chapter"]),
        ("plan-search-limit-hex", ["plan", "search", "猎德", "--limit", "0x10"], ["--limit"]),
        ("plan-show-unknown-id", ["plan", "show", "ch99.s99"], ["no clause"]),
        ("plan-import-no-out", ["plan", "import", "{case}/p.geojson"], ["--out"]),
        ("validate-unknown-option", ["validate", "--bogus"], ["unknown option"]),
        ("validate-checklist-missing", ["validate", "--checklist", "{case}/none.tsv"], ["not found"]),
        ("describe-unknown", ["describe", "no-such-feature-anywhere"], ["no-such-feature-anywhere"]),
        ("viewer-window-size-hex", ["--window-size", "0x400x0x300"], ["--window-size"]),
        ("viewer-present-zero", ["--present", "0"], ["--present"]),
        ("viewer-encoding-klingon", ["--encoding", "KLINGON"], ["KLINGON"]),
        ("viewer-lang-xx", ["--lang", "xx"], ["--lang"]),
        ("viewer-unknown-option", ["--bogus"], ["unknown option"]),
        ("viewer-source-bogus", ["--source", "WGS72"], ["--source"]),
    ]
    for name, args, has in cl:
        c.case("cli-" + name, "command line", args, expect="fail", stderr_has=has if len(has) == 1 else [], files={"p.geojson": sample},
               names=has if len(has) > 1 else [], timeout=30)


def tiny_png():
    """A 2 x 2 grey PNG, written with the standard library."""
    import struct
    import zlib
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xffffffff)
    raw = b"\0\x80\x80\0\x80\x80"
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 2, 2, 8, 0, 0, 0, 0)) +
            chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def rasters(c):
    """Rasters and basemaps: truncated and damaged TIFFs, no georeference, absurd headers, hostile templates."""
    tmp = os.path.join(c.out, "tmp")
    os.makedirs(tmp, exist_ok=True)
    asc = os.path.join(tmp, "dem.asc")
    with open(asc, "w") as f:
        f.write("ncols 40\nnrows 30\nxllcorner 113.3\nyllcorner 23.1\ncellsize 0.001\nNODATA_value -9999\n")
        for r in range(30):
            f.write(" ".join(str((r * 7 + k * 3) % 50) for k in range(40)) + "\n")
    tif = os.path.join(tmp, "dem.tif")
    subprocess.run(["gdal_translate", "-q", "-a_srs", "EPSG:4326", "-co", "TILED=YES", "-co", "BLOCKXSIZE=16",
                    "-co", "BLOCKYSIZE=16", asc, tif], check=True)
    good = open(tif, "rb").read()
    c.case("raster-good", "raster", render("dem.tif"), expect="ok", files={"dem.tif": good})
    for off in sorted({0, 8, 100, len(good) // 3, len(good) // 2, len(good) - 200, len(good) - 1}):
        c.case("raster-truncated-at-%d" % off, "raster", render("dem.tif"), expect="fail" if off < len(good) - 1 else "any",
               files={"dem.tif": good[:off]}, names=["dem.tif"])
    flipped = bytearray(good)
    for i in range(400, min(len(flipped), 2400), 7):
        flipped[i] ^= 0x5A
    c.case("raster-bytes-flipped", "raster", render("dem.tif"), files={"dem.tif": bytes(flipped)}, names=["dem.tif"])
    c.case("raster-random-bytes", "raster", render("noise.tif"), expect="fail", names=["noise.tif"],
           files={"noise.tif": bytes(random.getrandbits(8) for _ in range(5000))})
    c.case("raster-png-no-georeference", "raster", render("scan.png"), expect="fail", stderr_has=["georeference"],
           files={"scan.png": tiny_png()}, names=["scan.png"])
    c.case("raster-world-file-no-crs", "raster", render("scan.png"), expect="fail", stderr_has=["no CRS"],
           files={"scan.png": tiny_png(), "scan.pgw": "0.001\n0\n0\n-0.001\n113.3\n23.2\n"},
           names=["scan.png"])
    c.case("raster-vrt-missing-source", "raster", render("a.vrt"), expect="fail", names=["a.vrt"],
           files={"a.vrt": '<VRTDataset rasterXSize="10" rasterYSize="10"><GeoTransform>113.3,0.001,0,23.2,0,-0.001'
                           '</GeoTransform><SRS>EPSG:4326</SRS><VRTRasterBand dataType="Byte" band="1"><SimpleSource>'
                           '<SourceFilename relativeToVRT="1">missing.tif</SourceFilename><SourceBand>1</SourceBand>'
                           '</SimpleSource></VRTRasterBand></VRTDataset>'})
    c.case("raster-vrt-web-source", "raster", render("w.vrt"), names=["w.vrt"], timeout=30,
           files={"w.vrt": '<VRTDataset rasterXSize="10" rasterYSize="10"><GeoTransform>113.3,0.001,0,23.2,0,-0.001'
                           '</GeoTransform><SRS>EPSG:4326</SRS><VRTRasterBand dataType="Byte" band="1"><SimpleSource>'
                           '<SourceFilename>/vsicurl/http://192.0.2.1/x.tif</SourceFilename><SourceBand>1</SourceBand>'
                           '</SimpleSource></VRTRasterBand></VRTDataset>'})
    c.case("raster-vrt-huge", "raster", render("h.vrt"), expect="fail", names=["h.vrt"],
           files={"h.vrt": '<VRTDataset rasterXSize="2000000000" rasterYSize="2000000000"><GeoTransform>113.3,1e-9,0,23.2,0,-1e-9'
                           '</GeoTransform><SRS>EPSG:4326</SRS><VRTRasterBand dataType="Byte" band="1"/></VRTDataset>'})
    c.case("raster-empty-mbtiles", "raster", render("t.mbtiles"), expect="fail", names=["t.mbtiles"], files={"t.mbtiles": ""})
    for name, template, has in [("no-z", "https://t.example/{x}/{y}.png", "{z}"),
                                ("no-xy", "https://t.example/{z}/tile.png", "{x}"),
                                ("ftp", "ftp://t.example/{z}/{x}/{y}.png", "http"),
                                ("unknown-option", "https://t.example/{z}/{x}/{y}.png,gcj2", "unknown option"),
                                ("bad-maxzoom", "https://t.example/{z}/{x}/{y}.png,maxzoom=99", "maxzoom"),
                                ("needs-key", "https://t.example/{z}/{x}/{y}.png?tk={key}", "key"),
                                ("preset-needs-key", "tianditu-img", "key"),
                                ("unknown-preset", "googlemaps", "preset"),
                                ("closed-port", "http://127.0.0.1:9/{z}/{x}/{y}.png,timeout=2", "127.0.0.1:9")]:
        c.case("basemap-" + name, "basemap", render("p.geojson", "--basemap", template),
               expect="any" if name == "closed-port" else "fail", stderr_has=[has],
               files={"p.geojson": fc([feat('{"type":"Polygon","coordinates":[' + SQUARE + ']}')])}, timeout=30)


def main():
    out = os.path.abspath(sys.argv[1])
    root = os.path.abspath(sys.argv[sys.argv.index("--root") + 1]) if "--root" in sys.argv else os.path.dirname(os.path.dirname(HERE))
    if os.path.exists(out):
        # Earlier cases may hold read-only files and FIFOs: make them removable first.
        for dirpath, dirs, files in os.walk(out):
            for n in dirs + files:
                p = os.path.join(dirpath, n)
                if not os.path.islink(p):
                    os.chmod(p, 0o700)
        shutil.rmtree(out)
    os.makedirs(out)
    c = Corpus(out)
    random.seed(42)
    third_party(c)
    parts, gpkg = truncations(c, root)
    encodings(c, root, parts)
    numbers_and_geometry(c)
    nesting_and_size(c)
    not_geojson(c)
    broken_shapefiles(c, parts)
    broken_geopackages(c, gpkg)
    plan_texts(c, root)
    styles(c)
    projects(c)
    checklists(c)
    output_guard(c, root)
    command_lines(c)
    rasters(c)
    shutil.rmtree(os.path.join(out, "tmp"), ignore_errors=True)
    # Arguments that are not text (a file name in bytes that are not UTF-8) travel as latin-1 in JSON.
    for case in c.cases:
        case["args"] = [a.decode("latin-1") if isinstance(a, bytes) else a for a in case["args"]]
        case["bytes_args"] = any("\ufffd" in a or any(ord(ch) > 0x7F and ord(ch) < 0x100 for ch in a) for a in case["args"])
    with open(os.path.join(out, "manifest.json"), "w") as f:
        json.dump({"root": root, "cases": c.cases}, f, ensure_ascii=False, indent=1)
    kinds = {}
    for case in c.cases:
        kinds[case["kind"]] = kinds.get(case["kind"], 0) + 1
    print("%d cases in %s" % (len(c.cases), out))
    for k, n in sorted(kinds.items()):
        print("  %-24s %d" % (k, n))


if __name__ == "__main__":
    main()
