// MainWindow: the review — notes taken at the playhead, lists and lanes kept in step with
// the store, focus items and their cap, the session panel, the library, share-safe mode.
#include "annotations/Store.h"
#include "annotations/TimeCode.h"
#include "app/gui/FileDrops.h"
#include "app/gui/dialogs/FocusGuideDialog.h"
#include "app/gui/dialogs/FocusSwapDialog.h"
#include "app/gui/dialogs/RepPage.h"
#include "app/gui/dialogs/RephraseDialog.h"
#include "app/gui/dialogs/SessionTemplateDialog.h"
#include "app/gui/media/WaveformView.h"
#include "app/gui/panels/LibraryPanel.h"
#include "app/gui/panels/MomentsPanel.h"
#include "app/gui/panels/NoteEntryBar.h"
#include "app/gui/panels/NotesPanel.h"
#include "app/gui/panels/SessionPanel.h"
#include "app/gui/panels/TeamPanel.h"
#include "app/gui/window/MainWindow.h"
#include "app/gui/window/ShortcutMap.h"
#include "media/MediaInfo.h"
#include "media/Player.h"
#include "media/RecordingAnalyser.h"
#include "workflows/FocusQuestion.h"
#include "workflows/LibraryAdder.h"
#include "workflows/LibraryLink.h"
#include "workflows/NotePhrasing.h"
#include "workflows/RecordingMoments.h"
#include "workflows/RecordingTalk.h"
#include "workflows/ReviewModel.h"
#include "workflows/WaveformLoader.h"

#include <QAction>
#include <QCoreApplication>
#include <QDragEnterEvent>
#include <QEventLoop>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QStatusBar>

