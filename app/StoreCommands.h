#pragma once

#include "app/Subcommands.h"

namespace coachtrack::app {

// The coaching library from the command line: `add`, `list`, `relink`, `session`, `search`
// (LibraryCommands.cpp) and `note` (NoteCommands.cpp).
int runAdd(const GlobalOptions& global, const QStringList& args);
int runList(const GlobalOptions& global, const QStringList& args);
int runRelink(const GlobalOptions& global, const QStringList& args);
int runSession(const GlobalOptions& global, const QStringList& args);
int runSearch(const GlobalOptions& global, const QStringList& args);
int runNote(const GlobalOptions& global, const QStringList& args);
// `check [--recover-to NEW]` (CheckCommand.cpp)
int runCheck(const GlobalOptions& global, const QStringList& args);
// `export` (ExportCommand.cpp); runs under a QGuiApplication (fonts for PDF and pictures).
int runExport(const GlobalOptions& global, const QStringList& args);

} // namespace coachtrack::app
