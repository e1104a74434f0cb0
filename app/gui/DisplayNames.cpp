#include "app/gui/DisplayNames.h"

#include <QCoreApplication>

namespace coachtrack::app {

QString roleLabel(annotations::SpeakerRole role)
{
    using annotations::SpeakerRole;
    switch (role) {
    case SpeakerRole::Rep: return QCoreApplication::translate("DisplayNames", "rep");
    case SpeakerRole::Buyer: return QCoreApplication::translate("DisplayNames", "buyer");
    case SpeakerRole::Manager: return QCoreApplication::translate("DisplayNames", "manager");
    case SpeakerRole::Other: return QCoreApplication::translate("DisplayNames", "other");
    }
    return {};
}

QString focusStatusText(annotations::FocusStatus status)
{
    using annotations::FocusStatus;
    switch (status) {
    case FocusStatus::Open: return QCoreApplication::translate("DisplayNames", "New");
    case FocusStatus::Practising: return QCoreApplication::translate("DisplayNames", "Practising");
    case FocusStatus::Achieved: return QCoreApplication::translate("DisplayNames", "Achieved");
    case FocusStatus::Dropped: return QCoreApplication::translate("DisplayNames", "Set aside");
    }
    return {};
}

} // namespace coachtrack::app
