// One window per library (issue 20): a second `coachtrack [FILE]` on the same library hands
// FILE to the window already open — which adds it to the library and plays it — and exits;
// the real executable, in processes of its own, and the lock and socket in this process.
#include "app/SingleInstance.h"
#include "support/Fixtures.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocalSocket>
#include <QProcess>
#include <QTest>
#include <QThread>
#include <catch2/catch.hpp>
#include <memory>
#include <vector>

using namespace coachtrack;
using namespace coachtrack::testing;

namespace {

bool answers(const QString& socketPath)
{
    QLocalSocket socket;
    socket.connectToServer(socketPath);
    return socket.waitForConnected(200);
}

// A window process, ended however the test ends.
struct WindowProcess
{
    QProcess process;
    ~WindowProcess()
    {
        process.terminate();
        if (!process.waitForFinished(10000)) {
            process.kill();
            process.waitForFinished(10000);
        }
    }
};

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

    WindowProcess first;
    first.process.setProcessEnvironment(env);
    first.process.start(binaryPath(), {QStringLiteral("--db"), library});
    REQUIRE(first.process.waitForStarted(30000));
    // Its socket (in the runtime folder of the environment it was given) answers once it is up.
    const QString socket = env.value(QStringLiteral("XDG_RUNTIME_DIR")) + u'/' +
                           QFileInfo(app::SingleInstance::socketPath(library)).fileName();
    REQUIRE(QTest::qWaitFor([&] { return answers(socket); }, 50000));

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
        20000));
    // Without a file: it only raises the window.
    const ToolRun third = runCoachtrack({QStringLiteral("--db"), library}, env);
    CHECK(third.exitCode == 0);
    CHECK(third.text().contains(QStringLiteral("raised the window already open")));
    // --share-safe turns share-safe mode on in the open window (which remembers it).
    const ToolRun fourth =
        runCoachtrack({QStringLiteral("--db"), library, QStringLiteral("--share-safe")}, env);
    CHECK(fourth.exitCode == 0);
    const QString settings = env.value(QStringLiteral("XDG_CONFIG_HOME")) +
                             QStringLiteral("/Coachtrack/coachtrack.conf");
    CHECK(QTest::qWaitFor(
        [&] { return readFile(settings).contains(QByteArrayLiteral("shareSafe=true")); }, 20000));
    CHECK(first.process.state() == QProcess::Running); // still the one window
}

TEST_CASE("one lock per library, the next instance hands over to the holder, and a socket left "
          "by a crash is replaced",
          "[app][instance]")
{
    TempDir dir;
    const QString a = dir.file(QStringLiteral("a.sqlite"));
    const QString b = dir.file(QStringLiteral("b.sqlite"));
    CHECK(app::SingleInstance::socketPath(a) != app::SingleInstance::socketPath(b));
    CHECK(app::SingleInstance::socketPath(a) ==
          app::SingleInstance::socketPath(dir.path() + QStringLiteral("/./a.sqlite")));
    // The same name before and after the library file exists.
    const QString before = app::SingleInstance::socketPath(a);
    writeFile(a, QByteArray());
    CHECK(app::SingleInstance::socketPath(a) == before);

    auto holder = std::make_unique<app::SingleInstance>(a);
    REQUIRE(holder->isFirst());
    app::SingleInstance next(a);
    CHECK_FALSE(next.isFirst());
    CHECK(app::SingleInstance(b).isFirst()); // another library: its own lock
    // Not listening yet: the next instance waits, then gives up.
    CHECK_FALSE(next.handOver({}, 300));

    // A socket file left by a crashed window is replaced when the holder listens.
    writeFile(app::SingleInstance::socketPath(a), QByteArrayLiteral("left by a crash"));
    REQUIRE(holder->listen());
    std::vector<app::OpenRequest> received;
    QObject::connect(holder.get(), &app::SingleInstance::openRequested,
                     [&](const app::OpenRequest& r) { received.push_back(r); });
    const auto handOver = [&next](const app::OpenRequest& request) {
        bool handed = false;
        std::unique_ptr<QThread> other(QThread::create([&] { handed = next.handOver(request); }));
        other->start();
        (void)QTest::qWaitFor([&] { return other->isFinished(); }, 40000);
        other->wait(); // handOver gives up by itself
        return handed;
    };
    const QString file = dir.file(QStringLiteral(" a call\nwith odd name.wav"));
    CHECK(handOver({file, std::nullopt, std::nullopt, false}));
    // The speed, the start time and share-safe mode go with it.
    CHECK(handOver({file, 1.5, 83'250, true}));
    CHECK(handOver({}));
    REQUIRE(received.size() == 3);
    CHECK(received[0].file == file);
    CHECK_FALSE(received[0].rate);
    CHECK_FALSE(received[0].startMs);
    CHECK_FALSE(received[0].shareSafe);
    CHECK(received[1].file == file);
    CHECK(received[1].rate == 1.5);
    CHECK(received[1].startMs == 83'250);
    CHECK(received[1].shareSafe);
    CHECK(received[2].file.isEmpty());
    CHECK_FALSE(received[2].shareSafe);

    // The holder gone, its lock is free for the next window.
    holder.reset();
    CHECK(app::SingleInstance(a).isFirst());
}
