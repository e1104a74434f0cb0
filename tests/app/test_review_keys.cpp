// The weekly review by keyboard (issue 13): keys keep their meaning inside fields, window
// shortcuts work from every field, jumps select the note, panels have direct keys, rephrasing
// needs no mouse, and the date field takes typing.
#include "app/ReviewWorkspace.h"
#include "app/gui/dialogs/ExportDialog.h"
#include "app/gui/dialogs/RephraseDialog.h"
#include "app/gui/media/WaveformView.h"
#include "app/gui/panels/LibraryPanel.h"
#include "app/gui/panels/NoteEntryBar.h"
#include "app/gui/panels/NotesPanel.h"
#include "app/gui/panels/SessionPanel.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStatusBar>
#include <QTreeWidget>

using namespace coachtrack;
using namespace coachtrack::testing;
using annotations::Track;

namespace {

void focus(QWidget* widget)
{
    widget->setFocus(Qt::OtherFocusReason);
    REQUIRE(QTest::qWaitFor([&] { return widget->hasFocus(); }, 5000));
}

} // namespace

TEST_CASE("Space ticks a check box and stays out of a spin box instead of playing",
          "[app][ui][keys]")
{
    Workspace w;
    app::SessionPanel* session = w.window->sessionPanel();
    REQUIRE(w.player().state() != media::Player::State::Playing);

    QCheckBox* next = session->dateBox();
    const bool before = next->isChecked();
    focus(next);
    QTest::keyClick(next, Qt::Key_Space);
    CHECK(next->isChecked() != before);
    CHECK(w.player().state() != media::Player::State::Playing);

    QSpinBox* cap = session->capBox();
    focus(cap);
    const int capBefore = cap->value();
    QTest::keyClick(cap, Qt::Key_Space);
    CHECK(cap->value() == capBefore);
    CHECK(cap->text() == QString::number(capBefore));
    CHECK(w.player().state() != media::Player::State::Playing);

    // Outside any field, Space still plays.
    focus(w.window->findChild<app::WaveformView*>());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
    CHECK(w.player().state() == media::Player::State::Playing);
}

TEST_CASE("window shortcuts with Ctrl work from every field, and text keys stay the field's",
          "[app][ui][keys]")
{
    Workspace w;
    QLineEdit* search = w.window->libraryPanel()->searchBox();
    focus(search);
    QTest::keyClicks(search, QStringLiteral("price"));
    CHECK(search->text() == QStringLiteral("price")); // P and S type, they stamp no note
    CHECK(w.review().shareableNotes().empty());
    CHECK(w.review().privateNotes().empty());

    QTest::keyClick(search, Qt::Key_E, Qt::ControlModifier);
    auto* dialog = w.window->findChild<app::ExportDialog*>();
    REQUIRE(dialog != nullptr);
    CHECK(dialog->isVisible());
    dialog->reject();

    focus(search);
    search->selectAll();
    QTest::keyClick(search, Qt::Key_X, Qt::ControlModifier); // cut: the field's own
    CHECK(search->text().isEmpty());
}

