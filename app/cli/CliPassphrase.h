#pragma once

#include <QString>
#include <optional>

namespace coachtrack::app::cli {

// Where the command line gets a library's passphrase: COACHTRACK_PASSPHRASE when set (for
// scripts), else a prompt on the terminal with echo off (twice when `confirm`), else — only
// when `fromPipe` — the first line of standard input. nullopt when there is none, or the two
// typed differ. Main thread.
std::optional<QString> readPassphrase(bool confirm, bool fromPipe);

} // namespace coachtrack::app::cli