namespace coachtrack::app {

using namespace annotations;
using namespace workflows;

void MainWindow::connectReview()
{
    connect(m_review, &ReviewModel::notesChanged, this, &MainWindow::refreshNotes);
    connect(m_review, &ReviewModel::sessionChanged, this, &MainWindow::refreshNotes);
    connect(m_review, &ReviewModel::opened, this, [this] {
        m_library->setCurrentRecording(m_review->recording().id);
        refreshNotes();
    });
    connect(m_review, &ReviewModel::closed, this, [this] {
        m_notes->setNotes({}, {}, annotations::kDefaultFocusCap);
        m_sessionPanel->clear();
        m_waveform->setShareableNotes({});
        m_waveform->setPrivateNotes({});
    });
    connect(m_review, &ReviewModel::errorOccurred, this, [this](const workflows::Error& error) {
        // Store messages name the library and what was refused; they never hold note text.
        statusBar()->showMessage(error.message, 8000);
        if (error.is(WorkflowErrorCode::NotInReadOnlyLibrary))
            showWarning(error.message); // the call plays; only notes cannot be taken
        else
            showError(error.message);
    });
    connect(m_entry, &NoteEntryBar::submitted, this, &MainWindow::noteSubmitted);
    // After the end of the call there is nothing left to react to: a note goes at the playhead
    // where the manager puts it (and follows it while the line is open), not end − lead.
    connect(m_player, &media::Player::endReached, this, [this] { m_callEnded = true; });
    connect(m_player, &media::Player::stateChanged, this, [this](media::Player::State state) {
        if (state != media::Player::State::Paused)
            m_callEnded = false;
    });
    connect(m_player, &media::Player::positionChanged, this, [this](qint64 ms) {
        if (!m_entry->isAtCallEnd())
            return;
        m_entry->setStampMs(ms);
        m_entry->editor()->setFocus(); // moved by a click on the waveform: go on typing
    });
    connect(m_entry, &NoteEntryBar::nudgeRequested, this,
            [this](int direction) { skipBy(direction * m_prefs.skipMs); });
    // The speed last chosen is the one the next session starts at.
    connect(m_player, &media::Player::rateChanged, this, &ReviewPreferences::rememberRate);
    connect(m_entry, &NoteEntryBar::finished, this, [this] {
        if (m_resumeAfterNote)
            m_player->play();
        m_resumeAfterNote = false;
        m_waveform->setFocus();
    });
    connect(m_waveform, &WaveformView::seekRequested, m_player, &media::Player::seek);
    connect(m_waveform, &WaveformView::noteClicked, this, [this](int64_t id) {
        m_notes->selectNote(id);
        const auto note = m_review->findNote(id);
        if (note && (note->track == Track::Shareable || !m_shareSafe))
            m_player->seek(note->startMs);
    });
    connect(m_waveform, &WaveformView::retimeRequested, m_review, &ReviewModel::retime);
    connect(m_notes, &NotesPanel::noteActivated, this,
            [this](int64_t, int64_t startMs) { m_player->seek(startMs); });
    connect(m_notes, &NotesPanel::editRequested, m_review, &ReviewModel::editText);
    connect(m_notes, &NotesPanel::deleteRequested, m_review, &ReviewModel::deleteNote);
    connect(m_notes, &NotesPanel::promoteRequested, this, &MainWindow::promote);
    connect(m_notes, &NotesPanel::demoteRequested, m_review, &ReviewModel::demote);
    connect(m_notes, &NotesPanel::rephraseRequested, this, &MainWindow::rephrase);
    connect(m_notes, &NotesPanel::questionRequested, this, &MainWindow::askFocusQuestion);
    m_notes->setQuestionSource([this](int64_t id) { return m_review->focusGuide(id).question; });
    connect(m_sessionPanel, &SessionPanel::changed, m_review, &ReviewModel::editSession);
    connect(m_sessionPanel, &SessionPanel::editTemplatesRequested, this,
            &MainWindow::editSessionTemplates);
    connect(m_team, &TeamPanel::repRequested, this, &MainWindow::openRepPage);
    connect(m_team, &TeamPanel::callRequested, this, [this](const QString& path) {
        if (auto problem = m_library->problemWith(path)) {
            showError(*problem);
            return;
        }
        openRecording(path, false);
    });
    // The overview follows the reviews while it is on screen (at most once a second).
    auto* teamRefresh = new QTimer(this);
    teamRefresh->setSingleShot(true);
    teamRefresh->setInterval(1000);
    connect(teamRefresh, &QTimer::timeout, m_team, [this] {
        if (m_team->isVisible())
            m_team->refresh();
    });
    connect(m_review, &ReviewModel::notesChanged, teamRefresh, qOverload<>(&QTimer::start));
    connect(m_loader, &WaveformLoader::partialPeaks, m_waveform, &WaveformView::setPeaks);
    connect(m_loader, &WaveformLoader::loaded, this, &MainWindow::analysisLoaded);
    connect(m_loader, &WaveformLoader::progress, this, [this](double fraction) {
        m_library->setBusy(tr("Building the waveform… %p%"), fraction >= 1.0 ? -1.0 : fraction);
    });
    connect(m_loader, &WaveformLoader::failed, this, [this](const workflows::Error& error) {
        m_library->setBusy({}, -1);
        if (!error.is(media::ErrorCode::Cancelled)) // another file was opened meanwhile
            statusBar()->showMessage(tr("No waveform: %1").arg(error.message), 8000);
        if (!error.is(media::ErrorCode::Cancelled)) {
            m_analysisPending = false;
            Q_EMIT analysisFinished();
        }
    });
    connect(m_review, &ReviewModel::warningRaised, this, &MainWindow::showWarning);
    connect(m_review, &ReviewModel::changedOutside, this, [this] {
        m_library->refresh();
        updateTitle();
        statusBar()->showMessage(tr("Updated with changes made to the library elsewhere"), 4000);
    });
    connect(m_library, &LibraryPanel::openRequested, this,
            [this](const QString& path, std::optional<int64_t> atMs) {
                if (auto problem = m_library->problemWith(path)) {
                    showError(*problem); // never take a replaced file for the call
                    return;
                }
                if (path != m_path)
                    openRecording(path, false);
                if (atMs)
                    m_player->seek(*atMs);
            });
    connect(m_library, &LibraryPanel::addRequested, this, &MainWindow::addRecordings);
    connect(m_adder, &LibraryAdder::progress, m_library, &LibraryPanel::setBusy);
    connect(m_adder, &LibraryAdder::finished, this, &MainWindow::recordingsAdded);
    connect(m_library, &LibraryPanel::relinkRequested, this, &MainWindow::relink);
    connect(m_library, &LibraryPanel::detailsRequested, this, &MainWindow::editCallDetails);
    connect(m_library, &LibraryPanel::removeRequested, this,
            [this](int64_t recordingId) { removeRecording(recordingId); });
}

void MainWindow::refreshNotes()
{
    const auto& shareable = m_review->shareableNotes();
    std::vector<LaneNote> lane;
    int number = 0;
    for (const auto& n : shareable)
        lane.push_back({n.id, n.startMs, n.text, n.focus ? ++number : 0});
    m_waveform->setShareableNotes(std::move(lane));
    std::vector<LaneNote> privateLane;
    if (!m_shareSafe)
        for (const auto& n : m_review->privateNotes())
            privateLane.push_back({n.id, n.startMs, workflows::shownText(n), 0});
    m_waveform->setPrivateNotes(std::move(privateLane));
    static const std::vector<PrivateNote> kNone;
    m_notes->setRetention(m_review->isOpen()
                              ? m_review->store()->privateRetentionDays().value_or(std::nullopt)
                              : std::nullopt);
    m_notes->setNotes(shareable, m_shareSafe ? kNone : m_review->privateNotes(),
                      m_review->session().focusCap);
    if (m_review->isOpen())
        showSession();
}

void MainWindow::showSession()
{
    SessionPanel::ReviewFigures figures;
    QStringList texts;
    for (const auto& n : m_review->shareableNotes()) {
        texts << n.text;
        if (n.focus) {
            const annotations::FocusGuide guide = m_review->focusGuide(n.id);
            ++figures.focusChosen;
            figures.focusWithoutQuestion += guide.question.isEmpty() ? 1 : 0;
            figures.focusWithoutPlan += guide.practicePlan.isEmpty() ? 1 : 0;
        }
    }
    figures.shareableNotes = int(texts.size());
    // The library's phrasing rules, read again each time: the command line may change them.
    std::vector<workflows::PhrasingRule> rules =
        workflows::libraryPhrasingRules(*m_review->store());
    figures.style = workflows::coachingStyleOf(texts, rules);
    m_entry->setPhrasingRules(std::move(rules));
    figures.styleShown = !m_review->store()->isShareableCopy().value_or(false);
    auto templates = m_review->store()->sessionTemplates();
    m_sessionPanel->setTemplates(templates ? *templates
                                           : std::vector<annotations::SessionTemplate>{},
                                 m_review->sessionTemplate());
    m_sessionPanel->setSession(m_review->session(), figures);
}

void MainWindow::beginNote(Track track)
{
    if (!m_review->isOpen()) {
        statusBar()->showMessage(tr("Open a recording to take notes"), 5000);
        return;
    }
    if (track == Track::Private && m_shareSafe) {
        statusBar()->showMessage(
            tr("Share-safe mode is on: private notes cannot be taken while you share your screen"),
            5000);
        return;
    }
    // The lead is the manager's reaction time, so it is counted in real time: at 2× those
    // seconds of listening covered twice as much of the call, and a pause skipped in them
    // none of it (the player's clock says what was heard then).
    const int64_t now = m_player->position();
    const int64_t stamp = m_callEnded ? now : m_player->positionListenedAgo(m_prefs.reactionLeadMs);
    if (m_prefs.pauseWhileTyping && m_player->state() == media::Player::State::Playing) {
        m_player->pause();
        m_resumeAfterNote = true;
    }
    m_entry->begin(track, stamp, m_callEnded);
}

void MainWindow::noteSubmitted(Track track, int64_t stampMs, const QString& text)
{
    if (auto id = m_review->addNote(track, stampMs, text)) {
        m_notes->selectNote(*id);
        statusBar()->showMessage(track == Track::Private
                                     ? tr("Private note saved at %1").arg(formatClock(stampMs))
                                     : tr("Shareable note saved at %1").arg(formatClock(stampMs)),
                                 3000);
    }
}

void MainWindow::promote(int64_t noteId)
{
    const auto outcome = m_review->promote(noteId);
    if (outcome != ReviewModel::FocusOutcome::CapReached)
        return;
    const auto found = m_review->findNote(noteId);
    const QString incoming = found ? found->text : QString();
    std::vector<FocusSwapDialog::Item> items;
    int number = 0;
    for (const auto* item : m_review->focusItems())
        items.push_back(
            {item->id,
             tr("%1. %2 — %3").arg(++number).arg(formatClock(item->startMs), item->text.left(70))});
    auto* dialog = new FocusSwapDialog(m_review->session().focusCap, incoming, items, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, noteId] {
        if (m_review->swapFocus(dialog->outgoing(), noteId))
            statusBar()->showMessage(tr("Focus item swapped (Ctrl+Z undoes it)"), 4000);
    });
    statusBar()->showMessage(tr("The focus cap is reached: choose an item to swap out"), 5000);
    dialog->open();
}

