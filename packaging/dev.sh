#!/usr/bin/env bash
# LP Desk developer entry point. On a fresh Debian 12 machine (as root) each command installs what is missing.
#
#   ./packaging/dev.sh demo    install, build, make a demo store drop and case database, run the main job
#                              (the GUI where there is a display; the headless pipeline where there is none)
#   ./packaging/dev.sh test    install, build with warnings as errors, run the whole CTest suite
#                              (unit, integration, gui, fuzz, bench) plus the core, fuzz and parser-facing integration tests under ASan+UBSan
#   ./packaging/dev.sh build   install and build only
#   ./packaging/dev.sh package install, build and write build/lpdesk_<version>-1_amd64.deb (CPack)
#
# Every command configures build/ with the same flags (warnings are errors everywhere), so running 'test' after
# 'demo' (or the reverse) rebuilds nothing.
#
# Environment: BUILD_DIR (default build), JOBS (default: number of cores), LPDESK_SKIP_SANITIZE=1 to skip the
# sanitizer pass of 'test'.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
build_dir="${BUILD_DIR:-$root/build}"
jobs="${JOBS:-$(nproc)}"

# Each step says how long the run has taken so far (CI's time budget: the build, the suite and the sanitizer pass).
log() { printf '\033[1m==> [%dm%02ds] %s\033[0m\n' $((SECONDS / 60)) $((SECONDS % 60)) "$*" >&2; }

install_deps() {
    local missing=()
    while read -r pkg; do
        [[ -z "$pkg" || "$pkg" == \#* ]] && continue
        if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
            missing+=("$pkg")
        fi
    done < "$here/deps.txt"
    if ((${#missing[@]} == 0)); then
        return 0
    fi
    log "Installing ${#missing[@]} Debian packages: ${missing[*]}"
    local sudo=()
    [[ $(id -u) -ne 0 ]] && sudo=(sudo)
    export DEBIAN_FRONTEND=noninteractive
    "${sudo[@]}" apt-get -o DPkg::Lock::Timeout=900 update -qq
    "${sudo[@]}" apt-get -o DPkg::Lock::Timeout=900 install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# npm packages the tests check LP Desk's outputs with (CASE SHACL shapes, reference tus server, RFC 9421/9530
# verifiers): pinned in tests/node/package-lock.json, installed with npm ci on the machine's Node.js.
install_node_modules() {
    local dir="$root/tests/node"
    if ! command -v npm >/dev/null; then
        log "npm not found: the standards tests (TestStandards, TestReferenceImplementations) will fail"
        return 0
    fi
    if [[ ! -f "$dir/node_modules/.package-lock.json" || "$dir/package-lock.json" -nt "$dir/node_modules/.package-lock.json" ]]; then
        log "Installing the npm packages of tests/node (npm ci)"
        (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
    fi
}

configure_and_build() {
    local dir="$1"; shift
    local targets=()
    if [[ "${1:-}" == --target ]]; then targets=(--target "$2"); shift 2; fi
    if [[ ! -f "$dir/build.ninja" ]]; then
        log "Configuring $dir"
        cmake -S "$root" -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@" >/dev/null
    else
        cmake -S "$root" -B "$dir" "$@" >/dev/null
    fi
    log "Building $dir"
    cmake --build "$dir" -j "$jobs" "${targets[@]}"
}

# One set of flags for build, demo, test and package: a second command reuses every object of the first.
# Unity batches and -g1 (line tables, no local-variable info) make a build from scratch about three times quicker
# on two cores (docs/ARCHITECTURE.md, "Build time"); a developer who wants full debug info configures their own.
quick_flags=(-DLPDESK_UNITY_BUILD=ON "-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=-O2 -g1 -DNDEBUG")
main_flags=(-DLPDESK_WERROR=ON -DLPDESK_TEST_HOOKS=ON "${quick_flags[@]}")

cmd_build() {
    install_deps
    install_node_modules
    configure_and_build "$build_dir" "${main_flags[@]}"
}

cmd_package() {
    cmd_build
    # The package installs build/shipped/lpdesk and lpdesk-cli: the tested objects linked without the test hooks
    # (LPDESK_KDF_MS is not honoured; CMakeLists.txt, lpdesk_program), so the build folder needs no second set-up.
    log "Writing the Debian package"
    (cd "$build_dir" && rm -f lpdesk_*.deb && cpack -G DEB >/dev/null)
    ls "$build_dir"/lpdesk_*.deb
}

cmd_test() {
    install_deps
    install_node_modules
    configure_and_build "$build_dir" "${main_flags[@]}"
    log "Running the CTest suite"
    local rc=0
    (cd "$build_dir" && ctest --output-on-failure -j "$jobs" --timeout 1500) || rc=$?
    # Benchmarks pass whatever their figures, so --output-on-failure never shows them: print their ratios here.
    log "Benchmark figures of this run (LP Desk beside the baseline doing the same work)"
    /usr/bin/python3 "$root/tests/benchmarks/print_results.py" "$build_dir/Testing/Temporary/LastTest.log" || rc=1
    if [[ "${LPDESK_SKIP_SANITIZE:-0}" != 1 ]]; then
        log "Core unit tests, fuzzers and the parser-facing integration tests under AddressSanitizer + UndefinedBehaviorSanitizer"
        configure_and_build "$root/build-asan" --target sanitizer_suite -DLPDESK_SANITIZE=ON -DLPDESK_BUILD_GUI=OFF \
            -DLPDESK_WERROR=ON -DLPDESK_UNITY_BUILD=ON
        (cd "$root/build-asan" && ASAN_OPTIONS=detect_leaks=0 \
            ctest --output-on-failure -j "$jobs" -L 'unit|fuzz|sanitize' -E 'format_check|translations_current') || rc=$?
    fi
    log "Done (exit $rc)"
    return $rc
}

cmd_demo() {
    install_deps
    install_node_modules
    configure_and_build "$build_dir" "${main_flags[@]}"
    exec "$here/demo.sh" "$build_dir"
}

case "${1:-}" in
    demo) cmd_demo ;;
    test) cmd_test ;;
    build) cmd_build ;;
    package) cmd_package ;;
    *) sed -n '2,15p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 2 ;;
esac
