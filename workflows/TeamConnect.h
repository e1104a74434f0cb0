#pragma once

#include <QString>
#include <expected>

namespace coachtrack::annotations {
class Store;
}

namespace coachtrack::workflows {

// What connecting a library to a team server found.
struct TeamConnection
{
    QString database;
    QString user;
    int versionBefore = 0; // the server's team library version before: 0 set up just now
    QString keptUrl;       // what the library keeps (no password)
    QString warning;       // the password could not be kept in the secret store, and why
};

// Connects the library to the team library in `url` (a PostgreSQL URL without a password, which
// is refused): signs in with `password` (kept in the desktop's secret store when given) or
// libpq's own (PGPASSWORD, ~/.pgpass), sets the team library up or upgrades it when the login
// may (the database's owner or an administrator) and checks it otherwise, then remembers the URL.
// The command line's `team connect` and Preferences ▸ Team. Any thread (blocks on the network).
std::expected<TeamConnection, QString>
connectTeamLibrary(annotations::Store& store, const QString& url, const QString& password);

} // namespace coachtrack::workflows