void MainWindow::rephrase(int64_t privateNoteId)
{
    if (m_shareSafe)
        return;
    const auto found = m_review->findNote(privateNoteId);
    if (!found || found->track != Track::Private)
        return;
    auto* dialog = new RephraseDialog(found->text, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, privateNoteId] {
        if (auto twin = m_review->rephrase(privateNoteId, dialog->rephrased()))
            m_notes->selectNote(*twin);
    });
    dialog->open();
}

void MainWindow::askFocusQuestion(int64_t noteId)
{
    const auto found = m_review->findNote(noteId);
    const auto focus = std::ranges::find_if(m_review->shareableNotes(),
                                            [noteId](const auto& n) { return n.id == noteId; });
    if (!found || focus == m_review->shareableNotes().end() || !focus->focus) {
        statusBar()->showMessage(tr("Select a focus item to write its question and practice plan"),
                                 4000);
        return;
    }
    const annotations::FocusGuide current = m_review->focusGuide(noteId);
    QString suggestion;
    if (current.question.isEmpty()) {
        const auto transcript = m_review->store()->transcript(m_review->recording().id);
        suggestion = workflows::suggestedFocusQuestion(
            *focus, transcript && *transcript ? &**transcript : nullptr);
    }
    auto* dialog = new FocusGuideDialog(focus->text, current, suggestion, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog, noteId] { m_review->setFocusGuide(noteId, dialog->guide()); });
    dialog->open();
}

