// Runs the built `coachtrack` executable the way users and scripts do.
#include "annotations/TimeCode.h"
#include "support/Fixtures.h"

#include <QImage>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <catch2/catch.hpp>

using namespace coachtrack::testing;

namespace {

QProcessEnvironment offscreen()
{
    auto env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    return env;
}

} // namespace

TEST_CASE("help and version answer without a display", "[app][cli]")
{
    auto env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    ToolRun help = runCoachtrack({QStringLiteral("--help")}, env);
    CHECK(help.exitCode == 0);
    CHECK(help.text().contains(QStringLiteral("Usage:")));
    CHECK(help.text().contains(QStringLiteral("--screenshot")));
    ToolRun version = runCoachtrack({QStringLiteral("--version")}, env);
    CHECK(version.exitCode == 0);
    CHECK(version.text().startsWith(QStringLiteral("coachtrack 0.")));
    // Built from a git checkout: the commit too ("-dirty" with uncommitted changes), one of
    // this checkout's.
    static const QRegularExpression form(
        QStringLiteral("^coachtrack \\d+\\.\\d+\\.\\d+( \\(git ([0-9a-f]{7,40})(-dirty)?\\))?$"));
    const auto match = form.match(version.text().trimmed());
    REQUIRE(match.hasMatch());
    QProcess head;
    head.start(QStringLiteral("git"), {QStringLiteral("-C"), sourceDir(),
                                       QStringLiteral("rev-parse"), QStringLiteral("HEAD")});
    if (head.waitForFinished(10000) && head.exitCode() == 0) { // git works here, so it did there
        REQUIRE(match.hasCaptured(2));
        QProcess git;
        git.start(QStringLiteral("git"),
                  {QStringLiteral("-C"), sourceDir(), QStringLiteral("cat-file"),
                   QStringLiteral("-e"), match.captured(2) + QStringLiteral("^{commit}")});
        REQUIRE(git.waitForFinished(10000));
        CHECK(git.exitCode() == 0);
    }
}

TEST_CASE("an unknown option or a second file is refused", "[app][cli]")
{
    ToolRun r = runCoachtrack({QStringLiteral("--frobnicate")}, offscreen());
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(QStringLiteral("frobnicate")));
    r = runCoachtrack({QStringLiteral("a.mp3"), QStringLiteral("b.mp3")}, offscreen());
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(QStringLiteral("--help")));
}

TEST_CASE("with no display the GUI explains how to get one", "[app][cli]")
{
    auto env = QProcessEnvironment::systemEnvironment();
    for (const char* name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
        env.remove(QString::fromLatin1(name));
    ToolRun r = runCoachtrack({demoCallPath()}, env);
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(QStringLiteral("xvfb-run")));
}

TEST_CASE("the screenshot option saves the window once the demo call plays",
          "[app][cli][screenshot]")
{
    TempDir dir;
    const QString png = dir.file(QStringLiteral("shot.png"));
    auto env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY")); // must also work with no display at all
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    ToolRun r = runCoachtrack({QStringLiteral("--screenshot"), png, demoCallPath()}, env);
    INFO(r.err.toStdString());
    CHECK(r.exitCode == 0);
    const QImage shot(png);
    REQUIRE_FALSE(shot.isNull());
    CHECK(shot.width() >= 800);
    CHECK(shot.height() >= 500);
}

TEST_CASE("a screenshot of a missing file is saved and the exit code fails",
          "[app][cli][screenshot]")
{
    TempDir dir;
    const QString png = dir.file(QStringLiteral("error.png"));
    ToolRun r = runCoachtrack(
        {QStringLiteral("--screenshot"), png, dir.file(QStringLiteral("gone.wav"))}, offscreen());
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("gone.wav")));
    CHECK_FALSE(QImage(png).isNull());
}

TEST_CASE("rate, start and quit-after options play a stretch headless and report it",
          "[app][cli][playback]")
{
    auto env = offscreen();
    env.remove(QStringLiteral("DISPLAY"));
    const ToolRun r =
        runCoachtrack({QStringLiteral("--rate"), QStringLiteral("2"), QStringLiteral("--start"),
                       QStringLiteral("1:00"), QStringLiteral("--quit-after"),
                       QStringLiteral("1.5"), demoCallPath()},
                      env);
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QStringList words = r.text().split(u' ');
    REQUIRE(words.size() >= 6);
    CHECK(words[1] == QStringLiteral("1:00.000"));
    CHECK(words[5] == QStringLiteral("2.0x"));
    // 1.5 s of real time at 2x moves about 3 s through the call (startup takes a little).
    const auto reached = coachtrack::annotations::parseTimeCode(words[3]);
    REQUIRE(reached.has_value());
    CHECK(*reached > 61'500);
    CHECK(*reached < 63'200);

    CHECK(runCoachtrack({QStringLiteral("--rate"), QStringLiteral("4"), demoCallPath()}, env)
              .exitCode == 2);
    CHECK(runCoachtrack({QStringLiteral("--start"), QStringLiteral("soon"), demoCallPath()}, env)
              .exitCode == 2);
}

TEST_CASE("skip silence and focus listening from the command line play less and say how much",
          "[app][cli][playback][listening]")
{
    auto env = offscreen();
    env.remove(QStringLiteral("DISPLAY"));
    // The rep's turns at 3x: the buyer's first answer (5.7-9.1 s) is jumped within the first
    // 2 s of real time; the line's figures (read once playback stopped) add up to where it
    // went. (How much real time passed is the OS's business: not checked.)
    const ToolRun r = runCoachtrack({QStringLiteral("--rate"), QStringLiteral("3"),
                                     QStringLiteral("--skip-silence"), QStringLiteral("--listen"),
                                     QStringLiteral("rep"), QStringLiteral("--quit-after"),
                                     QStringLiteral("4"), demoCallPath()},
                                    env);
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    static const QRegularExpression line(
        QStringLiteral("^played 0:00.000 to (\\S+) at 3.0x on .*, (\\S+) of the recording heard, "
                       "(\\S+) skipped \\(the rep's turns\\)$"));
    const auto match = line.match(r.text().trimmed());
    REQUIRE(match.hasMatch());
    const auto to = coachtrack::annotations::parseTimeCode(match.captured(1));
    const auto heard = coachtrack::annotations::parseTimeCode(match.captured(2));
    const auto skipped = coachtrack::annotations::parseTimeCode(match.captured(3));
    REQUIRE((to && heard && skipped));
    CHECK(*heard + *skipped == *to);
    CHECK(*skipped >= 3'000);
    CHECK(*heard > 0);

    // A mono call has no speakers to focus on: the whole call plays, and the line says why.
    TempDir dir;
    const QString mono =
        ffmpeg(dir.file(QStringLiteral("mono.wav")), lavfi(QStringLiteral("sine=f=300:d=5")));
    const ToolRun m = runCoachtrack({QStringLiteral("--listen"), QStringLiteral("rep"),
                                     QStringLiteral("--quit-after"), QStringLiteral("1"), mono},
                                    env);
    REQUIRE(m.exitCode == 0);
    CHECK(m.text().contains(QStringLiteral("focus listening needs the rep and the buyer on two "
                                           "channels")));
    CHECK(runCoachtrack({QStringLiteral("--listen"), QStringLiteral("boss"), demoCallPath()}, env)
              .exitCode == 2);
}
