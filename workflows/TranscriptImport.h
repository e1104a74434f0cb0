#pragma once

#include "annotations/Store.h"
#include "workflows/SpeakerMatching.h"
#include "workflows/WorkflowError.h"

namespace coachtrack::workflows {

// A proposal from the audio that a role given or remembered overrules.
struct OverruledRole
{
    ProposedRole proposed;
    annotations::SpeakerRole kept;
};

struct TranscriptImported
{
    QString format;
    int lines = 0;
    // Roles proposed from the call's audio (two-channel calls only) and kept, for speakers
    // without a role given or remembered.
    std::vector<ProposedRole> proposed;
    // Speakers whose given or remembered role is on the other side of the call from their
    // channel: a wrong role, or a recording whose rep channel is wrong.
    std::vector<OverruledRole> overruled;
    int speakersWithoutRole = 0;
    int retimed = 0; // cues moved onto their speaker's detected speech
};

// Reads a transcript file and keeps it with recording `recordingId`, replacing the one it
// had. Speakers get the roles `given` (remembered by name), else those remembered, else, for
// a two-channel recording whose file is at hand, roles proposed by matching their lines
// against each channel's speech (the analysis comes from the peak cache when it is there);
// there, cue boundaries within kCueSnapToleranceMs of the speech on the speaker's channel are
// moved onto it (snapCuesToSpeech), keeping the file's times.
// A file that cannot be read, or with a line starting more than 10 s after the call ends
// (another call's transcript), changes nothing. Caller's thread (the analysis may take seconds
// on an uncached long call).
Expected<TranscriptImported>
importTranscriptFile(annotations::Store& store, int64_t recordingId, const QString& path,
                     const std::vector<annotations::TranscriptSpeaker>& given);

} // namespace coachtrack::workflows
