#!/usr/bin/env bash
# MoE Lab set-up on a fresh Debian 12 / Ubuntu machine. The README's two commands:
#
#   bash cmake/setup.sh run     install what is missing, build, start the window
#   bash cmake/setup.sh test    install what is missing, build, run the whole test suite
#
# Other modes: build (install + build only), asan (ASan+UBSan build of the core and
# datasets tests), tsan (TSan build of the app/controller tests).
# Environment: BUILD_DIR (default build), JOBS (default: all cores), MOELAB_CMAKE_ARGS.
set -euo pipefail
mode=${1:-run}
shift || true
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$here"

packages=(build-essential cmake qt6-base-dev qt6-tools-dev qt6-l10n-tools qt6-svg-dev
          libqcustomplot-dev libeigen3-dev zlib1g-dev libgl-dev
          fonts-dejavu-core fonts-wqy-microhei dataset-fashion-mnist)
case "$mode" in
  test|asan|tsan) packages+=(xvfb xauth) ;;
esac

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "MoE Lab: installing missing Debian packages: ${missing[*]}"
  sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
else
  echo "MoE Lab: all required packages are installed."
fi

jobs=${JOBS:-$(nproc)}
configure() {  # configure DIR [cmake args...]
  local dir=$1; shift
  cmake -S . -B "$dir" -DCMAKE_BUILD_TYPE=Release ${MOELAB_CMAKE_ARGS:-} "$@" >/dev/null
}

case "$mode" in
  build)
    configure "${BUILD_DIR:-build}"
    cmake --build "${BUILD_DIR:-build}" -j "$jobs"
    ;;
  run)
    configure "${BUILD_DIR:-build}" -DBUILD_TESTING=OFF
    cmake --build "${BUILD_DIR:-build}" -j "$jobs" --target moelab moelab-cli
    exec "${BUILD_DIR:-build}/app/moelab" "$@"
    ;;
  test)
    dir=${BUILD_DIR:-build}
    configure "$dir" -DMOELAB_WERROR=ON
    cmake --build "$dir" -j "$jobs"
    export QT_QPA_PLATFORM=offscreen QTEST_DISABLE_STACK_DUMP=1
    ctest --test-dir "$dir" --output-on-failure -j "$jobs"
    if [ "${CI:-}" = "true" ] || [ "${MOELAB_WITH_ASAN:-0}" = "1" ]; then
      "$0" asan
    fi
    ;;
  asan)
    dir=${BUILD_DIR:-build}-asan
    configure "$dir" -DMOELAB_SANITIZE=address -DMOELAB_BUILD_GUI=OFF -DMOELAB_CUDA=OFF -DMOELAB_WERROR=ON
    cmake --build "$dir" -j "$jobs"
    ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 QTEST_DISABLE_STACK_DUMP=1 \
      ctest --test-dir "$dir" --output-on-failure -j "$jobs" -L sanitize
    ;;
  tsan)
    dir=${BUILD_DIR:-build}-tsan
    configure "$dir" -DMOELAB_SANITIZE=thread -DMOELAB_CUDA=OFF
    cmake --build "$dir" -j "$jobs"
    export QT_QPA_PLATFORM=offscreen QTEST_DISABLE_STACK_DUMP=1 TSAN_OPTIONS="halt_on_error=1"
    ctest --test-dir "$dir" --output-on-failure -j "$jobs" -L tsan
    ;;
  *)
    echo "usage: bash cmake/setup.sh run|test|build|asan|tsan" >&2
    exit 2
    ;;
esac
