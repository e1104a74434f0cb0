#!/usr/bin/env python3
"""Synthesise Coachtrack's demo call from scripts/demo_call.txt.

Writes OUT_DIR/demo_call.mp3 (16 kHz stereo, rep left, buyer right), demo_call.truth.json
(speech segments per channel in ms, measured from where each utterance was placed) and
demo_call.vtt (WebVTT transcript with <v Speaker> voice spans). Deterministic: the same
dialogue and tools give byte-identical files.

Usage: make_demo_call.py [--dialogue FILE] [--out-dir DIR] [--format mp3|opus|wav]
"""
import argparse
import array
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import wave

SYNTH_RATE = 22050          # espeak-ng's native output rate
TRIM_THRESHOLD = 150        # int16 amplitude below which leading/trailing samples are silence
DEFAULT_GAP_MS = (350, 900) # natural turn-taking gap when the dialogue gives none
SEED = 20261124


def fail(msg):
    print(f"make_demo_call: {msg}", file=sys.stderr)
    sys.exit(1)


def parse_dialogue(path):
    speakers, lines = {}, []
    with open(path, encoding="utf-8") as f:
        for lineno, raw in enumerate(f, 1):
            line = raw.strip()
            if not line or line.startswith("#"):
                continue
            if line.startswith("@speaker"):
                parts = line.split()
                if len(parts) != 8:
                    fail(f"{path}:{lineno}: @speaker needs NAME ROLE CHANNEL VOICE WPM PITCH GAIN")
                _, name, role, channel, voice, wpm, pitch, gain = parts
                if channel not in ("left", "right") or role not in ("rep", "buyer"):
                    fail(f"{path}:{lineno}: bad role or channel")
                speakers[name] = dict(name=name, role=role, channel=0 if channel == "left" else 1,
                                      voice=voice, wpm=int(wpm), pitch=int(pitch), gain=float(gain))
                continue
            m = re.match(r"^(?:\{(pause|overlap)\s+(\d+)\}\s*)?([A-Za-z]+):\s*(.+)$", line)
            if not m:
                fail(f"{path}:{lineno}: expected 'Name: text', got {line!r}")
            kind, ms, name, text = m.groups()
            if name not in speakers:
                fail(f"{path}:{lineno}: unknown speaker {name!r}")
            lines.append(dict(speaker=name, text=text, kind=kind, ms=int(ms) if ms else None))
    if len(speakers) != 2 or {s["channel"] for s in speakers.values()} != {0, 1}:
        fail(f"{path}: need exactly two speakers, one per channel")
    return speakers, lines


def synthesise(text, spk, tmpdir):
    wav_path = os.path.join(tmpdir, "utt.wav")
    subprocess.run(["espeak-ng", "-v", spk["voice"], "-s", str(spk["wpm"]), "-p", str(spk["pitch"]),
                    "-w", wav_path, text], check=True)
    with wave.open(wav_path, "rb") as w:
        if w.getframerate() != SYNTH_RATE or w.getnchannels() != 1 or w.getsampwidth() != 2:
            fail("espeak-ng produced an unexpected WAV format")
        samples = array.array("h", w.readframes(w.getnframes()))
    if sys.byteorder == "big":
        samples.byteswap()
    first = next((i for i, v in enumerate(samples) if abs(v) > TRIM_THRESHOLD), None)
    if first is None:
        fail(f"espeak-ng produced silence for {text!r}")
    last = len(samples) - 1
    while last > first and abs(samples[last]) <= TRIM_THRESHOLD:
        last -= 1
    return samples[first:last + 1]


def ms_to_samples(ms):
    return ms * SYNTH_RATE // 1000


def layout(speakers, lines, tmpdir):
    """Places utterances on a timeline; returns (placed, total_ms)."""
    rng = random.Random(SEED)
    placed, cursor_ms = [], 600
    prev_end_ms = None
    for line in lines:
        spk = speakers[line["speaker"]]
        samples = synthesise(line["text"], spk, tmpdir)
        dur_ms = len(samples) * 1000 // SYNTH_RATE
        if prev_end_ms is None:
            start_ms = cursor_ms
        elif line["kind"] == "overlap":
            start_ms = prev_end_ms - line["ms"]
        elif line["kind"] == "pause":
            start_ms = cursor_ms + line["ms"]
        else:
            start_ms = cursor_ms + rng.randint(*DEFAULT_GAP_MS)
        placed.append(dict(speaker=spk, text=line["text"], start_ms=start_ms,
                           end_ms=start_ms + dur_ms, samples=samples))
        prev_end_ms = start_ms + dur_ms
        cursor_ms = max(cursor_ms, prev_end_ms)
    return placed, cursor_ms + 800


