#include "annotations/TimeCode.h"

#include <QStringList>

namespace coachtrack::annotations {

namespace {

bool allDigits(QStringView s)
{
    if (s.isEmpty())
        return false;
    for (QChar c : s)
        if (!c.isDigit() || c.unicode() > 127)
            return false;
    return true;
}

} // namespace

std::expected<int64_t, QString> parseTimeCode(QStringView text)
{
    const QString trimmed = text.trimmed().toString();
    const auto invalid = [&] {
        return std::unexpected(
            QStringLiteral(
                "'%1' is not a time; write [[hh:]mm:]ss[.mmm], e.g. 1:23 or 01:02:03.500")
                .arg(trimmed));
    };
    if (trimmed.isEmpty() || trimmed.startsWith(u'-'))
        return invalid();

    QString whole = trimmed;
    int64_t millis = 0;
    if (const auto dot = trimmed.indexOf(u'.'); dot >= 0) {
        const QString frac = trimmed.mid(dot + 1);
        if (!allDigits(frac) || frac.size() > 3)
            return invalid();
        millis = frac.leftJustified(3, u'0').toLongLong();
        whole = trimmed.left(dot);
    }
    const QStringList parts = whole.split(u':');
    if (parts.size() > 3)
        return invalid();
    for (const QString& p : parts)
        if (!allDigits(p) || p.size() > 9)
            return invalid();

    const int64_t seconds = parts.last().toLongLong();
    const int64_t minutes = parts.size() >= 2 ? parts[parts.size() - 2].toLongLong() : 0;
    const int64_t hours = parts.size() == 3 ? parts[0].toLongLong() : 0;
    // In a clock-style time the lower fields are bounded; a lone number of seconds is not.
    if (parts.size() >= 2 && seconds >= 60)
        return invalid();
    if (parts.size() == 3 && minutes >= 60)
        return invalid();
    return ((hours * 60 + minutes) * 60 + seconds) * 1000 + millis;
}

QString formatClock(int64_t ms, bool withMillis)
{
    const bool negative = ms < 0;
    if (negative)
        ms = -ms;
    const int64_t totalSeconds = ms / 1000;
    const qlonglong h = totalSeconds / 3600;
    const qlonglong m = (totalSeconds / 60) % 60;
    const qlonglong s = totalSeconds % 60;
    QString out = h > 0 ? QStringLiteral("%1:%2:%3")
                              .arg(h)
                              .arg(m, 2, 10, QLatin1Char('0'))
                              .arg(s, 2, 10, QLatin1Char('0'))
                        : QStringLiteral("%1:%2").arg(m).arg(s, 2, 10, QLatin1Char('0'));
    if (withMillis)
        out += QStringLiteral(".%1").arg(qlonglong(ms % 1000), 3, 10, QLatin1Char('0'));
    return negative ? u'-' + out : out;
}

QString formatSpan(int64_t ms)
{
    return ms < 60'000
               ? QStringLiteral("%L1 s").arg(double(ms) / 1000.0, 0, 'f', ms < 10'000 ? 1 : 0)
               : formatClock(ms);
}

} // namespace coachtrack::annotations
