// The rep tracker in the window: the Team overview (Alt+5), a rep's page with their sessions,
// focus items over time and the manager's phrasing chart (never while sharing the screen).
#include "ReviewWorkspace.h"
#include "annotations/SqliteHelpers.h"
#include "app/gui/dialogs/PlanList.h"
#include "app/gui/dialogs/RepPage.h"
#include "app/gui/dialogs/ScorecardDialog.h"
#include "app/gui/panels/TeamPanel.h"
#include "support/Recordings.h"
#include "workflows/RecordingTalk.h"

#include <QBarSeries>
#include <QBarSet>
#include <QChartView>
#include <QDockWidget>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QToolButton>
#include <QTreeWidget>

using namespace coachtrack;
using namespace coachtrack::testing;
using annotations::FocusStatus;

namespace {

void shoot(QWidget* widget, const QString& name)
{
    if (const QByteArray shots = qgetenv("COACHTRACK_SHOTS"); !shots.isEmpty()) {
        QTest::qWait(200);
        widget->grab().save(QString::fromLocal8Bit(shots) + u'/' + name);
    }
}

// Five weekly reviews of Ana's calls, the manager asking more and telling less as the weeks
// go; a call of Bo's not reviewed yet.
void writeHistory(Workspace& w)
{
    annotations::Store& store = *w.review().store();
    const std::vector<std::vector<const char*>> weeks = {
        {"You need to ask about budget.", "Don't pitch yet.", "Stop talking over the buyer.",
         "You should summarise.", "Great opener"},
        {"Don't rush the close.", "What did you want to happen next?", "Always confirm next steps.",
         "Good recap"},
        {"What made you move to pricing there?", "The buyer paused for 4 s after the price.",
         "You should slow down."},
        {"What would you ask next time?", "The buyer mentioned a competitor at 3:10.",
         "Nice use of silence"},
        {"What did the buyer need to hear?", "You asked three open questions in a row."},
    };
    // Weekly from 60 days ago: the last review 32 days ago, so a weekly cadence is overdue
    // whatever today is.
    const QDate firstReview = QDate::currentDate().addDays(-60);
    for (int i = 0; i < int(weeks.size()); ++i) {
        auto rec = store.addRecording(newRecording(
            QStringLiteral("/calls/ana-%1.mp3").arg(i), QStringLiteral("fp-ana-%1").arg(i),
            1'200'000, firstReview.addDays(7 * i - 1), QStringLiteral("Ana call %1").arg(i + 1),
            QStringLiteral("Ana"), QStringLiteral("Acme")));
        REQUIRE(rec.has_value());
        const int64_t session = store.currentSession(rec->id)->id;
        int64_t first = 0;
        for (const char* text : weeks[size_t(i)]) {
            auto note =
                store.addShareableNote({session, 60'000, {}, QString::fromUtf8(text), {}, {}});
            REQUIRE(note.has_value());
            first = first ? first : note->id;
        }
        REQUIRE(store.promote(first).has_value());
        // Scorecards from the third call on: the rep sees discovery better than the manager.
        if (i >= 2) {
            const auto skills = store.skills();
            REQUIRE(skills.has_value());
            REQUIRE(store.setScore(session, skills->at(0).id, 2 + (i - 2), 4, {}).has_value());
            REQUIRE(store
                        .setScore(session, skills->at(3).id, 3, 3,
                                  QStringLiteral("Clear next step, with a date"))
                        .has_value());
        }
        // Measured calls (the last one not yet): the rep talks less, in shorter runs.
        if (i < 4) {
            annotations::KeptTalk talk;
            talk.recordingId = rec->id;
            talk.analyserVersion = workflows::kTalkAnalyserVersion;
            talk.perSpeaker = true;
            talk.repShare = 0.78 - 0.08 * i;
            talk.repLongestMs = 95'000 - 20'000 * i;
            talk.patienceMs = 400 + 150 * i;
            REQUIRE(store.keepTalk(talk).has_value());
        }
        if (i < 3)
            REQUIRE(
                store.setFocusStatus(first, i < 2 ? FocusStatus::Achieved : FocusStatus::Practising)
                    .has_value());
        annotations::SessionChanges when;
        when.objectives =
            QStringLiteral("@%1T12:00:00").arg(firstReview.addDays(7 * i).toString(Qt::ISODate));
        REQUIRE(store.updateSession(session, when).has_value());
    }
    REQUIRE(
        store
            .addRecording(newRecording(QStringLiteral("/calls/bo-1.mp3"), QStringLiteral("fp-bo-1"),
                                       900'000, QDate::currentDate().addDays(-5),
                                       QStringLiteral("Bo renewal"), QStringLiteral("Bo")))
            .has_value());
    sqliteExec(w.db, "UPDATE shareable_notes SET created_at = (SELECT substr(objectives, 2) || "
                     "'.000Z' FROM sessions s WHERE s.id = shareable_notes.session_id) WHERE "
                     "session_id IN (SELECT id FROM sessions WHERE objectives LIKE '@%')");
    sqliteExec(w.db, "UPDATE sessions SET created_at = substr(objectives, 2) || '.000Z', "
                     "objectives = '' WHERE objectives LIKE '@%'");
    // Each focus item made at its session, its later statuses a week apart.
    sqliteExec(w.db, "UPDATE focus_status_history SET changed_at = strftime('%Y-%m-%dT%H:%M:%fZ', "
                     "(SELECT s.created_at FROM focus_items f JOIN sessions s ON s.id = "
                     "f.session_id WHERE f.note_id = focus_status_history.note_id), "
                     "CASE status WHEN 'open' THEN '+0 days' ELSE '+7 days' END)");
}

} // namespace

TEST_CASE("a window made the way the app makes it reads its library in the Team overview too",
          "[app][team]")
{
    const app::MainWindow window; // the library of the settings (or the default one)
    CHECK_FALSE(window.libraryPath().isEmpty());
    CHECK(window.teamPanel()->libraryPath() == window.libraryPath());
}

TEST_CASE("the Team overview lists reps against their cadence and opens a rep's page",
          "[app][team]")
{
    Workspace w;
    // The call the window opened is measured, and its metrics kept for the tracker.
    const int64_t demo = w.review().recording().id;
    REQUIRE(waitFor([&] {
        const auto kept = w.review().store()->keptTalk(demo);
        return kept && kept->has_value();
    }));
    CHECK(w.review().store()->keptTalk(demo)->value().repShare > 0.5);
    writeHistory(w);
    QTest::keyClick(w.window.get(), Qt::Key_5, Qt::AltModifier);
    app::TeamPanel* team = w.window->teamPanel();
    REQUIRE(waitFor([&] { return team->isVisible() && team->list()->topLevelItemCount() >= 2; }));
    CHECK(QApplication::focusWidget() == team->list());
    // Never coached first (Bo; the demo call has no rep), then Ana: overdue, her last session
    // 32 days ago.
    QStringList names;
    for (int i = 0; i < team->list()->topLevelItemCount(); ++i)
        names << team->list()->topLevelItem(i)->text(0);
    CHECK(names == QStringList{QStringLiteral("Bo"), QStringLiteral("Ana")});
    CHECK(team->list()->topLevelItem(1)->text(2).endsWith(QStringLiteral("d overdue")));
    CHECK(team->list()->topLevelItem(1)->text(3) == u"3"); // one practising, two new
    CHECK(team->findChild<QLabel*>(QStringLiteral("thisWeek"))
              ->text()
              .contains(QStringLiteral("Bo (review Bo renewal); Ana")));
    // The watched metrics (talk share and longest monologue by default), then the next call.
    CHECK(team->list()->headerItem()->text(5) == u"Talk share");
    CHECK(team->list()->headerItem()->text(6) == u"Monologue");
    CHECK(team->list()->topLevelItem(0)->text(7) == u"Bo renewal");
    // Ana talked less call after call (78% → 54%), in shorter runs: both for the better.
    CHECK(team->list()->topLevelItem(1)->text(5) == u"54% ↓");
    CHECK(team->list()->topLevelItem(1)->text(6) == u"35 s ↓");
    CHECK(team->list()->topLevelItem(1)->foreground(5).color() == QColor(0x2e, 0x7d, 0x32));
    CHECK(team->list()->topLevelItem(0)->text(5).isEmpty()); // Bo: nothing measured
    // Watching the scores instead: the manager's ratings rose, the gap closed.
    REQUIRE(
        team->setWatched({workflows::WatchedMetric::ManagerScore, workflows::WatchedMetric::Gap}));
    CHECK(team->list()->headerItem()->text(5) == u"Score");
    CHECK(team->list()->topLevelItem(1)->text(5) == u"3.5 ↑");
    CHECK(team->list()->topLevelItem(1)->text(6) == u"0.0 ↓"); // |gaps| 1 → 0.5 → 0
    CHECK(team->watchButton()->menu()->actions().at(3)->isChecked());
    CHECK_FALSE(team->setWatched({}));
    // R on a rep asks for their next call to review.
    QObject::disconnect(team, &app::TeamPanel::callRequested, nullptr, nullptr);
    QSignalSpy review(team, &app::TeamPanel::callRequested);
    team->list()->setCurrentItem(team->list()->topLevelItem(0));
    QTest::keyClick(team->list(), Qt::Key_R);
    REQUIRE(review.size() == 1);
    CHECK(review.first().first().toString() == u"/calls/bo-1.mp3");
    REQUIRE(team->setWatched({workflows::WatchedMetric::Patience}));
    CHECK(team->list()->columnCount() == 7); // one metric: one column, then the next call
    CHECK(team->list()->headerItem()->text(6) == u"Next call");
    REQUIRE(team->setWatched(
        {workflows::WatchedMetric::TalkShare, workflows::WatchedMetric::LongestMonologue}));
    CHECK(team->list()->columnCount() == 8);
    if (!qgetenv("COACHTRACK_SHOTS").isEmpty()) {
        w.window->resize(1280, 800);
        w.window->resizeDocks({w.window->findChild<QDockWidget*>(QStringLiteral("teamDock"))},
                              {560}, Qt::Horizontal);
        shoot(w.window.get(), QStringLiteral("team-overview.png"));
    }

    // Enter on Ana: her page.
    team->list()->setCurrentItem(team->list()->topLevelItem(1));
    QTest::keyClick(team->list(), Qt::Key_Return);
    app::RepPage* page = nullptr;
    REQUIRE(waitFor([&] {
        page = w.window->findChild<app::RepPage*>(QStringLiteral("repPage"));
        return page && page->isVisible();
    }));
    CHECK(page->sessionList()->topLevelItemCount() == 5);
    CHECK(page->sessionList()->topLevelItem(0)->text(1) == u"Ana call 5"); // newest first
    CHECK(page->sessionList()->topLevelItem(0)->text(7) == u"100%");
    CHECK(page->sessionList()->topLevelItem(4)->text(7) == u"0%");
    REQUIRE(page->focusList()->topLevelItemCount() == 5);
    CHECK(page->focusList()->topLevelItem(4)->text(2).contains(QStringLiteral("New")));
    CHECK(page->focusList()->topLevelItem(4)->text(2).contains(QStringLiteral("→ Achieved")));
    // The phrasing over time: one point a session, for the manager.
    REQUIRE(page->chartTabs()->indexOf(page->styleChart()) >= 0);
    const auto series = page->styleChart()->chart()->series();
    REQUIRE(series.size() == 3);
    const auto* asked = static_cast<QLineSeries*>(series.at(0));
    REQUIRE(asked->count() == 5);
    CHECK(asked->at(0).y() == 0.0);
    CHECK(asked->at(4).y() == 100.0);
    const auto* wentWell = static_cast<QLineSeries*>(series.at(2));
    CHECK(wentWell->at(0).y() == 1.0); // "Great opener"
    CHECK(static_cast<QLineSeries*>(series.at(1))->at(0).y() == 4.0);
    // How the rep talked: the four measured calls over the reference band; one not measured.
    const auto talkSeries = page->talkChart()->chart()->series();
    REQUIRE(talkSeries.size() == 4); // band, best share, rep share, longest monologue
    const auto* repShare = static_cast<QLineSeries*>(talkSeries.at(2));
    REQUIRE(repShare->count() == 4);
    CHECK(repShare->at(0).y() == Approx(78.0));
    CHECK(repShare->at(3).y() == Approx(54.0));
    CHECK(page->findChild<QLabel*>(QStringLiteral("talkNote"))
              ->text()
              .startsWith(QStringLiteral("1 call not measured yet")));
    CHECK(page->sessionList()->topLevelItem(1)->text(4) == u"54%");
    // Measuring it in the background: its file is gone, which the page says.
    REQUIRE(page->measureButton()->isVisible());
    QSignalSpy measured(page, &app::RepPage::measuringFinished);
    page->measureCalls();
    REQUIRE(measured.wait(30000));
    CHECK(page->problem()->text().startsWith(QStringLiteral("Not measured: Ana call 5: ")));
    CHECK(page->sessionList()->topLevelItem(0)->text(4).isEmpty());
    // The scorecards: newest first, manager / rep (gap), and the mean gap per skill.
    QTreeWidget* scores = page->scoreList();
    REQUIRE(scores->topLevelItemCount() == 3);
    CHECK(scores->headerItem()->text(1) == u"Discovery questions");
    CHECK(scores->topLevelItem(0)->text(1) == u"4 / 4 (0)");
    CHECK(scores->topLevelItem(2)->text(1) == u"2 / 4 (+2)");
    CHECK(scores->topLevelItem(2)->toolTip(2) == u"Clear next step, with a date");
    CHECK(page->findChild<QLabel*>(QStringLiteral("gapBySkill"))
              ->text()
              .contains(
                  QStringLiteral("Discovery questions: <b>1.0 apart, the rep rates higher</b>")));
    if (!qgetenv("COACHTRACK_SHOTS").isEmpty()) {
        page->resize(900, 1240);
        shoot(page, QStringLiteral("rep-page.png"));
    }
    // A chart saved as a picture; a folder that cannot be written is said so, nothing else.
    const QString picture = w.dir.file(QStringLiteral("talk.png"));
    REQUIRE(page->saveChart(page->talkChart(), picture));
    const QImage saved(picture);
    CHECK(saved.width() == page->talkChart()->width() * 2);
    CHECK_FALSE(
        page->saveChart(page->talkChart(), w.dir.file(QStringLiteral("no-such-folder/talk.png"))));

    // The scores and the gap over time: discovery rated on three sessions, the rep's own view
    // dashed beside the manager's; the gap falls from +2 to 0.
    const auto scoreSeries = page->scoreChart()->chart()->series();
    REQUIRE(scoreSeries.size() == 4); // two skills, each the manager's and the rep's own
    CHECK(static_cast<QLineSeries*>(scoreSeries.at(0))->count() == 3);
    const auto gapSeries = page->gapChart()->chart()->series();
    REQUIRE(gapSeries.size() == 3); // where both agree, then one line a skill
    const auto* discoveryGap = static_cast<QLineSeries*>(gapSeries.at(1));
    REQUIRE(discoveryGap->count() == 3);
    CHECK(discoveryGap->at(0).y() == 2.0);
    CHECK(discoveryGap->at(2).y() == 0.0);
    const auto* months = static_cast<QBarSeries*>(page->monthChart()->chart()->series().at(0));
    int perMonth = 0;
    for (int i = 0; i < months->barSets().at(0)->count(); ++i)
        perMonth += int(months->barSets().at(0)->at(i));
    CHECK(perMonth == 5);

    // A coaching plan added on the page, then ended: the sessions that scored its skill since
    // its start worked on it.
    app::PlanList* plans = page->planList();
    const auto skills = w.review().store()->skills();
    REQUIRE(plans->addPlan({skills->at(0).id, QStringLiteral("Two open questions before the demo"),
                            QDate::currentDate().addDays(-50)}));
    REQUIRE(waitFor([&] { return plans->list()->topLevelItemCount() == 1; }));
    CHECK(plans->list()->topLevelItem(0)->text(0) == u"Discovery questions");
    CHECK(plans->list()->topLevelItem(0)->text(3) == u"3");
    CHECK_FALSE(plans->addPlan({skills->at(0).id, QStringLiteral("Again"), QDate::currentDate()}));
    CHECK(page->planList()->findChild<QLabel*>()->isVisible());
    const int64_t planId =
        w.review()
            .store()
            ->coachingPlans(w.review().store()->repNamed(QStringLiteral("Ana"))->id)
            ->front()
            .id;
    REQUIRE(plans->endOrRunAgain(planId));
    CHECK_FALSE(w.review().store()->coachingPlans(page->repId())->front().running());

    // The scorecard of the newest session, filled in on the page; a comment without a rating
    // is refused with the reason and nothing else changes.
    page->sessionList()->setCurrentItem(page->sessionList()->topLevelItem(0));
    const int64_t newest = page->sessionList()->topLevelItem(0)->data(1, Qt::UserRole).toLongLong();
    {
        app::ScorecardDialog card(QStringLiteral("Ana call 5"), *skills,
                                  *w.review().store()->scores(newest));
        CHECK(card.managerBox(3)->value() == 3); // what the session had, filled in
        card.managerBox(0)->setValue(5);
        card.selfBox(0)->setValue(4);
        card.commentEdit(0)->setText(QStringLiteral("Three open questions"));
        REQUIRE(page->applyScores(newest, card.scores()));
    }
    CHECK(page->scoreList()->topLevelItem(0)->text(1) == u"5 / 4 (-1)");
    std::vector<annotations::Score> bad(1);
    bad[0].skill = skills->at(2);
    bad[0].comment = QStringLiteral("No rating");
    CHECK_FALSE(page->applyScores(newest, bad));
    CHECK(page->problem()->text().contains(QStringLiteral("a comment goes with a rating")));

    // The rep's own ratings, imported from the form they filled.
    const QString form = w.dir.file(QStringLiteral("ana-self.csv"));
    writeFile(form,
              QStringLiteral("recording,skill,self\n%1,Objection handling,3\n")
                  .arg(page->sessionList()->topLevelItem(0)->data(0, Qt::UserRole).toLongLong())
                  .toUtf8());
    REQUIRE(page->importSelfRatings(form));
    CHECK(page->scoreList()->headerItem()->text(2) == u"Objection handling"); // list order
    CHECK(page->scoreList()->topLevelItem(0)->text(2) == u"– / 3");
    writeFile(form, "recording,skill,self\n1,Juggling,3\n");
    CHECK_FALSE(page->importSelfRatings(form));
    CHECK(page->problem()->text().contains(QStringLiteral("no skill named Juggling")));

    // Any chart as an SVG drawing, and the progress report written from the page.
    page->chartTabs()->setCurrentWidget(page->gapChart());
    const QString drawing = w.dir.file(QStringLiteral("gap.svg"));
    REQUIRE(page->saveChart(page->gapChart(), drawing));
    QFile svg(drawing);
    REQUIRE(svg.open(QIODevice::ReadOnly));
    const QByteArray svgText = svg.readAll();
    CHECK(svgText.contains("<svg"));
    CHECK(svgText.contains("Discovery questions (1.3 apart on average)")); // +2, +1, −1
    const QString report = w.dir.file(QStringLiteral("ana.html"));
    REQUIRE(page->writeReport({QDate::currentDate().addDays(-90), QDate::currentDate(),
                               workflows::ReportFormat::Html, exchange::Paper::A4, report}));
    QFile html(report);
    REQUIRE(html.open(QIODevice::ReadOnly));
    const QString reportText = QString::fromUtf8(html.readAll());
    CHECK(reportText.contains(QStringLiteral("Two open questions before the demo")));
    CHECK(reportText.contains(QStringLiteral("Three open questions")));
    CHECK_FALSE(page->writeReport({QDate::currentDate(), QDate::currentDate(),
                                   workflows::ReportFormat::Pdf, exchange::Paper::A4, w.db}));
    if (const QByteArray shots = qgetenv("COACHTRACK_SHOTS"); !shots.isEmpty()) {
        page->writeReport({QDate::currentDate().addDays(-90), QDate::currentDate(),
                           workflows::ReportFormat::Pdf, exchange::Paper::A4,
                           QString::fromLocal8Bit(shots) + QStringLiteral("/progress-report.pdf")});
        page->problem()->hide();
        page->chartTabs()->setCurrentWidget(page->gapChart());
        page->resize(980, 1240);
        shoot(page, QStringLiteral("rep-page-gap.png"));
        page->chartTabs()->setCurrentIndex(0);
    }

    // The cadence, changed on the page, is kept and the overview follows (60 days: due in 28).
    page->cadenceBox()->setValue(60);
    CHECK(w.review().store()->repNamed(QStringLiteral("Ana"))->cadenceDays == 60);
    REQUIRE(waitFor([&] {
        return team->list()->topLevelItem(1) &&
               !team->list()->topLevelItem(1)->text(2).contains(QStringLiteral("overdue"));
    }));

    // Sharing the screen closes the page; opened again then, it leaves the phrasing out.
    w.window->setShareSafe(true);
    REQUIRE(
        waitFor([&] { return !w.window->findChild<app::RepPage*>(QStringLiteral("repPage")); }));
    w.window->openRepPage(w.review().store()->repNamed(QStringLiteral("Ana"))->id);
    page = w.window->findChild<app::RepPage*>(QStringLiteral("repPage"));
    REQUIRE(page);
    CHECK(page->chartTabs()->indexOf(page->styleChart()) < 0);
    for (int i = 0; i < page->chartTabs()->count(); ++i)
        CHECK_FALSE(page->chartTabs()->tabText(i).contains(QStringLiteral("phrasing")));
    CHECK(page->sessionList()->isColumnHidden(7));
    w.window->setShareSafe(false);
}
