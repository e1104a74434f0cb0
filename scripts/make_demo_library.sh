#!/usr/bin/env bash
# Builds a demo coaching library: the demo call (Alex, a rep, with Jordan, a buyer) reviewed
# with shareable and private notes, three focus items and session facts, plus an earlier call
# whose focus items carry over ("last time we worked on"). Used by `make demo`, the README's
# pictures and the export tests' sample. Usage: make_demo_library.sh BUILD_DIR [DB]
set -euo pipefail
build_dir=$1
app="$build_dir/bin/coachtrack"
demo_dir="$build_dir/demo"
db=${2:-$demo_dir/library.sqlite}
[[ -f "$demo_dir/demo_call.mp3" ]] || python3 "$(dirname "$0")/make_demo_call.py" --out-dir "$demo_dir" >/dev/null
if [[ ! -f "$demo_dir/earlier_call.mp3" ]]; then
  ffmpeg -v error -y -f lavfi -i "sine=f=220:d=90:sample_rate=16000" -f lavfi -i "sine=f=330:d=90:sample_rate=16000" \
    -filter_complex "[0][1]amerge=inputs=2" -c:a libmp3lame -b:a 32k "$demo_dir/earlier_call.mp3"
fi
rm -f "$db" "$db-wal" "$db-shm"
ct() { "$app" --db "$db" "$@"; }
note() { ct note add "$@" >/dev/null; }

earlier=$(ct add "$demo_dir/earlier_call.mp3" --rep Alex --title "First call with Northwind" --call-date 2026-11-06 \
  --account "Northwind Traders" --outcome lost)
a=$(ct note add "$earlier" --track shareable --at 0:20 --text "Ask about budget before you present the price." --focus)
b=$(ct note add "$earlier" --track shareable --at 0:55 --text "After you ask a question, wait: let the buyer fill the silence." --focus)
ct note status "$a" practising >/dev/null
ct note status "$b" achieved >/dev/null

rec=$(ct add "$demo_dir/demo_call.mp3" --rep Alex --title "Discovery call with Jordan" --call-date 2026-11-20 \
  --account "Acme Logistics")
ct session set "$rec" --objectives "Discovery depth before the pitch, and handling the price question." \
  --next-steps "Alex sends the business case to Jordan's finance team by Friday. We role-play the pricing conversation next week." \
  --next-date 2026-11-27 >/dev/null
note "$rec" --track shareable --at 0:09.5 --text "Great opener: you asked how onboarding works today before saying anything about Brightline."
note "$rec" --track shareable --at 0:31.7 --text "Good follow-up question on what happens when onboarding goes badly."
note "$rec" --track shareable --at 0:44.2 --text "Nice: you asked what the lost weeks cost. Stay on it one more question to get a number." --focus
note "$rec" --track shareable --at 0:51.9 --end 1:27.6 --text "A 36-second feature tour. Try one feature tied to their pain (visibility), then a question." --focus
note "$rec" --track private --at 1:05 --text "PRIVATE-CANARY he is reading the brochure again, I am losing my patience"
note "$rec" --track shareable --at 1:29.6 --text "Good recovery: 'What would matter most for your team?'"
note "$rec" --track shareable --at 1:43 --text "Mapping the decision makers early was well done."
p=$(ct note add "$rec" --track private --at 2:09.7 --text "PRIVATE-CANARY price dump, zero anchoring, classic Alex")
twin=$(ct note rephrase "$p" --text "Before the price, anchor on the value: forty onboardings a month and the weeks they lose.")
ct note focus "$twin" >/dev/null
note "$rec" --track shareable --at 2:20.9 --text "Asking for their budget was the right move."
note "$rec" --track shareable --at 2:35.7 --text "Offering a business case for finance: a strong next step."
note "$rec" --track private --at 2:44.9 --text "PRIVATE-CANARY should have booked the meeting ten minutes earlier"
note "$rec" --track shareable --at 2:44.9 --text "You closed on a concrete next meeting with the head of customer success."
echo "$rec"
