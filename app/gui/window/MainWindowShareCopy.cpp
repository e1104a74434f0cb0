// MainWindow: File ▸ Save Shareable Copy…, a new library of the shareable track only (no
// private note, tag or count), for the rep or another coach.
#include "annotations/Store.h"
#include "app/gui/dialogs/ExportDialog.h"
#include "app/gui/window/MainWindow.h"
#include "workflows/OutputGuard.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QStatusBar>

namespace coachtrack::app {

using namespace annotations;

void MainWindow::saveShareableCopy()
{
    const QString suggested = QDir(exportFolder())
                                  .filePath(QFileInfo(m_libraryPath).completeBaseName() +
                                            QStringLiteral("-shareable.sqlite"));
    // Never over an existing file: the store refuses that, and says so.
    const QString out = QFileDialog::getSaveFileName(this, tr("Save Shareable Copy"), suggested,
                                                     tr("Coachtrack library (*.sqlite)"), nullptr,
                                                     QFileDialog::DontConfirmOverwrite);
    if (out.isEmpty())
        return;
    rememberExportFolder(QFileInfo(out).absolutePath());
    writeShareableCopy(out);
}

bool MainWindow::writeShareableCopy(const QString& outPath)
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Result<ShareCopyReport> report = [&]() -> Result<ShareCopyReport> {
        auto store = Store::open(m_libraryPath);
        if (!store)
            return std::unexpected(store.error());
        if (auto refused = workflows::OutputGuard::forLibrary(**store).refuse(outPath))
            return std::unexpected(StoreError{StoreErrorCode::InvalidInput, *refused});
        return (*store)->writeShareableCopy(outPath);
    }();
    QApplication::restoreOverrideCursor();
    if (!report) {
        auto* box = new QMessageBox(QMessageBox::Warning, tr("Save Shareable Copy"),
                                    tr("The shareable copy was not saved."), QMessageBox::Ok, this);
        box->setInformativeText(report.error().message);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return false;
    }
    statusBar()->showMessage(tr("Saved a shareable copy to %1: %2; no private notes")
                                 .arg(QDir::toNativeSeparators(report->path), report->summary()),
                             10000);
    return true;
}

} // namespace coachtrack::app
