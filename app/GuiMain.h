#pragma once

#include "app/cli/CliRegistry.h"

namespace coachtrack::app {

// Parses the GUI's options, makes sure there is a display to show it on, and runs the
// main window until it closes. Main thread.
int runGui(int argc, char** argv, const GlobalOptions& global);

} // namespace coachtrack::app
