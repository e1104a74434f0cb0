// MainWindow: the review queue — Go ▸ Next Call to Review (Ctrl+Shift+N) opens the call to
// review next (workflows/ReviewQueue.h) and plays it, so a weekly session is one flow. The
// calls taken from the queue in this sitting are passed over, reviewed or not.
#include "annotations/Store.h"
#include "app/gui/panels/LibraryPanel.h"
#include "app/gui/panels/NoteEntryBar.h"
#include "app/gui/window/MainWindow.h"
#include "workflows/ReviewModel.h"
#include "workflows/ReviewQueue.h"

#include <QFileInfo>
#include <QStatusBar>

namespace coachtrack::app {

void MainWindow::openNextToReview()
{
    if (m_entry->isActive()) {
        statusBar()->showMessage(tr("Save the note first (Enter), or cancel it (Esc)"), 5000);
        return;
    }
    if (!QFileInfo::exists(m_libraryPath)) {
        statusBar()->showMessage(tr("The library is empty: add calls first (Library ▸ Add…)"),
                                 6000);
        return;
    }
    auto store = annotations::Store::open(m_libraryPath);
    if (!store) {
        showError(store.error().message);
        return;
    }
    auto queue = workflows::reviewQueue(**store, QDate::currentDate());
    if (!queue) {
        showError(queue.error().message);
        return;
    }
    std::set<int64_t> passed = m_queuePassed;
    QStringList movedTitles; // passed over: their files are gone
    auto passedNote = [&] {
        return movedTitles.isEmpty() ? QString()
                                     : tr(" · passed over, file moved: %1")
                                           .arg(movedTitles.join(QStringLiteral(", ")));
    };
    if (m_review->isOpen())
        passed.insert(m_review->recording().id);
    for (;;) {
        const auto next = workflows::nextToReview(*queue, passed);
        if (!next) {
            statusBar()->showMessage((queue->empty()
                                          ? tr("Every call in the library has been reviewed")
                                          : tr("No other call is waiting for a review")) +
                                         passedNote(),
                                     8000);
            return;
        }
        passed.insert(next->recording.id);
        m_queuePassed.insert(next->recording.id);
        // A moved call cannot hold up the rest: say so and take the next one.
        if (!QFileInfo::exists(next->recording.path)) {
            movedTitles << (next->recording.title.isEmpty()
                                ? QFileInfo(next->recording.path).fileName()
                                : next->recording.title);
            continue;
        }
        if (auto problem = m_library->problemWith(next->recording.path)) {
            statusBar()->showMessage(*problem, 8000);
            continue;
        }
        const qsizetype left = std::ranges::count_if(
            *queue, [&](const auto& q) { return !passed.contains(q.recording.id); });
        QString who = tr("no rep");
        if (next->rep)
            who = !next->rep->lastSession ? tr("%1, never coached").arg(next->rep->rep.name)
                  : next->rep->overdue
                      ? (next->rep->daysOverdue == 1
                             ? tr("%1, 1 day overdue").arg(next->rep->rep.name)
                             : tr("%1, %2 days overdue")
                                   .arg(next->rep->rep.name)
                                   .arg(next->rep->daysOverdue))
                      : tr("%1, due %2")
                            .arg(next->rep->rep.name,
                                 QLocale().toString(next->rep->due, QLocale::ShortFormat));
        openRecording(next->recording.path, /*autoplay=*/true);
        if (!m_review->isOpen() || m_review->recording().id != next->recording.id)
            return; // the window says what went wrong
        statusBar()->showMessage(
            tr("Next to review (%1) · %2 more waiting").arg(who).arg(left) + passedNote(), 10000);
        return;
    }
}

} // namespace coachtrack::app
