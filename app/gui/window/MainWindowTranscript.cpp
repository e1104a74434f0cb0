// MainWindow: the transcript beside the audio — loaded with the recording's review, followed
// during playback, clicked to seek, quoted in a shareable note, imported from a file.
#include "annotations/Store.h"
#include "app/gui/DisplayNames.h"
#include "app/gui/media/WaveformView.h"
#include "app/gui/panels/NoteEntryBar.h"
#include "app/gui/panels/SessionPanel.h"
#include "app/gui/panels/TranscriptPanel.h"
#include "app/gui/window/MainWindow.h"
#include "media/Player.h"
#include "workflows/ReviewModel.h"
#include "workflows/TranscriptImport.h"
#include "workflows/TranscriptMetrics.h"

#include <QApplication>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLineEdit>
#include <QStatusBar>

namespace coachtrack::app {

using namespace workflows;

void MainWindow::connectTranscript()
{
    connect(m_review, &ReviewModel::opened, this, &MainWindow::loadTranscript);
    connect(m_review, &ReviewModel::closed, m_transcript, &TranscriptPanel::clear);
    connect(m_player, &media::Player::positionChanged, m_transcript, &TranscriptPanel::setPosition);
    connect(m_transcript, &TranscriptPanel::seekRequested, m_player, &media::Player::seek);
    connect(m_transcript, &TranscriptPanel::importRequested, this, [this] { importTranscript(); });
    connect(m_transcript, &TranscriptPanel::fillerWordsRequested, this,
            [this] { editFillerWords(); });
    connect(m_transcript, &TranscriptPanel::speakerRoleChosen, this,
            [this](const QString& speaker, annotations::SpeakerRole role) {
                if (!m_review->isOpen() || !m_review->store())
                    return;
                if (auto ok =
                        m_review->store()->setSpeakerRole(m_review->recording().id, speaker, role);
                    !ok) {
                    showError(tr("The role was not kept: %1").arg(ok.error().message));
                    return;
                }
                loadTranscript();
                statusBar()->showMessage(tr("%1 is the %2 on this call (remembered for the next)")
                                             .arg(speaker, roleLabel(role)),
                                         6000);
            });
    connect(m_transcript, &TranscriptPanel::quoteRequested, this,
            [this](qint64 startMs, const QString& quote) {
                beginNote(annotations::Track::Shareable);
                if (!m_entry->isActive())
                    return;
                m_entry->setStampMs(startMs);
                m_entry->editor()->setText(quote);
                m_entry->editor()->setFocus();
            });
}

void MainWindow::loadTranscript()
{
    if (!m_review->isOpen() || !m_review->store()) {
        m_transcript->clear();
        return;
    }
    auto t = m_review->store()->transcript(m_review->recording().id);
    if (!t) {
        m_transcript->clear();
        m_sessionPanel->setTranscriptMetrics({});
        m_waveform->setSpeakerTurns({});
        statusBar()->showMessage(t.error().message, 8000);
        return;
    }
    m_transcript->setTranscript(*t);
    m_transcript->setPosition(m_player->position());
    m_waveform->setSpeakerTurns(*t ? speakerTurnsOf(**t) : std::vector<SpeakerTurn>{});
    m_sessionPanel->setTranscriptMetrics(
        *t ? transcriptMetrics(**t, m_review->recording().durationMs,
                               libraryFillerWords(*m_review->store()))
           : std::vector<SpeakerMetrics>{});
    updateMoments(); // questions and keywords come from the words
}

void MainWindow::importTranscript(const QString& given)
{
    if (!m_review->isOpen() || !m_review->store()) {
        statusBar()->showMessage(tr("Open a recording of the library to import its transcript"),
                                 5000);
        return;
    }
    const QString path =
        !given.isEmpty() ? given
                         : QFileDialog::getOpenFileName(
                               this, tr("Import Transcript"), QFileInfo(m_path).absolutePath(),
                               tr("Transcripts (*.vtt *.srt *.txt *.json *.docx);;All files (*)"));
    if (path.isEmpty())
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor); // roles from the audio: seconds at most
    auto imported = importTranscriptFile(*m_review->store(), m_review->recording().id, path, {});
    QApplication::restoreOverrideCursor();
    if (!imported) {
        showError(tr("The transcript was not imported: %1").arg(imported.error().message));
        return;
    }
    clearError();
    loadTranscript();
    if (auto* dock = qobject_cast<QDockWidget*>(m_transcript->parentWidget()))
        dock->raise(); // show what was imported

    QString roles;
    for (const auto& p : imported->proposed)
        roles += tr("; %1 proposed as %2 (%3%)")
                     .arg(p.speaker, roleLabel(p.role))
                     .arg(qRound(p.confidence * 100));
    for (const auto& o : imported->overruled)
        roles += tr("; check %1's role: %2 here, but speaks on the %3 channel")
                     .arg(o.proposed.speaker, roleLabel(o.kept),
                          o.proposed.channel == 1 ? tr("right") : tr("left"));
    statusBar()->showMessage(tr("Imported %n transcript lines", nullptr, imported->lines) + roles,
                             10000);
}

void MainWindow::editFillerWords()
{
    if (!m_review->isOpen() || !m_review->store()) {
        statusBar()->showMessage(tr("Open a recording of the library to edit its filler words"),
                                 5000);
        return;
    }
    annotations::Store& store = *m_review->store();
    bool ok = false;
    const QString text = QInputDialog::getMultiLineText(
        this, tr("Filler Words"),
        tr("Words and phrases counted as fillers, one per line (empty: the default list):"),
        libraryFillerWords(store).join(u'\n'), &ok);
    if (!ok)
        return;
    if (auto kept = store.setFillerWords(text.split(u'\n')); !kept) {
        showError(tr("The filler words were not kept: %1").arg(kept.error().message));
        return;
    }
    loadTranscript();
    statusBar()->showMessage(
        tr("Filler words: %1").arg(libraryFillerWords(store).join(QStringLiteral(", "))), 6000);
}

} // namespace coachtrack::app
