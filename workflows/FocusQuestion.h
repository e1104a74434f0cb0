#pragma once

#include "annotations/Types.h"

#include <QString>

namespace coachtrack::workflows {

// One opening question to offer for a focus item, from its moment and text: what the buyer
// asked just then, when the call's transcript has it ("At 0:51 Jordan asked “What does it
// cost?” — what did you want to happen next?"); else the note itself turned into a question
// when it commands (directiveAsQuestion); else a question about the moment ("At 0:51 — what
// would you do differently here?"). The manager's own words replace it. Pure; any thread.
QString suggestedFocusQuestion(const annotations::ShareableNote& note,
                               const annotations::RecordingTranscript* transcript);

} // namespace coachtrack::workflows
