#!/usr/bin/env bash
# A 40000 x 40000 RGB GeoTIFF (0.4 m pixels over Tianhe, the seed-42 polygons burnt in, tiled,
# 4.5 GiB uncompressed, DEFLATE overviews by gdaladdo), made here with the GDAL tools, drawn by PlanAtlas and, when it is
# installed, by QGIS, in the same run: the whole raster (read through its overviews) and a street-level
# box (a few full-resolution blocks), then the window's open, pan and zoom.
# Usage: bash bench/raster.sh   (needs a build in build/; the file takes a few minutes to make, once)
set -euo pipefail
cd "$(dirname "$0")/.."
SHARED=${PLANATLAS_SHARED:-../shared}
DATA=build/bench-data
mkdir -p "$DATA"
R="$DATA/raster_40000.tif"
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
if [ ! -s "$R.done" ]; then
  for n in 10000 100000; do
    f="$DATA/synthetic_${n}_seed42.geojson"
    [ -s "$f" ] || python3 "$SHARED/bench/make_synthetic.py" "$n" 42 "$f" >/dev/null
  done
  rm -f "$R"
  gdal_create -q -of GTiff -outsize 40000 40000 -bands 3 -ot Byte -burn 214 -burn 206 -burn 190 -a_srs EPSG:4326 \
    -a_ullr 113.30 23.25 113.45 23.10 -co TILED=YES -co BIGTIFF=YES "$R"
  gdal_rasterize --config GDAL_CACHEMAX 2048 -q -b 1 -b 2 -b 3 -burn 120 -burn 140 -burn 170 "$DATA/synthetic_100000_seed42.geojson" "$R"
  gdal_rasterize --config GDAL_CACHEMAX 2048 -q -b 1 -b 2 -b 3 -burn 190 -burn 120 -burn 90 "$DATA/synthetic_10000_seed42.geojson" "$R"
  gdaladdo -q -r average --config COMPRESS_OVERVIEW DEFLATE "$R" 2 4 8 16 32 64 128
  date > "$R.done"
fi
echo "== $R: $(gdalinfo "$R" | grep 'Size is'), $(du -h "$R" | cut -f1)"
STREET=113.370,23.170,113.374,23.1725
for view in full street; do
  bbox=(); qbbox=()
  [ "$view" = street ] && bbox=(--bbox "$STREET") && qbbox=(--bbox "$STREET")
  walls=(); rss=()
  for i in 1 2 3; do
    out=$( { /usr/bin/time -f '%e %M' build/src/planatlas render --out "$DATA/raster_${view}.png" --size 1920x1080 \
             "${bbox[@]}" "$R" 2>&1 >/dev/null; } | tail -n 1)
    walls+=("$(echo "$out" | awk '{print $1*1000}')"); rss+=("$(echo "$out" | awk '{print $2/1024}')")
  done
  echo "planatlas render $view 1920x1080: median $(printf '%s\n' "${walls[@]}" | median) ms wall," \
       "peak RSS $(printf '%s\n' "${rss[@]}" | median) MiB"
  if /usr/bin/python3 -c 'import qgis.core' 2>/dev/null; then
    totals=(); procs=(); qrss=()
    for i in 1 2 3; do
      out=$( { /usr/bin/time -f '%M' /usr/bin/python3 bench/qgis_render_raster.py "$R" "$DATA/qgis_raster_${view}.png" \
               1920 1080 "${qbbox[@]}" 2>"$DATA/qgis_time"; tail -n 1 "$DATA/qgis_time"; } )
      j=$(echo "$out" | grep '^{')
      totals+=("$(echo "$j" | python3 -c 'import json,sys; print(json.load(sys.stdin)["total_ms"])')")
      procs+=("$(echo "$j" | python3 -c 'import json,sys; print(json.load(sys.stdin)["process_ms"])')")
      qrss+=("$(echo "$out" | tail -n 1 | awk '{print $1/1024}')")
    done
    echo "QGIS 3.22 render $view 1920x1080: median total $(printf '%s\n' "${totals[@]}" | median) ms," \
         "process $(printf '%s\n' "${procs[@]}" | median) ms, peak RSS $(printf '%s\n' "${qrss[@]}" | median) MiB"
  else
    echo "QGIS not installed: skipped the peer (apt-get install qgis python3-qgis)"
  fi
done
PLANATLAS_BENCH_RASTER="$R" xvfb-run -a -s "-screen 0 1600x1000x24" build/bench/planatlas_bench_window_raster 2>/dev/null \
  | grep -E '^window raster' || echo "window raster: needs xvfb-run"