def write_channels(placed, total_ms, tmpdir):
    paths = []
    for channel in (0, 1):
        buf = array.array("h", bytes(2 * ms_to_samples(total_ms)))
        for u in placed:
            if u["speaker"]["channel"] != channel:
                continue
            at = ms_to_samples(u["start_ms"])
            buf[at:at + len(u["samples"])] = u["samples"]
        if sys.byteorder == "big":
            buf.byteswap()
        path = os.path.join(tmpdir, f"ch{channel}.wav")
        with wave.open(path, "wb") as w:
            w.setnchannels(1)
            w.setsampwidth(2)
            w.setframerate(SYNTH_RATE)
            w.writeframes(buf.tobytes())
        paths.append(path)
    return paths


def encode(channel_paths, gains, total_ms, fmt, out_path):
    """Adds quiet, steady line noise per channel, resamples to 16 kHz stereo and encodes."""
    dur = f"{total_ms / 1000:.3f}"
    graph = (
        f"[0:a]volume={gains[0]}[l];[1:a]volume={gains[1]}[r];"
        f"anoisesrc=d={dur}:c=pink:r={SYNTH_RATE}:a=0.002:seed=7[nl];"
        f"anoisesrc=d={dur}:c=pink:r={SYNTH_RATE}:a=0.002:seed=11[nr];"
        "[l][nl]amix=inputs=2:normalize=0[L];"
        "[r][nr]amix=inputs=2:normalize=0[R];"
        "[L][R]join=inputs=2:channel_layout=stereo,aresample=16000[out]"
    )
    codec = {"mp3": ["-c:a", "libmp3lame", "-b:a", "48k"],
             "opus": ["-c:a", "libopus", "-b:a", "32k"],
             "wav": ["-c:a", "pcm_s16le"]}[fmt]
    subprocess.run(["ffmpeg", "-v", "error", "-y", "-i", channel_paths[0], "-i", channel_paths[1],
                    "-filter_complex", graph, "-map", "[out]", *codec,
                    "-map_metadata", "-1", "-fflags", "+bitexact", "-flags:a", "+bitexact",
                    out_path], check=True)


def vtt_time(ms):
    h, rest = divmod(ms, 3_600_000)
    m, rest = divmod(rest, 60_000)
    s, ms = divmod(rest, 1000)
    return f"{h:02d}:{m:02d}:{s:02d}.{ms:03d}"


def write_truth(placed, speakers, total_ms, audio_name, path):
    channels = []
    for spk in sorted(speakers.values(), key=lambda s: s["channel"]):
        segs = [[u["start_ms"], u["end_ms"]] for u in placed if u["speaker"] is spk]
        channels.append(dict(index=spk["channel"], speaker=spk["name"], role=spk["role"],
                             speech_ms=sum(e - s for s, e in segs), segments=segs))
    truth = dict(audio=audio_name, duration_ms=total_ms, sample_rate=16000, channels=channels,
                 utterances=[dict(speaker=u["speaker"]["name"], channel=u["speaker"]["channel"],
                                  start_ms=u["start_ms"], end_ms=u["end_ms"], text=u["text"])
                             for u in placed])
    with open(path, "w", encoding="utf-8") as f:
        json.dump(truth, f, indent=1)
        f.write("\n")


def write_vtt(placed, path):
    with open(path, "w", encoding="utf-8") as f:
        f.write("WEBVTT\n\n")
        for i, u in enumerate(placed, 1):
            f.write(f"{i}\n{vtt_time(u['start_ms'])} --> {vtt_time(u['end_ms'])}\n"
                    f"<v {u['speaker']['name']}>{u['text']}\n\n")


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dialogue", default=os.path.join(here, "demo_call.txt"))
    ap.add_argument("--out-dir", default=os.path.join(here, "..", "build", "demo"))
    ap.add_argument("--format", choices=["mp3", "opus", "wav"], default="mp3")
    args = ap.parse_args()
    for tool in ("espeak-ng", "ffmpeg"):
        if shutil.which(tool) is None:
            fail(f"{tool} is not installed (run scripts/setup.sh)")

    speakers, lines = parse_dialogue(args.dialogue)
    os.makedirs(args.out_dir, exist_ok=True)
    audio_name = f"demo_call.{args.format}"
    with tempfile.TemporaryDirectory() as tmpdir:
        placed, total_ms = layout(speakers, lines, tmpdir)
        channel_paths = write_channels(placed, total_ms, tmpdir)
        gains = [next(s["gain"] for s in speakers.values() if s["channel"] == c) for c in (0, 1)]
        tmp_out = os.path.join(tmpdir, audio_name)
        encode(channel_paths, gains, total_ms, args.format, tmp_out)
        shutil.move(tmp_out, os.path.join(args.out_dir, audio_name))
    write_truth(placed, speakers, total_ms, audio_name,
                os.path.join(args.out_dir, "demo_call.truth.json"))
    write_vtt(placed, os.path.join(args.out_dir, "demo_call.vtt"))
    print(f"make_demo_call: wrote {os.path.join(args.out_dir, audio_name)} "
          f"({total_ms / 1000:.1f} s, {len(placed)} utterances)")


if __name__ == "__main__":
    main()
