#!/usr/bin/env bash
# Builds the libFuzzer targets with ASan and UBSan (on the clang build of scripts/sanitize.sh) and runs
# each for SECONDS (default 60), seeded from the tests' inputs. A crash stops its target; the input is
# kept in build-asan/fuzz-artifacts/<target>/ — copy it to fuzz/regressions/<target>/, fix the bug, and
# the test suite replays it from then on.
#   bash fuzz/run.sh [SECONDS] [TARGET...]
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_EACH=${1:-60}
shift || true
TARGETS=("$@")
[ ${#TARGETS[@]} -gt 0 ] || TARGETS=(vector_reader json_scan plan_import style project arguments triangulator)
B=${PLANATLAS_ASAN_BUILD:-build-asan}
bash scripts/sanitize.sh --build-only >/dev/null
for t in "${TARGETS[@]}"; do cmake --build "$B" --target "fuzz_$t" >/dev/null; done

# Seeds: the files the tests read, each target given what it parses.
S="$B/fuzz-seeds"
rm -rf "$S"
mkdir -p "$S"/{vector_reader,json_scan,plan_import,style,project,arguments,triangulator}
i=0
for f in geodata/*.geojson tests/corpus/thirdparty/*/*.geojson tests/corpus/thirdparty/*/*.json tests/corpus/thirdparty/*/*/*.geojson; do
  [ -f "$f" ] || continue
  [ "$(stat -c %s "$f")" -le 65536 ] || continue
  cp "$f" "$S/json_scan/$i"
  { printf '\x00'; cat "$f"; } > "$S/vector_reader/g$i"   # selector 0: .geojson
  i=$((i + 1))
done
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for drv in "CSV:2:csv" "KML:3:kml" "GML:4:gml" "GPKG:5:gpkg" "FlatGeobuf:6:fgb"; do
  IFS=: read -r name sel ext <<<"$drv"
  opts=()
  [ "$name" = CSV ] && opts=(-lco GEOMETRY=AS_WKT)
  ogr2ogr -q -skipfailures -f "$name" "$tmp/b.$ext" geodata/structure_zones.geojson "${opts[@]}" 2>/dev/null || continue
  { printf "\\x$(printf %02x "$sel")"; cat "$tmp/b.$ext"; } > "$S/vector_reader/$ext"
done
[ -f ../shared/plan/tianhe-14th-fyp-outline.txt ] && cp ../shared/plan/tianhe-14th-fyp-outline.txt "$S/plan_import/plan"
head -c 20000 "$S/plan_import/plan" > "$S/plan_import/head" 2>/dev/null || printf '第一章  总则\n' > "$S/plan_import/head"
cp assets/styles/default.json "$S/style/default"
printf '{"planatlas_project":1,"tours":[{"name":"t","slides":[{"caption":"金融城","body":"b","extent":[113.3,23.1,113.4,23.2],"layers":["structure_zones"],"selection":["zone.cbd"]}]}]}' > "$S/project/tour"
printf 'EPSG:4547\n433000\n2559000\n1600x1200\n113.2,23.0,113.5,23.3\n' > "$S/arguments/gk"
printf 'EPSG:3857\n12614000\n2650000\n-5\n0x10\n' > "$S/arguments/merc"
printf '+proj=longlat +datum=WGS84 +no_defs +type=crs\n113.3\n23.1\nGCJ02\n' > "$S/arguments/proj"
printf '\x01\x04\x00\x00\x00\x00\x00\x10\x00\x00\x00\x10\x00\x10\x00\x00\x00\x10' > "$S/triangulator/square"

export ASAN_OPTIONS="detect_leaks=0:allocator_may_return_null=1:detect_odr_violation=0"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1:suppressions=$PWD/scripts/ubsan.supp"
status=0
summary=()
for t in "${TARGETS[@]}"; do
  work="$B/fuzz-corpus/$t"
  art="$B/fuzz-artifacts/$t"
  mkdir -p "$work" "$art"
  maxlen=65536
  [ "$t" = plan_import ] && maxlen=200000
  log="$B/fuzz-$t.log"
  set +e
  kept=()
  [ -d fuzz/regressions/"$t" ] && kept=(fuzz/regressions/"$t")
  "$B/fuzz/fuzz_$t" "$work" "$S/$t" "${kept[@]}" -max_total_time="$SECONDS_EACH" -timeout=20 \
    -rss_limit_mb=3072 -max_len=$maxlen -artifact_prefix="$art/" -print_final_stats=1 >"$log" 2>&1
  rc=$?
  set -e
  runs=$(grep -Eo 'stat::number_of_executed_units: *[0-9]+' "$log" | grep -Eo '[0-9]+$' || echo 0)
  cov=$(grep -Eo 'cov: [0-9]+' "$log" | tail -1 | grep -Eo '[0-9]+' || echo 0)
  line="fuzz_$t: ${SECONDS_EACH}s, $runs executions, coverage $cov edges, exit $rc"
  summary+=("$line")
  echo "$line"
  if [ $rc -ne 0 ]; then
    status=1
    grep -E 'ERROR|SUMMARY|invariant|Test unit written' "$log" | head -5
  fi
done
printf '%s\n' "${summary[@]}" > "$B/fuzz-summary.txt"
exit $status
