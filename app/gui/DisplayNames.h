#pragma once

#include "annotations/Types.h"

#include <QString>

namespace coachtrack::app {

// What the window calls a speaker's role and a focus item's status, in the user's language. The
// names in annotations/Types.h are the library's and the command line's, and stay English.
// Any thread.
QString roleLabel(annotations::SpeakerRole role);
QString focusStatusText(annotations::FocusStatus status);

} // namespace coachtrack::app
