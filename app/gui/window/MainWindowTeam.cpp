// MainWindow: the team library (sync/ through workflows::TeamSyncAgent): File ▸ Publish to Team
// Library (Ctrl+Shift+U), Withdraw from Team Library…, Sync with Team Library (F5), the sync
// state at the status bar's right (a button that syncs), publish on export, and Preferences ▸
// Team. Nothing here waits for the server: the agent works on a thread of its own.
#include "annotations/Store.h"
#include "app/gui/dialogs/ReviewPreferences.h"
#include "app/gui/dialogs/TeamPreferencesPage.h"
#include "app/gui/window/MainWindow.h"
#include "workflows/PrivateRetention.h"
#include "workflows/ReviewModel.h"
#include "workflows/TeamSyncAgent.h"

#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QTimer>
#include <QToolButton>

namespace coachtrack::app {

using workflows::TeamSyncAgent;
using workflows::TeamSyncState;
using Phase = TeamSyncState::Phase;

void MainWindow::connectTeamSync()
{
    delete m_teamSync;
    m_teamSync = new TeamSyncAgent(m_libraryPath, this);
    if (!m_teamStatus) {
        m_teamStatus = new QToolButton(this);
        m_teamStatus->setObjectName(QStringLiteral("teamSyncStatus"));
        m_teamStatus->setAutoRaise(true);
        m_teamStatus->hide();
        statusBar()->addPermanentWidget(m_teamStatus);
        connect(m_teamStatus, &QToolButton::clicked, this, [this] { m_teamSync->syncNow(); });
    }
    connect(m_teamSync, &TeamSyncAgent::stateChanged, this, &MainWindow::showTeamSync);
    connect(m_teamSync, &TeamSyncAgent::failed, this, [this](const QString& message) {
        auto* box = new QMessageBox(QMessageBox::Warning, tr("Team Library"),
                                    tr("The team library did not do what was asked."),
                                    QMessageBox::Ok, this);
        box->setInformativeText(message);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });
    connect(m_teamSync, &TeamSyncAgent::withdrawn, this,
            [this](int64_t, bool deleted, bool waiting) {
                statusBar()->showMessage(
                    waiting   ? tr("The team server cannot be reached: the session is taken off "
                                     "the rep's screen at the next sync")
                    : deleted ? tr("Deleted from the team library: the rep no longer has it, and "
                                   "the server keeps nothing of it")
                              : tr("Withdrawn: the rep no longer sees this session"),
                    8000);
            });
    // After the window is up: the first sync never delays the review's start.
    QTimer::singleShot(1500, m_teamSync, [agent = m_teamSync] { agent->start(); });
}

QString MainWindow::teamSyncText(const TeamSyncState& state) const
{
    const QString last =
        state.lastSync.isValid()
            ? QLocale().toString(state.lastSync.toLocalTime().time(), QLocale::ShortFormat)
            : QString();
    switch (state.phase) {
    case Phase::NotConnected: return {};
    case Phase::Syncing:
        return state.total > 0 ? tr("Team: publishing %1 of %2…").arg(state.done).arg(state.total)
                               : tr("Team: syncing…");
    case Phase::UpToDate:
        return last.isEmpty() ? tr("Team: up to date") : tr("Team: up to date · %1").arg(last);
    case Phase::Offline:
        return state.queued > 0 ? tr("Team: offline · %n queued", nullptr, state.queued)
                                : tr("Team: offline");
    case Phase::Problem:
        return state.queued > 0 ? tr("Team: problem · %n queued", nullptr, state.queued)
                                : tr("Team: problem");
    }
    return {};
}

void MainWindow::showTeamSync(const TeamSyncState& state)
{
    m_teamStatus->setVisible(state.phase != Phase::NotConnected);
    m_teamStatus->setText(teamSyncText(state));
    m_teamStatus->setMinimumWidth(m_teamStatus->sizeHint().width()); // never cut short
    QString tip = tr("Click to sync with the team library now (F5).");
    if (!state.detail.isEmpty())
        tip = state.detail + QStringLiteral("\n\n") + tip;
    m_teamStatus->setToolTip(tip);
}

bool MainWindow::hasTeamLibrary()
{
    if (!QFileInfo::exists(m_libraryPath)) // never made just to be asked
        return false;
    auto store = annotations::Store::open(m_libraryPath);
    return store && !(*store)->teamUrl().value_or(QString()).isEmpty();
}

void MainWindow::publishToTeam()
{
    if (!m_review->isOpen()) {
        statusBar()->showMessage(tr("Open a recording first: a session is the review of one call"),
                                 5000);
        return;
    }
    if (!hasTeamLibrary()) {
        const auto answer = QMessageBox::question(
            this, tr("Publish to Team Library"),
            tr("This library has no team server yet. Set one up in Preferences ▸ Team?"));
        if (answer == QMessageBox::Yes)
            editPreferences(/*teamPage=*/true);
        return;
    }
    if (m_teamSync->publish(m_review->session().id))
        statusBar()->showMessage(tr("Publishing this session's shareable notes and debrief to "
                                    "the team library (private notes stay here)"),
                                 6000);
}

void MainWindow::withdrawFromTeam()
{
    if (!m_review->isOpen() || !hasTeamLibrary())
        return;
    QMessageBox box(QMessageBox::Question, tr("Withdraw from Team Library"),
                    tr("Take this session off the rep's screen?"), QMessageBox::Cancel, this);
    box.setInformativeText(tr("Withdrawn, it stays on the server for you and can be published "
                              "again. Deleted, the server keeps nothing of it."));
    QPushButton* withdraw = box.addButton(tr("&Withdraw"), QMessageBox::AcceptRole);
    QPushButton* remove = box.addButton(tr("&Delete from Server"), QMessageBox::DestructiveRole);
    box.setDefaultButton(withdraw);
    box.exec();
    if (box.clickedButton() == withdraw || box.clickedButton() == remove)
        m_teamSync->withdraw(m_review->session().id, box.clickedButton() == remove);
}

void MainWindow::exportFinished(int64_t sessionId)
{
    if (!hasTeamLibrary())
        return;
    auto store = annotations::Store::open(m_libraryPath);
    if (!store || !(*store)->teamOptions().value_or(annotations::TeamOptions{}).publishOnExport)
        return;
    store->reset();
    m_teamSync->publish(sessionId);
}

void MainWindow::editPreferences(bool teamPage)
{
    PreferencesDialog dialog(m_prefs, m_libraryPath, this);
    const std::optional<int> before = retention()->days();
    dialog.setRetentionDays(before);
    if (teamPage)
        dialog.showPage(PreferencesDialog::Page::Team);
    connect(dialog.teamPage(), &TeamPreferencesPage::connected, m_teamSync,
            &TeamSyncAgent::syncNow);
    if (dialog.exec() != QDialog::Accepted)
        return;
    setPreferences(dialog.chosen());
    if (const QString problem = dialog.teamPage()->save(); !problem.isEmpty())
        QMessageBox::warning(this, tr("Preferences"), problem);
    if (dialog.retentionDays() != before && retention()->setDays(dialog.retentionDays()))
        refreshNotes();
}

} // namespace coachtrack::app
