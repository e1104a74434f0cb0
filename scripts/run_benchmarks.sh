#!/usr/bin/env bash
# Runs every benchmark in BUILD_DIR/bench and prints their figures. Usage: run_benchmarks.sh BUILD_DIR
set -euo pipefail
build_dir=$1
shopt -s nullglob
benches=("$build_dir"/bench/bench_*)
if [[ ${#benches[@]} -eq 0 ]]; then
  echo "run_benchmarks: no benchmarks built yet in $build_dir/bench"
  exit 0
fi
for b in "${benches[@]}"; do
  [[ -x "$b" ]] || continue
  echo "== $(basename "$b")"
  "$b"
done
