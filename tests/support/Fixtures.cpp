#include "support/Fixtures.h"

#include <QFile>
#include <QProcess>
#include <catch2/catch.hpp>

namespace coachtrack::testing {

QString demoCallPath() { return QStringLiteral(COACHTRACK_DEMO_DIR "/demo_call.mp3"); }
QString demoTruthPath() { return QStringLiteral(COACHTRACK_DEMO_DIR "/demo_call.truth.json"); }
QString demoVttPath() { return QStringLiteral(COACHTRACK_DEMO_DIR "/demo_call.vtt"); }
QString sourceDir() { return QStringLiteral(COACHTRACK_SOURCE_DIR); }
QString sharedDir() { return QStringLiteral(COACHTRACK_SHARED_DIR); }
QString binaryPath() { return QStringLiteral(COACHTRACK_BIN_DIR "/coachtrack"); }

QString ffmpeg(const QString& out, const QStringList& args)
{
    QProcess p;
    p.start(QStringLiteral("ffmpeg"), QStringList{QStringLiteral("-v"), QStringLiteral("error"),
                                                  QStringLiteral("-y")}
                                          + args + QStringList{out});
    REQUIRE(p.waitForFinished(60000));
    INFO(p.readAllStandardError().toStdString());
    REQUIRE(p.exitStatus() == QProcess::NormalExit);
    REQUIRE(p.exitCode() == 0);
    return out;
}

TempDir::TempDir() { REQUIRE(m_dir.isValid()); }

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

} // namespace coachtrack::testing