void MainWindow::openRepPage(int64_t repId)
{
    for (RepPage* open : findChildren<RepPage*>())
        if (open->repId() == repId) {
            open->reload();
            open->raise();
            open->activateWindow();
            return;
        }
    // How the manager phrases notes stays off the screen while it is shared, and out of a
    // shareable copy (the rep's library).
    bool copy = false;
    if (auto store = annotations::Store::open(m_libraryPath))
        copy = (*store)->isShareableCopy().value_or(false);
    auto* page = new RepPage(m_libraryPath, repId, !m_shareSafe && !copy, this);
    page->setWindowFlag(Qt::Window);
    connect(page, &RepPage::cadenceChanged, m_team, &TeamPanel::refresh);
    page->show();
}

void MainWindow::editSessionTemplates()
{
    if (!m_review->isOpen()) {
        statusBar()->showMessage(tr("Open a recording to edit the library's session templates"),
                                 4000);
        return;
    }
    auto templates = m_review->store()->sessionTemplates();
    if (!templates) {
        showError(templates.error().message);
        return;
    }
    auto* dialog = new SessionTemplateDialog(*m_review->store(), std::move(*templates),
                                             m_review->sessionTemplate().id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        m_review->reload();
        statusBar()->showMessage(tr("Session templates saved"), 4000);
    });
    dialog->open();
}

void MainWindow::jumpToNote(int direction)
{
    const int64_t now = m_player->position();
    std::vector<std::pair<int64_t, int64_t>> notes; // start, id
    for (const auto& n : m_review->shareableNotes())
        notes.emplace_back(n.startMs, n.id);
    if (!m_shareSafe)
        for (const auto& n : m_review->privateNotes())
            notes.emplace_back(n.startMs, n.id);
    std::sort(notes.begin(), notes.end());
    auto land = [this](const std::pair<int64_t, int64_t>& note) {
        m_player->seek(note.first);
        m_notes->selectNote(note.second); // so that F2 or F then acts on the note jumped to
    };
    // Going back skips a note the playhead has only just passed (within a second), so that
    // pressing twice keeps going back.
    if (direction < 0) {
        for (auto it = notes.rbegin(); it != notes.rend(); ++it)
            if (it->first < now - 1000)
                return land(*it);
    } else {
        for (const auto& note : notes)
            if (note.first > now + 50)
                return land(note);
    }
}

