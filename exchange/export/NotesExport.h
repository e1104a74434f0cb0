#pragma once

#include "annotations/Debrief.h"

#include <QByteArray>

namespace coachtrack::exchange {

// The shareable notes of a debrief sheet in data formats. None carries note ids (one id
// space covers both tracks, so gaps would hint at private notes), database paths or counts
// of anything private. Pure.

// RFC 4180: a header row, CRLF line ends, fields quoted when they hold a comma, quote or
// line break. UTF-8 without a byte-order mark.
QByteArray notesCsv(const annotations::DebriefSheet& sheet);
// The whole sheet as JSON ("format": "coachtrack-debrief", "version": 1).
QByteArray debriefJson(const annotations::DebriefSheet& sheet);
// WebVTT, one cue per note (to its end, or 6 s when it has none), so that a player shows the
// feedback as subtitles beside the recording. Focus items start with "Focus N:".
QByteArray notesWebVtt(const annotations::DebriefSheet& sheet);

// How long a note without an end is shown as a subtitle.
inline constexpr int64_t kCueLengthMs = 6000;

} // namespace coachtrack::exchange
