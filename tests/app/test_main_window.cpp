// Drives the real main window offscreen: GStreamer's fake sink advances in real time.
#include "app/MainWindow.h"
#include "app/VideoView.h"
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
    QMediaPlayer* player = window.player();

    REQUIRE(waitFor([&] { return player->playbackState() == QMediaPlayer::PlayingState; }));
    REQUIRE(waitFor([&] { return player->duration() > 0; }));
    CHECK(player->duration() == Approx(181'633).margin(300));
    const qint64 before = player->position();
    REQUIRE(waitFor([&] { return player->position() >= before + 1000; }));
    CHECK(window.shownError().isEmpty());

    player->setPosition(60'000);
    REQUIRE(waitFor([&] { return player->position() >= 60'000 && player->position() < 63'000; }));
    CHECK(window.windowTitle().startsWith(QStringLiteral("demo_call.mp3")));
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
    CHECK(window.player()->source().isEmpty());
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
    const QString mp4 = ffmpeg(dir.file(QStringLiteral("zoom-call.mp4")),
                               {QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
                                QStringLiteral("testsrc2=duration=4:size=320x240:rate=15"),
                                QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
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
