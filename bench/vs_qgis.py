#!/usr/bin/python3
"""PlanAtlas against QGIS on the same seed-42 files, in the same run: whole processes, 1920x1080, full extent.

    /usr/bin/python3 bench/vs_qgis.py [--sizes 100000 1000000] [--formats geojson gpkg shp fgb]
                                      [--repeats 3] [--json build/bench-data/vs_qgis.json]

For each file: `planatlas render --out X.png --size 1920x1080 FILE` and `../shared/bench/qgis_render.py FILE
Y.png 1920 1080`, alternating, each under /usr/bin/time (wall clock of the whole process, peak RSS); the
medians, their ratio and PlanAtlas's phases (PLANATLAS_TIMINGS) are printed as a Markdown table and
written, with every single run, to the JSON. The picture is checked too: each PlanAtlas picture is
compared pixel by pixel with the one GDAL's own GeoJSON reader and the OpenGL backend give
(PLANATLAS_GEOJSON_READER=gdal --backend gl: the picture before either was made faster), so a faster reader,
format or backend cannot change what is drawn unseen (needs python3-pil and python3-numpy).

Needs a build in build/ and, for the peer, Debian's qgis and python3-qgis (not needed for CI).
Data: ../shared/bench/make_synthetic.py N 42 (GeoJSON), converted with ogr2ogr to the other formats.
"""
import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.environ.get("PLANATLAS_SHARED", os.path.join(ROOT, "..", "shared"))
DATA = os.path.join(ROOT, "build", "bench-data")
EXE = os.path.join(ROOT, "build", "src", "planatlas")
QGIS = os.path.join(SHARED, "bench", "qgis_render.py")
EXT = {"geojson": "geojson", "gpkg": "gpkg", "shp": "shp", "fgb": "fgb"}
DRIVER = {"gpkg": "GPKG", "shp": "ESRI Shapefile", "fgb": "FlatGeobuf"}
LABEL = {"geojson": "GeoJSON", "gpkg": "GeoPackage", "shp": "Shapefile", "fgb": "FlatGeobuf"}


def data_file(n, fmt):
    geojson = os.path.join(DATA, "synthetic_%d_seed42.geojson" % n)
    if not os.path.exists(geojson) or os.path.getsize(geojson) == 0:
        subprocess.run([sys.executable, os.path.join(SHARED, "bench", "make_synthetic.py"), str(n), "42", geojson],
                       check=True, stdout=subprocess.DEVNULL)
    if fmt == "geojson":
        return geojson
    out = os.path.join(DATA, "synthetic_%d_seed42.%s" % (n, EXT[fmt]))
    if not os.path.exists(out):
        tmp = out + ".tmp." + EXT[fmt]
        subprocess.run(["ogr2ogr", "-f", DRIVER[fmt], tmp, geojson, "-nln", "synthetic_%d_seed42" % n]
                       + (["-lco", "ENCODING=UTF-8"] if fmt == "shp" else []), check=True)
        if fmt == "shp":
            for ext in ("shp", "shx", "dbf", "prj", "cpg"):
                src = tmp[:-4] + "." + ext
                if os.path.exists(src):
                    os.replace(src, out[:-4] + "." + ext)
        else:
            os.replace(tmp, out)
    return out


def timed(cmd, env=None):
    """Runs cmd under /usr/bin/time; returns (wall ms, peak RSS MiB, stderr)."""
    marker = "BENCH_TIME"
    p = subprocess.run(["/usr/bin/time", "-f", marker + " %e %M"] + cmd, env=env, stdout=subprocess.PIPE,
                       stderr=subprocess.PIPE, text=True)
    if p.returncode != 0:
        raise RuntimeError("%s failed (%d): %s" % (cmd[0], p.returncode, p.stderr[-2000:]))
    line = [l for l in p.stderr.splitlines() if l.startswith(marker)][-1].split()
    return float(line[1]) * 1000.0, int(line[2]) / 1024.0, p.stderr + p.stdout


def planatlas(path, png, reader=None, backend=None):
    env = dict(os.environ, PLANATLAS_TIMINGS="1")
    if reader:
        env["PLANATLAS_GEOJSON_READER"] = reader
    wall, rss, err = timed([EXE, "render", "--out", png, "--size", "1920x1080"] + (["--backend", backend] if backend else []) + [path], env)
    phases = {}
    m = re.search(r"timings (.*)", err)
    if m:
        for k, v in re.findall(r"(\w+)_ms=(\d+)", m.group(1)):
            phases[k] = int(v)
    return {"wall_ms": round(wall), "peak_rss_mib": round(rss, 1), "phases_ms": phases}


def qgis(path, png):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    wall, rss, out = timed(["/usr/bin/python3", QGIS, path, png, "1920", "1080"], env)
    inner = {}
    for line in out.splitlines():
        if line.startswith("{"):
            inner = json.loads(line)
    return {"wall_ms": round(wall), "peak_rss_mib": round(rss, 1), "harness": inner}


