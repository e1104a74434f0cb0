#pragma once

namespace coachtrack::app {

// Entry point of the `coachtrack` executable: dispatches to a sub-command (`probe`, …) or
// starts the GUI. Runs on the main thread and owns the Q*Application it creates.
int runCommandLine(int argc, char** argv);

} // namespace coachtrack::app
