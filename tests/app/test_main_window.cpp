// Drives the real main window offscreen; sound goes to the silent real-time output.
#include "app/MainWindow.h"
#include "app/TransportBar.h"
#include "app/VideoSync.h"
#include "app/VideoView.h"
#include "media/Player.h"
#include "support/Fixtures.h"

#include <QLabel>
#include <QSignalSpy>
#include <QTest>
#include <catch2/catch.hpp>

using namespace coachtrack;
using namespace coachtrack::testing;

namespace {

bool waitFor(const std::function<bool()>& condition, int timeoutMs = 15000)
{
    return QTest::qWaitFor(condition, timeoutMs);
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

    player->seek(60'000);
    CHECK(player->position() == Approx(60'000).margin(10));
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
    const QString mp4 =
        ffmpeg(dir.file(QStringLiteral("zoom-call.mp4")),
               {QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
                QStringLiteral("testsrc2=duration=4:size=320x240:rate=15"), QStringLiteral("-f"),
                QStringLiteral("lavfi"), QStringLiteral("-i"),
                QStringLiteral("sine=frequency=440:duration=4"), QStringLiteral("-pix_fmt"),
                QStringLiteral("yuv420p"), QStringLiteral("-shortest")});
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

TEST_CASE("video stays in step with the sound at 1x and 2x", "[.][video-sync]")
{
    TempDir dir;
    const QString mp4 =
        ffmpeg(dir.file(QStringLiteral("teams-call.mp4")),
               {QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
                QStringLiteral("testsrc2=duration=30:size=320x240:rate=25"), QStringLiteral("-f"),
                QStringLiteral("lavfi"), QStringLiteral("-i"),
                QStringLiteral("sine=frequency=440:duration=30"), QStringLiteral("-pix_fmt"),
                QStringLiteral("yuv420p"), QStringLiteral("-shortest")});
    app::MainWindow window;
    window.resize(800, 600);
    window.show();
    window.openRecording(mp4, true);
    REQUIRE(waitFor([&] { return !window.isAnalysing(); })); // the waveform is built first
    for (double rate : {1.0, 2.0}) {
        window.player()->setRate(rate);
        QTest::qWait(1500); // the video follows the new rate and settles
        std::vector<qint64> drift;
        QObject::connect(window.videoView(), &app::VideoView::frameShown, &window,
                         [&] { drift.push_back(std::abs(window.videoSync()->lastDriftMs())); });
        QTest::qWait(3000);
        QObject::disconnect(window.videoView(), &app::VideoView::frameShown, &window, nullptr);
        INFO("rate " << rate << ", " << drift.size() << " frames");
        REQUIRE(drift.size() > 20);
        std::sort(drift.begin(), drift.end());
        CHECK(drift[drift.size() / 2] < app::VideoSync::kToleranceMs);          // median
        CHECK(drift[drift.size() * 9 / 10] < 2 * app::VideoSync::kToleranceMs); // 90th percentile
    }
}
