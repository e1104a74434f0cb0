// One window per library (issue 20): a second `coachtrack [FILE]` on the same library hands
// FILE to the window already open — which adds it to the library and plays it — and exits;
// the real executable, in processes of its own.
#include "app/SingleInstance.h"
#include "support/Fixtures.h"

#include <QDir>
#include <QLocalServer>
#include <QLocalSocket>
#include <QProcess>
#include <QTest>
#include <QThread>
#include <catch2/catch.hpp>
#include <memory>

using namespace coachtrack;
using namespace coachtrack::testing;

namespace {

bool answers(const QString& name)
{
    QLocalSocket socket;
    socket.connectToServer(name);
    return socket.waitForConnected(200);
}

} // namespace

TEST_CASE("a second coachtrack on the same library hands its file to the window already open",
          "[app][ui][instance]")
{
    TempDir dir;
    const QString library = dir.file(QStringLiteral("library.sqlite"));
    const QString call =
        ffmpeg(dir.file(QStringLiteral("call.wav")), lavfi(QStringLiteral("sine=f=300:d=4")));
    QProcessEnvironment env = isolatedEnvironment(dir.path());
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    const QString name = app::SingleInstance::serverName(library);
    REQUIRE_FALSE(answers(name));

    QProcess first;
    first.setProcessEnvironment(env);
    first.start(binaryPath(), {QStringLiteral("--db"), library});
    REQUIRE(first.waitForStarted(30000));
    REQUIRE(QTest::qWaitFor([&] { return answers(name); }, 60000));

    // The second hands the file over and exits; the window adds it to the library.
    const ToolRun second = runCoachtrack({QStringLiteral("--db"), library, call}, env);
    INFO(second.err.toStdString());
    CHECK(second.exitCode == 0);
    CHECK(second.text().contains(QStringLiteral("opened %1 in the window already open").arg(call)));
    CHECK(QTest::qWaitFor(
        [&] {
            const ToolRun list =
                runCoachtrack({QStringLiteral("--db"), library, QStringLiteral("list")}, env);
            return list.exitCode == 0 && list.text().contains(QStringLiteral("call"));
        },
        30000));
    // Without a file: it only raises the window.
    const ToolRun third = runCoachtrack({QStringLiteral("--db"), library}, env);
    CHECK(third.exitCode == 0);
    CHECK(third.text().contains(QStringLiteral("raised the window already open")));
    // The first is still the one window.
    CHECK(first.state() == QProcess::Running);

    first.terminate();
    if (!first.waitForFinished(10000))
        first.kill();
    first.waitForFinished(10000);
    QLocalServer::removeServer(name); // what a killed window leaves behind
}

TEST_CASE("two libraries have a socket each; a stale one left by a crash is taken over",
          "[app][instance]")
{
    TempDir dir;
    const QString a = dir.file(QStringLiteral("a.sqlite"));
    const QString b = dir.file(QStringLiteral("b.sqlite"));
    CHECK(app::SingleInstance::serverName(a) != app::SingleInstance::serverName(b));
    CHECK(app::SingleInstance::serverName(a) ==
          app::SingleInstance::serverName(dir.path() + QStringLiteral("/./a.sqlite")));
    // Nobody listening: nothing is handed over.
    CHECK_FALSE(app::SingleInstance::handOver(a, QString()));

    // A window that crashed left its socket file behind: the next one takes the name over.
    const QString stale = QDir::tempPath() + u'/' + app::SingleInstance::serverName(a);
    writeFile(stale, QByteArrayLiteral("left by a crash"));
    app::SingleInstance one(a, nullptr);
    REQUIRE(one.isListening());
    QString received = QStringLiteral("none");
    QObject::connect(&one, &app::SingleInstance::openRequested,
                     [&](const QString& file) { received = file; });
    // Another instance (a thread here) hands a file over and is answered.
    bool handed = false;
    const QString file = dir.file(QStringLiteral("x.wav"));
    std::unique_ptr<QThread> other(
        QThread::create([&] { handed = app::SingleInstance::handOver(a, file); }));
    other->start();
    REQUIRE(QTest::qWaitFor([&] { return other->isFinished(); }, 20000));
    CHECK(handed);
    CHECK(received == file);
}
