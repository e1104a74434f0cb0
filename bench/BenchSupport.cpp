#include "BenchSupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTextStream>
#include <algorithm>
#include <cstdlib>
#include <vector>

namespace coachtrack::bench {

double medianSeconds(int runs, const std::function<void()>& f)
{
    std::vector<double> t;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        f();
        t.push_back(double(timer.nsecsElapsed()) / 1e9);
    }
    std::sort(t.begin(), t.end());
    return t[t.size() / 2];
}

QByteArray runOrDie(const QString& program, const QStringList& args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(-1) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        QTextStream(stderr) << "bench: " << program << ' ' << args.join(u' ') << " failed:\n"
                            << p.readAllStandardError() << '\n';
        std::exit(1);
    }
    return p.readAllStandardOutput();
}

double timeCommand(const QString& program, const QStringList& args)
{
    QElapsedTimer timer;
    timer.start();
    runOrDie(program, args);
    return double(timer.nsecsElapsed()) / 1e9;
}

QString benchDataDir()
{
    const QString dir = QFileInfo(QStringLiteral(COACHTRACK_DEMO_DIR)).absolutePath() +
                        QStringLiteral("/bench-data");
    QDir().mkpath(dir);
    return dir;
}

QString makeLongCall(const QString& name, const QStringList& codec, int minutes)
{
    const QString out = benchDataDir() + u'/' + name;
    if (QFileInfo::exists(out))
        return out;
    runOrDie(QStringLiteral("ffmpeg"),
             QStringList{QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-y"),
                         QStringLiteral("-stream_loop"), QString::number(minutes / 3 - 1),
                         QStringLiteral("-i"),
                         QStringLiteral(COACHTRACK_DEMO_DIR "/demo_call.mp3")} +
                 codec + QStringList{out});
    return out;
}

double peakRssMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    return 0;
}

} // namespace coachtrack::bench
