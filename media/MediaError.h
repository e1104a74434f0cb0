#pragma once

#include <QString>
#include <optional>

namespace coachtrack::media {

enum class ErrorCode
{
    FileNotFound,
    NotAFile,
    PermissionDenied,
    EmptyFile,
    UnrecognisedFormat,
    NoAudioStream,
    UnsupportedCodec,
    DecodeFailed,
    Cancelled,
    IoError,
};

// A media failure for the user: `message` is one line that names the file and the reason.
struct Error
{
    ErrorCode code;
    QString message;
};

// Checks that `path` names an existing, readable, non-empty regular file.
// Returns the error a user should see when it does not.
std::optional<Error> checkReadableFile(const QString& path);

} // namespace coachtrack::media
