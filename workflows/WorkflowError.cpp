#include "workflows/WorkflowError.h"

#include "annotations/StoreError.h"
#include "media/MediaError.h"

namespace coachtrack::workflows {

namespace {

ErrorKind kindOf(annotations::StoreErrorCode code)
{
    using C = annotations::StoreErrorCode;
    switch (code) {
    case C::NotFound: return ErrorKind::NotFound;
    case C::InvalidInput: return ErrorKind::InvalidInput;
    case C::CapReached: return ErrorKind::CapReached;
    case C::NewerSchema: return ErrorKind::NewerLibrary;
    case C::NotOurDatabase: return ErrorKind::NotALibrary;
    case C::DiskFull: return ErrorKind::DiskFull;
    case C::ReadOnly: return ErrorKind::ReadOnly;
    case C::Busy: return ErrorKind::Busy;
    case C::Corrupt: return ErrorKind::Damaged;
    case C::Io: return ErrorKind::LibraryIo;
    }
    return ErrorKind::LibraryIo;
}

ErrorKind kindOf(media::ErrorCode code)
{
    using C = media::ErrorCode;
    switch (code) {
    case C::FileNotFound: return ErrorKind::FileNotFound;
    case C::NotAFile: return ErrorKind::NotAFile;
    case C::PermissionDenied: return ErrorKind::PermissionDenied;
    case C::EmptyFile: return ErrorKind::EmptyFile;
    case C::UnrecognisedFormat: return ErrorKind::UnrecognisedFormat;
    case C::NoAudioStream: return ErrorKind::NoAudioStream;
    case C::UnsupportedCodec: return ErrorKind::UnsupportedCodec;
    case C::DecodeFailed: return ErrorKind::DecodeFailed;
    case C::Cancelled: return ErrorKind::Cancelled;
    case C::IoError: return ErrorKind::MediaIo;
    }
    return ErrorKind::MediaIo;
}

} // namespace

Error fromStore(const annotations::StoreError& error)
{
    return {kindOf(error.code), error.message};
}

Error fromMedia(const media::Error& error)
{
    return {kindOf(error.code), error.message};
}

bool isMissingFile(ErrorKind kind)
{
    return kind == ErrorKind::FileNotFound || kind == ErrorKind::NotAFile;
}

} // namespace coachtrack::workflows
