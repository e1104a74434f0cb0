#pragma once

#include "exchange/import/Transcript.h"

#include <QRegularExpressionMatch>

namespace coachtrack::exchange {

// Readers of the transcript formats that are not WebVTT. Each takes the decoded text (any
// line ending) and returns every cue, or the first problem with its line; never a part.

// SubRip: optional numeric indexes, "HH:MM:SS,mmm --> HH:MM:SS,mmm", text lines, blank line.
TranscriptResult readSrt(const QString& text);

// Google Meet's text transcript: "Name: text" lines; a bare "HH:MM:SS" line every five
// minutes. Times between two marks are interpolated by text length and marked estimated.
TranscriptResult readGoogleMeet(const QString& text);

// Otter.ai's text export: "Name  M:SS" (or H:MM:SS; two spaces each side of the time), the
// text, a blank line. A cue ends where the next begins.
TranscriptResult readOtter(const QString& text);

// Gong-style JSON: {"transcript": [{"speakerId": "...", "sentences": [{"start": ms,
// "end": ms, "text": "..."}]}]} (also a bare array of such monologues).
TranscriptResult readGongJson(const QString& text);

// Whether the text looks like each format (for detection; cheap, first lines only).
bool looksLikeSrt(const QString& text);
bool looksLikeGoogleMeet(const QString& text);
bool looksLikeOtter(const QString& text);
bool looksLikeGongJson(const QString& text);

// A speaker heading with a clock time ("Name  0:03", "Name  1:02:03"), as Otter.ai text and
// Teams' Word transcript write them.
struct SpeakerHeading
{
    QString speaker;
    qint64 startMs = 0;
};
// The heading a reader's pattern matched: the name in group 1, then either H:MM:SS in groups
// 2-4 or M:SS in groups 5-6.
SpeakerHeading speakerHeadingOf(const QRegularExpressionMatch& match);

} // namespace coachtrack::exchange
