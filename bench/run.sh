#!/usr/bin/env bash
# Benchmarks PlanAtlas on the seed-42 synthetic data and, when QGIS is installed, the peer on the
# same files in the same run. Usage: bash bench/run.sh [N ...]   (default: 10000 100000)
# Needs a build in build/ (see README). QGIS: apt-get install qgis python3-qgis (not needed for CI).
set -euo pipefail
cd "$(dirname "$0")/.."
SHARED=${PLANATLAS_SHARED:-../shared}
DATA=build/bench-data
mkdir -p "$DATA"
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(10000 100000)
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

for n in "${sizes[@]}"; do
  f="$DATA/synthetic_${n}_seed42.geojson"
  [ -s "$f" ] || python3 "$SHARED/bench/make_synthetic.py" "$n" 42 "$f" >/dev/null
  echo "== $n polygons ($f)"
  PLANATLAS_BENCH_FILE="$f" build/bench/planatlas_bench --benchmark_format=console 2>/dev/null \
    | grep -E '^BM_' | grep -vE '_(mean|stddev|cv)|repeats:3/real_time +[0-9]' || true

  # The whole command a user runs: process start to PNG written, 1920x1080, median of 3.
  walls=(); rss=()
  for i in 1 2 3; do
    out=$( { /usr/bin/time -f '%e %M' build/src/planatlas render --out "$DATA/out_${n}.png" --size 1920x1080 "$f" \
             2>&1 >/dev/null; } | tail -n 1)
    walls+=("$(echo "$out" | awk '{print $1*1000}')"); rss+=("$(echo "$out" | awk '{print $2/1024}')")
  done
  echo "planatlas render 1920x1080: median $(printf '%s\n' "${walls[@]}" | median) ms wall," \
       "peak RSS $(printf '%s\n' "${rss[@]}" | median) MiB"

  # The window opening the file as a user does (File › Open): the longest stall of its event loop.
  PLANATLAS_BENCH_FILE="$f" xvfb-run -a -s "-screen 0 1600x1000x24" build/bench/planatlas_bench_window_load 2>/dev/null \
    | grep -E '^window load' || echo "window load: needs xvfb-run"

  if /usr/bin/python3 -c 'import qgis.core' 2>/dev/null; then
    totals=(); procs=()
    for i in 1 2 3; do
      j=$(/usr/bin/python3 "$SHARED/bench/qgis_render.py" "$f" "$DATA/qgis_${n}.png" 1920 1080 2>/dev/null | tail -n 1)
      totals+=("$(echo "$j" | python3 -c 'import json,sys; print(json.load(sys.stdin)["total_ms"])')")
      procs+=("$(echo "$j" | python3 -c 'import json,sys; print(json.load(sys.stdin)["process_ms"])')")
    done
    echo "QGIS 3.22 qgis_render.py 1920x1080: median total $(printf '%s\n' "${totals[@]}" | median) ms," \
         "process $(printf '%s\n' "${procs[@]}" | median) ms"
  else
    echo "QGIS not installed: skipped the peer (apt-get install qgis python3-qgis)"
  fi
done
