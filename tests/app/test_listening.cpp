// Listening to less of a call (issue 18): skip silence (G) and focus listening (L) jump over
// pauses or the other speaker while the clock stays in recording time, so the playhead, the
// transport's count and a note stamped while skipping say what was heard. Every check is on
// what the player itself recorded (its clock and the spans it jumped), never on timing.
#include "app/ReviewWorkspace.h"
#include "app/gui/media/WaveformView.h"
#include "app/gui/panels/MomentsPanel.h"
#include "app/gui/panels/NoteEntryBar.h"
#include "app/gui/panels/TransportBar.h"
#include "app/gui/window/MainWindow.h"
#include "media/ListeningPlan.h"
#include "media/Player.h"
#include "workflows/ReviewModel.h"

#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTest>
#include <QTreeWidget>
#include <catch2/catch.hpp>

using namespace coachtrack;
using namespace coachtrack::testing;
using media::FocusSpeaker;

namespace {

struct ListeningWorkspace : Workspace
{
    ListeningWorkspace()
    {
        // The call's speech is known once its analysis is kept.
        const int64_t id = review().recording().id;
        REQUIRE(waitFor(
            [&] {
                const auto kept = review().store()->keptTalk(id);
                return kept && kept->has_value() && !window->isAnalysing();
            },
            60000));
    }
    ~ListeningWorkspace() { QSettings().remove(QStringLiteral("review/skipSilence")); }
};

bool inside(int64_t ms, const std::vector<media::SkipSpan>& spans)
{
    for (const media::SkipSpan& s : spans)
        if (ms > s.startMs + 20 && ms < s.endMs - 20)
            return true;
    return false;
}

} // namespace

