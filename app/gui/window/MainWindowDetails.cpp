// MainWindow: whose call it is — the call-details editor (Ctrl+I, the library's context menu)
// and the rep asked for when files are added.
#include "annotations/Store.h"
#include "app/gui/dialogs/CallDetailsDialog.h"
#include "app/gui/panels/LibraryPanel.h"
#include "app/gui/window/MainWindow.h"
#include "workflows/CallDetails.h"
#include "workflows/LibraryAdder.h"
#include "workflows/ReviewModel.h"

#include <QFileInfo>
#include <QStatusBar>

namespace coachtrack::app {

using namespace annotations;
using namespace workflows;

void MainWindow::editCallDetails(int64_t recordingId)
{
    if (recordingId <= 0) {
        statusBar()->showMessage(tr("Open or select a call first"), 4000);
        return;
    }
    auto details = callDetails(m_libraryPath, recordingId);
    if (!details) {
        showError(details.error().message);
        return;
    }
    auto* dialog =
        new CallDetailsDialog(details->recording, details->repName, details->reps, false, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog, recordingId] { applyCallDetails({recordingId}, dialog->changes()); });
    dialog->open();
}

void MainWindow::applyCallDetails(const std::vector<int64_t>& recordingIds,
                                  const RecordingChanges& changes)
{
    QStringList said;
    for (int64_t id : recordingIds) {
        auto updated = updateCallDetails(m_libraryPath, id, changes);
        if (!updated) {
            showError(updated.error().message);
            break;
        }
        if (const QString what = describeChanges(updated->changes); !what.isEmpty())
            said << what;
    }
    m_review->pickUpOutsideChanges(); // the open review's title, rep and side
    m_library->refresh();
    updateTitle();
    statusBar()->showMessage(said.isEmpty()
                                 ? tr("Nothing changed")
                                 : tr("Changed: %1").arg(said.join(QStringLiteral("; "))),
                             6000);
}

void MainWindow::askRepFor(const QStringList& addedPaths)
{
    auto store = Store::open(m_libraryPath);
    if (!store)
        return;
    auto recordings = (*store)->recordings();
    if (!recordings)
        return;
    std::vector<int64_t> withoutRep;
    Recording first;
    for (const QString& path : addedPaths)
        for (const Recording& r : *recordings)
            if (QFileInfo(r.path) == QFileInfo(path) && !r.repId) {
                if (withoutRep.empty())
                    first = r;
                withoutRep.push_back(r.id);
            }
    if (withoutRep.empty())
        return;
    auto details = callDetails(m_libraryPath, withoutRep.front());
    if (!details)
        return;
    // One file: its details, rep first; several: whose calls they are.
    auto* dialog = new CallDetailsDialog(first, {}, details->reps, withoutRep.size() > 1, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog, withoutRep] { applyCallDetails(withoutRep, dialog->changes()); });
    dialog->open();
}

} // namespace coachtrack::app
