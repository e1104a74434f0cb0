#pragma once

#include "exchange/import/Transcript.h"

namespace coachtrack::exchange {

// A cue as the WebVTT file parsing algorithm yields it: text still holds its markup.
struct WebVttCue
{
    QString id;
    qint64 startMs = 0;
    qint64 endMs = 0;
    QString text;
    int line = 0; // 1-based line of the cue's timing line
};

enum class WebVttMode
{
    // The W3C algorithm to the letter: a cue whose timings do not parse is dropped.
    Strict,
    // For transcripts: also Teams' timestamps that are not zero-padded (0:0:5.32), and a
    // timing line that cannot be read is an error naming it instead of a silently lost cue.
    Transcript,
};

// Parses decoded WebVTT text (its one byte order mark already gone, as decoding removes it)
// with the W3C WebVTT file parsing algorithm
// (https://www.w3.org/TR/webvtt1/#file-parsing): signature, header, cue blocks, STYLE,
// REGION and NOTE blocks (skipped). FFmpeg's WebVTT demuxer is not used: it passed 22 of the
// 51 files of the W3C suite (it accepts every bad signature and drops headers, regions and
// styles' neighbours), so the algorithm is written out here and tested against that suite.
std::expected<std::vector<WebVttCue>, TranscriptError> parseWebVtt(QString text, WebVttMode mode);

// Cue text markup made plain: the first voice span's name (<v Name>) becomes the speaker,
// every tag goes, character references (&amp; &lt; &gt; &nbsp; &lrm; &rlm; &#N; &#xN;) are
// decoded.
struct PlainCueText
{
    QString speaker;
    QString text;
};
PlainCueText plainCueText(const QString& markup);

// A WebVTT transcript: Teams' voice spans and JSON-per-cue payloads, Zoom's "Name: text"
// (taken as speakers when most cues have it), ordered by start time.
TranscriptResult readWebVttTranscript(const QString& text);

} // namespace coachtrack::exchange
