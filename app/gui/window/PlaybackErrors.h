#pragma once

#include "media/MediaError.h"

#include <QMediaPlayer>
#include <QString>

namespace coachtrack::app {

// Turns a Qt Multimedia error into a sentence for the user: what happened, to which file,
// and what to do next.
QString describePlaybackError(const QString& path, QMediaPlayer::Error error,
                              const QString& detail);

// The same for a problem found before playback was attempted (missing file, folder, …).
QString describeFileProblem(const media::Error& problem);

} // namespace coachtrack::app
