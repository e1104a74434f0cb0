#pragma once

#include "exchange/import/Transcript.h"

#include <QByteArray>

namespace coachtrack::exchange {

// The most word/document.xml may unpack to. A ten-hour Teams transcript is a few MB; past this
// the archive is a zip bomb or not a transcript, and is refused before it fills memory.
inline constexpr qint64 kLargestDocxXml = qint64(64) << 20;

// Whether the bytes start like a ZIP archive, as every .docx does (readTranscript sends those
// to readTeamsDocx before it decodes any text).
bool looksLikeZip(const QByteArray& bytes);

// Microsoft Teams' Word transcript (.docx), from the file's bytes, read in memory. Two layouts:
// "Name   0:03" (two or more spaces or a tab before M:SS or H:MM:SS) then the turn's text, in
// the same paragraph after a line break or in the paragraphs below; and the older
// "0:0:5.1 --> 0:0:8.25", the name, then the text. Every cue or an error on line 0 saying
// what is wrong with the file; never a part.
TranscriptResult readTeamsDocx(const QByteArray& bytes);

} // namespace coachtrack::exchange
