#include "annotations/Types.h"

#include "annotations/NameTable.h"

namespace coachtrack::annotations {

namespace {

constexpr Named<Track> kTracks[] = {{Track::Private, "private"}, {Track::Shareable, "shareable"}};
constexpr Named<FocusStatus> kFocusStatuses[] = {{FocusStatus::Open, "open"},
                                                 {FocusStatus::Practising, "practising"},
                                                 {FocusStatus::Achieved, "achieved"},
                                                 {FocusStatus::Dropped, "dropped"}};
// What the window and the debrief sheet call each status (the names above are for files and
// the command line).
constexpr Named<FocusStatus> kFocusStatusLabels[] = {{FocusStatus::Open, "New"},
                                                     {FocusStatus::Practising, "Practising"},
                                                     {FocusStatus::Achieved, "Achieved"},
                                                     {FocusStatus::Dropped, "Set aside"}};
constexpr Named<Outcome> kOutcomes[] = {
    {Outcome::Open, "open"}, {Outcome::Won, "won"}, {Outcome::Lost, "lost"}};
constexpr Named<SpeakerRole> kSpeakerRoles[] = {{SpeakerRole::Rep, "rep"},
                                                {SpeakerRole::Buyer, "buyer"},
                                                {SpeakerRole::Manager, "manager"},
                                                {SpeakerRole::Other, "other"}};

} // namespace

QString trackName(Track track)
{
    return nameIn(kTracks, track);
}

std::optional<Track> trackFromName(const QString& name)
{
    return valueIn(kTracks, name);
}

QString focusStatusName(FocusStatus status)
{
    return nameIn(kFocusStatuses, status);
}

std::optional<FocusStatus> focusStatusFromName(const QString& name)
{
    return valueIn(kFocusStatuses, name);
}

QString focusStatusLabel(FocusStatus status)
{
    return nameIn(kFocusStatusLabels, status);
}

QString outcomeName(Outcome outcome)
{
    return nameIn(kOutcomes, outcome);
}

std::optional<Outcome> outcomeFromName(const QString& name)
{
    return valueIn(kOutcomes, name);
}

QString speakerRoleName(SpeakerRole role)
{
    return nameIn(kSpeakerRoles, role);
}

std::optional<SpeakerRole> speakerRoleFromName(const QString& name)
{
    return valueIn(kSpeakerRoles, name);
}

QString repChannelName(int channel)
{
    return channel == 1 ? QStringLiteral("right") : QStringLiteral("left");
}

std::optional<int> repChannelFromName(const QString& name)
{
    if (name == u"left")
        return 0;
    if (name == u"right")
        return 1;
    return std::nullopt;
}

} // namespace coachtrack::annotations
