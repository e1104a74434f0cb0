#pragma once

#include "annotations/Debrief.h"

#include <QJsonObject>

namespace coachtrack::exchange {

// The debrief sheet as a JSON object (shared by the rep's JSON export and the manager's
// archive, which adds the private notes to it). Pure.
QJsonObject sheetToJson(const annotations::DebriefSheet& sheet);

} // namespace coachtrack::exchange
