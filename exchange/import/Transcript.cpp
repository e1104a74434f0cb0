#include "exchange/import/Transcript.h"

namespace coachtrack::exchange {

QString TranscriptError::message(const QString& fileName) const
{
    if (line <= 0)
        return QStringLiteral("%1: %2").arg(fileName, problem);
    return QStringLiteral("%1, line %2: %3").arg(fileName).arg(line).arg(problem);
}

} // namespace coachtrack::exchange
