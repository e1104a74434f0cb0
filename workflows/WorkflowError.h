#pragma once

#include "annotations/StoreError.h"
#include "media/MediaError.h"

#include <QString>
#include <expected>
#include <variant>

namespace coachtrack::workflows {

// Failures that belong to no single library: they appear where the media engine meets the store.
enum class WorkflowErrorCode
{
    NotInReadOnlyLibrary, // a file that is not in a read-only library: it plays, no notes
    DifferentRecording,   // relink to a file with other content
    ProtectedOutput,      // an export would overwrite the library or a recording
    BadTranscript,        // a transcript file that cannot be read (the message names the line)
    BadRatingForm,        // a rep's self-rating form that cannot be read or names what is not there
};

// A failure for the user, with the code it had where it happened — the library's, the media
// engine's or a workflow's own — so that the window and the command line can act on it (offer
// Relink… for a moved file, `check --recover-to` for a damaged library, a banner instead of an
// error for a read-only one) without reading the message. `message` says what and where, and
// never holds a note's text.
struct Error
{
    using Code = std::variant<annotations::StoreErrorCode, media::ErrorCode, WorkflowErrorCode>;
    Code code;
    QString message;

    template<typename Enum>
    bool is(Enum value) const
    {
        const Enum* held = std::get_if<Enum>(&code);
        return held && *held == value;
    }
};

inline Error fromStore(const annotations::StoreError& error)
{
    return {error.code, error.message};
}
inline Error fromMedia(const media::Error& error)
{
    return {error.code, error.message};
}

template<typename T>
using Expected = std::expected<T, Error>;

} // namespace coachtrack::workflows
