#pragma once

#include "annotations/Types.h"
#include "media/SpeechDetector.h"

#include <vector>

namespace coachtrack::workflows {

// A role proposed for a transcript speaker from a two-channel call's audio.
struct ProposedRole
{
    QString speaker;
    int channel = -1; // the channel whose speech their lines fall on
    annotations::SpeakerRole role = annotations::SpeakerRole::Other;
    // How clearly their lines fall on that channel rather than the other, 0..1: the share of
    // their line time overlapping that channel's speech minus the share overlapping the
    // other's, so 1 is "only ever on this side" and 0 is "either side alike".
    double confidence = 0;
};

// Matches each speaker's line times against each channel's detected speech. Speakers on the
// rep's channel: the one who talks most is the rep, others the manager (a team call on the
// rep's line); speakers on the other channel are the buyer side. Speakers whose lines touch
// no speech on either channel are left out. Pure; any thread.
std::vector<ProposedRole> proposeRoles(const std::vector<annotations::TranscriptLine>& lines,
                                       const std::vector<std::vector<media::SpeechSegment>>& speech,
                                       int repChannel);

} // namespace coachtrack::workflows
