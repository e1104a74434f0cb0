#pragma once

#include "exchange/export/Exporter.h"
#include "workflows/ProgressReport.h"

#include <QDate>
#include <optional>

class QWidget;

namespace coachtrack::app {

// What a progress report covers and how it is written.
struct ReportRequest
{
    QDate from;
    QDate to;
    workflows::ReportFormat format = workflows::ReportFormat::Pdf;
    exchange::Paper paper = exchange::Paper::A4;
    QString path;
};

// Asks for the period (the last full month by default), the format and paper, then where to
// save; nullopt on Cancel. Remembers the format and paper. GUI thread.
std::optional<ReportRequest> askProgressReport(QWidget* parent, const QString& repName);

} // namespace coachtrack::app
