// The transcript beside the audio: imported from the window, each line with its speaker and
// role, the spoken line followed during playback, a click to hear a line, a search, and a line
// quoted in a shareable note.
#include "ReviewWorkspace.h"
#include "app/gui/media/WaveformView.h"
#include "app/gui/panels/LibraryPanel.h"
#include "app/gui/panels/NoteEntryBar.h"
#include "app/gui/panels/SessionPanel.h"
#include "app/gui/panels/TranscriptPanel.h"

#include <QComboBox>
#include <QDockWidget>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QStatusBar>
#include <QTimer>
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
    // (A row's top: a long line can be taller than the list.)
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, row.topLeft() + QPoint(20, 5));
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

TEST_CASE("speakers' roles are shown with how sure the proposal is, and chosen in the panel",
          "[app][review][transcript]")
{
    Workspace w;
    app::TranscriptPanel* panel = w.window->transcriptPanel();
    w.window->importTranscript(demoVttPath());
    QComboBox* jordan = panel->roleBox(QStringLiteral("Jordan"));
    REQUIRE(jordan);
    CHECK(jordan->currentText() == u"buyer");
    const auto* strip = w.window->findChild<QWidget*>(QStringLiteral("transcriptSpeakers"));
    REQUIRE(strip);
    bool saysProposed = false;
    for (const auto* label : strip->findChildren<QLabel*>())
        saysProposed |= label->text().contains(QStringLiteral("proposed from the audio"));
    CHECK(saysProposed);

    // The session panel shows what the words say about each speaker.
    const auto* words = w.window->findChild<QLabel*>(QStringLiteral("transcriptMetrics"));
    REQUIRE(words);
    CHECK(words->text().contains(QStringLiteral("Alex (rep)")));
    CHECK(words->text().contains(QStringLiteral("wpm")));
    CHECK_FALSE(words->text().contains(QStringLiteral("Manager:")));
    if (const QByteArray shots = qgetenv("COACHTRACK_SHOTS"); !shots.isEmpty()) {
        w.window->findChild<QDockWidget*>(QStringLiteral("sessionDock"))->raise();
        w.window->resize(1280, 1000);
        QTest::qWait(200);
        // The Words row is below the session's parts: scrolled into view.
        w.window->sessionPanel()->findChild<QScrollArea*>()->ensureWidgetVisible(
            const_cast<QLabel*>(words));
        QTest::qWait(100);
        w.window->grab().save(QString::fromLocal8Bit(shots) +
                              QStringLiteral("/transcript-words.png"));
        w.window->findChild<QDockWidget*>(QStringLiteral("transcriptDock"))->raise();
        w.window->resize(1200, 760);
    }

    // Jordan becomes the manager (a team call on the rep's line, say): kept and shown at once.
    Q_EMIT jordan->activated(jordan->findText(QStringLiteral("manager")));
    QCoreApplication::processEvents();
    CHECK(panel->list()->topLevelItem(1)->text(1) == u"Jordan (manager)");
    CHECK(words->text().contains(QStringLiteral("Manager:")));
    CHECK(panel->roleBox(QStringLiteral("Jordan"))->currentText() == u"manager");
    w.reopen();
    CHECK(w.window->transcriptPanel()->list()->topLevelItem(1)->text(1) == u"Jordan (manager)");
}

TEST_CASE("the filler words are edited from the transcript panel", "[app][review][transcript]")
{
    Workspace w;
    w.window->importTranscript(demoVttPath());
    const auto* words = w.window->findChild<QLabel*>(QStringLiteral("transcriptMetrics"));
    REQUIRE(words);
    const QString before = words->toolTip();
    QTimer::singleShot(0, [] {
        for (QWidget* top : QApplication::topLevelWidgets())
            if (auto* dialog = qobject_cast<QInputDialog*>(top); dialog && dialog->isVisible()) {
                CHECK(dialog->textValue().startsWith(QStringLiteral("um\nuh\n")));
                dialog->setTextValue(QStringLiteral("the\n\nJordan"));
                dialog->accept();
            }
    });
    QTest::mouseClick(
        w.window->transcriptPanel()->findChild<QPushButton*>(QStringLiteral("fillerWords")),
        Qt::LeftButton);
    CHECK(w.window->statusBar()->currentMessage() == u"Filler words: the, Jordan");
    CHECK(words->toolTip() != before); // "the" is everywhere
    CHECK(w.review().store()->fillerWords()->value() ==
          QStringList{QStringLiteral("the"), QStringLiteral("Jordan")});
}

TEST_CASE("the library's search finds what was said beside the notes, also in share-safe mode",
          "[app][review][transcript][share-safe]")
{
    Workspace w;
    w.window->importTranscript(demoVttPath());
    QListWidget* results = w.window->libraryPanel()->results();
    auto found = [&] {
        QStringList texts;
        for (int i = 0; i < results->count(); ++i)
            texts << results->item(i)->text();
        return texts.join(u'\n');
    };
    w.window->libraryPanel()->searchBox()->setText(QStringLiteral("spreadsheets"));
    CHECK(found().contains(QStringLiteral("Said by Jordan · 0:16 · demo_call")));
    w.window->setShareSafe(true);
    w.window->libraryPanel()->searchBox()->setText(QStringLiteral("spreadsheet"));
    CHECK(found().contains(QStringLiteral("Said by Jordan · 0:16")));
    w.window->libraryPanel()->searchBox()->setText(QStringLiteral("zebra"));
    CHECK(found() == u"No note or transcript line matches “zebra”");
}

TEST_CASE("a mono call's lane shows who spoke when, from the transcript",
          "[app][review][transcript]")
{
    Workspace w;
    const QString mono =
        ffmpeg(w.dir.file(QStringLiteral("mono_call.wav")),
               {QStringLiteral("-i"), w.call, QStringLiteral("-ac"), QStringLiteral("1"),
                QStringLiteral("-ar"), QStringLiteral("16000")});
    w.window->openRecording(mono, false);
    REQUIRE(w.window->review()->isOpen());
    REQUIRE(waitFor([&] { return !w.window->isAnalysing(); }));
    app::WaveformView* wave = w.window->waveform();
    CHECK(wave->speakerTurnCount() == 0);
    w.window->importTranscript(demoVttPath());
    CHECK(wave->speakerTurnCount() > 10);
    auto inkOf = [&](const QColor& colour) {
        const QImage picture = wave->grab().toImage();
        int count = 0;
        for (int y = 0; y < picture.height(); ++y)
            for (int x = 0; x < picture.width(); ++x)
                count += picture.pixelColor(x, y) == colour;
        return count;
    };
    // No roles on a mono call yet: two speakers, two shades of their own.
    CHECK(inkOf(app::turnColor(3, true)) > 20);
    CHECK(inkOf(app::turnColor(4, true)) > 20);
    app::TranscriptPanel* panel = w.window->transcriptPanel();
    QComboBox* alex = panel->roleBox(QStringLiteral("Alex"));
    REQUIRE(alex);
    Q_EMIT alex->activated(alex->findText(QStringLiteral("rep")));
    QCoreApplication::processEvents();
    CHECK(inkOf(app::turnColor(0, true)) > 20); // the rep's teal
    if (const QByteArray shots = qgetenv("COACHTRACK_SHOTS"); !shots.isEmpty())
        w.window->grab().save(QString::fromLocal8Bit(shots) + QStringLiteral("/mono_turns.png"));
}
