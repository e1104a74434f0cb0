#!/usr/bin/env bash
# Brings translations/coachtrack_<lang>.ts up to date with the tr() strings of the window (app/)
# and of the workflows and export formats whose text reaches it (workflows/, exchange/export/),
# with Qt 6's lupdate. A new language:
#   bash scripts/update_translations.sh fr      (creates translations/coachtrack_fr.ts)
# then translate it in Qt Linguist (linguist6) or any .ts editor, and rebuild.
#
# --check: changes nothing; fails, naming each string, when a source string has no finished
# translation in some language, or a .ts holds strings the sources no longer have (run
# `make translations`). CTest runs it as translations_complete.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
lupdate=${LUPDATE:-/usr/lib/qt6/bin/lupdate}
sources=("$root/app" "$root/workflows" "$root/exchange/export" "$root/annotations/SessionTemplate.cpp"
         "$root/annotations/UndoCommands.cpp")
options=(-silent -no-obsolete -locations none -extensions cpp,h -I "$root")

if [[ "${1:-}" == "--check" ]]; then
  work=$(mktemp -d)
  trap 'rm -rf "$work"' EXIT
  status=0
  shopt -s nullglob
  files=("$root"/translations/coachtrack_*.ts)
  if [[ ${#files[@]} -eq 0 ]]; then
    echo "no translations/coachtrack_*.ts"; exit 1
  fi
  for ts in "${files[@]}"; do
    copy="$work/$(basename "$ts")"
    cp "$ts" "$copy"
    "$lupdate" "${options[@]}" "${sources[@]}" -ts "$copy" >/dev/null
    python3 - "$ts" "$copy" <<'PY' || status=1
import sys
import xml.etree.ElementTree as ET
kept, fresh = sys.argv[1], sys.argv[2]
def messages(path):
    out = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name")
        for m in context.iter("message"):
            out[(name, m.findtext("source"), m.findtext("comment"))] = m
    return out
old, new = messages(kept), messages(fresh)
problems = []
for key, m in new.items():
    t = m.find("translation")
    forms = [f.text for f in t.findall("numerusform")] if m.get("numerus") == "yes" else [t.text]
    if t.get("type") in ("unfinished", "vanished", "obsolete") or not all(forms):
        problems.append(f"  untranslated [{key[0]}] {key[1]!r}")
for key in old.keys() - new.keys():
    problems.append(f"  no longer in the sources [{key[0]}] {key[1]!r}")
name = kept.rsplit("/", 1)[-1]
if problems:
    print(f"{name}: {len(problems)} string(s) to translate or remove "
          "(`make translations` updates the file; then translate it):")
    print("\n".join(problems))
    sys.exit(1)
print(f"{name}: all {len(new)} strings translated")
PY
  done
  exit $status
fi

languages=("$@")
if [[ ${#languages[@]} -eq 0 ]]; then
  for ts in "$root"/translations/coachtrack_*.ts; do
    [[ -e "$ts" ]] || continue
    lang=${ts##*/coachtrack_}; languages+=("${lang%.ts}")
  done
fi
for lang in "${languages[@]}"; do
  "$lupdate" "${options[@]}" "${sources[@]}" -ts "$root/translations/coachtrack_$lang.ts"
  echo "translations/coachtrack_$lang.ts"
done
