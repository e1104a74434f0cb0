// Drives the real main window offscreen; sound goes to the silent real-time output.
#include "app/gui/media/VideoView.h"
#include "app/gui/panels/TransportBar.h"
#include "app/gui/window/MainWindow.h"
#include "media/Player.h"
#include "media/VideoPresenter.h"
#include "support/Fixtures.h"
#include "support/PlayheadCheck.h"

#include <QEventLoop>
#include <QLabel>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <catch2/catch.hpp>
#include <cstdio>

using namespace coachtrack;
using namespace coachtrack::testing;

namespace {

bool waitFor(const std::function<bool()>& condition, int timeoutMs = 15000)
{
    return QTest::qWaitFor(condition, timeoutMs);
}

// Runs the event loop as the application does (QTest::qWait sleeps up to 10 ms between
// rounds, which would make every timer late).
void runEventLoop(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, Qt::PreciseTimer, &loop, &QEventLoop::quit);
    loop.exec();
}

// A call of `seconds` with a test picture at `fps` and a tone, made in `dir`.
QString testCall(const TempDir& dir, const QString& name, int seconds, int fps)
{
    return videoCall(
        dir.file(name),
        QStringLiteral("testsrc2=duration=%1:size=320x240:rate=%2").arg(seconds).arg(fps),
        QStringLiteral("sine=frequency=440:duration=%1").arg(seconds),
        {QStringLiteral("-pix_fmt"), QStringLiteral("yuv420p"), QStringLiteral("-shortest")});
}

} // namespace

