#!/usr/bin/python3
"""The peer on a raster: QGIS renders a GeoTIFF headlessly, as a planner's QGIS draws it.

    /usr/bin/python3 bench/qgis_render_raster.py IN.tif OUT.png WIDTH HEIGHT [--bbox minlon,minlat,maxlon,maxlat]

Loads IN.tif with the "gdal" provider, renders it in EPSG:3857 at WIDTH x HEIGHT (the whole raster,
or the lon/lat box) with QgsMapRendererSequentialJob and prints one JSON line of timings in ms:
load_ms (provider open), render_ms (job start to finish: reading through GDAL, resampling,
compositing), total_ms (load + render + save), process_ms (interpreter start to end).
"""
import time

T0 = time.perf_counter()

import argparse  # noqa: E402
import json  # noqa: E402
import os  # noqa: E402

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("XDG_RUNTIME_DIR", "/tmp/runtime-" + str(os.getuid()))
os.makedirs(os.environ["XDG_RUNTIME_DIR"], mode=0o700, exist_ok=True)

from qgis.core import (  # noqa: E402
    QgsApplication, QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsMapRendererSequentialJob,
    QgsMapSettings, QgsProject, QgsRasterLayer, QgsRectangle)
from qgis.PyQt.QtCore import QSize  # noqa: E402


def main():
    p = argparse.ArgumentParser()
    p.add_argument("raster")
    p.add_argument("out")
    p.add_argument("width", type=int)
    p.add_argument("height", type=int)
    p.add_argument("--bbox")
    a = p.parse_args()
    app = QgsApplication([], False)
    app.initQgis()
    t = time.perf_counter()
    layer = QgsRasterLayer(a.raster, "raster", "gdal")
    if not layer.isValid():
        raise SystemExit("QGIS cannot open " + a.raster)
    load = time.perf_counter() - t
    merc = QgsCoordinateReferenceSystem("EPSG:3857")
    if a.bbox:
        b = [float(v) for v in a.bbox.split(",")]
        tr = QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:4326"), merc, QgsProject.instance())
        extent = tr.transformBoundingBox(QgsRectangle(b[0], b[1], b[2], b[3]))
    else:
        tr = QgsCoordinateTransform(layer.crs(), merc, QgsProject.instance())
        extent = tr.transformBoundingBox(layer.extent())
    s = QgsMapSettings()
    s.setLayers([layer])
    s.setDestinationCrs(merc)
    s.setOutputSize(QSize(a.width, a.height))
    s.setExtent(extent)
    t = time.perf_counter()
    job = QgsMapRendererSequentialJob(s)
    job.start()
    job.waitForFinished()
    render = time.perf_counter() - t
    t = time.perf_counter()
    job.renderedImage().save(a.out)
    save = time.perf_counter() - t
    ms = lambda v: round(v * 1000, 1)  # noqa: E731
    print(json.dumps({"load_ms": ms(load), "render_ms": ms(render), "total_ms": ms(load + render + save),
                      "process_ms": ms(time.perf_counter() - T0)}))
    app.exitQgis()


if __name__ == "__main__":
    main()
