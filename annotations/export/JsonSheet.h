#pragma once

#include "annotations/Debrief.h"

#include <QJsonObject>

namespace coachtrack::annotations {

// The debrief sheet as a JSON object (shared by the rep's JSON export and the manager's
// archive, which adds the private notes to it). Pure.
QJsonObject sheetToJson(const DebriefSheet& sheet);

} // namespace coachtrack::annotations
