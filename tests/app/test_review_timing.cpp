// Speed and timing, and drawing, in the review workspace (issue 13): the speed is remembered
// and has presets on Shift+1…4; the reaction lead is real time (lead × speed of the call);
// after the call's end a note goes at the playhead; the waveform draws one playhead only,
// keeps markers off its lane labels, and nothing moves when the note line opens. Every check
// is on positions the player reports or on pixels drawn, never on how long anything took.
#include "app/ReviewWorkspace.h"
#include "app/gui/dialogs/ReviewPreferences.h"
#include "app/gui/media/WaveformView.h"
#include "app/gui/panels/NoteEntryBar.h"
#include "app/gui/panels/TransportBar.h"
#include "app/gui/window/MainWindow.h"
#include "app/gui/window/ShortcutMap.h"
#include "media/Player.h"
#include "support/Fixtures.h"
#include "workflows/ReviewModel.h"

#include <QAction>
#include <QFile>
#include <QKeySequenceEdit>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>
#include <catch2/catch.hpp>

using namespace coachtrack;
using namespace coachtrack::testing;
using annotations::Track;

namespace {

const QColor kPlayheadRed(0xd6, 0x45, 0x45);
const QColor kFocusOrange(0xe8, 0x83, 0x3a);

// The shared review workspace, with the note line at hand.
struct TimingWorkspace : Workspace
{
    app::NoteEntryBar& entry() const { return *window->noteEntry(); }

    // Begins a shareable note with S, types `text` and saves it; returns its stamp.
    int64_t shareableNote(const QString& text)
    {
        QTest::keyClick(window.get(), Qt::Key_S);
        REQUIRE(entry().isActive());
        const int64_t stamp = entry().stampMs();
        QTest::keyClicks(entry().editor(), text);
        QTest::keyClick(entry().editor(), Qt::Key_Return);
        REQUIRE_FALSE(entry().isActive());
        return stamp;
    }

    std::vector<int64_t> shareableTimes() const
    {
        std::vector<int64_t> times;
        for (const auto& n : window->review()->shareableNotes())
            times.push_back(n.startMs);
        return times;
    }
};

// Columns of the picture holding a run of playhead red, grouped where they touch: one group
// per playhead line drawn.
std::vector<int> playheadLines(const QImage& picture)
{
    std::vector<int> lines;
    int previous = -2;
    for (int x = 0; x < picture.width(); ++x) {
        int red = 0;
        for (int y = 0; y < picture.height(); ++y)
            red += picture.pixelColor(x, y) == kPlayheadRed;
        if (red < 10)
            continue;
        if (x != previous + 1)
            lines.push_back(x);
        previous = x;
    }
    return lines;
}

QRect geometryInWindow(QWidget* widget)
{
    return QRect(widget->mapTo(widget->window(), QPoint(0, 0)), widget->size());
}

void settleLayout()
{
    for (int i = 0; i < 3; ++i)
        QCoreApplication::processEvents();
}

} // namespace