def differing_pixels(a, b):
    try:
        from PIL import Image
        import numpy as np
    except ImportError:
        return None
    x = np.asarray(Image.open(a).convert("RGBA")).astype(int)
    y = np.asarray(Image.open(b).convert("RGBA")).astype(int)
    if x.shape != y.shape:
        return -1
    d = np.abs(x - y).max(axis=2)
    return {"any": int((d > 0).sum()), "over_16": int((d > 16).sum()), "of": int(d.size)}


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", type=int, nargs="+", default=[100000])
    ap.add_argument("--formats", nargs="+", default=["geojson", "gpkg", "shp", "fgb"], choices=list(EXT))
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--json", default=os.path.join(DATA, "vs_qgis.json"))
    a = ap.parse_args()
    os.makedirs(DATA, exist_ok=True)
    have_qgis = subprocess.run(["/usr/bin/python3", "-c", "import qgis.core"], stderr=subprocess.DEVNULL).returncode == 0
    if not have_qgis:
        print("QGIS not installed (apt-get install qgis python3-qgis): PlanAtlas alone", file=sys.stderr)
    rows = []
    for n in a.sizes:
        # What PlanAtlas drew before it had a fast path or chose its backend: GDAL's reader, OpenGL.
        reference = os.path.join(DATA, "vs_%d_gdal_reader.png" % n)
        planatlas(data_file(n, "geojson"), reference, reader="gdal", backend="gl")
        for fmt in a.formats:
            path = data_file(n, fmt)
            mine, peer = [], []
            png = os.path.join(DATA, "vs_%d_%s.png" % (n, fmt))
            for _ in range(a.repeats):
                mine.append(planatlas(path, png))
                if have_qgis:
                    peer.append(qgis(path, os.path.join(DATA, "vs_%d_%s_qgis.png" % (n, fmt))))
            med = lambda runs, k: statistics.median(r[k] for r in runs) if runs else None
            row = {
                "polygons": n, "format": fmt, "file": os.path.relpath(path, ROOT), "bytes": os.path.getsize(path),
                "planatlas_ms": med(mine, "wall_ms"), "planatlas_peak_rss_mib": med(mine, "peak_rss_mib"),
                "qgis_ms": med(peer, "wall_ms"), "qgis_peak_rss_mib": med(peer, "peak_rss_mib"),
                "planatlas_phases_ms": {k: statistics.median(r["phases_ms"].get(k, 0) for r in mine)
                                        for k in mine[0]["phases_ms"]},
                "pixels_differing_from_gdal_reader": differing_pixels(png, reference),
                "runs": {"planatlas": mine, "qgis": peer},
            }
            row["ratio"] = round(row["qgis_ms"] / row["planatlas_ms"], 2) if row["qgis_ms"] else None
            rows.append(row)
            print("measured %s %d: %s ms vs QGIS %s ms" % (fmt, n, row["planatlas_ms"], row["qgis_ms"]), file=sys.stderr)
    result = {"when": time.strftime("%Y-%m-%d %H:%M:%S"), "machine": os.uname().nodename, "cores": os.cpu_count(),
              "command": " ".join(sys.argv), "rows": rows}
    tmp = a.json + ".tmp"
    with open(tmp, "w") as f:
        json.dump(result, f, indent=1)
    os.replace(tmp, a.json)

    print("| file | PlanAtlas | QGIS 3.22 | ratio | peak RSS PlanAtlas / QGIS | PlanAtlas phases (ms) | pixels ≠ GDAL reader + OpenGL (> 16 levels) |")
    print("|---|---|---|---|---|---|---|")
    for r in rows:
        mb = r["bytes"] / 1e6
        q = "%.2f s" % (r["qgis_ms"] / 1000) if r["qgis_ms"] else "—"
        ratio = "%.1f×" % r["ratio"] if r["ratio"] else "—"
        rss = "%d / %s MiB" % (r["planatlas_peak_rss_mib"], "%d" % r["qgis_peak_rss_mib"] if r["qgis_peak_rss_mib"] else "—")
        phases = " ".join("%s %d" % (k, v) for k, v in r["planatlas_phases_ms"].items())
        px = r["pixels_differing_from_gdal_reader"]
        pxs = "%.2f %% (%.3f %%)" % (100.0 * px["any"] / px["of"], 100.0 * px["over_16"] / px["of"]) if isinstance(px, dict) else "—"
        print("| %s polygons %s (%.0f MB) | %.2f s | %s | %s | %s | %s | %s |" %
              ("{:,}".format(r["polygons"]), LABEL[r["format"]], mb, r["planatlas_ms"] / 1000, q, ratio, rss, phases, pxs))
    print("\n(JSON: %s)" % os.path.relpath(a.json, ROOT))


if __name__ == "__main__":
    main()
