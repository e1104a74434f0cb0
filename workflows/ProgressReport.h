#pragma once

// A rep's progress report for one or more months, for the rep: their coaching plan, their focus
// items with each status they had, their scores with their own view beside the manager's (the
// gap), their coaching sessions with the call's talk figures and the questions they asked, and
// the charts the caller drew (Qt Charts lives in the app). Built from a RepProgress, which the
// Store reads from shareable tables only (private tables are unreadable while it reads); the
// manager's own views (how the notes were phrased) are never in it. PDF or HTML. Needs a
// QGuiApplication for PDF; any thread.

#include "exchange/export/DebriefHtml.h"
#include "exchange/export/Exporter.h"
#include "workflows/RepProgress.h"

#include <QImage>

namespace coachtrack::workflows {

struct ReportChart
{
    QString title;
    QImage image; // drawn at twice the size it is shown at
    QString caption;
};

enum class ReportFormat
{
    Pdf,
    Html
};

// "Coaching progress: Ana, 1 Nov 2026 – 30 Nov 2026"
QString progressReportTitle(const RepProgress& progress);
// The report's HTML: pictures as data: URLs (Browser) or named chart-N.png (Print).
QString progressReportHtml(const RepProgress& progress, const std::vector<ReportChart>& charts,
                           exchange::HtmlFlavour flavour);
// The report file's bytes.
QByteArray progressReport(const RepProgress& progress, const std::vector<ReportChart>& charts,
                          ReportFormat format, exchange::Paper paper);

} // namespace coachtrack::workflows
