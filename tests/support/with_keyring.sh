#!/bin/sh
# Runs a command inside a private D-Bus session with a real GNOME Keyring (the Secret Service),
# unlocked, in a fresh HOME and XDG_RUNTIME_DIR: the user's own keyring is never touched.
# Fails (never skips) when the keyring cannot start, so a missing package shows up red.
set -eu
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/home" "$tmp/run"
chmod 700 "$tmp/run"
export HOME="$tmp/home" XDG_RUNTIME_DIR="$tmp/run"
unset DBUS_SESSION_BUS_ADDRESS DISPLAY
dbus-run-session -- sh -c '
  printf %s coachtrack-test-login | gnome-keyring-daemon --unlock --components=secrets >/dev/null || {
    echo "with_keyring: gnome-keyring-daemon did not start" >&2; exit 1; }
  exec "$@"' sh "$@" 2> "$tmp/stderr" || { rc=$?; grep -v "dbus-daemon\[" "$tmp/stderr" >&2; exit $rc; }
grep -v "dbus-daemon\[" "$tmp/stderr" >&2 || true
