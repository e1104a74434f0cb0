#pragma once

#include <QString>

namespace coachtrack::app {

// Options that come before any sub-command (or the window) and apply to all of them.
struct GlobalOptions
{
    QString databasePath; // --db PATH; empty means the default location
};

} // namespace coachtrack::app
