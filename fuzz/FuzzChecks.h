#pragma once
// What every importer promises whatever the bytes, checked after each fuzz input; a broken
// promise aborts, which libFuzzer reports as a crash with the input that caused it.

#include "exchange/import/NotesImport.h"
#include "exchange/import/Transcript.h"

#include <QByteArray>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace coachtrack::fuzz {

inline QByteArray bytesOf(const uint8_t* data, size_t size)
{
    return QByteArray(reinterpret_cast<const char*>(data), qsizetype(size));
}

[[noreturn]] inline void broken(const char* promise)
{
    std::fprintf(stderr, "importer promise broken: %s\n", promise);
    std::abort();
}

inline void require(bool holds, const char* promise)
{
    if (!holds)
        broken(promise);
}

inline void checkError(const exchange::TranscriptError& error)
{
    require(error.line >= 0, "error line >= 0");
    require(!error.problem.isEmpty(), "error says the problem");
}

// A transcript: cues that start at 0 or later, end no earlier than they start, in time order;
// an error: a line of 0 or more and a problem in words.
inline void checkTranscript(const exchange::TranscriptResult& result)
{
    if (!result) {
        checkError(result.error());
        return;
    }
    qint64 previousStart = 0;
    for (const exchange::TranscriptCue& cue : result->cues) {
        require(cue.startMs >= 0, "cue starts at 0 or later");
        require(cue.endMs >= cue.startMs, "cue ends no earlier than it starts");
        require(cue.startMs >= previousStart, "cues in time order");
        previousStart = cue.startMs;
    }
}

// Notes: each tier in time order; then the import's next steps (the tier chosen, the notes
// planned against a recording) run on what was read.
inline void checkNotes(const exchange::NotesResult& result)
{
    if (!result) {
        checkError(result.error());
        return;
    }
    for (const exchange::ImportedTier& tier : result->tiers)
        for (size_t i = 1; i < tier.notes.size(); ++i)
            require(tier.notes[i - 1].startMs <= tier.notes[i].startMs, "notes in time order");
    const auto notes = exchange::notesOfTiers(*result, {});
    if (!notes) {
        require(!notes.error().isEmpty(), "tier choice says the problem");
        return;
    }
    for (const int64_t durationMs : {int64_t(0), int64_t(60'000)}) {
        const auto plan = exchange::planNotes(*notes, durationMs);
        if (!plan) {
            checkError(plan.error());
            continue;
        }
        for (const exchange::ImportedNote& note : plan->notes) {
            require(note.startMs >= 0 && !note.text.isEmpty(), "planned notes start and say");
            require(!note.endMs || *note.endMs > note.startMs, "planned notes end after start");
        }
    }
}

} // namespace coachtrack::fuzz
