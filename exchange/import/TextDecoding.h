#pragma once

#include <QByteArray>
#include <QString>
#include <expected>

namespace coachtrack::exchange {

// The text of a transcript file whatever its encoding: UTF-8 with or without a BOM, UTF-16
// (LE or BE, with a BOM, or without one when every other byte is zero), otherwise
// Windows-1252 when the bytes are not valid UTF-8. Line endings are left as they are.
QString decodeTranscriptText(const QByteArray& bytes);

// The bytes of a file to import (a transcript, a file of notes), at most 64 MiB; or why not,
// naming the file ("PATH: no such file", "NAME: too large for WHAT (N MB)").
std::expected<QByteArray, QString> readImportFile(const QString& path, const QString& what);

// The same text with CRLF and lone CR turned into LF.
QString withUnixLineEnds(QString text);

} // namespace coachtrack::exchange