TEST_CASE("the window plays the demo call and a seek lands", "[app][playback]")
{
    app::MainWindow window;
    window.resize(900, 560);
    window.show();
    window.openRecording(demoCallPath(), true);
    media::Player* player = window.player();

    REQUIRE(player->state() == media::Player::State::Playing);
    CHECK(player->duration() == Approx(181'633).margin(300));
    const qint64 before = player->position();
    REQUIRE(waitFor([&] { return player->position() >= before + 1000; }));
    CHECK(window.shownError().isEmpty());

    QElapsedTimer since;
    since.start();
    player->seek(60'000);
    checkPlayheadAfter(*player, 60'000, since);
    REQUIRE(waitFor([&] { return player->position() >= 60'500; }));
    CHECK(window.windowTitle().startsWith(QStringLiteral("demo_call")));
    const auto labels = window.findChildren<QLabel*>();
    CHECK(std::any_of(labels.begin(), labels.end(),
                      [](QLabel* l) { return l->text() == QStringLiteral("3:01"); }));
}

TEST_CASE("a missing file is reported in the window, naming it", "[app][errors]")
{
    app::MainWindow window;
    QSignalSpy failed(&window, &app::MainWindow::playbackFailed);
    window.openRecording(QStringLiteral("/nonexistent/calls/acme-discovery.mp3"), true);
    REQUIRE(failed.count() == 1);
    CHECK(window.shownError().contains(QStringLiteral("acme-discovery.mp3")));
    CHECK(window.shownError().contains(QStringLiteral("no such file")));
    CHECK(window.shownError().contains(QStringLiteral("moved or renamed")));
    CHECK(window.player()->state() == media::Player::State::Empty);
}

TEST_CASE("a corrupt file is reported in the window in plain words", "[app][errors]")
{
    TempDir dir;
    const QString bad = writeFile(dir.file(QStringLiteral("call.mp3")), QByteArray(4096, 'x'));
    app::MainWindow window;
    window.show();
    QSignalSpy failed(&window, &app::MainWindow::playbackFailed);
    window.openRecording(bad, true);
    REQUIRE(waitFor([&] { return failed.count() > 0; }));
    CHECK(window.shownError().contains(QStringLiteral("call.mp3")));
    CHECK(window.shownError().contains(QStringLiteral("Ctrl+O")));
}

TEST_CASE("a video recording shows its frames", "[app][video]")
{
    TempDir dir;
    const QString mp4 = testCall(dir, QStringLiteral("zoom-call.mp4"), 4, 15);
    app::MainWindow window;
    window.resize(800, 600);
    window.show();
    window.openRecording(mp4, true);
    REQUIRE(waitFor([&] { return window.videoView()->hasFrame(); }));
    CHECK(window.player()->hasVideo());
    CHECK(window.videoView()->isVisible());
    // The frame is painted into the widget, so a grab sees colour, not a blank.
    const QImage shot = window.videoView()->grab().toImage();
    const QColor centre = shot.pixelColor(shot.width() / 2, shot.height() / 2);
    const QColor corner = shot.pixelColor(2, 2);
    CHECK(corner == QColor(Qt::black)); // letterbox
    CHECK(centre != QColor(Qt::black));
}

TEST_CASE("the speed keys change the rate in 0.1 steps and the bar shows it", "[app][playback]")
{
    app::MainWindow window;
    window.show();
    window.openRecording(demoCallPath(), true);
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    for (int i = 0; i < 5; ++i)
        QTest::keyClick(&window, Qt::Key_BracketRight);
    CHECK(window.player()->rate() == 1.5);
    CHECK(window.transport()->speedText() == QStringLiteral("1.5×"));
    for (int i = 0; i < 30; ++i)
        QTest::keyClick(&window, Qt::Key_BracketRight);
    CHECK(window.player()->rate() == 3.0);
    QTest::keyClick(&window, Qt::Key_Backslash);
    CHECK(window.transport()->speedText() == QStringLiteral("1.0×"));
    for (int i = 0; i < 9; ++i)
        QTest::keyClick(&window, Qt::Key_BracketLeft);
    CHECK(window.player()->rate() == 0.5);
}

// Asserts on what the presenter itself recorded (the clock when each frame went up minus the
// frame's time), never on how the OS scheduled threads, so a loaded machine cannot fail it.
TEST_CASE("video stays in step with the sound at 1x, 2x and 3x, through a seek and a pause",
          "[app][video][video-sync]")
{
    TempDir dir;
    const QString mp4 = testCall(dir, QStringLiteral("teams-call.mp4"), 40, 25);
    constexpr qint64 kFrameMs = 40; // 25 fps
    app::MainWindow window;
    window.resize(800, 600);
    window.show();
    window.openRecording(mp4, true);
    media::Player* player = window.player();
    media::VideoPresenter* video = window.videoPresenter();
    REQUIRE(video->hasVideo());

    // Plays `ms` of real time, then checks the presenter's records of that stretch.
    auto playAndCheck = [&](const QString& what, int ms) {
        video->resetStats();
        const qint64 from = player->position();
        runEventLoop(ms);
        const media::LipSyncStats stats = video->stats();
        const qint64 frames = (player->position() - from) / kFrameMs;
        std::printf("lip-sync %s: %lld of ~%lld frames shown, %lld dropped, median %lld ms, max "
                    "%lld ms\n",
                    qPrintable(what), static_cast<long long>(stats.framesShown()),
                    static_cast<long long>(frames), static_cast<long long>(stats.framesDropped()),
                    static_cast<long long>(stats.medianErrorMs()),
                    static_cast<long long>(stats.maxErrorMs()));
        INFO(what.toStdString() << ": " << stats.framesShown() << " of ~" << frames
                                << " frames shown, " << stats.framesDropped() << " dropped");
        REQUIRE(stats.framesShown() >= frames / 2); // the picture moves
        CHECK(stats.framesShown() + stats.framesDropped() >= frames - 2);
        CHECK(stats.medianErrorMs() <= 20);
        CHECK(stats.maxErrorMs() <= kFrameMs + 10);
        for (qint64 e : stats.errorsMs())
            CHECK(e >= 0); // never a frame before its time
    };

    for (double rate : {1.0, 2.0, 3.0}) {
        player->setRate(rate);
        playAndCheck(QStringLiteral("%1x").arg(rate), 3000);
    }

    // A seek while playing: the picture jumps with the sound.
    player->setRate(2.0);
    player->seek(20'000);
    REQUIRE(waitFor(
        [&] { return video->shownPtsMs() && *video->shownPtsMs() >= 20'000 - kFrameMs; }, 3000));
    CHECK(*video->shownPtsMs() <= 20'000 + 400); // not a frame from before the seek, nor far on
    playAndCheck(QStringLiteral("2x after a seek"), 2000);

    // Pause: the picture holds the paused moment; resume (Space) rewinds 2 s, and so does the
    // picture.
    player->setRate(1.0);
    QTest::qWait(200);
    player->pause();
    const qint64 held = player->position();
    REQUIRE(waitFor(
        [&] {
            return video->shownPtsMs() && *video->shownPtsMs() <= held &&
                   held < *video->shownPtsMs() + kFrameMs;
        },
        2000));
    QSignalSpy shown(video, &media::VideoPresenter::frameShown);
    QTest::qWait(300);
    CHECK(shown.isEmpty());
    window.activateWindow();
    window.setFocus();
    QTest::keyClick(&window, Qt::Key_Space);
    REQUIRE(player->state() == media::Player::State::Playing);
    REQUIRE(waitFor([&] { return !shown.isEmpty(); }, 2000));
    CHECK(shown.first().at(1).toLongLong() == Approx(held - 2000).margin(300));
    playAndCheck(QStringLiteral("1x after pause and resume"), 2000);
}