void MainWindow::analysisLoaded(std::shared_ptr<const media::AudioAnalysis> analysis)
{
    m_library->setBusy({}, -1);
    if (auto truncated = m_review->recordDecodedLength(analysis->durationMs())) {
        showWarning(*truncated);
        m_waveform->setDuration(m_review->recording().durationMs);
        m_library->refresh();
    }
    const int repChannel = m_review->isOpen() ? m_review->recording().repChannel : 0;
    auto peaks = std::shared_ptr<const media::PeakPyramid>(analysis, &analysis->peaks);
    m_waveform->setPeaks(peaks);
    RecordingTalk talk = talkOf(*analysis, repChannel);
    if (m_review->isOpen()) // kept for the rep tracker's charts (a read-only library keeps none)
        (void)m_review->store()->keepTalk(
            workflows::keptTalkOf(m_review->recording().id, repChannel, talk.metrics));
    m_waveform->setSpeech(talk.speech);
    m_talk = std::move(talk.metrics);
    QStringList labels;
    if (analysis->channelCount() == 2)
        labels = repChannel == 0 ? QStringList{tr("Rep"), tr("Buyer")}
                                 : QStringList{tr("Buyer"), tr("Rep")};
    else
        for (int c = 0; c < analysis->channelCount(); ++c)
            labels << (analysis->channelCount() == 1 ? tr("Call") : tr("Ch %1").arg(c + 1));
    m_waveform->setChannelLabels(labels);
    m_sessionPanel->setTalk(&*m_talk);
    updateMoments();
    m_analysisPending = false;
    if (!m_talk->perSpeaker && m_focus != media::FocusSpeaker::Everyone)
        setFocusListening(m_focus); // no speakers to focus on: back to the whole call, says why
    else {
        enableFocusModes(m_talk->perSpeaker);
        updateListeningPlan();
    }
    Q_EMIT analysisFinished();
}

void MainWindow::addRecordings(const QStringList& paths)
{
    m_library->setBusy(tr("Adding recordings…"), 0);
    m_adder->add(m_libraryPath, paths);
}

void MainWindow::recordingsAdded(const AddReport& report)
{
    m_library->setBusy({}, -1);
    m_library->refresh();
    if (!report.problems.isEmpty())
        showError(tr("Not added:\n%1").arg(report.problems.join(QLatin1Char('\n'))));
    else
        statusBar()->showMessage(tr("Added to the library: %1").arg(report.added.size()), 4000);
    if (!report.added.isEmpty() && m_path.isEmpty())
        openRecording(report.added.first(), false);
    if (!report.added.isEmpty())
        askRepFor(report.added); // a call needs its rep
}

void MainWindow::relink(int64_t recordingId, const QString& oldPath)
{
    const QString chosen = QFileDialog::getOpenFileName(
        this, tr("Where is %1 now?").arg(QFileInfo(oldPath).fileName()),
        QFileInfo(oldPath).absolutePath());
    if (chosen.isEmpty())
        return;
    auto store = Store::open(m_libraryPath);
    if (!store) {
        showError(store.error().message);
        return;
    }
    if (auto ok = relinkRecording(**store, recordingId, chosen); !ok)
        showError(ok.error().message);
    else
        clearError();
    m_library->refresh();
}

void MainWindow::setShareSafe(bool on)
{
    m_shareSafe = on;
    QSettings().setValue(QStringLiteral("shareSafe"), on);
    if (m_shareSafeAction)
        m_shareSafeAction->setChecked(on);
    if (on && m_entry->isActive() && m_entry->track() == Track::Private)
        m_entry->cancel();
    m_shareSafeBanner->setVisible(on);
    updateNoteHint();
    for (const char* id : {"private-note", "moment-private-note"})
        if (QAction* privateNote = m_shortcuts->action(QString::fromLatin1(id)))
            privateNote->setVisible(!on); // no private-note button or menu entry while sharing
    m_momentsPanel->setShareSafe(on);
    m_waveform->setPrivateLaneVisible(!on);
    m_notes->setShareSafe(on);
    m_library->setShareSafe(on);
    m_sessionPanel->setShareSafe(on);
    if (on)
        for (RepPage* page : findChildren<RepPage*>())
            page->close(); // it shows how the manager phrases notes
    statusBar()->clearMessage();
    refreshNotes();
    updateTitle();
}

void MainWindow::setPreferences(const ReviewPreferences& preferences)
{
    m_prefs = preferences;
    m_prefs.save();
    updateNoteHint();
}

void MainWindow::updateNoteHint()
{
    const QString lead = QString::number(double(m_prefs.reactionLeadMs) / 1000.0, 'g', 3);
    m_entry->setIdleHint(
        m_shareSafe
            ? tr("S: a shareable note, stamped %1 s of your time before the key press").arg(lead)
            : tr("P: a private note · S: a shareable note — stamped %1 s of your time "
                 "before the key press")
                  .arg(lead));
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    acceptFileDrag(event);
}

void MainWindow::dropEvent(QDropEvent* event)
{
    const QStringList paths = takeDroppedFiles(event);
    if (paths.size() == 1)
        openRecording(paths.first(), false); // one file: review it now (it joins the library)
    else if (!paths.isEmpty())
        addRecordings(paths);
}

} // namespace coachtrack::app
