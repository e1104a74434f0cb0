// The team library in the windows, against the tests' PostgreSQL server (offscreen): the
// manager publishes the open session with Ctrl+Shift+U and the status bar says where the sync
// stands (offline with the session queued, then up to date); Preferences ▸ Team connects the
// library; the rep's "My coaching" window lists only their own session, shows its debrief,
// and what they mark comes back to the manager's library.
#include "TeamDatabase.h"
#include "annotations/Store.h"
#include "annotations/StoreFixture.h"
#include "app/ReviewWorkspace.h"
#include "app/gui/coaching/MyCoachingWindow.h"
#include "app/gui/dialogs/ReviewPreferences.h"
#include "app/gui/dialogs/TeamPreferencesPage.h"
#include "app/gui/window/MainWindow.h"
#include "media/Player.h"
#include "sync/TeamRoster.h"
#include "sync/TeamSync.h"
#include "workflows/ReviewModel.h"
#include "workflows/TeamSyncAgent.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStatusBar>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>

using namespace coachtrack;
using namespace coachtrack::testing;
using Phase = workflows::TeamSyncState::Phase;

namespace {

struct TeamWindows
{
    TeamDatabase db;
    QString manager = db.uniqueLogin(QStringLiteral("mgr"));
    QString alex = db.uniqueLogin(QStringLiteral("alex"));
    const QString password = QStringLiteral("pw-") + QUuid::createUuid().toString(QUuid::Id128);

    TeamWindows()
    {
        auto admin = db.admin();
        REQUIRE(sync::TeamSchema::ensure(*admin));
        REQUIRE(sync::TeamSchema::addManager(*admin, manager, password));
        auto asManager = db.connect(manager, password);
        REQUIRE(sync::TeamRoster::addRep(*asManager, QStringLiteral("Alex"), alex, password));
    }
};

QString statusText(app::MainWindow& window)
{
    auto* button = window.findChild<QToolButton*>(QStringLiteral("teamSyncStatus"));
    REQUIRE(button);
    return button->isVisible() ? button->text() : QString();
}

// Waits for the agent to finish what it is doing and land in `phase`.
bool settlesIn(workflows::TeamSyncAgent& agent, Phase phase)
{
    return waitFor([&] { return !agent.isBusy() && agent.state().phase == phase; }, 60000);
}

} // namespace

