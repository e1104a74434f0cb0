#pragma once

#include <QString>
#include <expected>

namespace coachtrack::annotations {

enum class StoreErrorCode
{
    NotFound,       // no such recording, session, note, …
    InvalidInput,   // empty text, time outside the recording, bad cap, …
    CapReached,     // the session's focus cap is full
    NewerSchema,    // the database was written by a newer Coachtrack
    NotOurDatabase, // the file is not a Coachtrack library
    DiskFull,
    ReadOnly,
    Busy,   // another process holds the database
    Locked, // private notes are encrypted and the library's key was not given
    Corrupt,
    Io,
};

// A store failure for the user: `message` says what and where, and how to fix it when known.
struct StoreError
{
    StoreErrorCode code;
    QString message;
};

template<typename T>
using Result = std::expected<T, StoreError>;

} // namespace coachtrack::annotations
