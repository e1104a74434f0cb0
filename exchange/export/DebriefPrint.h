#pragma once

#include "annotations/Debrief.h"
#include "exchange/export/Exporter.h"

#include <QByteArray>
#include <QImage>
#include <vector>

namespace coachtrack::exchange {

// The debrief sheet laid out by QTextDocument: a PDF (QPdfWriter, A4 or Letter, fonts
// embedded, page numbers) or an OpenDocument text (QTextDocumentWriter, picture embedded).
// Needs a QGuiApplication; any thread.
QByteArray debriefPdf(const annotations::DebriefSheet& sheet, Paper paper);
QByteArray debriefOdt(const annotations::DebriefSheet& sheet);
// Any sheet's HTML (kept to what QTextDocument renders) as a PDF laid out like the debrief;
// `images` are the pictures its <img src> names.
QByteArray htmlPdf(const QString& html, const std::vector<std::pair<QString, QImage>>& images,
                   const QString& title, Paper paper);

} // namespace coachtrack::exchange
