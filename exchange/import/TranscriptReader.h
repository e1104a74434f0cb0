#pragma once

#include "exchange/import/Transcript.h"

#include <QByteArray>

namespace coachtrack::exchange {

// Reads a transcript file's bytes whatever wrote them: the encoding (see
// decodeTranscriptText) and the format are told from the content, never the file name.
// Every cue or an error naming the line; never a part.
TranscriptResult readTranscript(const QByteArray& bytes);

// The same, from a file; errors name it ("FILE, line N: problem").
std::expected<Transcript, QString> readTranscriptFile(const QString& path);

QString formatName(TranscriptFormat format);

} // namespace coachtrack::exchange
