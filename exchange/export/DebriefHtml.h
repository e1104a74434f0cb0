#pragma once

#include "annotations/Debrief.h"

#include <QImage>
#include <QString>

namespace coachtrack::exchange {

// Writes the debrief sheet as HTML. `imageSource` is where the timeline picture is found: a
// data: URL for a self-contained file, or a resource name that a QTextDocument was given.
// The markup keeps to what both browsers and QTextDocument (PDF, ODT) render. Pure.
enum class HtmlFlavour
{
    Browser,
    Print
};
QString debriefHtml(const annotations::DebriefSheet& sheet, const QString& imageSource,
                    HtmlFlavour flavour);

// The start of a sheet's HTML page up to <body>: the title and the sheets' shared style (the
// progress report uses it too).
QString sheetHead(const QString& title, HtmlFlavour flavour);
// A picture as a data:image/png;base64 URL (empty for a null image).
QString pngDataUrl(const QImage& image);
// The timeline picture as a data:image/png;base64 URL (empty when there is none).
QString timelineDataUrl(const annotations::DebriefSheet& sheet);

} // namespace coachtrack::exchange
