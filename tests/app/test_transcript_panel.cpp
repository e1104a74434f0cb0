// The transcript beside the audio: imported from the window, each line with its speaker and
// role, the spoken line followed during playback, a click to hear a line, a search, and a line
// quoted in a shareable note.
#include "ReviewWorkspace.h"
#include "app/gui/panels/NoteEntryBar.h"
#include "app/gui/panels/TranscriptPanel.h"

#include <QDockWidget>
#include <QLineEdit>
#include <QStatusBar>
#include <QTreeWidget>

using namespace coachtrack;
using namespace coachtrack::testing;

TEST_CASE("a transcript imported in the window follows the call and quotes into a note",
          "[app][review][transcript]")
{
    Workspace w;
    app::TranscriptPanel* panel = w.window->transcriptPanel();
    QTreeWidget* list = panel->list();
    CHECK_FALSE(list->isVisibleTo(panel)); // no transcript yet: the panel says how to import one

    w.window->importTranscript(demoVttPath());
    CHECK(w.window->shownError().isEmpty());
    CHECK(w.window->statusBar()->currentMessage().contains(
        QStringLiteral("Imported 32 transcript lines; Alex proposed as rep")));
    REQUIRE(list->topLevelItemCount() == 32);
    CHECK(list->topLevelItem(0)->text(1) == u"Alex (rep)");
    CHECK(list->topLevelItem(1)->text(1) == u"Jordan (buyer)");
    CHECK(list->topLevelItem(0)->text(2).startsWith(u"Hi Jordan, this is Alex"));

    // The line being spoken is the current one, wherever the playhead goes.
    w.player().seek(16'500);
    REQUIRE(waitFor([&] { return panel->currentLine() == 3; }));
    CHECK(list->currentItem() == list->topLevelItem(3));

    // A click on a line plays it.
    list->scrollToItem(list->topLevelItem(5));
    const QRect row = list->visualItemRect(list->topLevelItem(5));
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, row.center());
    REQUIRE(waitFor([&] { return w.player().position() >= 26'000; }));
    CHECK(panel->currentLine() == 5);

    // The search keeps only the lines that say it.
    panel->search()->setText(QStringLiteral("budget"));
    int shown = 0;
    for (int i = 0; i < list->topLevelItemCount(); ++i)
        shown += !list->topLevelItem(i)->isHidden();
    CHECK(shown >= 1);
    CHECK(shown < 32);
    panel->search()->clear();

    // Q on a line begins a shareable note at the line, quoting it.
    list->setCurrentItem(list->topLevelItem(2));
    list->setFocus();
    QTest::keyClick(list, Qt::Key_Q);
    REQUIRE(w.window->noteEntry()->isActive());
    CHECK(w.window->noteEntry()->editor()->text().startsWith(
        QStringLiteral("Alex: “Great. To make the most of it")));
    QTest::keyClicks(w.window->noteEntry()->editor(), QStringLiteral("good open question"));
    QTest::keyClick(w.window->noteEntry()->editor(), Qt::Key_Return);
    REQUIRE(w.review().shareableNotes().size() == 1);
    CHECK(w.review().shareableNotes().front().startMs == 9'500);
    CHECK(w.review().shareableNotes().front().text.endsWith(u"good open question"));

    if (const QByteArray shots = qgetenv("COACHTRACK_SHOTS"); !shots.isEmpty()) {
        w.window->findChild<QDockWidget*>(QStringLiteral("transcriptDock"))->raise();
        w.player().seek(61'000);
        waitFor([&] { return panel->currentLine() > 5; });
        QTest::qWait(200);
        w.window->grab().save(QString::fromLocal8Bit(shots) + QStringLiteral("/transcript.png"));
    }

    // It is there when the call is opened again.
    w.reopen();
    CHECK(w.window->transcriptPanel()->list()->topLevelItemCount() == 32);
}

TEST_CASE("a broken transcript is refused in the window and the old one stays",
          "[app][review][transcript][bad-input]")
{
    Workspace w;
    w.window->importTranscript(demoVttPath());
    const QString broken = writeFile(w.dir.file(QStringLiteral("broken.srt")),
                                     "1\n00:00:01,000 --> 00:00:02,000\nok\n\n2\nbad time\nx\n");
    w.window->importTranscript(broken);
    CHECK(w.window->shownError().contains(QStringLiteral("broken.srt, line ")));
    CHECK(w.window->transcriptPanel()->list()->topLevelItemCount() == 32);
}
