#include "annotations/Types.h"

namespace coachtrack::annotations {

QString trackName(Track track)
{
    return track == Track::Private ? QStringLiteral("private") : QStringLiteral("shareable");
}

std::optional<Track> trackFromName(const QString& name)
{
    if (name == u"private")
        return Track::Private;
    if (name == u"shareable")
        return Track::Shareable;
    return std::nullopt;
}

QString focusStatusName(FocusStatus status)
{
    switch (status) {
    case FocusStatus::Open:
        return QStringLiteral("open");
    case FocusStatus::Practising:
        return QStringLiteral("practising");
    case FocusStatus::Achieved:
        return QStringLiteral("achieved");
    case FocusStatus::Dropped:
        return QStringLiteral("dropped");
    }
    return {};
}

std::optional<FocusStatus> focusStatusFromName(const QString& name)
{
    for (FocusStatus s :
         {FocusStatus::Open, FocusStatus::Practising, FocusStatus::Achieved, FocusStatus::Dropped})
        if (focusStatusName(s) == name)
            return s;
    return std::nullopt;
}

QString outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Open:
        return QStringLiteral("open");
    case Outcome::Won:
        return QStringLiteral("won");
    case Outcome::Lost:
        return QStringLiteral("lost");
    }
    return {};
}

std::optional<Outcome> outcomeFromName(const QString& name)
{
    for (Outcome o : {Outcome::Open, Outcome::Won, Outcome::Lost})
        if (outcomeName(o) == name)
            return o;
    return std::nullopt;
}

} // namespace coachtrack::annotations
