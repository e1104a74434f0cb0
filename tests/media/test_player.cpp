// The player on a silent real-time output, as on CI machines: its position follows the
// frames played at the chosen rate, seeks land, pause holds, the end is reported.
#include "media/Player.h"
#include "support/Fixtures.h"
#include "support/PlayheadCheck.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <catch2/catch.hpp>

using namespace coachtrack::media;
using namespace coachtrack::testing;

namespace {

QString tone(const TempDir& dir, double seconds)
{
    return ffmpeg(
        dir.file(QStringLiteral("tone.wav")),
        lavfi(QStringLiteral("sine=frequency=440:sample_rate=16000:duration=%1").arg(seconds)));
}

// How fast the position moves against real time while playing for `ms`.
double measuredRate(Player& player, int ms)
{
    QElapsedTimer wall;
    QTest::qWait(150); // let the output settle after a change
    const qint64 from = player.position();
    wall.start();
    QTest::qWait(ms);
    return double(player.position() - from) / double(wall.elapsed());
}

} // namespace

TEST_CASE("the position follows played frames at the chosen rate", "[media][player]")
{
    TempDir dir;
    Player player(nullptr, makeNullAudioOutput());
    REQUIRE(player.open(tone(dir, 30)));
    CHECK(player.duration() == Approx(30'000).margin(30));
    CHECK(player.state() == Player::State::Paused);
    player.play();
    CHECK(player.state() == Player::State::Playing);
    CHECK(measuredRate(player, 800) == Approx(1.0).epsilon(0.1));
    player.setRate(2.0);
    CHECK(player.rate() == 2.0);
    CHECK(measuredRate(player, 800) == Approx(2.0).epsilon(0.1));
    player.setRate(1.54); // 0.1 steps
    CHECK(player.rate() == 1.5);
    CHECK(measuredRate(player, 800) == Approx(1.5).epsilon(0.1));
    player.setRate(9);
    CHECK(player.rate() == 3.0);
}

TEST_CASE("seek lands where asked, playing or paused, and pause holds the position",
          "[media][player]")
{
    TempDir dir;
    Player player(nullptr, makeNullAudioOutput());
    REQUIRE(player.open(tone(dir, 30)));
    player.seek(12'345);
    CHECK(player.position() == Approx(12'345).margin(10));
    player.play();
    QTest::qWait(300);
    auto seekWhilePlaying = [&](qint64 target) {
        QElapsedTimer since;
        since.start();
        player.seek(target);
        checkPlayheadAfter(player, target, since);
    };
    seekWhilePlaying(20'000);
    player.setRate(2.0);
    seekWhilePlaying(5'000);
    QTest::qWait(300);
    player.pause();
    const qint64 held = player.position();
    CHECK(held > 5'200);
    QTest::qWait(300);
    CHECK(player.position() == held);
    player.seek(-50);
    CHECK(player.position() <= 40); // the start (the first 32 ms prime the time-stretch)
}

TEST_CASE("the end of the recording is reported and play starts again from the top",
          "[media][player]")
{
    TempDir dir;
    Player player(nullptr, makeNullAudioOutput());
    REQUIRE(player.open(tone(dir, 1.0)));
    QSignalSpy ended(&player, &Player::endReached);
    player.setRate(3.0);
    player.play();
    REQUIRE(ended.wait(3000));
    CHECK(player.state() == Player::State::Paused);
    CHECK(player.position() == Approx(1000).margin(40));
    player.play();
    CHECK(player.position() < 100);
}

TEST_CASE("a recording that cannot be played is reported, not crashed on", "[media][player]")
{
    TempDir dir;
    Player player(nullptr, makeNullAudioOutput());
    QSignalSpy errors(&player, &Player::errorOccurred);
    CHECK_FALSE(player.open(writeFile(dir.file(QStringLiteral("notes.mp3")), "not audio at all")));
    CHECK_FALSE(player.open(dir.file(QStringLiteral("gone.wav"))));
    REQUIRE(errors.size() == 2);
    CHECK(errors[1][0].toString().contains(QStringLiteral("gone.wav")));
    CHECK(player.state() == Player::State::Empty);
    player.play(); // nothing to play: no effect
    player.seek(1000);
    CHECK(player.position() == 0);
}
