#pragma once

#include <QString>
#include <expected>
#include <vector>

namespace coachtrack::exchange {

// One timed line of a transcript as a meeting tool or dialer exported it.
struct TranscriptCue
{
    qint64 startMs = 0;
    qint64 endMs = 0;
    QString speaker;        // as the file names them; empty when the file says nobody
    QString text;           // plain text: markup removed, lines joined with '\n'
    QString id;             // the file's cue id, when it has one
    bool estimated = false; // times interpolated by the importer (Google Meet, Teams .docx)
    bool operator==(const TranscriptCue&) const = default;
};

// Which exporter wrote a transcript file (detected from its content, not its name).
enum class TranscriptFormat
{
    WebVtt,     // W3C WebVTT, including Zoom's "Name: text" and Teams' lenient variant
    Srt,        // SubRip
    GoogleMeet, // "Name: text" lines with a bare 00:05:00 every five minutes
    Otter,      // "Name  M:SS" then the text
    GongJson,   // Gong-style JSON: speakerId and sentences with ms start/end
    TeamsDocx,  // Microsoft Teams' Word transcript: "Name   0:03" then the text
};

struct Transcript
{
    TranscriptFormat format = TranscriptFormat::WebVtt;
    std::vector<TranscriptCue> cues; // ordered by start time (stable for equal starts)
};

// Why a file could not be read as a transcript: the line (1-based; 0 when it is not about one
// line) and the problem, in words a manager understands.
struct TranscriptError
{
    int line = 0;
    QString problem;
    QString message(const QString& fileName) const; // "FILE, line N: PROBLEM"
};

using TranscriptResult = std::expected<Transcript, TranscriptError>;

} // namespace coachtrack::exchange
