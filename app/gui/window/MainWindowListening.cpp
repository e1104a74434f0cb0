// MainWindow: listening to less of a call — skip silence and focus listening (the Playback
// menu, G and L, the transport's switch). The player jumps over what they leave out; its
// clock stays in recording time, so notes and the playhead stay exact.
#include "annotations/TimeCode.h"
#include "app/gui/panels/TransportBar.h"
#include "app/gui/window/MainWindow.h"
#include "app/gui/window/ShortcutMap.h"
#include "media/Player.h"

#include <QAction>
#include <QActionGroup>
#include <QLabel>
#include <QMenu>
#include <QSettings>
#include <QStatusBar>

namespace coachtrack::app {

using media::FocusSpeaker;

namespace {
const QString kSkipSilenceKey = QStringLiteral("review/skipSilence");
constexpr int64_t kLeastHeardMs = 1000; // skips that leave less of the call are not applied
} // namespace

void MainWindow::buildListeningMenu(QMenu* playback)
{
    m_skipSilenceAction = playback->addAction(tr("S&kip Silence"));
    m_skipSilenceAction->setCheckable(true);
    m_skipSilenceAction->setToolTip(
        tr("Shorten pauses over 0.8 s where nobody speaks to 0.3 s while playing (G)"));
    connect(m_skipSilenceAction, &QAction::triggered, this,
            [this](bool on) { setSkipSilence(on); });
    m_shortcuts->add(QStringLiteral("skip-silence"), m_skipSilenceAction, QKeySequence(Qt::Key_G));
    m_transport->setSkipSilenceAction(m_skipSilenceAction);

    m_listeningMode = new QLabel(this);
    m_listeningMode->setObjectName(QStringLiteral("listeningMode"));
    m_listeningMode->setStyleSheet(QStringLiteral("color: #2a6fb0; font-weight: 600;"));
    m_listeningMode->hide();
    statusBar()->addPermanentWidget(m_listeningMode);

    QMenu* listen = playback->addMenu(tr("&Listen To"));
    auto* group = new QActionGroup(this);
    const std::pair<QString, FocusSpeaker> modes[] = {
        {tr("The &Whole Call"), FocusSpeaker::Everyone},
        {tr("The &Rep's Turns (with the second before each)"), FocusSpeaker::Rep},
        {tr("The &Buyer's Turns"), FocusSpeaker::Buyer}};
    for (const auto& [text, speaker] : modes) {
        QAction* action = listen->addAction(text);
        action->setCheckable(true);
        action->setChecked(speaker == m_focus);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, s = speaker] { setFocusListening(s); });
        m_focusActions.push_back(action);
    }
    QAction* cycle = playback->addAction(tr("Cycle What to &Listen To"));
    connect(cycle, &QAction::triggered, this,
            [this] { setFocusListening(FocusSpeaker((int(m_focus) + 1) % 3)); });
    m_shortcuts->add(QStringLiteral("focus-listening"), cycle, QKeySequence(Qt::Key_L));

    setSkipSilence(QSettings().value(kSkipSilenceKey, false).toBool());
}

void MainWindow::setSkipSilence(bool on, bool remember)
{
    m_skipSilence = on;
    m_skipSilenceAction->setChecked(on);
    if (remember)
        QSettings().setValue(kSkipSilenceKey, on);
    if (!updateListeningPlan())
        return; // it said why nothing is skipped
    if (!on)
        statusBar()->showMessage(tr("Skip silence off: every pause plays"), 4000);
    else if (!m_talk)
        statusBar()->showMessage(
            tr("Skip silence on: it starts once the call's speech is known (analysing)"), 5000);
    else {
        const auto skips = media::silenceSkips(*m_talk);
        const int64_t saved = m_talk->durationMs - media::heardMs(skips, m_talk->durationMs);
        statusBar()->showMessage(
            tr("Skip silence on: %1 pauses shortened, %2 of this call's %3")
                .arg(skips.size())
                .arg(annotations::formatClock(saved), annotations::formatClock(m_talk->durationMs)),
            6000);
    }
}

void MainWindow::enableFocusModes(bool twoSpeakers)
{
    for (size_t i = 1; i < m_focusActions.size(); ++i)
        m_focusActions[i]->setEnabled(twoSpeakers);
}

void MainWindow::setFocusListening(FocusSpeaker speaker)
{
    const bool twoSpeakers = !m_talk || m_talk->perSpeaker;
    enableFocusModes(twoSpeakers);
    const bool refused = speaker != FocusSpeaker::Everyone && !twoSpeakers;
    m_focus = refused ? FocusSpeaker::Everyone : speaker;
    m_focusActions[size_t(m_focus)]->setChecked(true);
    if (!updateListeningPlan())
        return; // it said why nothing is skipped
    if (refused) {
        statusBar()->showMessage(tr("Focus listening needs the rep and the buyer on two channels; "
                                    "this call has them on one: playing the whole call"),
                                 8000);
        return;
    }
    const QString said[] = {tr("Listening to the whole call"),
                            tr("Listening to the rep's turns, each with the second before it"),
                            tr("Listening to the buyer's turns only")};
    statusBar()->showMessage(m_talk || speaker == FocusSpeaker::Everyone
                                 ? said[int(speaker)]
                                 : said[int(speaker)] + tr(" once the call is analysed"),
                             5000);
}

QString MainWindow::listeningModeText() const
{
    return m_listeningMode->isVisibleTo(this) ? m_listeningMode->text() : QString();
}

bool MainWindow::updateListeningPlan()
{
    std::vector<media::SkipSpan> skips;
    bool applied = true;
    if (m_talk) {
        if (m_skipSilence)
            skips = media::silenceSkips(*m_talk);
        skips = media::mergeSkips(std::move(skips), media::focusSkips(*m_talk, m_focus));
        if (!skips.empty() && media::heardMs(skips, m_talk->durationMs) < kLeastHeardMs) {
            // No speech found (or the focused speaker never talks): skipping would leave nothing.
            statusBar()->showMessage(
                m_focus == FocusSpeaker::Everyone
                    ? tr("No speech found in this call: skip silence plays it all")
                    : tr("That speaker says nothing in this call: playing the whole call"),
                8000);
            skips.clear();
            m_focus = FocusSpeaker::Everyone;
            m_focusActions.front()->setChecked(true);
            applied = false;
        }
    }
    m_player->setSkips(skips);
    m_transport->setSkipping(!skips.empty());
    const QString modes[] = {QString(), tr("Listening to the rep's turns"),
                             tr("Listening to the buyer's turns")};
    m_listeningMode->setText(modes[int(m_focus)]);
    m_listeningMode->setVisible(m_focus != FocusSpeaker::Everyone);
    return applied;
}

} // namespace coachtrack::app
