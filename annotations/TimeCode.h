#pragma once

#include <QString>
#include <QStringView>
#include <cstdint>
#include <expected>

namespace coachtrack::annotations {

// Parses a time written as `[[hh:]mm:]ss[.mmm]` (e.g. "75", "1:15", "01:02:03.5") into
// milliseconds. The error says what is wrong with the text.
std::expected<int64_t, QString> parseTimeCode(QStringView text);

// Formats milliseconds as "m:ss" or "h:mm:ss" (a player's clock), with ".mmm" on request.
QString formatClock(int64_t ms, bool withMillis = false);

// Formats a length of time for people: "6.8 s" under ten seconds, "20 s" under a minute,
// else the clock ("1:05"). The window and the debrief sheet both use it.
QString formatSpan(int64_t ms);

} // namespace coachtrack::annotations
