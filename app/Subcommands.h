#pragma once

#include <QString>
#include <QStringList>
#include <functional>
#include <vector>

namespace coachtrack::app {

// Options that come before any sub-command and apply to all of them.
struct GlobalOptions
{
    QString databasePath; // --db PATH; empty means the default location
};

// A command-line sub-command: `coachtrack [global options] NAME ARGS…`. `run` receives
// NAME followed by ARGS and returns the process exit code. Runs under a QCoreApplication
// or, when `needsGui`, a QGuiApplication.
struct Subcommand
{
    QString name;
    QString summary;
    std::function<int(const GlobalOptions&, const QStringList& args)> run;
    // Runs under a QGuiApplication (offscreen unless QT_QPA_PLATFORM says otherwise).
    bool needsGui = false;
};

// Every sub-command the executable knows, in the order `--help` lists them.
const std::vector<Subcommand>& subcommands();
const Subcommand* findSubcommand(const QString& name);

} // namespace coachtrack::app