TEST_CASE("Shift+1…4 pick 1x, 1.5x, 2x and 2.5x, are in the cheat sheet, and the speed is "
          "remembered",
          "[app][timing][speed]")
{
    TimingWorkspace w;
    QWidget* window = w.window.get();
    // As QTest sends them (the key and Shift) …
    QTest::keyClick(window, Qt::Key_3, Qt::ShiftModifier);
    CHECK(w.player().rate() == 2.0);
    QTest::keyClick(window, Qt::Key_2, Qt::ShiftModifier);
    CHECK(w.player().rate() == 1.5);
    QTest::keyClick(window, Qt::Key_4, Qt::ShiftModifier);
    CHECK(w.player().rate() == 2.5);
    CHECK(w.window->transport()->speedText() == QStringLiteral("2.5×"));
    QTest::keyClick(window, Qt::Key_1, Qt::ShiftModifier);
    CHECK(w.player().rate() == 1.0);
    // … and named by the character a US layout types for them.
    QTest::keyClick(window, Qt::Key_NumberSign, Qt::ShiftModifier);
    CHECK(w.player().rate() == 2.0);
    QTest::keyClick(window, Qt::Key_Exclam, Qt::ShiftModifier);
    CHECK(w.player().rate() == 1.0);
    QTest::keyClick(window, Qt::Key_Dollar, Qt::ShiftModifier);
    CHECK(w.player().rate() == 2.5);
    QTest::keyClick(window, Qt::Key_At, Qt::ShiftModifier);
    CHECK(w.player().rate() == 1.5);

    // Listed (under their digits) and rebindable like every shortcut; back to the default,
    // the shifted-character form works again.
    QTest::keyClick(window, Qt::Key_F1);
    auto* sheet = w.window->findChild<app::CheatSheetDialog*>();
    REQUIRE(sheet);
    const std::pair<const char*, QKeySequence> listed[] = {
        {"speed-1", QKeySequence(Qt::SHIFT | Qt::Key_1)},
        {"speed-1.5", QKeySequence(Qt::SHIFT | Qt::Key_2)},
        {"speed-2", QKeySequence(Qt::SHIFT | Qt::Key_3)},
        {"speed-2.5", QKeySequence(Qt::SHIFT | Qt::Key_4)}};
    for (const auto& [id, key] : listed) {
        INFO(id);
        auto* edit = sheet->findChild<QKeySequenceEdit*>(QString::fromLatin1(id));
        REQUIRE(edit);
        CHECK(edit->keySequence() == key);
        REQUIRE(w.window->shortcuts()->action(QString::fromLatin1(id)));
        CHECK(w.window->shortcuts()->action(QString::fromLatin1(id))->text().startsWith(u"Speed"));
    }
    sheet->close();
    app::ShortcutMap* shortcuts = w.window->shortcuts();
    shortcuts->rebind(QStringLiteral("speed-2"), QKeySequence(Qt::Key_F9));
    QTest::keyClick(window, Qt::Key_NumberSign, Qt::ShiftModifier);
    CHECK(w.player().rate() == 1.5);
    QTest::keyClick(window, Qt::Key_F9);
    CHECK(w.player().rate() == 2.0);
    shortcuts->restoreDefaults();
    QTest::keyClick(window, Qt::Key_1, Qt::ShiftModifier);
    QTest::keyClick(window, Qt::Key_NumberSign, Qt::ShiftModifier);
    CHECK(w.player().rate() == 2.0);

    // The last speed is where the next start begins.
    QTest::keyClick(window, Qt::Key_4, Qt::ShiftModifier);
    QTest::keyClick(window, Qt::Key_BracketRight);
    REQUIRE(w.player().rate() == Approx(2.6));
    w.reopen();
    CHECK(w.player().rate() == Approx(2.6));
    CHECK(w.window->transport()->speedText() == QStringLiteral("2.6×"));
    w.player().play();
    REQUIRE(QTest::qWaitFor([&] { return w.player().position() > 500; }, 15000));
    CHECK(w.player().rate() == Approx(2.6));
}

