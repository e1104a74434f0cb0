// MainWindow: the call's moments (workflows/Moments.h) — worked out from its talk and
// transcript, marked on the waveform, listed in the Moments panel, one key away (N / Shift+N),
// and a note stamped at one (Shift+S / Shift+P, or the panel's buttons).
#include "annotations/Store.h"
#include "annotations/TimeCode.h"
#include "app/gui/media/WaveformView.h"
#include "app/gui/panels/MomentsPanel.h"
#include "app/gui/panels/NoteEntryBar.h"
#include "app/gui/window/MainWindow.h"
#include "media/Player.h"
#include "workflows/RecordingMoments.h"
#include "workflows/ReviewModel.h"

#include <QDockWidget>
#include <QStatusBar>
#include <QTreeWidget>
#include <algorithm>

namespace coachtrack::app {

using annotations::Track;

void MainWindow::connectMoments()
{
    connect(m_momentsPanel, &MomentsPanel::playRequested, this, [this](int index) {
        if (index < 0 || size_t(index) >= m_moments.size())
            return;
        showMoment(index);
        m_player->play();
    });
    connect(m_momentsPanel, &MomentsPanel::noteRequested, this,
            [this](int index, Track track) { noteOnMoment(index, track); });
    connect(m_player, &media::Player::positionChanged, this,
            [this](qint64 ms) { m_momentsPanel->setPlaying(momentAt(ms)); });
}

QString MainWindow::momentsAbsentReason() const
{
    if (!m_talk)
        return tr("The call's moments come once it is analysed.");
    if (m_talk->perSpeaker)
        return tr("No moments in this call: no long turns or interruptions (a transcript adds "
                  "questions and keywords).");
    return tr("No moments in this call: two channels (or a transcript with roles) tell the "
              "speakers apart.");
}

void MainWindow::updateMoments()
{
    m_moments.clear();
    if (!m_talk) {
        m_waveform->setMomentSpans({});
        m_momentsPanel->setMoments({}, momentsAbsentReason());
        return;
    }
    std::optional<annotations::RecordingTranscript> words;
    workflows::MomentOptions options;
    options.keywords = workflows::defaultMomentKeywords();
    if (m_review->isOpen() && m_review->store()) {
        if (auto t = m_review->store()->transcript(m_review->recording().id); t && *t)
            words = std::move(**t);
        options.keywords = workflows::libraryMomentKeywords(*m_review->store());
    }
    m_moments = workflows::momentsOf(*m_talk, words ? &*words : nullptr, options);
    std::vector<std::pair<int64_t, int64_t>> spans;
    for (const workflows::Moment& m : m_moments)
        spans.emplace_back(m.startMs, m.endMs);
    m_waveform->setMomentSpans(std::move(spans));
    m_momentsPanel->setMoments(m_moments, momentsAbsentReason());
    m_momentsPanel->setPlaying(momentAt(m_player->position()));
}

int MainWindow::momentAt(int64_t ms) const
{
    // The moment the playhead is in, else the last one it has passed.
    int best = -1;
    for (size_t i = 0; i < m_moments.size(); ++i) {
        if (m_moments[i].startMs > ms)
            break;
        if (best < 0 || ms <= m_moments[i].endMs || m_moments[size_t(best)].endMs < ms)
            best = int(i);
    }
    return best;
}

void MainWindow::showMoment(int index)
{
    const workflows::Moment& moment = m_moments[size_t(index)];
    m_player->seek(moment.startMs);
    m_momentsPanel->setCurrent(index);
    statusBar()->showMessage(tr("Moment %1 of %2 at %3: %4")
                                 .arg(index + 1)
                                 .arg(m_moments.size())
                                 .arg(annotations::formatClock(moment.startMs), moment.label),
                             8000);
}

void MainWindow::jumpToMoment(int direction)
{
    if (m_moments.empty()) {
        statusBar()->showMessage(momentsAbsentReason(), 5000);
        return;
    }
    // Going back skips a moment the playhead has only just passed, as for notes.
    const int64_t now = m_player->position();
    const auto moment = direction < 0 ? workflows::previousMoment(m_moments, now - 1000)
                                      : workflows::nextMoment(m_moments, now + 50);
    if (!moment) {
        statusBar()->showMessage(
            direction < 0 ? tr("No moment before this one") : tr("No moment after this one"), 3000);
        return;
    }
    showMoment(int(std::ranges::find(m_moments, *moment) - m_moments.begin()));
}

void MainWindow::noteOnMoment(int index, Track track)
{
    if (index < 0 || size_t(index) >= m_moments.size()) {
        statusBar()->showMessage(m_moments.empty() ? momentsAbsentReason()
                                                   : tr("Play or pick a moment first (N, or the "
                                                        "Moments panel)"),
                                 5000);
        return;
    }
    if (!m_review->isOpen() || (track == Track::Private && m_shareSafe)) {
        beginNote(track); // says why not
        return;
    }
    const workflows::Moment& moment = m_moments[size_t(index)];
    if (m_prefs.pauseWhileTyping && m_player->state() == media::Player::State::Playing) {
        m_player->pause();
        m_resumeAfterNote = true;
    }
    m_entry->begin(track, moment.startMs);
    statusBar()->showMessage(tr("A note on the moment at %1: %2")
                                 .arg(annotations::formatClock(moment.startMs), moment.label),
                             8000);
}

int MainWindow::chosenMoment() const
{
    // The panel's selection when the list has the keyboard, else the playhead's moment.
    if (m_momentsPanel->list()->hasFocus() && m_momentsPanel->selected() >= 0)
        return m_momentsPanel->selected();
    return momentAt(m_player->position());
}

} // namespace coachtrack::app
