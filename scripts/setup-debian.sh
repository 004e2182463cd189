#!/usr/bin/env bash
# Installs the Debian 12 packages PlanAtlas needs to build, run and test.
# --sanitizers adds clang with its sanitizer runtimes and libFuzzer (scripts/sanitize.sh, fuzz/run.sh).
# Idempotent: apt-get skips what is already there.
set -euo pipefail
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
PKGS=(
  build-essential cmake ninja-build pkg-config
  qt6-base-dev qt6-base-dev-tools qt6-l10n-tools libqt6opengl6-dev libqt6openglwidgets6
  libgl-dev libegl-dev libgl1-mesa-dri libegl-mesa0
  libgdal-dev gdal-bin libproj-dev proj-data libgeos-dev libsimdjson-dev zlib1g-dev
  libgtest-dev libgmock-dev libbenchmark-dev
  qt6-svg-dev poppler-utils postgresql-15-postgis-3
  xvfb xauth fonts-noto-cjk fonts-wqy-microhei python3
)
if [ "${1:-}" = "--sanitizers" ]; then PKGS+=(clang libclang-rt-14-dev libfuzzer-14-dev); fi
missing=()
for p in "${PKGS[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
