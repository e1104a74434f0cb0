// Long-recording benchmark: a 3-hour stereo 16 kHz call (the demo call looped, MP3).
// Prints what a manager waits for and what the app holds in memory:
//  - first waveform pixels: from asking for the analysis of an unseen file (fingerprint,
//    cache miss, probe, parallel decode) to its first partial peaks;
//  - cached reopen: the same call once the analysis is cached (fingerprint + cache load);
//  - resident memory: the real app (`coachtrack --quit-after`, offscreen) opening the call
//    unseen, analysing it while it plays at 2x, its peak RSS as the kernel counts it.
// Goals (issue 14): first pixels <= 150 ms, cached reopen <= 30 ms, RSS <= 150 MB.
#include "BenchSupport.h"
#include "media/Fingerprint.h"
#include "media/RecordingAnalyser.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>
#include <atomic>
#include <sys/resource.h>

using namespace coachtrack;
using namespace coachtrack::bench;

namespace {

constexpr int kRuns = 5;

[[noreturn]] void die(const QString& what)
{
    QTextStream(stderr) << "bench_long_call: " << what << '\n';
    std::exit(1);
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

// Milliseconds from asking for an unseen file's analysis to its first partial peaks.
double firstPixelsMs(const QString& file)
{
    QTemporaryDir cacheDir;
    const media::PeakCache cache(cacheDir.path());
    FirstPartial partial;
    media::NoProgress progress;
    media::CancelToken cancel;
    partial.clock.start();
    if (auto a = media::analyseRecording(file, cache, {}, progress, cancel, &partial); !a)
        die(a.error().message);
    return double(partial.firstNs.load()) / 1e6;
}

// Peak RSS (MiB) of the real app playing `file` at 2x for `seconds`, its analysis uncached.
double appRssMiB(const QString& file, int seconds)
{
    QTemporaryDir home;
    QProcess app;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home.path() + QStringLiteral("/cache"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.path() + QStringLiteral("/data"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.path() + QStringLiteral("/config"));
    app.setProcessEnvironment(env);
    app.start(QStringLiteral(COACHTRACK_APP_BINARY),
              {QStringLiteral("--rate"), QStringLiteral("2"), QStringLiteral("--quit-after"),
               QString::number(seconds), file});
    if (!app.waitForFinished(120'000) || app.exitCode() != 0)
        die(QStringLiteral("coachtrack --quit-after failed: ") +
            QString::fromLocal8Bit(app.readAllStandardError()));
    QTextStream(stdout) << "  app: " << QString::fromUtf8(app.readAllStandardOutput()).trimmed()
                        << '\n';
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage); // the largest child so far: the app (run first)
    return double(usage.ru_maxrss) / 1024.0;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    out << "Generating a 3-hour call in " << benchDataDir() << " (once)…\n";
    out.flush();
    const QString mp3 = makeLongCall(QStringLiteral("call180.mp3"),
                                     {QStringLiteral("-c:a"), QStringLiteral("libmp3lame"),
                                      QStringLiteral("-b:a"), QStringLiteral("32k")},
                                     180);
    out << "\nA 3-hour stereo 16 kHz MP3 call (median of " << kRuns << " runs)\n";
    out.flush();
    const double rss = appRssMiB(mp3, 20);

    std::vector<double> firsts;
    for (int i = 0; i < kRuns; ++i)
        firsts.push_back(firstPixelsMs(mp3));

    QTemporaryDir cacheDir;
    const media::PeakCache cache(cacheDir.path());
    media::NoProgress progress;
    media::CancelToken cancel;
    if (auto a = media::analyseRecording(mp3, cache, {}, progress, cancel); !a)
        die(a.error().message);
    std::vector<double> cached, fingerprint, load;
    for (int i = 0; i < kRuns; ++i) {
        cached.push_back(timedMs([&] {
            auto a = media::analyseRecording(mp3, cache, {}, progress, cancel);
            if (!a || !a->fromCache)
                die(QStringLiteral("the cached reopen did not come from the cache"));
        }));
        QString fp;
        fingerprint.push_back(
            timedMs([&] { fp = media::fingerprintFile(mp3).value_or(QString()); }));
        load.push_back(timedMs([&] { (void)cache.load(fp); }));
    }

    out << QStringLiteral("  first waveform pixels %1 ms (goal <= 150)\n")
               .arg(median(firsts), 0, 'f', 1);
    out << QStringLiteral("  cached reopen         %1 ms (goal <= 30): fingerprint %2 ms, cache "
                          "load %3 ms\n")
               .arg(median(cached), 0, 'f', 1)
               .arg(median(fingerprint), 0, 'f', 1)
               .arg(median(load), 0, 'f', 1);
    out << QStringLiteral("  app peak RSS playing  %1 MiB (goal <= 150 MB = 143 MiB)\n")
               .arg(rss, 0, 'f', 1);
    return 0;
}