TEST_CASE("the reaction lead is real time: at 2x a note goes twice the lead back into the call",
          "[app][timing][lead]")
{
    TimingWorkspace w;
    REQUIRE(w.window->preferences().reactionLeadMs == 2000);
    // Paused, the playhead is exact.
    for (const auto& [rate, expected] :
         {std::pair{1.0, 28'000}, std::pair{2.0, 26'000}, std::pair{1.5, 27'000}}) {
        INFO("rate " << rate);
        w.player().setRate(rate);
        w.player().seek(30'000);
        QTest::keyClick(w.window.get(), Qt::Key_S);
        REQUIRE(w.entry().isActive());
        CHECK(w.entry().stampMs() == expected);
        QTest::keyClick(w.entry().editor(), Qt::Key_Escape);
    }
    // Playing at 2×: the stamp is the playhead at the key press minus 4 s of the recording.
    w.player().setRate(2.0);
    w.player().seek(40'000);
    w.player().play();
    REQUIRE(QTest::qWaitFor([&] { return w.player().position() >= 43'000; }, 15000));
    const qint64 before = w.player().position();
    QTest::keyClick(w.window.get(), Qt::Key_S);
    const qint64 after = w.player().position();
    REQUIRE(w.entry().isActive());
    CHECK(w.entry().stampMs() >= before - 4000);
    CHECK(w.entry().stampMs() <= after - 4000);
    QTest::keyClick(w.entry().editor(), Qt::Key_Escape);
    w.player().pause();

    // Preferences says whose seconds they are.
    app::PreferencesDialog dialog(w.window->preferences(), w.window->libraryPath());
    auto* hint = dialog.findChild<QLabel*>(QStringLiteral("reactionLeadHint"));
    REQUIRE(hint);
    CHECK(hint->text().contains(QStringLiteral("seconds of your time, more of the call at higher "
                                               "speed")));
    if (const QByteArray shots = qgetenv("COACHTRACK_SHOTS"); !shots.isEmpty())
        dialog.grab().save(QString::fromLocal8Bit(shots) + QStringLiteral("/preferences.png"));
}

TEST_CASE("after the call has ended, notes go at the playhead the manager moves, not on one "
          "marker",
          "[app][timing][end]")
{
    TimingWorkspace w;
    w.player().setRate(1.0);
    const qint64 duration = w.player().duration();
    REQUIRE(duration > 60'000);
    QSignalSpy ended(&w.player(), &media::Player::endReached);
    w.player().seek(duration - 1'500);
    w.player().play();
    REQUIRE(ended.wait(30'000));
    REQUIRE(w.player().state() == media::Player::State::Paused);

    // ← moves the playhead back; the note goes exactly there and says why.
    w.window->waveform()->setFocus(); // where the keys go after a click on it
    QTest::keyClick(w.window.get(), Qt::Key_Left);
    const qint64 first = w.player().position();
    CHECK(first <= duration - 4'000);
    QTest::keyClick(w.window.get(), Qt::Key_S);
    REQUIRE(w.entry().isActive());
    CHECK(w.entry().isAtCallEnd());
    CHECK(w.entry().stampMs() == first);
    CHECK(w.entry().caption().contains(
        QStringLiteral("The call has ended: the note goes at the playhead — move it with ←/→ or "
                       "click the waveform")
            .toHtmlEscaped()));
    if (const QByteArray shots = qgetenv("COACHTRACK_SHOTS"); !shots.isEmpty()) {
        REQUIRE(QTest::qWaitFor([&] { return !w.window->isAnalysing(); }, 60'000));
        w.window->grab().save(QString::fromLocal8Bit(shots) + QStringLiteral("/call-ended.png"));
    }
    QTest::keyClicks(w.entry().editor(), QStringLiteral("After the call"));
    QTest::keyClick(w.entry().editor(), Qt::Key_Return);

    // A click on the waveform moves it elsewhere; so does ← on the note line, before typing.
    app::WaveformView* wave = w.window->waveform();
    QTest::mouseClick(wave, Qt::LeftButton, {}, QPoint(wave->xAt(60'000), 60));
    const qint64 clicked = w.player().position();
    CHECK(clicked == Approx(wave->msAt(wave->xAt(60'000))).margin(1));
    QTest::keyClick(w.window.get(), Qt::Key_S);
    REQUIRE(w.entry().isAtCallEnd());
    QTest::mouseClick(wave, Qt::LeftButton, {}, QPoint(wave->xAt(60'000), 60)); // the line open
    CHECK(w.entry().editor()->hasFocus());                                      // typing goes on
    CHECK(w.entry().stampMs() == clicked);
    QTest::keyClick(w.entry().editor(), Qt::Key_Left);
    const qint64 nudged = w.player().position();
    CHECK(nudged == Approx(clicked - 5'000).margin(1));
    CHECK(w.entry().stampMs() == nudged);
    QTest::keyClicks(w.entry().editor(), QStringLiteral("Earlier moment"));
    QTest::keyClick(w.entry().editor(), Qt::Key_Left); // with text: the cursor, not the playhead
    CHECK(w.player().position() == nudged);
    QTest::keyClick(w.entry().editor(), Qt::Key_Return);

    std::vector<int64_t> times = w.shareableTimes();
    std::sort(times.begin(), times.end());
    CHECK(times == std::vector<int64_t>{nudged, first});
    const auto& notes = w.window->review()->shareableNotes();
    REQUIRE(notes.size() == 2);
    CHECK(wave->markerCenter(notes[0].id) != wave->markerCenter(notes[1].id));

    // Playing again, the lead is back.
    QTest::keyClick(w.window.get(), Qt::Key_Space);
    REQUIRE(w.player().state() == media::Player::State::Playing);
    w.player().pause();
    const qint64 now = w.player().position();
    QTest::keyClick(w.window.get(), Qt::Key_S);
    CHECK_FALSE(w.entry().isAtCallEnd());
    CHECK(w.entry().stampMs() == now - 2'000);
    QTest::keyClick(w.entry().editor(), Qt::Key_Escape);
}

TEST_CASE("the waveform draws the live playhead only, never a frozen copy from its cache",
          "[app][timing][playhead]")
{
    app::WaveformView view;
    view.resize(900, 300);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    view.setDuration(600'000);
    view.setShareableNotes({{1, 200'000, QStringLiteral("a note"), 0}});
    view.setPosition(100'000);
    const std::vector<int> first = playheadLines(view.grab().toImage());
    REQUIRE(first.size() == 1);
    CHECK(std::abs(first.front() - view.xAt(100'000)) <= 1);
    // The background picture was drawn with the playhead at 100 s; it moves on, within view.
    view.setPosition(400'000);
    const std::vector<int> lines = playheadLines(view.grab().toImage());
    REQUIRE(lines.size() == 1);
    CHECK(std::abs(lines.front() - view.xAt(400'000)) <= 1);
    view.setPosition(450'000);
    view.setShareableNotes({{1, 210'000, QStringLiteral("a note"), 0}}); // redraws the cache
    view.setPosition(500'000);
    CHECK(playheadLines(view.grab().toImage()).size() == 1);
}

TEST_CASE("a marker at 0:00 stays clear of the lane labels", "[app][timing][labels]")
{
    app::WaveformView view;
    view.resize(900, 300);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    view.setDuration(180'000);
    view.setChannelLabels({QStringLiteral("Rep"), QStringLiteral("Buyer")});
    view.setShareableNotes({{1, 0, QStringLiteral("focus at the start"), 1}});
    view.setPrivateNotes({{2, 0, QStringLiteral("private at the start"), 0}});
    view.setPosition(90'000);
    const int gutter = view.labelGutterWidth();
    const QPoint focus = *view.markerCenter(1);
    CHECK(focus.x() == view.xAt(0));
    CHECK(focus.x() - 10 > gutter); // the disc's radius is 10 px: whole, right of the labels

    const QImage picture = view.grab().toImage();
    int left = picture.width(), right = -1, inGutter = 0;
    for (int y = 0; y < picture.height(); ++y)
        for (int x = 0; x < picture.width(); ++x)
            if (picture.pixelColor(x, y) == kFocusOrange) {
                left = std::min(left, x);
                right = std::max(right, x);
                inGutter += x < gutter;
            }
    CHECK(inGutter == 0);
    CHECK(left >= gutter);
    CHECK(left <= focus.x() - 8); // not clipped at time 0 either
    CHECK(right >= focus.x() + 8);
    // The label's own ink is there, right-aligned in the gutter on the marker's row.
    int labelInk = 0;
    for (int x = 0; x < gutter; ++x)
        for (int y = focus.y() - 8; y <= focus.y() + 8; ++y)
            labelInk += picture.pixelColor(x, y).lightness() < 200;
    CHECK(labelInk > 20);
}

TEST_CASE("the note line spans the centre and opening or closing it moves nothing",
          "[app][timing][note-line]")
{
    TimingWorkspace w;
    settleLayout();
    QWidget* centre = w.window->centralWidget();
    app::WaveformView* wave = w.window->waveform();
    app::NoteEntryBar* line = w.window->noteEntry();
    const QRect waveClosed = geometryInWindow(wave);
    const QRect lineClosed = geometryInWindow(line);
    CHECK(line->isVisible()); // idle, it shows which keys begin a note
    CHECK(line->caption().contains(QStringLiteral("S: a shareable note")));

    w.player().seek(30'000);
    QTest::keyClick(w.window.get(), Qt::Key_P);
    REQUIRE(line->isActive());
    settleLayout();
    CHECK(geometryInWindow(wave) == waveClosed);
    CHECK(geometryInWindow(line) == lineClosed);
    CHECK(line->width() >= centre->width() * 8 / 10);
    CHECK(line->editor()->width() >= centre->width() * 8 / 10);
    QTest::keyClick(line->editor(), Qt::Key_Escape);
    REQUIRE_FALSE(line->isActive());
    settleLayout();
    CHECK(geometryInWindow(wave) == waveClosed);
    CHECK(geometryInWindow(line) == lineClosed);

    QTest::keyClick(w.window.get(), Qt::Key_S);
    QTest::keyClicks(line->editor(), QStringLiteral("Saved"));
    QTest::keyClick(line->editor(), Qt::Key_Return);
    settleLayout();
    CHECK(geometryInWindow(wave) == waveClosed);
    CHECK(w.shareableTimes() == std::vector<int64_t>{28'000});
}
