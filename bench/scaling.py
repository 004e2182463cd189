#!/usr/bin/env python3
"""How PlanAtlas's readers grow with their input: time and memory of `planatlas render` (the whole
process: read, check, triangulate, draw) on inputs 1x, 2x, 4x and 8x the size, for each shape a hostile
file can take. Linear growth shows as a flat time and memory per MB of input; quadratic growth would multiply them by
eight between 1x and 8x. Also shows what lies past the readers' limits being refused at once.

    python3 bench/scaling.py [--exe build/src/planatlas] [--out build/bench-data/scaling] [--repeat 3]

Generated files only (standard library); the machine is noisy, so each figure is a median.
"""
import argparse
import math
import os
import statistics
import subprocess
import time


def fc(features):
    return '{"type":"FeatureCollection","features":[' + ",".join(features) + "]}"


def point(props="{}", x=113.3, y=23.1):
    return '{"type":"Feature","properties":%s,"geometry":{"type":"Point","coordinates":[%.6f,%.6f]}}' % (props, x, y)


def many_properties(k):
    # 2,000 properties on every feature, the cap on distinct names, and 25*k features. GDAL's field
    # lookup is linear in the number of fields, so its cost per property is bounded only by the cap.
    props = "{" + ",".join('"p%d":%d' % (i, i) for i in range(2000)) + "}"
    return fc([point(props, 113.3 + i * 1e-4) for i in range(25 * k)])


def long_strings(k):
    # One value of k MB (GDAL's parser takes strings up to 10 MB; longer ones are refused by the scan).
    return fc([point('{"name":"%s"}' % ("天河" * (k * 1000000 // 6)))])


def deep_nesting(k):
    # Nesting within the limit, repeated: properties holding objects 16*k levels deep (k <= 8: 128).
    depth = min(16 * k, 120)
    v = '{"a":' * depth + "1" + "}" * depth
    return fc([point('{"nested":%s}' % v, 113.3 + i * 1e-4) for i in range(2000 * k // max(1, depth // 16))])


def huge_ring(k):
    n = 125000 * k
    ring = ",".join("[%.7f,%.7f]" % (113.35 + 0.05 * math.cos(2 * math.pi * i / n), 23.15 + 0.05 * math.sin(2 * math.pi * i / n))
                    for i in range(n))
    return fc(['{"type":"Feature","properties":{},"geometry":{"type":"Polygon","coordinates":[[%s,[113.4,23.15]]]}}' % ring])


def many_features(k):
    return fc([point('{"id":%d,"name":"项目%d"}' % (i, i), 113.3 + (i % 300) * 4e-4, 23.1 + (i // 300) * 4e-4) for i in range(10000 * k)])


def many_polygons(k):
    feats = []
    for i in range(5000 * k):
        x, y = 113.3 + (i % 200) * 7e-4, 23.1 + (i // 200) * 7e-4
        feats.append('{"type":"Feature","properties":{"n":%d},"geometry":{"type":"Polygon","coordinates":[[[%.6f,%.6f],[%.6f,%.6f],[%.6f,%.6f],[%.6f,%.6f],[%.6f,%.6f]]]}}'
                     % (i, x, y, x + 5e-4, y, x + 5e-4, y + 5e-4, x + 2e-4, y + 2e-4, x, y))
    return fc(feats)


SHAPES = [("many features (points)", many_features), ("many polygons (concave)", many_polygons),
          ("2,000 properties per feature", many_properties), ("long strings (up to 8 MB)", long_strings),
          ("deep nesting (within the limit)", deep_nesting), ("huge coordinate array", huge_ring)]

BEYOND = [("100,000 properties on one feature", lambda: fc([point("{" + ",".join('"p%d":%d' % (i, i) for i in range(100000)) + "}")])),
          ("nesting 100,000 deep", lambda: '{"type":"Point","coordinates":' + "[" * 100000 + "]" * 100000 + "}")]


def run(exe, path, repeat):
    walls, rss = [], []
    for _ in range(repeat):
        t0 = time.monotonic()
        p = subprocess.run(["/usr/bin/time", "-f", "%M", exe, "render", "--out", path + ".png", "--size", "200x150",
                            "--no-labels", path], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                           env={k: v for k, v in os.environ.items() if k != "DISPLAY"})
        walls.append(time.monotonic() - t0)
        rss.append(int(p.stderr.decode().strip().splitlines()[-1]) / 1024)
        status = p.returncode
    return statistics.median(walls), statistics.median(rss), status


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--exe", default="build/src/planatlas")
    ap.add_argument("--out", default="build/bench-data/scaling")
    ap.add_argument("--repeat", type=int, default=3)
    a = ap.parse_args()
    os.makedirs(a.out, exist_ok=True)
    empty = os.path.join(a.out, "empty.geojson")
    open(empty, "w").write(fc([point()]))
    _, base_rss, _ = run(a.exe, empty, a.repeat)
    print("planatlas render, 200x150, median of %d; memory is peak RSS above a one-point file's (%.0f MiB)" % (a.repeat, base_rss))
    print("Linear growth shows as a flat s/MB and MiB/MB down each shape (the process's start, 0.15 s, weighs on the smallest).")
    print("%-34s %6s %8s %8s %7s %7s %7s" % ("shape", "size", "MB", "seconds", "s/MB", "+MiB", "MiB/MB"))
    for name, make in SHAPES:
        for k in (1, 2, 4, 8):
            path = os.path.join(a.out, "%s-%d.geojson" % (make.__name__, k))
            if not os.path.exists(path):
                open(path, "w").write(make(k))
            mb = os.path.getsize(path) / 1e6
            wall, rss, status = run(a.exe, path, a.repeat)
            extra = max(rss - base_rss, 0.0)
            print("%-34s %5dx %8.1f %8.2f %7.3f %7.0f %7.1f%s" % (name if k == 1 else "", k, mb, wall, wall / mb, extra, extra / mb,
                                                             "" if status == 0 else "  (exit %d)" % status))
    print("Past the limits, refused before any parse:")
    for name, make in BEYOND:
        path = os.path.join(a.out, name.split()[0].replace(",", "") + "-beyond.geojson")
        if not os.path.exists(path):
            open(path, "w").write(make())
        wall, rss, status = run(a.exe, path, a.repeat)
        print("  %-34s %6.1f MB  %.2f s  exit %d" % (name, os.path.getsize(path) / 1e6, wall, status))


if __name__ == "__main__":
    main()
