#pragma once

#include "annotations/Debrief.h"
#include "annotations/export/Exporter.h"

#include <QByteArray>

namespace coachtrack::annotations {

// The debrief sheet laid out by QTextDocument: a PDF (QPdfWriter, A4 or Letter, fonts
// embedded, page numbers) or an OpenDocument text (QTextDocumentWriter, picture embedded).
// Needs a QGuiApplication; any thread.
QByteArray debriefPdf(const DebriefSheet& sheet, Paper paper);
QByteArray debriefOdt(const DebriefSheet& sheet);

} // namespace coachtrack::annotations
