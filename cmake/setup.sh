#!/usr/bin/env bash
# MoE Lab set-up on a fresh Debian 12 / Ubuntu machine. The README's two commands:
#
#   bash cmake/setup.sh run     install what is missing, build, start the window
#   bash cmake/setup.sh test    install what is missing, build, run the whole test suite
#
# Every mode first installs the Debian packages that are missing (apt-get, through sudo when
# not root; it names what it installs and does nothing when all are present), then:
#
#   run    Release build of moelab + moelab-cli in $BUILD_DIR, then exec the window (extra
#          arguments go to moelab, e.g. `bash cmake/setup.sh run --help`).
#   test   Release build of everything with warnings as errors, then the whole CTest suite
#          headless (QT_QPA_PLATFORM=offscreen). With CI=true (what .ci/run sees in CI) or
#          MOELAB_WITH_ASAN=1 it then also runs the asan mode. Ends with ctest's summary line.
#   build  install + configure + build everything, nothing run.
#   asan   ASan+UBSan build in $BUILD_DIR-asan (GUI off, CUDA off, MOELAB_ARCH=portable) of the
#          tests labelled `sanitize` (core and datasets), and those tests.
#   tsan   TSan build in $BUILD_DIR-tsan (CUDA off) of the tests labelled `tsan` (the
#          training controller/worker) and those tests, with cmake/tsan.supp (false positives
#          in uninstrumented libgomp/Qt only).
#
# Environment: BUILD_DIR (default build), JOBS (default: all cores), MOELAB_CMAKE_ARGS (extra
# cmake -D options, e.g. "-DMOELAB_ARCH=portable -DMOELAB_CUDA=OFF").
{ # braces: bash reads the whole script before running it, so a git pull mid-run is harmless
set -euo pipefail
mode=${1:-run}
shift || true
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$here"

case "$mode" in
  run|test|build|asan|tsan) ;;
  *) echo "usage: bash cmake/setup.sh run|test|build|asan|tsan" >&2; exit 2 ;;
esac

# --- Debian packages -----------------------------------------------------------------------
packages=(build-essential cmake qt6-base-dev qt6-tools-dev qt6-l10n-tools qt6-svg-dev
          libqcustomplot-dev libeigen3-dev zlib1g-dev libgl-dev
          fonts-dejavu-core fonts-wqy-microhei dataset-fashion-mnist
          fortunes fortunes-de fortunes-zh openmpi-bin libopenmpi-dev)
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
  if [ "$(id -u)" -ne 0 ]; then
    if ! command -v sudo >/dev/null; then
      echo "MoE Lab: not root and no sudo; as root run: apt-get install ${missing[*]}" >&2
      exit 1
    fi
    sudo="sudo"
  fi
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
else
  echo "MoE Lab: all required packages are installed."
fi

# --- Configure and build -------------------------------------------------------------------
jobs=${JOBS:-$(nproc)}
build=${BUILD_DIR:-build}
configure() {  # configure DIR [cmake args...]; shows only MoE Lab's own lines (and errors)
  local dir=$1 log; shift
  log=$(cmake -S . -B "$dir" -DCMAKE_BUILD_TYPE=Release ${MOELAB_CMAKE_ARGS:-} "$@") ||
    { printf '%s\n' "$log"; return 1; }
  printf '%s\n' "$log" | grep '^-- MoE Lab' || true
}
labelled_tests() {  # labelled_tests DIR LABEL: test names (= target names, see tests/CMakeLists.txt)
  ctest --test-dir "$1" -N -L "$2" | sed -n 's/^ *Test *#[0-9]*: //p'
}

case "$mode" in
  build)
    configure "$build"
    cmake --build "$build" -j "$jobs"
    ;;
  run)
    configure "$build"
    cmake --build "$build" -j "$jobs" --target moelab moelab-cli
    exec "$build/app/gui/moelab" "$@"
    ;;
  test)
    configure "$build" -DBUILD_TESTING=ON -DMOELAB_WERROR=ON
    cmake --build "$build" -j "$jobs"
    export QT_QPA_PLATFORM=offscreen QTEST_DISABLE_STACK_DUMP=1
    ctest --test-dir "$build" --output-on-failure -j "$jobs"
    if [ "${CI:-}" = "true" ] || [ "${MOELAB_WITH_ASAN:-0}" = "1" ]; then
      bash "$here/cmake/setup.sh" asan
    fi
    ;;
  asan)
    dir=$build-asan
    # Portable: with -march=native on an AVX-512 machine, GCC 12 + ASan warns (-Wuninitialized)
    # inside its own avx512fintrin.h, which -Werror turns into a failed build.
    configure "$dir" -DBUILD_TESTING=ON -DMOELAB_SANITIZE=address -DMOELAB_BUILD_GUI=OFF \
      -DMOELAB_CUDA=OFF -DMOELAB_WERROR=ON -DMOELAB_ARCH=portable
    cmake --build "$dir" -j "$jobs" --target $(labelled_tests "$dir" sanitize)
    ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 QTEST_DISABLE_STACK_DUMP=1 \
      ctest --test-dir "$dir" --output-on-failure -j "$jobs" -L sanitize
    ;;
  tsan)
    dir=$build-tsan
    configure "$dir" -DBUILD_TESTING=ON -DMOELAB_SANITIZE=thread -DMOELAB_CUDA=OFF
    cmake --build "$dir" -j "$jobs" --target $(labelled_tests "$dir" tsan)
    export QT_QPA_PLATFORM=offscreen QTEST_DISABLE_STACK_DUMP=1
    export TSAN_OPTIONS="halt_on_error=1 history_size=7 second_deadlock_stack=1 suppressions=$here/cmake/tsan.supp"
    ctest --test-dir "$dir" --output-on-failure -j "$jobs" -L tsan
    ;;
esac
exit
}