TEST_CASE("jumping to a note selects it, so F2 and F act on the note jumped to", "[app][ui][keys]")
{
    Workspace w;
    const int64_t first = w.note(Track::Shareable, 10'000, QStringLiteral("Good opener"));
    const int64_t second = w.note(Track::Shareable, 30'000, QStringLiteral("Ask about budget"));
    w.window->notesPanel()->selectNote(first);
    w.player().seek(15'000);
    QWidget* wave = w.window->findChild<app::WaveformView*>();
    focus(wave);
    QTest::keyClick(wave, Qt::Key_Right, Qt::ControlModifier);
    CHECK(w.player().position() == Approx(30'000).margin(10));
    CHECK(w.window->notesPanel()->selectedNote() == second);
    QTest::keyClick(wave, Qt::Key_F);
    REQUIRE(w.focusIds() == std::vector<int64_t>{second});

    w.player().seek(20'000);
    QTest::keyClick(wave, Qt::Key_Left, Qt::ControlModifier);
    CHECK(w.window->notesPanel()->selectedNote() == first);
}

TEST_CASE("Alt+1, Alt+2 and Alt+3 go to the lists and the session, Tab goes on to the buttons",
          "[app][ui][keys]")
{
    Workspace w;
    w.note(Track::Shareable, 10'000, QStringLiteral("Good opener"));
    const int64_t vent = w.note(Track::Private, 20'000, QStringLiteral("Rambling again"));
    app::NotesPanel* notes = w.window->notesPanel();
    QWidget* wave = w.window->findChild<app::WaveformView*>();
    focus(wave);

    QTest::keyClick(wave, Qt::Key_2, Qt::AltModifier);
    CHECK(QApplication::focusWidget() == notes->privateList());
    CHECK(notes->selectedNote() == vent);

    QTest::keyClick(QApplication::focusWidget(), Qt::Key_1, Qt::AltModifier);
    CHECK(QApplication::focusWidget() == notes->shareableList());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    auto* next = qobject_cast<QPushButton*>(QApplication::focusWidget());
    REQUIRE(next != nullptr);
    CHECK(next->text() != QStringLiteral("Delete")); // what acts on the note comes first

    QTest::keyClick(QApplication::focusWidget(), Qt::Key_3, Qt::AltModifier);
    CHECK(QApplication::focusWidget() == w.window->sessionPanel()->objectivesEdit());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_0, Qt::AltModifier);
    CHECK(QApplication::focusWidget() == wave);
}

TEST_CASE("Ctrl+R rephrases the selected private note, the box wraps and Ctrl+Enter saves",
          "[app][ui][keys]")
{
    Workspace w;
    const int64_t vent = w.note(Track::Private, 20'000, QStringLiteral("Rambling again"));
    QTest::keyClick(w.window.get(), Qt::Key_2, Qt::AltModifier);
    REQUIRE(w.window->notesPanel()->selectedNote() == vent);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_R, Qt::ControlModifier);
    auto* dialog = w.window->findChild<app::RephraseDialog*>();
    REQUIRE(dialog != nullptr);
    REQUIRE(QTest::qWaitFor([&] { return dialog->isVisible(); }, 5000));
    CHECK(dialog->editor()->lineWrapMode() == QPlainTextEdit::WidgetWidth);
    QTest::keyClicks(dialog->editor(), QStringLiteral("Keep answers under a minute"));
    QTest::keyClick(dialog->editor(), Qt::Key_Return, Qt::ControlModifier);
    REQUIRE(w.review().shareableNotes().size() == 1);
    CHECK(w.review().shareableNotes().front().text ==
          QStringLiteral("Keep answers under a minute"));
    CHECK(w.review().privateNotes().front().text == QStringLiteral("Rambling again"));
}

TEST_CASE("clicking into the date field and typing changes the date and ticks Next coaching",
          "[app][ui][keys]")
{
    Workspace w;
    app::SessionPanel* session = w.window->sessionPanel();
    QDateEdit* date = session->dateEdit();
    REQUIRE_FALSE(session->dateBox()->isChecked());
    REQUIRE(date->isEnabled());
    date->setDate(QDate(2026, 12, 10));
    QLineEdit* line = date->findChild<QLineEdit*>();
    REQUIRE(line != nullptr);
    // Click on the day ("10" at the start of "10 Dec 2026") and type another one.
    QTest::mouseClick(line, Qt::LeftButton, {},
                      QPoint(line->fontMetrics().horizontalAdvance(u'1'), line->height() / 2));
    QCoreApplication::processEvents();
    QTest::keyClicks(line, QStringLiteral("17"));
    CHECK(date->date() == QDate(2026, 12, 17));
    CHECK(session->dateBox()->isChecked());
    CHECK(w.review().session().nextCoachingDate == QDate(2026, 12, 17));
}

TEST_CASE("N and Shift+N step through the call's moments, in the note line N is a letter",
          "[app][ui][keys][moments]")
{
    Workspace w;
    // The moments come with the analysis of the call (two channels: the speakers' moments).
    const int64_t demo = w.review().recording().id;
    REQUIRE(QTest::qWaitFor(
        [&] {
            const auto kept = w.review().store()->keptTalk(demo);
            return kept && kept->has_value();
        },
        60000));
    auto* wave = w.window->findChild<app::WaveformView*>();
    REQUIRE(QTest::qWaitFor([&] { return wave->momentCount() > 0; }, 10000));
    CHECK(wave->momentCount() == 5); // three buyer turns, the monologue, the interruption
    focus(wave);
    w.player().seek(50'000);
    QTest::keyClick(wave, Qt::Key_N);
    // The rep's 36-second monologue starts at 0:51.9 (the demo call's ground truth).
    CHECK(w.player().position() == Approx(51'859).margin(300));
    CHECK(w.window->statusBar()->currentMessage().contains(QStringLiteral("Rep talked for 36 s")));
    QTest::keyClick(wave, Qt::Key_N);
    CHECK(w.player().position() == Approx(86'717).margin(300)); // the buyer talks over him
    QTest::keyClick(wave, Qt::Key_N, Qt::ShiftModifier);
    CHECK(w.player().position() == Approx(51'859).margin(300));
    // Typing a note (S opens the line), N is a letter.
    QTest::keyClick(wave, Qt::Key_S);
    QLineEdit* line = w.window->noteEntry()->editor();
    REQUIRE(QTest::qWaitFor([&] { return line->hasFocus(); }, 5000));
    QTest::keyClick(line, Qt::Key_N);
    CHECK(line->text() == u"n");
    QTest::keyClick(line, Qt::Key_Escape);
    CHECK(w.player().position() == Approx(51'859).margin(300));
}
