#!/usr/bin/env bash
# Installs the Debian package made by `make package` on this machine (as root, as CI does),
# checks what it installed — the binary's --version and a probe of a generated file, the
# desktop entry, the AppStream metainfo, the man page, lintian — then purges it and checks
# that no file of it is left behind. Usage: install_test.sh BUILD_DIR
set -euo pipefail
build_dir=${1:-build}
shopt -s nullglob
debs=("$build_dir"/coachtrack_*.deb)
if [[ ${#debs[@]} -ne 1 ]]; then
  echo "install-test: expected one coachtrack_*.deb in $build_dir (make package)" >&2
  exit 1
fi
deb=$(realpath "${debs[0]}")
if [[ $(id -u) -ne 0 ]]; then
  echo "install-test: run as root (it installs and purges the package)" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
work=$(mktemp -d)
# However it ends, the machine is left without the package.
cleanup() {
  if dpkg -s coachtrack >/dev/null 2>&1; then
    apt-get purge -y -qq coachtrack >/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT
if dpkg -s coachtrack >/dev/null 2>&1; then
  echo "install-test: removing the coachtrack package already installed here first"
  apt-get purge -y -qq coachtrack >/dev/null
fi

echo "== lintian $(basename "$deb")"
set +e
lintian --tag-display-limit 0 "$deb" > "$work/lintian.txt" 2>&1
lintian_rc=$?
set -e
cat "$work/lintian.txt"
if grep -q '^E:' "$work/lintian.txt" || [[ $lintian_rc -gt 1 ]]; then
  echo "install-test: lintian reports errors (or could not run: exit $lintian_rc)" >&2
  exit 1
fi

dpkg-deb --fsys-tarfile "$deb" | tar -t | sed -n 's|^\./|/|p' | grep -v '/$' > "$work/files.txt"
apt-get install -y -qq --reinstall "$deb" >/dev/null
echo "== installed $(wc -l < "$work/files.txt") files"
version=$(/usr/bin/coachtrack --version)
echo "$version"
[[ "$version" =~ ^coachtrack\ [0-9]+\.[0-9]+\.[0-9]+ ]]
ffmpeg -v error -f lavfi -i "sine=f=440:d=2" -ac 2 -ar 16000 "$work/tone.wav"
probe=$(/usr/bin/coachtrack probe "$work/tone.wav")
echo "$probe"
grep -q "16000 Hz, 2 channels" <<<"$probe"
grep -q "duration     0:02.000" <<<"$probe"
desktop-file-validate /usr/share/applications/app.coachtrack.Coachtrack.desktop
appstreamcli validate --no-net /usr/share/metainfo/app.coachtrack.Coachtrack.metainfo.xml
test -f /usr/share/man/man1/coachtrack.1.gz
test -f /usr/share/icons/hicolor/scalable/apps/coachtrack.svg

apt-get purge -y -qq coachtrack >/dev/null
left=0
while read -r f; do
  if [[ -e "$f" ]]; then
    echo "install-test: left behind after purge: $f" >&2
    left=1
  fi
done < "$work/files.txt"
[[ $left -eq 0 ]]
echo "install-test: installed, checked and purged; nothing left behind"
