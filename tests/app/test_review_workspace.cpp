// The review workspace driven offscreen through its real widgets and keys: notes stamped at
// the playhead, share-safe mode, the focus cap's swap flow, undo and redo of every kind of
// edit, auto-rewind, rebindable shortcuts. Sound goes to the silent real-time output.
#include "annotations/Store.h"
#include "app/ReviewWorkspace.h"
#include "app/ScreenTexts.h"
#include "app/gui/dialogs/FocusSwapDialog.h"
#include "app/gui/media/WaveformView.h"
#include "app/gui/panels/LibraryPanel.h"
#include "app/gui/panels/NoteEntryBar.h"
#include "app/gui/panels/NotesPanel.h"
#include "app/gui/panels/SessionPanel.h"
#include "app/gui/window/MainWindow.h"
#include "app/gui/window/ShortcutMap.h"
#include "media/MediaInfo.h"
#include "media/PeakCache.h"
#include "media/Player.h"
#include "support/Fixtures.h"
#include "support/PlayheadCheck.h"
#include "workflows/LibraryAdder.h"
#include "workflows/ReviewModel.h"
#include "workflows/WaveformLoader.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTabBar>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>
#include <QWheelEvent>
#include <catch2/catch.hpp>

using namespace coachtrack;
using namespace coachtrack::testing;
using annotations::Track;

namespace {

const QString kCanary = QStringLiteral("BADGERCANARY");

} // namespace

