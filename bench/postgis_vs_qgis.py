#!/usr/bin/python3
"""A million PostGIS parcels, PlanAtlas (read by view) against QGIS (OGR's PostgreSQL driver, by bbox) in the
same run, and the window's jumps to new areas at street level.

    /usr/bin/python3 bench/postgis_vs_qgis.py [--repeats 3] [--jumps 8] [--json build/bench-data/postgis.json]

Starts a throw-away server with tests/postgis_server.sh (Debian's postgresql and postgis), which makes the
table from bench/parcels.sql (1,000,000 seed-42 parcels over 113.20-113.50 E, 23.05-23.25 N, GiST index).
For a street, a district and the whole city: `planatlas render --out X.png --size 1920x1080 [--bbox B] PG`
and `../shared/bench/qgis_render.py PG Y.png 1920 1080 [--bbox B]`, alternating, whole processes under
/usr/bin/time, medians and ratios. At city scale PlanAtlas draws at most 16,384 features a tile (the largest;
it says so) and QGIS all million: the row is marked. Then bench_window_postgis under Xvfb: the layer opened,
a street view, then jumps to new areas; time to rest, tiles kept against the budget, RSS.
Needs a build in build/, xvfb-run, and for the peer Debian's qgis and python3-qgis.
"""
import argparse
import json
import os
import statistics
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from vs_qgis import DATA, EXE, QGIS, ROOT, timed  # noqa: E402

VIEWS = [("street", "113.350,23.150,113.362,23.157"), ("district", "113.30,23.10,113.36,23.135"), ("city", None)]


def planatlas(conn, png, bbox):
    wall, rss, _ = timed([EXE, "render", "--out", png, "--size", "1920x1080"] + (["--bbox", bbox] if bbox else []) + [conn])
    return {"wall_ms": round(wall), "peak_rss_mib": round(rss, 1)}


def qgis(conn, png, bbox):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    wall, rss, _ = timed(["/usr/bin/python3", QGIS, conn, png, "1920", "1080"] + (["--bbox", bbox] if bbox else []), env)
    return {"wall_ms": round(wall), "peak_rss_mib": round(rss, 1)}


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--jumps", type=int, default=8)
    ap.add_argument("--json", default=os.path.join(DATA, "postgis.json"))
    a = ap.parse_args()
    os.makedirs(DATA, exist_ok=True)
    server = os.path.join(ROOT, "build", "bench-postgis")
    script = os.path.join(ROOT, "tests", "postgis_server.sh")
    subprocess.run(["bash", script, "start", server, "54332", ROOT, "parcels"], check=True)
    try:
        with open(os.path.join(server, "connection")) as f:
            conn = f.read().strip() + " tables=parcels"
        have_qgis = subprocess.run(["/usr/bin/python3", "-c", "import qgis.core"], capture_output=True).returncode == 0
        results = {"views": {}, "window": None}
        for name, bbox in VIEWS:
            runs = {"planatlas": [], "qgis": []}
            for _ in range(a.repeats):
                runs["planatlas"].append(planatlas(conn, os.path.join(DATA, "pg_%s_planatlas.png" % name), bbox))
                if have_qgis:
                    runs["qgis"].append(qgis(conn, os.path.join(DATA, "pg_%s_qgis.png" % name), bbox))
            med = {k: {m: statistics.median(r[m] for r in v) for m in ("wall_ms", "peak_rss_mib")} for k, v in runs.items() if v}
            results["views"][name] = {"bbox": bbox, "runs": runs, "median": med}
        env = dict(os.environ, PLANATLAS_BENCH_PG=conn, PLANATLAS_BENCH_JUMPS=str(a.jumps))
        p = subprocess.run(["xvfb-run", "-a", "-s", "-screen 0 1600x1000x24",
                            os.path.join(ROOT, "build", "bench", "planatlas_bench_window_postgis")],
                           env=env, capture_output=True, text=True)
        for line in p.stdout.splitlines():
            if line.startswith("JSON "):
                results["window"] = json.loads(line[5:])
            elif line.startswith("window postgis:"):
                print(line)
        with open(a.json + ".tmp", "w") as f:
            json.dump(results, f, indent=1)
        os.replace(a.json + ".tmp", a.json)
        print("\n| view (1M parcels in PostGIS) | PlanAtlas | QGIS 3.22 | ratio | peak RSS PlanAtlas / QGIS |")
        print("|---|---|---|---|---|")
        for name, _ in VIEWS:
            m = results["views"][name]["median"]
            pa = m["planatlas"]
            q = m.get("qgis")
            mark = " (PlanAtlas: largest 16,384 a tile)" if name == "city" else ""
            if q:
                print("| %s%s | %.2f s | %.2f s | %.1f× | %d / %d MB |" % (name, mark, pa["wall_ms"] / 1000, q["wall_ms"] / 1000,
                                                                         q["wall_ms"] / pa["wall_ms"], pa["peak_rss_mib"], q["peak_rss_mib"]))
            else:
                print("| %s%s | %.2f s | — | — | %d MB / — |" % (name, mark, pa["wall_ms"] / 1000, pa["peak_rss_mib"]))
        w = results["window"]
        if w:
            print("\nWindow, street level, %d jumps to new areas: rests in median %d ms, at most %d ms; tiles kept at most %.1f MiB "
                  "(budget %d MiB); RSS at most %d MiB; longest event-loop stall %d ms (the open at city scale included)."
                  % (a.jumps, w["jump_median_ms"], w["jump_max_ms"], w["tiles_max_mib"], w["budget_mib"], w["rss_max_mib"],
                     w["stall_max_ms"]))
        print("JSON: %s" % a.json)
    finally:
        subprocess.run(["bash", script, "stop", server])


if __name__ == "__main__":
    main()
