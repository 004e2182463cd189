#!/usr/bin/env bash
# The README's raster pictures, offline: a GCJ-02 web map and a "scanned" figure made from the
# reference data, served by the tests' tile server on 127.0.0.1, and drawn under the plan.
#   1. demo_gcj02.mbtiles: DataV districts, the Pearl River and MetroMan's metro as a GCJ-02 web map
#      draws them (their GCJ-02 numbers taken as if they were WGS 84, which is what such services do).
#   2. docs/images/basemap-gcj02.png and -uncorrected.png: the plan over those tiles with ,gcj02
#      (warped onto WGS 84) and without (the ~500 m offset every desktop GIS shows without a plugin).
#   3. figure.png: a crop of that map saved as a plain image, as a planner saves a web map page;
#      georeferenced by four metro stations (their WGS 84 positions from `planatlas locate`), written
#      as figure.tif, and shown in the window under the plan: docs/images/window-figure.png.
#   4. docs/images/georeferencer.png: the georeferencer after four clicks (the ui_rasters test takes it).
# Usage: bash scripts/demo_rasters.sh [WORKDIR]   (needs a build in build/, gdal-bin, xvfb-run)
set -euo pipefail
cd "$(dirname "$0")/.."
REF=${PLANATLAS_SHARED:-../shared}/reference
W=${1:-build/demo-rasters}
PA=build/src/planatlas
mkdir -p "$W" docs/images
export XDG_CACHE_HOME="$W/cache"   # the tile cache of this demo, not the user's

# 1. The GCJ-02 web map (EPSG:4326 numbers that are really GCJ-02), 8 m pixels.
rm -f "$W/gcj.tif" "$W/demo_gcj02.mbtiles"
gdal_create -q -of GTiff -outsize 5000 4000 -bands 3 -ot Byte -burn 242 -burn 239 -burn 233 -a_srs EPSG:4326 \
  -a_ullr 113.15 23.32 113.55 23.00 -co TILED=YES "$W/gcj.tif"
burn() {  # burn R G B SQL FILE
  gdal_rasterize -q -b 1 -b 2 -b 3 -burn "$1" -burn "$2" -burn "$3" -dialect SQLite -sql "$4" "$5" "$W/gcj.tif"
}
burn 228 233 216 'SELECT geometry FROM "guangzhou_districts.gcj02"' "$REF/guangzhou_districts.gcj02.geojson"
burn 236 226 208 'SELECT geometry FROM "tianhe_boundary.gcj02"' "$REF/tianhe_boundary.gcj02.geojson"
burn 158 205 232 'SELECT ST_Buffer(geometry, 0.0015) FROM "pearl_river_front_channel_approx.gcj02"' \
  "$REF/pearl_river_front_channel_approx.gcj02.geojson"
burn 140 128 150 'SELECT ST_Buffer(ST_Boundary(geometry), 0.0002) FROM "guangzhou_districts.gcj02"' \
  "$REF/guangzhou_districts.gcj02.geojson"
burn 70 70 70 'SELECT ST_Buffer(geometry, 0.00018) FROM "gz_metro_lines_2025.gcj02"' "$REF/gz_metro_lines_2025.gcj02.geojson"
burn 255 255 255 'SELECT ST_Buffer(geometry, 0.00035) FROM "gz_metro_stations_2025.gcj02"' \
  "$REF/gz_metro_stations_2025.gcj02.geojson"
burn 70 70 70 'SELECT ST_Buffer(ST_Boundary(ST_Buffer(geometry, 0.00035)), 0.00008) FROM "gz_metro_stations_2025.gcj02"' \
  "$REF/gz_metro_stations_2025.gcj02.geojson"
gdal_translate -q -of MBTiles -co TILE_FORMAT=PNG "$W/gcj.tif" "$W/demo_gcj02.mbtiles"
gdaladdo -q -r average "$W/demo_gcj02.mbtiles" 2 4 8 16 32

python3 tests/tile_server.py stop "$W/server" >/dev/null 2>&1 || true
python3 tests/tile_server.py start "$W" "$W/server"
trap 'python3 tests/tile_server.py stop "$W/server"' EXIT
URL="http://127.0.0.1:$(cat "$W/server/port")/mbtiles/demo_gcj02/{z}/{x}/{y}.png,maxzoom=14"
CREDIT="attribution=Demo GCJ-02 map: DataV districts, MetroMan metro"

# 2. The plan over it, corrected and not.
$PA render --out docs/images/basemap-gcj02.png --size 1400x900 --bbox 113.30,23.10,113.40,23.16 \
  --basemap "$URL,gcj02,$CREDIT (GCJ-02 warped onto WGS 84)"
$PA render --out docs/images/basemap-gcj02-uncorrected.png --size 1400x900 --bbox 113.30,23.10,113.40,23.16 \
  --basemap "$URL,$CREDIT (drawn as if WGS 84: uncorrected)"

# 3. A plain image of part of that map, georeferenced by four metro stations.
SX=1625 SY=875   # the crop's top-left pixel in gcj.tif: all of Tianhe
gdal_translate -q -of PNG -co WORLDFILE=NO -srcwin $SX $SY 2125 2000 "$W/gcj.tif" "$W/figure.png"
rm -f "$W/figure.png.aux.xml"
{
  echo "#CRS: EPSG:4326"
  echo "mapX,mapY,sourceX,sourceY,enable,dX,dY,residual"
  # Four stations: their GCJ-02 positions in the figure, their WGS 84 positions from the plan's tools.
  for s in 天河客运站 珠江新城 体育西路 车陂南; do
    python3 - "$REF/gz_metro_stations_2025.gcj02.geojson" "$s" <<'PY'
import json, sys
for f in json.load(open(sys.argv[1]))["features"]:
    if f["properties"].get("name_zh") == sys.argv[2]:
        print(*f["geometry"]["coordinates"])
        break
PY
  done | while read -r lon lat; do
    px=$(python3 -c "print((($lon) - 113.15) / (0.40 / 5000) - $SX, -((23.32 - ($lat)) / (0.32 / 4000) - $SY))")
    wgs=$($PA locate "$lon" "$lat" --crs GCJ02 --json | python3 -c "import json,sys; print(*json.load(sys.stdin)['wgs84'])")
    echo "$(echo "$wgs" | tr ' ' ','),$(echo "$px" | tr ' ' ','),1,0,0,0"
  done
} > "$W/figure.points"
$PA georeference "$W/figure.png" --points "$W/figure.points" --out "$W/figure.tif"
files=()
for f in boundary_tianhe transport_metro_lines transport_metro_stations structure_zones; do
  [ -f "geodata/$f.geojson" ] && files+=("geodata/$f.geojson")
done
xvfb-run -a -s "-screen 0 1600x1000x24" $PA --window-size 1400x900 --screenshot docs/images/window-figure.png \
  "$W/figure.tif" "${files[@]}"
xvfb-run -a -s "-screen 0 1600x1000x24" $PA --window-size 1400x900 --screenshot docs/images/window-basemap.png \
  --basemap "$URL,gcj02,$CREDIT (GCJ-02 warped onto WGS 84)"
# 4. The georeferencer with four points clicked on a scan of the tests' pattern (the ui_rasters test).
PLANATLAS_SHOTS="$PWD/docs/images" ctest --test-dir build -R "tile_|ui_rasters" >/dev/null
echo "wrote docs/images/basemap-gcj02.png, basemap-gcj02-uncorrected.png, window-figure.png, window-basemap.png, georeferencer.png"
