#pragma once

// A recording to add to a test's (or a benchmark's) library: the file, its fingerprint and
// length and how the coach filed it; the rest as a freshly probed file has it. Header-only,
// so that the benchmarks, which do not link the test support, can use it too.

#include "annotations/Store.h"

namespace coachtrack::testing {

inline annotations::NewRecording
newRecording(const QString& path, const QString& fingerprint, int64_t durationMs,
             const QDate& callDate = {}, const QString& title = {}, const QString& rep = {},
             const QString& account = {}, annotations::Outcome outcome = annotations::Outcome::Open)
{
    return {path, fingerprint, durationMs, callDate, title, rep, account, outcome, 0, {}, {}};
}

} // namespace coachtrack::testing
