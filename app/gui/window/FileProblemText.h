#pragma once

#include "media/MediaError.h"

#include <QString>

namespace coachtrack::app {

// A problem found before playback was attempted (missing file, folder, empty file, …) as the
// window shows it: the media engine's message and what to do next. GUI thread.
QString describeFileProblem(const media::Error& problem);

} // namespace coachtrack::app
