#pragma once

#include "app/GlobalOptions.h"

#include <QString>
#include <QStringList>
#include <functional>
#include <vector>

namespace coachtrack::app::cli {

// A command-line sub-command: `coachtrack [global options] NAME ARGS…`. `run` receives
// NAME followed by ARGS and returns the process exit code. Runs under a QCoreApplication
// or, when `needsGui`, a QGuiApplication. Main thread.
struct Verb
{
    QString name;
    QString summary;
    std::function<int(const GlobalOptions&, const QStringList& args)> run;
    // Runs under a QGuiApplication (offscreen unless QT_QPA_PLATFORM says otherwise).
    bool needsGui = false;
    // Runs under a QApplication instead (Qt Charts draws with widgets' graphics scenes).
    bool needsWidgets = false;
};

// Every sub-command the executable knows, in the order `--help` lists them.
const std::vector<Verb>& verbs();
const Verb* findVerb(const QString& name);

} // namespace coachtrack::app::cli