TEST_CASE("G skips the call's pauses while playing, the clock never shows a skipped moment and "
          "a note stamped after a skip lands on what was heard",
          "[app][listening]")
{
    ListeningWorkspace w;
    REQUIRE_FALSE(w.window->skipSilence());
    QTest::keyClick(w.window.get(), Qt::Key_G);
    REQUIRE(w.window->skipSilence());
    CHECK(QSettings().value(QStringLiteral("review/skipSilence")).toBool());
    CHECK(w.window->statusBar()->currentMessage().contains(QStringLiteral("pauses shortened")));

    // The window's own speech of the call says where the pauses are.
    const auto& talk = w.window->talk();
    REQUIRE(talk);
    const auto skips = media::silenceSkips(*talk);
    REQUIRE(skips.size() >= 3);
    // Play at 2× from just before the second pause until the player has jumped it.
    const media::SkipSpan pause = skips[1];
    w.player().setRate(2.0);
    w.player().seek(pause.startMs - 3'000);
    std::vector<qint64> seen;
    QObject::connect(&w.player(), &media::Player::positionChanged, w.window.get(),
                     [&](qint64 ms) { seen.push_back(ms); });
    w.player().play();
    REQUIRE(waitFor([&] { return w.player().position() >= pause.endMs + 2'500; }, 30000));
    // What was heard 2 s ago (the reaction lead) is before the pause, and the stamp says so:
    // lead × speed alone would reach back into the skipped pause or before it by its length.
    const int64_t before = w.player().position();
    QTest::keyClick(w.window.get(), Qt::Key_S);
    const int64_t after = w.player().position();
    REQUIRE(w.window->noteEntry()->isActive());
    const int64_t stamp = w.window->noteEntry()->stampMs();
    w.player().pause();
    const int64_t now = w.player().position();
    // Every pause between the seek and here was jumped (a loaded machine may play past more).
    int64_t jumped = 0;
    for (const media::SkipSpan& s : skips)
        if (s.startMs >= pause.startMs - 3'000 && s.startMs < now)
            jumped += s.lengthMs();
    CHECK(w.player().skippedMs() == Approx(jumped).margin(5));
    CHECK_FALSE(inside(stamp, skips));
    // 4 s of the recording were heard in the 2 s before the key press, minus the skipped pause.
    CHECK(stamp <= after - 4'000 + 50);
    CHECK(stamp >= before - 4'000 - jumped - 50);
    for (qint64 ms : seen)
        CHECK_FALSE(inside(ms, skips));
    CHECK(w.window->transport()->listeningText().startsWith(QStringLiteral("Skipped ")));
    if (const QByteArray shots = qgetenv("COACHTRACK_SHOTS"); !shots.isEmpty())
        w.window->grab().save(QString::fromLocal8Bit(shots) + QStringLiteral("/skip-silence.png"));
    QTest::keyClicks(w.window->noteEntry()->editor(), QStringLiteral("after the pause"));
    QTest::keyClick(w.window->noteEntry()->editor(), Qt::Key_Return);
    REQUIRE(w.review().shareableNotes().size() == 1);
    CHECK(w.review().shareableNotes().front().startMs == stamp);

    // G again: every pause plays.
    QTest::keyClick(w.window.get(), Qt::Key_G);
    CHECK_FALSE(w.window->skipSilence());
    const qint64 skippedBefore = w.player().skippedMs();
    w.player().seek(pause.startMs - 500);
    w.player().play();
    REQUIRE(waitFor([&] { return w.player().position() >= pause.endMs + 300; }, 30000));
    w.player().pause();
    CHECK(w.player().skippedMs() == skippedBefore);
}

TEST_CASE("L plays only the rep's turns, then only the buyer's, then the whole call",
          "[app][listening]")
{
    ListeningWorkspace w;
    const auto& talk = w.window->talk();
    REQUIRE(talk);
    REQUIRE(talk->perSpeaker);
    QTest::keyClick(w.window.get(), Qt::Key_L);
    CHECK(w.window->focusListening() == FocusSpeaker::Rep);
    CHECK(w.window->listeningModeText() == u"Listening to the rep's turns");
    const auto buyerOnly = media::focusSkips(*talk, FocusSpeaker::Rep);
    REQUIRE_FALSE(buyerOnly.empty());
    // From the start of the first stretch left out, playback goes straight to the rep's next
    // turn (with a second of the buyer before it).
    const media::SkipSpan gap = buyerOnly.size() > 1 ? buyerOnly[1] : buyerOnly[0];
    w.player().setRate(3.0);
    w.player().seek(gap.startMs - 1'000);
    std::vector<qint64> seen;
    QObject::connect(&w.player(), &media::Player::positionChanged, w.window.get(),
                     [&](qint64 ms) { seen.push_back(ms); });
    w.player().play();
    REQUIRE(waitFor([&] { return w.player().position() >= gap.endMs + 1'000; }, 30000));
    w.player().pause();
    for (qint64 ms : seen)
        CHECK_FALSE(inside(ms, buyerOnly));
    CHECK(w.player().skippedMs() >= gap.lengthMs() - 5);

    QTest::keyClick(w.window.get(), Qt::Key_L);
    CHECK(w.window->focusListening() == FocusSpeaker::Buyer);
    CHECK(w.window->listeningModeText() == u"Listening to the buyer's turns");
    QTest::keyClick(w.window.get(), Qt::Key_L);
    CHECK(w.window->focusListening() == FocusSpeaker::Everyone);
    CHECK(w.window->listeningModeText().isEmpty());
}

TEST_CASE("the Moments panel lists the call's moments: Enter plays one, and a note is stamped "
          "at a moment's start from the panel or with Shift+S / Shift+P",
          "[app][listening][moments]")
{
    ListeningWorkspace w;
    app::MomentsPanel* panel = w.window->momentsPanel();
    QTreeWidget* list = panel->list();
    REQUIRE(waitFor([&] { return list->topLevelItemCount() > 0; }));
    auto* wave = w.window->findChild<app::WaveformView*>();
    CHECK(list->topLevelItemCount() == wave->momentCount());

    // Alt+6 puts the keyboard on the list; the monologue is the row with its kind.
    QTest::keyClick(w.window.get(), Qt::Key_6, Qt::AltModifier);
    REQUIRE(waitFor([&] { return list->hasFocus(); }));
    int monologue = -1;
    for (int row = 0; row < list->topLevelItemCount(); ++row)
        if (list->topLevelItem(row)->text(1) == u"Monologue")
            monologue = row;
    REQUIRE(monologue >= 0);
    const qint64 start = list->topLevelItem(monologue)->data(0, Qt::UserRole).toLongLong();
    CHECK(start == Approx(51'859).margin(300)); // the demo call's ground truth
    list->setCurrentItem(list->topLevelItem(monologue));
    QTest::keyClick(list, Qt::Key_Return);
    CHECK(w.player().state() == media::Player::State::Playing);
    CHECK(w.player().position() >= start);
    w.player().pause();
    if (const QByteArray shots = qgetenv("COACHTRACK_SHOTS"); !shots.isEmpty())
        w.window->grab().save(QString::fromLocal8Bit(shots) + QStringLiteral("/moments.png"));

    // While it plays, the list keeps the row the manager picks (the one heard is in bold).
    w.player().play();
    list->setFocus();
    const int picked = monologue + 1 < list->topLevelItemCount() ? monologue + 1 : monologue - 1;
    list->setCurrentItem(list->topLevelItem(picked));
    const qint64 from = w.player().position();
    REQUIRE(waitFor([&] { return w.player().position() >= from + 1'500; }));
    CHECK(panel->selected() == picked);
    CHECK(panel->playing() == monologue);
    CHECK(list->topLevelItem(monologue)->font(2).bold());
    CHECK_FALSE(list->topLevelItem(picked)->font(2).bold());
    w.player().pause();
    list->setCurrentItem(list->topLevelItem(monologue));

    // The panel's button: a shareable note at the moment's start, whatever the playhead says.
    w.player().seek(start + 7'000);
    list->setFocus();
    QPushButton* shareable = nullptr;
    for (auto* b : panel->findChildren<QPushButton*>())
        if (b->text() == u"Shareable Note Here")
            shareable = b;
    REQUIRE(shareable);
    REQUIRE(shareable->isEnabled());
    QTest::mouseClick(shareable, Qt::LeftButton);
    REQUIRE(w.window->noteEntry()->isActive());
    CHECK(w.window->noteEntry()->stampMs() == start);
    QTest::keyClicks(w.window->noteEntry()->editor(), QStringLiteral("Ask before the pitch"));
    QTest::keyClick(w.window->noteEntry()->editor(), Qt::Key_Return);
    REQUIRE(w.review().shareableNotes().size() == 1);
    CHECK(w.review().shareableNotes().front().startMs == start);

    // Shift+P from the waveform: the moment the playhead is in.
    wave->setFocus();
    w.player().seek(start + 12'000);
    QTest::keyClick(w.window.get(), Qt::Key_P, Qt::ShiftModifier);
    REQUIRE(w.window->noteEntry()->isActive());
    CHECK(w.window->noteEntry()->track() == annotations::Track::Private);
    CHECK(w.window->noteEntry()->stampMs() == start);
    QTest::keyClick(w.window->noteEntry()->editor(), Qt::Key_Escape);
    // Sharing the screen: no private note on a moment, by button, menu or key.
    w.window->setShareSafe(true);
    QPushButton* privateHere = panel->findChild<QPushButton*>(QStringLiteral("privateMomentNote"));
    REQUIRE(privateHere);
    CHECK_FALSE(privateHere->isVisibleTo(panel));
    QTest::keyClick(w.window.get(), Qt::Key_P, Qt::ShiftModifier);
    CHECK_FALSE(w.window->noteEntry()->isActive());
    w.window->setShareSafe(false);
    CHECK(privateHere->isVisibleTo(panel));
    // Before the first moment there is none to note on.
    w.player().seek(0);
    if (list->topLevelItem(0)->data(0, Qt::UserRole).toLongLong() > 1'000) {
        QTest::keyClick(w.window.get(), Qt::Key_S, Qt::ShiftModifier);
        CHECK_FALSE(w.window->noteEntry()->isActive());
        CHECK(w.window->statusBar()->currentMessage().contains(QStringLiteral("pick a moment")));
    }
}

TEST_CASE("focus listening on a mono call says it needs two channels and plays the whole call",
          "[app][listening]")
{
    Workspace w;
    const QString mono =
        ffmpeg(w.dir.file(QStringLiteral("mono.wav")), lavfi(QStringLiteral("sine=f=300:d=6")));
    w.window->openRecording(mono, false);
    REQUIRE(waitFor([&] { return w.window->talk().has_value() && !w.window->isAnalysing(); }));
    REQUIRE_FALSE(w.window->talk()->perSpeaker);
    QTest::keyClick(w.window.get(), Qt::Key_L);
    CHECK(w.window->focusListening() == FocusSpeaker::Everyone);
    CHECK(w.window->statusBar()->currentMessage().contains(QStringLiteral("two channels")));
    CHECK(w.window->listeningModeText().isEmpty());
}
