#include "support/Fixtures.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <catch2/catch.hpp>

namespace coachtrack::testing {

QString demoCallPath()
{
    return QStringLiteral(COACHTRACK_DEMO_DIR "/demo_call.mp3");
}
QString demoTruthPath()
{
    return QStringLiteral(COACHTRACK_DEMO_DIR "/demo_call.truth.json");
}
QString demoVttPath()
{
    return QStringLiteral(COACHTRACK_DEMO_DIR "/demo_call.vtt");
}
QString sourceDir()
{
    return QStringLiteral(COACHTRACK_SOURCE_DIR);
}
QString sharedDir()
{
    return QStringLiteral(COACHTRACK_SHARED_DIR);
}
QString binaryPath()
{
    return QStringLiteral(COACHTRACK_BIN_DIR "/coachtrack");
}

QString ffmpeg(const QString& out, const QStringList& args)
{
    QProcess p;
    p.start(QStringLiteral("ffmpeg"),
            QStringList{QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-y")} +
                args + QStringList{out});
    REQUIRE(p.waitForFinished(60000));
    INFO(p.readAllStandardError().toStdString());
    REQUIRE(p.exitStatus() == QProcess::NormalExit);
    REQUIRE(p.exitCode() == 0);
    return out;
}

QStringList lavfi(const QString& graph)
{
    return {QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"), graph};
}

QString videoCall(const QString& out, const QString& picture, const QString& sound,
                  const QStringList& args)
{
    return ffmpeg(out, lavfi(picture) + lavfi(sound) + args);
}

ToolRun runTool(const QString& program, const QStringList& args, const QProcessEnvironment& env)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(program, args);
    INFO(program.toStdString() << " " << args.join(u' ').toStdString());
    REQUIRE(p.waitForFinished(120000));
    REQUIRE(p.exitStatus() == QProcess::NormalExit);
    return {p.exitCode(), p.readAllStandardOutput(), QString::fromUtf8(p.readAllStandardError())};
}

ToolRun runCoachtrack(const QStringList& args, const QProcessEnvironment& env)
{
    return runTool(binaryPath(), args, env);
}

bool hasTool(const QString& program)
{
    return !QStandardPaths::findExecutable(program).isEmpty();
}

QProcessEnvironment isolatedEnvironment(const QString& home)
{
    auto env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/cache"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    // A desktop session's runtime folder (Qt warns on stderr without one).
    const QString runtime = home + QStringLiteral("/runtime");
    QDir().mkpath(runtime);
    QFile::setPermissions(runtime,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime);
    return env;
}

TempDir::TempDir()
{
    REQUIRE(m_dir.isValid());
}

DemoCallFolder::DemoCallFolder()
{
    REQUIRE(QFile::copy(demoCallPath(), call));
}

QString writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(f.write(bytes) == bytes.size());
    return path;
}

QByteArray readFile(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void damageTablePage(const QString& dbPath, const QString& table)
{
    const ToolRun page = runTool(
        QStringLiteral("sqlite3"),
        {dbPath, QStringLiteral("SELECT pageno FROM dbstat WHERE name = '%1' AND pagetype = "
                                "'leaf' ORDER BY pageno LIMIT 1 OFFSET 2")
                     .arg(table)});
    REQUIRE(page.exitCode == 0);
    const qint64 pageNo = page.text().trimmed().toLongLong();
    REQUIRE(pageNo > 1);
    QFile file(dbPath);
    REQUIRE(file.open(QIODevice::ReadWrite));
    REQUIRE(file.seek((pageNo - 1) * 4096 + 8));
    REQUIRE(file.write(QByteArray(2000, char(0x5a))) == 2000);
}

} // namespace coachtrack::testing
