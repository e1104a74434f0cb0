#pragma once

#include "annotations/Debrief.h"

#include <QString>

namespace coachtrack::exchange {

// Writes the debrief sheet as CommonMark (GitHub-flavoured tables for the notes and
// metrics). Text that Markdown would read as markup is escaped. The timeline picture is not
// part of the Markdown (it is in PDF, HTML and ODT). Pure.
QString debriefMarkdown(const annotations::DebriefSheet& sheet);

} // namespace coachtrack::exchange
