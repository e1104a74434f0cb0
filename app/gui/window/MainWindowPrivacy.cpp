// MainWindow: the privacy of the private track — forgetting private notes after the library's
// retention (at start-up and hourly; set in Preferences), and encrypting them at rest (the
// passphrase asked for when a review opens).
#include "annotations/Store.h"
#include "app/gui/dialogs/EncryptDialog.h"
#include "app/gui/panels/LibraryPanel.h"
#include "app/gui/panels/NotesPanel.h"
#include "app/gui/window/MainWindow.h"
#include "media/Player.h"
#include "workflows/PrivateKeyring.h"
#include "workflows/PrivateLock.h"
#include "workflows/PrivateRetention.h"
#include "workflows/ReviewModel.h"

#include <QFileInfo>
#include <QInputDialog>
#include <QMessageBox>
#include <QStatusBar>
#include <QTimer>
#include <QUndoStack>

namespace coachtrack::app {

using namespace workflows;
namespace keyring = workflows::keyring;

void MainWindow::connectRetention()
{
    m_review->setPassphrasePrompt([this]() -> std::optional<QString> {
        bool ok = false;
        const QString typed = QInputDialog::getText(
            this, tr("Private Notes Locked"),
            tr("This library's private notes are encrypted.\nPassphrase (Cancel: review "
               "with them locked):"),
            QLineEdit::Password, QString(), &ok);
        return ok && !typed.isEmpty() ? std::optional(typed) : std::nullopt;
    });
    connect(m_retention, &PrivateRetention::purged, this, &MainWindow::privateNotesPurged);
    connect(m_retention, &PrivateRetention::failed, this, &MainWindow::showWarning);
    // Once the window is up, so that a failure has a banner to show in.
    QTimer::singleShot(0, m_retention, [retention = m_retention] { retention->start(); });
}

void MainWindow::privateNotesPurged(int count)
{
    statusBar()->showMessage(
        tr("Forgot %n private note(s) older than this library keeps them", nullptr, count), 8000);
    if (!m_review->isOpen())
        return;
    // The undo history may name notes that are gone for good: it cannot be replayed.
    if (m_review->pickUpOutsideChanges())
        m_review->undoStack()->clear();
}

} // namespace coachtrack::app

namespace coachtrack::app {

void MainWindow::encryptPrivateNotes()
{
    EncryptDialog dialog(keyring::unavailableReason(), this);
    if (dialog.exec() == QDialog::Accepted)
        encryptPrivateNotesWith(dialog.passphrase());
}

bool MainWindow::encryptPrivateNotesWith(const QString& passphrase)
{
    // The open review's own connection when there is one, so that it stays unlocked.
    std::unique_ptr<annotations::Store> own;
    annotations::Store* store = m_review->isOpen() ? m_review->store() : nullptr;
    if (!store) {
        auto opened = annotations::Store::open(m_libraryPath);
        if (!opened) {
            QMessageBox::warning(this, tr("Encrypt Private Notes"), opened.error().message);
            return false;
        }
        own = std::move(*opened);
        store = own.get();
    }
    if (auto ok = workflows::encryptPrivateNotes(*store, passphrase); !ok) {
        QMessageBox::warning(this, tr("Encrypt Private Notes"), ok.error().message);
        return false;
    }
    statusBar()->showMessage(workflows::describePrivateLock(*store), 8000);
    if (!store->residueWarning().isEmpty())
        showWarning(store->residueWarning());
    return true;
}

bool MainWindow::removeRecording(int64_t recordingId, bool ask)
{
    auto store = annotations::Store::open(m_libraryPath);
    if (!store) {
        showError(store.error().message);
        return false;
    }
    auto recording = (*store)->recording(recordingId);
    if (!recording) {
        showError(recording.error().message);
        return false;
    }
    const QString title =
        recording->title.isEmpty() ? QFileInfo(recording->path).fileName() : recording->title;
    if (ask && QMessageBox::question(
                   this, tr("Remove from Library"),
                   tr("Remove “%1” from the library with its review sessions and all their "
                      "notes? Private notes are wiped, not just hidden. This cannot be undone; "
                      "the recording's file stays where it is.")
                       .arg(title)) != QMessageBox::Yes)
        return false;
    if (m_review->isOpen() && m_review->recording().id == recordingId) {
        m_player->close();
        m_review->close();
    }
    if (auto ok = (*store)->deleteRecording(recordingId); !ok) {
        showError(ok.error().message);
        return false;
    }
    if (!(*store)->residueWarning().isEmpty())
        showWarning((*store)->residueWarning());
    statusBar()->showMessage(tr("Removed “%1” and its review sessions from the library").arg(title),
                             8000);
    m_library->refresh();
    return true;
}

} // namespace coachtrack::app
