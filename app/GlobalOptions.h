#pragma once

#include <QString>

namespace coachtrack::app {

// Options that come before any sub-command (or the window) and apply to all of them.
struct GlobalOptions
{
    QString databasePath; // --db PATH; empty means the default location
    QString teamUrl;      // --team URL: the team library on PostgreSQL, for a rep's commands
    bool rep = false;     // --rep: signed in as a rep (the team library's "My coaching")
};

} // namespace coachtrack::app
