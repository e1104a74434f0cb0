// Runs the built `coachtrack` executable the way users and scripts do.
#include "support/Fixtures.h"

#include <QImage>
#include <QProcess>
#include <QProcessEnvironment>
#include <catch2/catch.hpp>

using namespace coachtrack::testing;

namespace {

struct Run
{
    int exitCode = -1;
    QString out, err;
};

Run runCoachtrack(const QStringList& args, QProcessEnvironment env = QProcessEnvironment::systemEnvironment())
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(binaryPath(), args);
    REQUIRE(p.waitForFinished(60000));
    REQUIRE(p.exitStatus() == QProcess::NormalExit); // never a signal
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

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
    Run help = runCoachtrack({QStringLiteral("--help")}, env);
    CHECK(help.exitCode == 0);
    CHECK(help.out.contains(QStringLiteral("Usage:")));
    CHECK(help.out.contains(QStringLiteral("--screenshot")));
    Run version = runCoachtrack({QStringLiteral("--version")}, env);
    CHECK(version.exitCode == 0);
    CHECK(version.out.startsWith(QStringLiteral("coachtrack 0.")));
}

TEST_CASE("an unknown option or a second file is refused", "[app][cli]")
{
    Run r = runCoachtrack({QStringLiteral("--frobnicate")}, offscreen());
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
    Run r = runCoachtrack({demoCallPath()}, env);
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(QStringLiteral("xvfb-run")));
}

TEST_CASE("the screenshot option saves the window once the demo call plays", "[app][cli][screenshot]")
{
    TempDir dir;
    const QString png = dir.file(QStringLiteral("shot.png"));
    auto env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY")); // must also work with no display at all
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    Run r = runCoachtrack({QStringLiteral("--screenshot"), png, demoCallPath()}, env);
    INFO(r.err.toStdString());
    CHECK(r.exitCode == 0);
    const QImage shot(png);
    REQUIRE_FALSE(shot.isNull());
    CHECK(shot.width() >= 800);
    CHECK(shot.height() >= 500);
}

TEST_CASE("a screenshot of a missing file is saved and the exit code fails", "[app][cli][screenshot]")
{
    TempDir dir;
    const QString png = dir.file(QStringLiteral("error.png"));
    Run r = runCoachtrack({QStringLiteral("--screenshot"), png, dir.file(QStringLiteral("gone.wav"))}, offscreen());
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("gone.wav")));
    CHECK_FALSE(QImage(png).isNull());
}
