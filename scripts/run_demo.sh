#!/usr/bin/env bash
# Opens Coachtrack with the demo call (used by `make demo`). Usage: run_demo.sh BUILD_DIR [APP ARGS…]
set -euo pipefail
build_dir=$1
shift
app="$build_dir/bin/coachtrack"
demo="$build_dir/demo/demo_call.mp3"
if [[ ! -f "$demo" ]]; then
  python3 "$(dirname "$0")/make_demo_call.py" --out-dir "$build_dir/demo"
fi
library="$build_dir/demo/library.sqlite"
if [[ ! -f "$library" ]]; then # a reviewed demo library: notes of both tracks, focus items
  bash "$(dirname "$0")/make_demo_library.sh" "$build_dir" "$library" >/dev/null
fi

wants_screenshot=0
for arg in "$@"; do
  [[ "$arg" == --screenshot* ]] && wants_screenshot=1
done

if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" && -z "${QT_QPA_PLATFORM:-}" ]]; then
  if [[ $wants_screenshot -eq 1 ]]; then
    echo "make demo: no display; rendering the screenshot offscreen" >&2
    exec env QT_QPA_PLATFORM=offscreen "$app" --db "$library" "$@" "$demo"
  fi
  cat >&2 <<MSG
make demo: there is no display to open the Coachtrack window on (DISPLAY is not set).
  - On a desktop, run 'make demo' from a terminal inside your session.
  - On a server, use a virtual display:  xvfb-run -a make demo ARGS="--screenshot shot.png"
MSG
  exit 2
fi
echo "make demo: opening $demo" >&2
exec "$app" --db "$library" "$@" "$demo"
