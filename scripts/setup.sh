#!/usr/bin/env bash
# Installs the Debian packages Coachtrack needs to build, test and run.
# Idempotent: when every package is already installed it does not touch apt at all.
set -euo pipefail

build_pkgs=(
  build-essential cmake pkg-config ccache
  qt6-base-dev libqt6opengl6-dev qt6-multimedia-dev qt6-charts-dev qt6-svg-dev libqt6sql6-sqlite
  libavformat-dev libavcodec-dev libswresample-dev libavutil-dev libavfilter-dev libswscale-dev
  libsqlite3-dev catch2 libsodium-dev libsecret-1-dev libxxhash-dev libssl-dev
  libquazip1-qt6-dev  # exchange/: Teams' .docx transcripts
  qt6-tools-dev qt6-l10n-tools qt6-translations-l10n  # lupdate/lrelease; Qt's own German
  libpq-dev postgresql-15 postgresql-client-15  # sync/: the team library; its tests' server
  libqt6sql6-psql  # bench_team measures Qt's PostgreSQL driver against libpq
  xvfb xauth clang-format
  clang-16 libclang-rt-16-dev llvm-16  # fuzz/: libFuzzer, sanitizers, llvm-symbolizer-16
)
tool_pkgs=(
  ffmpeg espeak-ng sox imagemagick poppler-utils sqlite3 libxml2-utils python3 fonts-dejavu-core unzip
  praat  # reads the TextGrid export back in the tests
  gstreamer1.0-tools gstreamer1.0-plugins-base gstreamer1.0-plugins-good gstreamer1.0-plugins-ugly
  gnome-keyring dbus dbus-daemon libsecret-tools
  chromium  # plays the HTML debrief's clips in the tests
  help2man librsvg2-bin  # the man page from --help, the icons' PNGs (cmake/Packaging.cmake)
  lintian desktop-file-utils appstream  # make install-test checks the package with them
  openssl  # the team tests' throwaway certificate authority (TLS verified)
)
pkgs=("${build_pkgs[@]}" "${tool_pkgs[@]}")

missing=()
for p in "${pkgs[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
  [[ "$status" == "install ok installed" ]] || missing+=("$p")
done

if [[ ${#missing[@]} -eq 0 ]]; then
  exit 0
fi

echo "setup: installing ${#missing[@]} Debian package(s): ${missing[*]}"
if [[ $(id -u) -ne 0 ]]; then
  SUDO=sudo
else
  SUDO=
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
echo "setup: done"
