#pragma once

#include "annotations/Debrief.h"
#include "exchange/export/Exporter.h"

#include <QByteArray>

namespace coachtrack::exchange {

// The debrief sheet laid out by QTextDocument: a PDF (QPdfWriter, A4 or Letter, fonts
// embedded, page numbers) or an OpenDocument text (QTextDocumentWriter, picture embedded).
// Needs a QGuiApplication; any thread.
QByteArray debriefPdf(const annotations::DebriefSheet& sheet, Paper paper);
QByteArray debriefOdt(const annotations::DebriefSheet& sheet);

} // namespace coachtrack::exchange
