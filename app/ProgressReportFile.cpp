#include "app/ProgressReportFile.h"

#include "app/gui/dialogs/TrackerCharts.h"
#include "workflows/OutputGuard.h"

#include <QSaveFile>

namespace coachtrack::app {

workflows::Expected<void> writeProgressReport(annotations::Store& store, int64_t repId,
                                              const QDate& from, const QDate& to,
                                              workflows::ReportFormat format, exchange::Paper paper,
                                              const QString& path)
{
    if (const auto refused = workflows::OutputGuard::forLibrary(store).refuse(path))
        return std::unexpected(
            workflows::Error{workflows::WorkflowErrorCode::ProtectedOutput, *refused});
    auto progress = workflows::loadRepProgress(store, repId, from, to);
    if (!progress)
        return std::unexpected(progress.error());
    const QByteArray bytes =
        workflows::progressReport(*progress, reportCharts(*progress), format, paper);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return std::unexpected(
            workflows::Error{annotations::StoreErrorCode::Io,
                             QStringLiteral("%1: %2").arg(path, file.errorString())});
    return {};
}

} // namespace coachtrack::app
