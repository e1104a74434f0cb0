#pragma once

#include "app/Subcommands.h"

namespace coachtrack::app {

// `coachtrack probe`, `peaks` and `talk`: the media engine from the command line.
int runProbe(const GlobalOptions& global, const QStringList& args);
int runPeaks(const GlobalOptions& global, const QStringList& args);
int runTalk(const GlobalOptions& global, const QStringList& args);

} // namespace coachtrack::app