TEST_CASE("a note is stamped at the playhead at the key press minus the lead times the speed, at "
          "1x and 2x",
          "[app][review][stamp]")
{
    Workspace w;
    for (double rate : {1.0, 2.0}) {
        INFO("rate " << rate);
        w.player().setRate(rate);
        w.player().seek(20'000);
        w.player().play();
        REQUIRE(waitFor([&] { return w.player().position() >= 23'000; }));
        const qint64 before = w.player().position();
        QTest::keyClick(w.window.get(), Qt::Key_S);
        const qint64 after = w.player().position();
        app::NoteEntryBar* entry = w.window->noteEntry();
        REQUIRE(entry->isActive());
        CHECK(entry->track() == Track::Shareable);
        const int64_t lead = int64_t(2000 * rate); // the lead is real time
        CHECK(entry->stampMs() >= before - lead - 20);
        CHECK(entry->stampMs() <= after - lead + 20);
        const int64_t stamp = entry->stampMs();
        // Playback goes on while typing; the stamp does not move.
        QTest::keyClicks(entry->editor(), QStringLiteral("Good open question"));
        REQUIRE(waitFor([&] { return w.player().position() >= after + 300; }));
        QTest::keyClick(entry->editor(), Qt::Key_Return);
        CHECK_FALSE(entry->isActive());
        CHECK(w.player().state() == media::Player::State::Playing);
        const auto& notes = w.review().shareableNotes();
        CHECK(std::any_of(notes.begin(), notes.end(), [&](const auto& n) {
            return n.startMs == stamp && n.text == u"Good open question";
        }));
        w.player().pause();
    }
    w.player().setRate(1.0); // the speed is remembered: the next window starts at 1×
}

TEST_CASE("P starts a private note, Esc cancels it, and P typed into a field is just a letter",
          "[app][review][keys]")
{
    Workspace w;
    w.player().seek(10'000);
    QTest::keyClick(w.window.get(), Qt::Key_P);
    app::NoteEntryBar* entry = w.window->noteEntry();
    REQUIRE(entry->isActive());
    CHECK(entry->track() == Track::Private);
    CHECK(entry->stampMs() == 8'000);
    QTest::keyClicks(entry->editor(), QStringLiteral("never saved"));
    QTest::keyClick(entry->editor(), Qt::Key_Escape);
    CHECK_FALSE(entry->isActive());
    CHECK(w.review().privateNotes().empty());

    QLineEdit* search = w.window->libraryPanel()->searchBox();
    search->setFocus();
    QTest::keyClicks(search, QStringLiteral("ps"));
    CHECK(search->text() == u"ps");
    CHECK_FALSE(entry->isActive());
}

TEST_CASE("share-safe mode leaves no trace of the private track on screen and is remembered",
          "[app][review][share-safe]")
{
    Workspace w;
    w.note(Track::Shareable, 5'000, QStringLiteral("Great opener"));
    const int64_t vent = w.note(Track::Private, 30'000, kCanary + QStringLiteral(" rambling"));
    w.review().rephrase(vent, QStringLiteral("Shorter answers"));
    w.window->libraryPanel()->searchBox()->setText(kCanary.left(6).toLower());
    CHECK(screenTexts(w.window.get()).join(u'\n').contains(kCanary)); // visible before

    auto privateInk = [&] { // pixels of the private markers' colour in the rendered waveform
        const QImage picture = w.window->waveform()->grab().toImage();
        int count = 0;
        for (int y = 0; y < picture.height(); ++y)
            for (int x = 0; x < picture.width(); ++x)
                count += picture.pixelColor(x, y) == QColor(0x8e, 0x44, 0xad);
        return count;
    };
    CHECK(privateInk() > 20);
    auto* button = w.window->findChild<QAbstractButton*>(QStringLiteral("shareSafeButton"));
    REQUIRE(button);
    QTest::mouseClick(button, Qt::LeftButton); // the toolbar's switch
    CHECK(w.window->isShareSafe());
    CHECK(button->isChecked());
    CHECK(privateInk() == 0);
    w.window->libraryPanel()->searchBox()->setText(kCanary.left(6).toLower()); // searching again
    const QString shown = screenTexts(w.window.get()).join(u'\n');
    CHECK_FALSE(shown.contains(kCanary));
    CHECK_FALSE(shown.contains(QStringLiteral("Private (")));
    CHECK(shown.contains(QStringLiteral("Shorter answers")));
    CHECK(w.window->windowTitle().contains(QStringLiteral("share-safe")));
    CHECK(w.window->waveform()->privateNoteCount() == 0);
    CHECK_FALSE(w.window->waveform()->privateLaneVisible());
    CHECK(w.window->notesPanel()->privateList()->topLevelItemCount() == 0);
    auto* banner = w.window->findChild<QLabel*>(QStringLiteral("shareSafeBanner"));
    REQUIRE(banner);
    CHECK(banner->isVisible());
    // The private-note key does nothing while sharing.
    QTest::keyClick(w.window.get(), Qt::Key_P);
    CHECK_FALSE(w.window->noteEntry()->isActive());

    // It stays on across a restart, until turned off.
    w.reopen();
    CHECK(w.window->isShareSafe());
    CHECK_FALSE(screenTexts(w.window.get()).join(u'\n').contains(kCanary));
    w.window->setShareSafe(false);
    CHECK(w.window->notesPanel()->privateList()->topLevelItemCount() == 1);
    CHECK(w.window->waveform()->privateNoteCount() == 1);
}

TEST_CASE("at the focus cap the manager swaps an item out in one step, undoable",
          "[app][review][focus]")
{
    Workspace w;
    std::vector<int64_t> ids;
    const QStringList texts = {QStringLiteral("Ask what the lost weeks cost them"),
                               QStringLiteral("One feature tied to their pain"),
                               QStringLiteral("Anchor the value before the price"),
                               QStringLiteral("Book the next meeting earlier")};
    for (int i = 0; i < 4; ++i)
        ids.push_back(w.note(Track::Shareable, 40'000 * (i + 1), texts[i]));
    for (int i = 0; i < 3; ++i)
        w.window->promote(ids[size_t(i)]);
    CHECK(w.focusIds() == std::vector<int64_t>{ids[0], ids[1], ids[2]});
    w.window->promote(ids[3]);
    auto* dialog = w.window->findChild<app::FocusSwapDialog*>();
    REQUIRE(dialog);
    CHECK(dialog->isVisible());
    CHECK(screenTexts(dialog).join(u'\n').contains(QStringLiteral("already has 3 focus items")));
    if (const QByteArray shots = qgetenv("COACHTRACK_SHOTS");
        !shots.isEmpty()) { // the README's picture
        REQUIRE(waitFor([&] { return !w.window->isAnalysing(); }));
        QTest::qWait(300);
        QImage shot = w.window->grab().toImage();
        const QImage box = dialog->grab().toImage();
        QPainter painter(&shot);
        painter.fillRect(shot.rect(), QColor(0, 0, 0, 60));
        painter.drawImage((shot.width() - box.width()) / 2, (shot.height() - box.height()) / 3,
                          box);
        painter.end();
        shot.save(QString::fromLocal8Bit(shots) + QStringLiteral("/cap-reached.png"));
    }
    dialog->choose(ids[1]);
    dialog->accept();
    CHECK(w.focusIds() == std::vector<int64_t>{ids[0], ids[2], ids[3]});
    w.review().undoStack()->undo();
    CHECK(w.focusIds() == std::vector<int64_t>{ids[0], ids[1], ids[2]});
    w.review().undoStack()->redo();
    CHECK(w.focusIds() == std::vector<int64_t>{ids[0], ids[2], ids[3]});
}

TEST_CASE("editing in place, dragging a marker and deleting are each undone and redone",
          "[app][review][undo]")
{
    Workspace w;
    const int64_t id = w.note(Track::Shareable, 60'000, QStringLiteral("Before"));
    QUndoStack* undo = w.review().undoStack();
    auto current = [&] { return *w.review().store()->shareableNote(id); };

    QTreeWidget* list = w.window->notesPanel()->shareableList();
    REQUIRE(list->topLevelItemCount() == 1);
    list->topLevelItem(0)->setText(1, QStringLiteral("After")); // what editing in place does
    CHECK(current().text == u"After");

    app::WaveformView* wave = w.window->waveform();
    wave->zoomToFit();
    const auto marker = wave->markerCenter(id);
    REQUIRE(marker.has_value());
    QTest::mousePress(wave, Qt::LeftButton, {}, *marker);
    QTest::mouseMove(wave, *marker + QPoint(20, 0));
    QTest::mouseMove(wave, *marker + QPoint(40, 0));
    QTest::mouseRelease(wave, Qt::LeftButton, {}, *marker + QPoint(40, 0));
    const int64_t moved = current().startMs;
    CHECK(moved == wave->msAt(marker->x() + 40));
    CHECK(moved > 60'000);

    w.review().deleteNote(id);
    CHECK_FALSE(w.review().store()->shareableNote(id).has_value());

    undo->undo();
    CHECK(current().startMs == moved);
    undo->undo();
    CHECK(current().startMs == 60'000);
    undo->undo();
    CHECK(current().text == u"Before");
    undo->redo();
    undo->redo();
    CHECK(current().text == u"After");
    CHECK(current().startMs == moved);
    undo->redo();
    CHECK(w.review().shareableNotes().empty());
}

TEST_CASE("resuming after a pause steps back 2 s, and jumps go from note to note",
          "[app][review][playback]")
{
    Workspace w;
    w.note(Track::Shareable, 30'000, QStringLiteral("First"));
    w.note(Track::Private, 50'000, QStringLiteral("Second"));
    w.player().seek(40'000);
    QElapsedTimer since;
    since.start();
    QTest::keyClick(w.window.get(), Qt::Key_Space);
    REQUIRE(w.player().state() == media::Player::State::Playing);
    checkPlayheadAfter(w.player(), 38'000, since, 50);
    QTest::keyClick(w.window.get(), Qt::Key_Space);
    REQUIRE(w.player().state() == media::Player::State::Paused);

    w.player().seek(40'000);
    QTest::keyClick(w.window.get(), Qt::Key_Right, Qt::ControlModifier);
    CHECK(w.player().position() == Approx(50'000).margin(10));
    QTest::keyClick(w.window.get(), Qt::Key_Left, Qt::ControlModifier);
    CHECK(w.player().position() == Approx(30'000).margin(10));
}

TEST_CASE("session fields are saved as typed and undoable, the cap cannot go below the focus items",
          "[app][review][session]")
{
    Workspace w;
    QPlainTextEdit* objectives = w.window->sessionPanel()->objectivesEdit();
    objectives->setFocus();
    QTest::keyClicks(objectives, QStringLiteral("Discovery"));
    CHECK(w.review().store()->session(w.review().session().id)->objectives == u"Discovery");
    w.review().undoStack()->undo(); // typing merges into one step
    CHECK(w.review().store()->session(w.review().session().id)->objectives.isEmpty());

    for (int i = 0; i < 2; ++i)
        w.window->promote(
            w.note(Track::Shareable, 5'000 * (i + 1), QStringLiteral("Item %1").arg(i)));
    annotations::SessionChanges lower;
    lower.focusCap = 1;
    w.review().editSession(lower);
    CHECK(w.review().session().focusCap == 3);
    CHECK(w.window->shownError().contains(QStringLiteral("cap")));
}

TEST_CASE("every shortcut is listed in the cheat sheet and a new binding is kept",
          "[app][review][shortcuts]")
{
    Workspace w;
    QTest::keyClick(w.window.get(), Qt::Key_F1);
    auto* sheet = w.window->findChild<app::CheatSheetDialog*>();
    REQUIRE(sheet);
    const QString listed = screenTexts(sheet).join(u'\n');
    for (const auto& entry : w.window->shortcuts()->entries())
        CHECK(listed.contains(QString(entry.action->text()).remove(u'&')));
    CHECK(w.window->shortcuts()->entries().size() >= 25);
    sheet->close();

    w.window->shortcuts()->rebind(QStringLiteral("private-note"),
                                  QKeySequence(Qt::CTRL | Qt::Key_P));
    w.reopen();
    CHECK(w.window->shortcuts()->action(QStringLiteral("private-note"))->shortcut() ==
          QKeySequence(Qt::CTRL | Qt::Key_P));
    QTest::keyClick(w.window.get(), Qt::Key_P, Qt::ControlModifier);
    CHECK(w.window->noteEntry()->isActive());
    CHECK(w.window->noteEntry()->track() == Track::Private);
}

TEST_CASE("the library lists recordings by rep, shows a moved file as missing, and searches notes",
          "[app][review][library]")
{
    Workspace w;
    w.note(Track::Shareable, 5'000, QStringLiteral("Ask about onboarding volume"));
    app::LibraryPanel* library = w.window->libraryPanel();
    library->refresh();
    QTreeWidget* tree = library->tree();
    REQUIRE(tree->topLevelItemCount() == 1);
    CHECK(tree->topLevelItem(0)->text(0) == u"No rep");
    REQUIRE(tree->topLevelItem(0)->childCount() == 1);
    CHECK(tree->topLevelItem(0)->child(0)->text(0).contains(QStringLiteral("demo_call")));

    library->searchBox()->setText(QStringLiteral("onboard"));
    REQUIRE(library->results()->count() == 1);
    // The match is shown in bold, not in literal brackets.
    CHECK(library->results()
              ->item(0)
              ->data(app::LibraryPanel::kResultHtmlRole)
              .toString()
              .contains(QStringLiteral("<b>onboarding</b>")));
    CHECK_FALSE(library->results()->item(0)->text().contains(u'['));

    REQUIRE(QFile::rename(w.call, w.dir.file(QStringLiteral("moved.mp3"))));
    library->refresh();
    CHECK(tree->topLevelItem(0)->child(0)->text(0).contains(QStringLiteral("(missing)")));
}

TEST_CASE("adding files builds their peaks in the background and names the ones that fail",
          "[app][review][library]")
{
    Workspace w;
    const QString second = ffmpeg(w.dir.file(QStringLiteral("second call.wav")),
                                  lavfi(QStringLiteral("sine=f=300:d=20:sample_rate=8000")));
    const QString junk =
        writeFile(w.dir.file(QStringLiteral("not audio.mp3")), QByteArray(2048, 'x'));
    QSignalSpy added(w.window->findChild<workflows::LibraryAdder*>(),
                     &workflows::LibraryAdder::finished);
    w.window->addRecordings({second, junk});
    REQUIRE(added.wait(60000));
    const auto report = added.first().first().value<workflows::AddReport>();
    CHECK(report.added.size() == 1);
    REQUIRE(report.problems.size() == 1);
    CHECK(report.problems.first().contains(QStringLiteral("not audio.mp3")));
    CHECK(w.window->shownError().contains(QStringLiteral("not audio.mp3")));
    QTreeWidget* tree = w.window->libraryPanel()->tree();
    REQUIRE(tree->topLevelItemCount() == 1);
    CHECK(tree->topLevelItem(0)->childCount() == 2);
    // The peaks are in the cache: opening the file now needs no decoding.
    auto info = media::probeMedia(second);
    REQUIRE(info.has_value());
    CHECK(media::PeakCache().load(info->fingerprint).has_value());
}

TEST_CASE("the waveform fills in while a long call is decoded", "[app][review][waveform]")
{
    TempDir dir;
    const QString longCall = ffmpeg(dir.file(QStringLiteral("long.mp3")),
                                    lavfi(QStringLiteral("anoisesrc=d=1800:r=8000:a=0.3")) +
                                        QStringList{QStringLiteral("-b:a"), QStringLiteral("16k")});
    workflows::WaveformLoader loader;
    std::vector<int64_t> partialFrames;
    std::shared_ptr<const media::PeakPyramid> lastPreview;
    QObject::connect(&loader, &workflows::WaveformLoader::partialPeaks, &loader,
                     [&](std::shared_ptr<const media::PeakPyramid> peaks) {
                         partialFrames.push_back(peaks->frames());
                         lastPreview = peaks;
                     });
    QSignalSpy loaded(&loader, &workflows::WaveformLoader::loaded);
    loader.load(longCall);
    REQUIRE(loaded.wait(120000));
    const auto analysis =
        loaded.first().first().value<std::shared_ptr<const media::AudioAnalysis>>();
    INFO(partialFrames.size() << " partial pictures");
    REQUIRE_FALSE(partialFrames.empty());
    CHECK(partialFrames.front() < analysis->frames());
    CHECK(std::is_sorted(partialFrames.begin(), partialFrames.end()));
    // The preview is the same picture, coarser: a peak decoded by then is the final one, or
    // within it where a segment's decoding had reached only part of it.
    const auto& preview = lastPreview->level(lastPreview->baseLevel(), 0);
    const auto& final = analysis->peaks.level(lastPreview->baseLevel(), 0);
    REQUIRE(preview.size() <= final.size());
    size_t decoded = 0;
    for (size_t i = 0; i < preview.size(); ++i)
        if (preview[i] != media::MinMax{}) {
            REQUIRE(preview[i].min >= final[i].min);
            REQUIRE(preview[i].max <= final[i].max);
            ++decoded;
        }
    CHECK(decoded > 0);
}

TEST_CASE("private text cannot be copied to the clipboard from the list or the note line",
          "[app][review][share-safe]")
{
    Workspace w;
    w.note(Track::Private, 30'000, kCanary + QStringLiteral(" in the list"));
    QApplication::clipboard()->setText(QStringLiteral("before"));
    QTreeWidget* list = w.window->notesPanel()->privateList();
    w.window->notesPanel()->selectNote(w.review().privateNotes().front().id);
    list->setFocus();
    QTest::keyClick(list, Qt::Key_C, Qt::ControlModifier);
    CHECK(QApplication::clipboard()->text() == u"before");

    w.window->beginNote(Track::Private);
    QLineEdit* line = w.window->noteEntry()->editor();
    QTest::keyClicks(line, kCanary);
    line->selectAll();
    QTest::keyClick(line, Qt::Key_C, Qt::ControlModifier);
    QTest::keyClick(line, Qt::Key_X, Qt::ControlModifier);
    CHECK(QApplication::clipboard()->text() == u"before");
    CHECK(line->text() == kCanary);
    QTest::keyClick(line, Qt::Key_Escape);

    // A shareable note's text may be copied.
    w.window->beginNote(Track::Shareable);
    QTest::keyClicks(line, QStringLiteral("fine to share"));
    line->selectAll();
    QTest::keyClick(line, Qt::Key_C, Qt::ControlModifier);
    CHECK(QApplication::clipboard()->text() == u"fine to share");
}

TEST_CASE("the waveform zooms with the wheel around the pointer, scrolls, and a click seeks",
          "[app][review][waveform]")
{
    app::WaveformView view;
    view.resize(800, 300);
    view.show();
    view.setDuration(600'000);
    CHECK(view.visibleSpanMs() == 600'000);
    const QPoint at(view.xAt(300'000), 100);
    QWheelEvent zoomIn(at, view.mapToGlobal(at), {}, QPoint(0, 120), Qt::NoButton, Qt::NoModifier,
                       Qt::NoScrollPhase, false);
    QApplication::sendEvent(&view, &zoomIn);
    CHECK(view.visibleSpanMs() == Approx(480'000).margin(10));
    CHECK(view.msAt(at.x()) ==
          Approx(300'000).margin(1'000)); // the moment under the pointer stays put
    const int64_t start = view.visibleStartMs();
    QWheelEvent scroll(at, view.mapToGlobal(at), {}, QPoint(0, -120), Qt::NoButton,
                       Qt::ShiftModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(&view, &scroll);
    CHECK(view.visibleStartMs() > start);
    CHECK(view.visibleSpanMs() == Approx(480'000).margin(10));

    QSignalSpy seek(&view, &app::WaveformView::seekRequested);
    QTest::mouseClick(&view, Qt::LeftButton, {}, QPoint(400, 100));
    REQUIRE(seek.size() == 1);
    CHECK(seek.first().first().toLongLong() == view.msAt(400));

    // The playhead pages the view on when playback leaves it.
    view.zoomBy(8.0);
    view.setPosition(590'000);
    CHECK(view.visibleStartMs() <= 590'000);
    CHECK(view.visibleStartMs() + view.visibleSpanMs() > 590'000);
}

TEST_CASE("another program's note shows in the window with a message, a program that only "
          "opens the library changes nothing on screen",
          "[app][review][outside]")
{
    Workspace w;
    // The window's own note leaves pages in the library's journal (-wal)...
    REQUIRE(w.review().addNote(annotations::Track::Shareable, 1'000, QStringLiteral("Mine")));
    (void)w.review().pickUpOutsideChanges();
    QSignalSpy outside(w.window->review(), &workflows::ReviewModel::changedOutside);
    // ...which another program's opening of the library copies into the file and empties:
    // SQLite tells the window something changed, though nothing it shows did.
    {
        auto other = annotations::Store::open(w.db);
        REQUIRE(other.has_value());
    }
    CHECK(w.review().pickUpOutsideChanges()); // SQLite's data version moved...
    CHECK(outside.isEmpty());                 // ...but the window says nothing
    CHECK(w.window->statusBar()->currentMessage() != u"Updated with changes made to the library "
                                                     u"elsewhere");
    // A note written by another program: re-read, and said.
    {
        auto other = annotations::Store::open(w.db);
        REQUIRE(other.has_value());
        annotations::NoteDraft draft;
        draft.sessionId = w.review().session().id;
        draft.startMs = 5'000;
        draft.text = QStringLiteral("Written from the terminal");
        REQUIRE((*other)->addShareableNote(draft).has_value());
    }
    (void)w.review().pickUpOutsideChanges(); // the window's own timer may have been first
    REQUIRE(outside.size() == 1);
    REQUIRE(w.review().shareableNotes().size() == 2);
    CHECK(w.review().shareableNotes().back().text == u"Written from the terminal");
}
