#pragma once

// The call-detail options that `add` and `recording set` share (RecordingCli.cpp).

#include "annotations/Store.h"
#include "app/cli/CliContext.h"

#include <expected>

namespace coachtrack::app::cli {

// Adds --rep, --title, --call-date, --account, --outcome and --rep-channel to `cmd`;
// `titleHelp` says what --title does without it.
void addDetailOptions(CliContext& cmd, const QString& titleHelp);
// The details set on the command line (the others stay unset). A bad value is reported on
// stderr and its exit code returned.
std::expected<annotations::RecordingChanges, int> detailsFrom(CliContext& cmd);
bool anyDetail(const annotations::RecordingChanges& details);
// "recording 3: rep Alex → Sam, title “Call” → “Discovery”", or "recording 3: unchanged (…)".
QString describeUpdate(int64_t recordingId, const annotations::UpdatedRecording& update);

} // namespace coachtrack::app::cli
