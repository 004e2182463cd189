#!/usr/bin/env bash
# Retakes the pictures in README.md and docs/ from the current build (build/src/planatlas), through the
# same pipeline a user gets: the window under Xvfb (--screenshot waits until the map rests), `render`
# and `export`. Usage: bash scripts/screenshots.sh   (needs xvfb-run; writes docs/images/*.png)
set -euo pipefail
cd "$(dirname "$0")/.."
exe=build/src/planatlas
out=docs/images
win() { xvfb-run -a -s "-screen 0 1920x1200x24" "$exe" --lang zh "$@"; }

win --window-size 1600x950 --select 天河路商圈 --screenshot "$out/ui-zone-selected.png"
win --window-size 1600x950 --plan-element t.table2.3 --screenshot "$out/ui-target-chosen.png"
win --window-size 1600x950 --screenshot "$out/viewer-bundled.png"
win --window-size 1600x900 --present 2 --screenshot "$out/presentation-slide2.png"
# Load problems in the message bar over the map, display CRS EPSG:4547.
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
printf '{"type":"FeatureCollection","features":[' > "$tmp/broken.geojson"
: > "$tmp/empty.geojson"
win --window-size 1200x800 --crs EPSG:4547 geodata/*.geojson "$tmp/broken.geojson" "$tmp/empty.geojson" \
  --screenshot "$out/viewer-message-bar-gk.png" || true
"$exe" render --out "$out/render-bundled.png" --size 1400x1100
"$exe" export --out "$out/export-a4.png" --dpi 110
echo "retaken: $(ls "$out"/*.png | wc -l) pictures in $out"
