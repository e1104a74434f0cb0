#pragma once

#include <QCoreApplication>
#include <QString>

namespace coachtrack::app {

// The window's date patterns, in the user's language ("d MMM yyyy" → "d. MMM yyyy" in German);
// QLocale and the date fields supply the month names. Any thread.
inline QString dayMonthYearPattern()
{
    return QCoreApplication::translate("LocaleText", "d MMM yyyy", "a date pattern: 5 Dec 2026");
}
inline QString dayMonthPattern()
{
    return QCoreApplication::translate("LocaleText", "d MMM", "a date pattern: 5 Dec");
}

} // namespace coachtrack::app