TEST_CASE("on PostgreSQL: the window publishes the open session, queued while the server is "
          "away, and the status bar says where the sync stands",
          "[sync][pg][ui]")
{
    TeamWindows team;
    Workspace w;
    const int64_t shared =
        w.note(annotations::Track::Shareable, 40'000, QStringLiteral("Lovely discovery"));
    w.window->promote(shared);
    w.note(annotations::Track::Private, 6'000, QStringLiteral("PRIVATECANARY_WREN"));
    {
        auto store = annotations::Store::open(w.db);
        REQUIRE(store.has_value());
        const int64_t rec = w.review().recording().id;
        annotations::RecordingChanges rep;
        rep.repName = QStringLiteral("Alex");
        REQUIRE((*store)->updateRecording(rec, rep));
        REQUIRE((*store)->setTeamOptions({false, /*clips=*/true}));
        auto skills = (*store)->skills();
        REQUIRE(skills.has_value());
        REQUIRE(
            (*store)->setScore(w.review().session().id, skills->front().id, 4, std::nullopt, {}));
        // The server is away (nothing listens on port 1).
        REQUIRE((*store)->setTeamUrl(
            QStringLiteral("host=127.0.0.1 port=1 dbname=x user=%1").arg(team.manager)));
    }
    workflows::TeamSyncAgent& agent = *w.window->teamSync();
    QTest::keyClick(w.window.get(), Qt::Key_U, Qt::ControlModifier | Qt::ShiftModifier);
    REQUIRE(settlesIn(agent, Phase::Offline));
    CHECK(agent.state().queued == 1);
    CHECK(statusText(*w.window) == u"Team: offline · 1 queued");

    // Preferences ▸ Team connects the library to the real server (the password goes to the
    // secret store when there is one; here libpq's PGPASSWORD signs in).
    qputenv("PGPASSWORD", team.password.toUtf8());
    {
        app::TeamPreferencesPage page(w.db);
        auto* url = page.findChild<QLineEdit*>(QStringLiteral("teamUrl"));
        REQUIRE(url);
        CHECK(url->text().contains(QStringLiteral("port=1")));
        url->setText(team.db.url(team.manager));
        QSignalSpy connected(&page, &app::TeamPreferencesPage::connected);
        QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("teamConnect")),
                          Qt::LeftButton);
        auto* result = page.findChild<QLabel*>(QStringLiteral("teamConnectResult"));
        REQUIRE(waitFor([&] { return result->text() != u"Connecting…"; }, 60000));
        INFO(result->text().toStdString());
        CHECK(connected.count() == 1);
    }
    QTest::keyClick(w.window.get(), Qt::Key_F5);
    REQUIRE(settlesIn(agent, Phase::UpToDate));
    CHECK(agent.state().queued == 0);
    CHECK(statusText(*w.window).startsWith(QStringLiteral("Team: up to date")));
    if (const QByteArray shots = qgetenv("COACHTRACK_SHOTS"); !shots.isEmpty()) {
        QTest::qWait(200); // the status bar laid out
        w.window->grab().save(QString::fromLocal8Bit(shots) + QStringLiteral("/team-sync.png"));
        app::PreferencesDialog dialog(w.window->preferences(), w.db);
        dialog.showPage(app::PreferencesDialog::Page::Team);
        dialog.resize(640, 420);
        dialog.grab().save(QString::fromLocal8Bit(shots) + QStringLiteral("/team-preferences.png"));
    }

    // On the server: the shareable note, the debrief, no private word.
    auto asAlex = team.db.connect(team.alex, team.password);
    auto rows = asAlex->exec(
        QStringLiteral("SELECT (SELECT string_agg(text, '|') FROM coachtrack.notes), "
                       "(SELECT string_agg(name, '|' ORDER BY name) FROM coachtrack.documents)"));
    REQUIRE(rows.has_value());
    CHECK(rows->text(0, 0) == u"Lovely discovery");
    CHECK(rows->text(0, 1).startsWith(u"debrief.html|debrief.pdf|focus-1."));
    auto canary = team.db.admin()->exec(QStringLiteral(
        "SELECT count(*) FROM coachtrack.documents WHERE position('PRIVATECANARY' in "
        "convert_from(content, 'UTF8')) > 0 AND name = 'debrief.html'"));
    REQUIRE(canary.has_value());
    CHECK(canary->number(0, 0) == 0);

    // Alex's window shows the published debrief and offers its PDF.
    {
        app::MyCoachingWindow mine(team.db.url(team.alex), team.password);
        QSignalSpy loaded(&mine, &app::MyCoachingWindow::loaded);
        mine.show();
        REQUIRE(loaded.wait(60000));
        auto* debrief = mine.findChild<QTextBrowser*>(QStringLiteral("debrief"));
        REQUIRE(
            waitFor([&] { return debrief->toHtml().contains(QStringLiteral("Debrief")); }, 60000));
        CHECK(debrief->toPlainText().contains(QStringLiteral("Lovely discovery")));
        CHECK_FALSE(debrief->toPlainText().contains(QStringLiteral("PRIVATECANARY")));
        CHECK(mine.findChild<QPushButton*>(QStringLiteral("savePdf")));
        auto* play = mine.findChild<QPushButton*>(QStringLiteral("playClip1"));
        REQUIRE(play);
        QTest::mouseClick(play, Qt::LeftButton);
        REQUIRE(waitFor([&] { return mine.player()->position() > 500; }, 60000));
        if (const QByteArray shots = qgetenv("COACHTRACK_SHOTS"); !shots.isEmpty())
            mine.grab().save(QString::fromLocal8Bit(shots) + QStringLiteral("/my-coaching.png"));
    }

    // An edit makes the session due again; the next sync publishes it.
    w.note(annotations::Track::Shareable, 8'000, QStringLiteral("Strong close"));
    QApplication::setActiveWindow(w.window.get()); // F5 is the main window's
    REQUIRE(QTest::qWaitForWindowActive(w.window.get()));
    QTest::keyClick(w.window.get(), Qt::Key_F5);
    REQUIRE(agent.isBusy());
    REQUIRE(settlesIn(agent, Phase::UpToDate));
    auto notes = asAlex->exec(QStringLiteral("SELECT count(*) FROM coachtrack.notes"));
    REQUIRE(notes.has_value());
    CHECK(notes->number(0, 0) == 2);
    qunsetenv("PGPASSWORD");
}

TEST_CASE("on PostgreSQL: My coaching shows a rep their own session, and what they mark comes "
          "back to the manager",
          "[sync][pg][ui]")
{
    TeamWindows team;
    StoreFixture local;
    const int64_t focus = local.shareable(30'000, QStringLiteral("Ask about the timeline"), true);
    local.privateNote(40'000, QStringLiteral("PRIVATECANARY_LARK"));
    auto skills = local.store->skills();
    REQUIRE(skills.has_value());
    REQUIRE(local.store->setScore(local.sessionId, skills->front().id, 4, std::nullopt, {}));
    {
        auto server = team.db.connect(team.manager, team.password);
        REQUIRE(local.store->queueForTeam(local.sessionId));
        REQUIRE(sync::syncTeam(*local.store, *server).has_value());
    }

    app::MyCoachingWindow window(team.db.url(team.alex), team.password);
    QSignalSpy loaded(&window, &app::MyCoachingWindow::loaded);
    window.show();
    REQUIRE(loaded.wait(60000));
    INFO(window.shownError().toStdString());
    REQUIRE(window.sessions().size() == 1);
    auto* list = window.findChild<QListWidget*>(QStringLiteral("sessions"));
    REQUIRE(list->count() == 1);
    CHECK(list->item(0)->text().contains(QStringLiteral("Acme discovery")));
    auto* debrief = window.findChild<QTextBrowser*>(QStringLiteral("debrief"));
    CHECK(debrief->toPlainText().contains(QStringLiteral("Ask about the timeline")));
    CHECK_FALSE(debrief->toPlainText().contains(QStringLiteral("PRIVATECANARY")));

    // Practising, and a 3 of their own.
    QSignalSpy saved(&window, &app::MyCoachingWindow::saved);
    auto* status = window.findChild<QComboBox*>(QStringLiteral("focusStatus1"));
    REQUIRE(status);
    status->setCurrentIndex(status->findData(QStringLiteral("practising")));
    REQUIRE(saved.wait(60000));
    auto* mine = window.findChild<QSpinBox*>(QStringLiteral("selfRating0"));
    REQUIRE(mine);
    mine->setValue(3);
    REQUIRE(waitFor([&] { return saved.count() == 2; }, 60000));
    CHECK(window.shownError().isEmpty());

    auto server = team.db.connect(team.manager, team.password);
    auto synced = sync::syncTeam(*local.store, *server);
    REQUIRE(synced.has_value());
    CHECK(synced->pulled.focusStatuses == 1);
    CHECK(synced->pulled.selfRatings == 1);
    auto scores = local.store->scores(local.sessionId);
    REQUIRE(scores.has_value());
    CHECK(scores->front().self == 3);
    auto notes = local.store->shareableNotes(local.sessionId);
    REQUIRE(notes.has_value());
    for (const annotations::ShareableNote& n : *notes)
        if (n.id == focus)
            CHECK(n.focus == annotations::FocusStatus::Practising);

    // A wrong password: the window says so, and nothing is listed.
    app::MyCoachingWindow refused(team.db.url(team.alex), QStringLiteral("wrong"));
    QSignalSpy failed(&refused, &app::MyCoachingWindow::failed);
    REQUIRE(failed.wait(60000));
    CHECK(refused.shownError().contains(QStringLiteral("password")));
    CHECK(refused.sessions().empty());
}
