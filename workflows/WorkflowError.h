#pragma once

#include <QString>
#include <expected>

namespace coachtrack::annotations {
struct StoreError;
}
namespace coachtrack::media {
struct Error;
}

namespace coachtrack::workflows {

// What went wrong, by kind, so that the window and the command line can act on it — offer
// Relink… for a moved file, `check --recover-to` for a damaged library, a read-only banner —
// without reading the message. Every kind of the library's and the media engine's errors
// arrives here unchanged; the last few are the workflows' own.
enum class ErrorKind
{
    // The library (annotations::StoreErrorCode)
    NotFound,
    InvalidInput,
    CapReached,
    NewerLibrary,
    NotALibrary,
    DiskFull,
    ReadOnly,
    Busy,
    Damaged,
    LibraryIo,
    // The recording (media::ErrorCode)
    FileNotFound,
    NotAFile,
    PermissionDenied,
    EmptyFile,
    UnrecognisedFormat,
    NoAudioStream,
    UnsupportedCodec,
    DecodeFailed,
    Cancelled,
    MediaIo,
    // The workflows' own
    NotInReadOnlyLibrary, // a file that is not in a read-only library: it plays, no notes
    DifferentRecording,   // relink to a file with other content
    ProtectedOutput,      // an export would overwrite the library or a recording
};

// A failure for the user: `message` says what and where (never a note's text).
struct Error
{
    ErrorKind kind;
    QString message;
};

Error fromStore(const annotations::StoreError& error);
Error fromMedia(const media::Error& error);

template<typename T>
using Expected = std::expected<T, Error>;

// True for the kinds that mean "the recording is not where the library says": Relink… helps.
bool isMissingFile(ErrorKind kind);

} // namespace coachtrack::workflows
