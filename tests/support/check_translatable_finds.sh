#!/usr/bin/env bash
# The translatable-strings scanner fails, naming the place, on a window file with a literal
# outside tr(), and passes the same file once the literal goes through tr() or is marked.
set -euo pipefail
scanner=$1
root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
mkdir -p "$root/app/gui/panels"
file="$root/app/gui/panels/Example.cpp"
cat > "$file" <<'CPP'
void Example::build()
{
    m_label->setText(QStringLiteral("Words nobody translates"));
    m_box->addItem(tr("PDF"), QStringLiteral("pdf"));
    m_other->setToolTip(tr("Two lines "
                           "of text"));
}
CPP
if out=$(python3 "$scanner" "$root"); then
  echo "the scanner passed a literal outside tr():"; echo "$out"; exit 1
fi
grep -q 'app/gui/panels/Example.cpp:3: "Words nobody translates"' <<<"$out" || {
  echo "the scanner did not name the place:"; echo "$out"; exit 1; }
[[ $(grep -c 'is not passed' <<<"$out") -eq 1 ]] || { echo "false alarms:"; echo "$out"; exit 1; }
sed -i 's/QStringLiteral("Words nobody translates")/tr("Words nobody translates")/' "$file"
python3 "$scanner" "$root" >/dev/null || { echo "the scanner failed a translated file"; exit 1; }
sed -i 's/tr("Words nobody translates")/QStringLiteral("Words") \/\/ not translated: a test/' "$file"
python3 "$scanner" "$root" >/dev/null || { echo "the scanner ignored the opt-out comment"; exit 1; }
echo "the scanner finds a literal outside tr() and nothing else"
