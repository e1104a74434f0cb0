#!/usr/bin/env bash
# Builds the importers' fuzz targets (fuzz/, clang + libFuzzer + ASan + UBSan) into BUILD_DIR
# and runs each for SECONDS (default 20): the repo's seeds in fuzz/corpus/NAME/ and, when
# ../shared/conformance is there, the target's folders of it, both read only (new inputs go to
# BUILD_DIR/runs/NAME/). Fails on any crash, leak, sanitizer report, timeout or broken
# promise (fuzz/FuzzChecks.h), leaving the input in BUILD_DIR/artifacts/.
# FUZZ_JOBS targets run at once (default: the number of cores).
# Reproduce a failure with: BUILD_DIR/fuzz_NAME BUILD_DIR/artifacts/NAME-crash-…
set -euo pipefail
if [[ $# -lt 1 || $# -gt 2 ]]; then
  echo "usage: $0 BUILD_DIR [SECONDS]" >&2
  exit 2
fi
root=$(cd "$(dirname "$0")/.." && pwd)
build=$(mkdir -p "$1" && cd "$1" && pwd)
seconds=${2:-20}
cores=$(nproc 2>/dev/null || echo 2)
jobs=${FUZZ_JOBS:-$cores}
conformance="$root/../shared/conformance"
# Reports with files and lines: clang-16's runtime does not find a symbolizer by itself.
if [[ -z "${ASAN_SYMBOLIZER_PATH:-}" ]] && symbolizer=$(command -v llvm-symbolizer-16 ||
  command -v llvm-symbolizer); then
  export ASAN_SYMBOLIZER_PATH=$symbolizer
fi
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1}
start=$(date +%s)

cmake -S "$root/fuzz" -B "$build" --log-level=WARNING
cmake --build "$build" -j "${BUILD_JOBS:-$cores}"
built=$(date +%s)
echo "fuzz: built in $((built - start)) s; ${seconds} s per target, $jobs at a time"

rm -rf "$build/runs" "$build/artifacts" "$build/logs"
mkdir -p "$build/runs" "$build/artifacts" "$build/logs"

run_target() { # NAME CONFORMANCE_DIR…
  local name=$1
  shift
  local corpora=("$build/runs/$name" "$root/fuzz/corpus/$name")
  local dir
  for dir in "$@"; do
    [[ -d "$conformance/$dir" ]] && corpora+=("$conformance/$dir")
  done
  mkdir -p "$build/runs/$name"
  local rc=0
  "$build/fuzz_$name" -max_total_time="$seconds" -max_len=65536 -rss_limit_mb=2048 \
    -timeout=25 -print_final_stats=1 -artifact_prefix="$build/artifacts/$name-" \
    "${corpora[@]}" >"$build/logs/$name.log" 2>&1 || rc=$?
  echo "$rc" >"$build/logs/$name.rc"
}

names=()
while read -r name dirs; do
  [[ -n "$name" ]] || continue
  names+=("$name")
  # shellcheck disable=SC2086 # dirs: a space-separated list
  run_target "$name" $dirs &
  while [[ $(jobs -rp | wc -l) -ge $jobs ]]; do
    wait -n || true
  done
done <"$build/fuzz_targets.txt"
wait

failed=0
printf '%-16s %12s %10s  %s\n' target runs exec/s result
for name in "${names[@]}"; do
  log="$build/logs/$name.log"
  rc=$(cat "$build/logs/$name.rc")
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  speed=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
  if [[ "$rc" == 0 ]]; then
    result=ok
  else
    result="FAILED (exit $rc; $log)"
    failed=1
  fi
  printf '%-16s %12s %10s  %s\n' "$name" "${runs:-?}" "${speed:-?}" "$result"
done
echo "fuzz: done in $(($(date +%s) - start)) s"
if [[ $failed -ne 0 ]]; then
  for name in "${names[@]}"; do
    [[ "$(cat "$build/logs/$name.rc")" == 0 ]] && continue
    echo "---- $name"
    grep -E -A30 'ERROR: |runtime error|promise broken|SUMMARY' "$build/logs/$name.log" | head -60
  done
  for artifact in "$build"/artifacts/*; do
    [[ -e "$artifact" ]] || continue
    name=$(basename "$artifact")
    echo "reproduce: $build/fuzz_${name%%-*} $artifact"
  done
  exit 1
fi
