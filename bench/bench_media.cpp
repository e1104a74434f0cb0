// Media engine benchmark: a 60-minute call (the demo call looped) as MP3, Opus and WAV.
// Prints, per format: our peak+speech analysis time against `ffmpeg -f null` decoding of the
// same file (a ratio, measured in the same run), first partial result latency, cached
// reopen time, peak RSS, and what the speech energy adds over peaks alone.
#include "BenchSupport.h"
#include "media/AudioAnalysis.h"
#include "media/PeakCache.h"
#include "media/RecordingAnalyser.h"
#include "media/TalkMetrics.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <atomic>

using namespace coachtrack;
using namespace coachtrack::bench;

namespace {

constexpr int kRuns = 3;

media::AudioAnalysis analyseOrDie(const QString& file, media::AnalysisOptions options,
                                  media::PartialPeaksSink* partial = nullptr,
                                  media::AnalysisStats* stats = nullptr)
{
    media::NoProgress progress;
    media::CancelToken cancel;
    auto a = media::analyseAudio(file, options, progress, cancel, partial, stats);
    if (!a) {
        QTextStream(stderr) << "bench: " << a.error().message << '\n';
        std::exit(1);
    }
    return std::move(*a);
}

// Child mode: analyse one file and print peak RSS, so each format is measured alone.
int childRss(const QString& file)
{
    analyseOrDie(file, {});
    QTextStream(stdout) << peakRssMiB() << '\n';
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() == 3 && args[1] == u"--rss")
        return childRss(args[2]);

    QTextStream out(stdout);
    out << "Generating 60-minute calls in " << benchDataDir() << " (once)…\n";
    out.flush();
    const QString wav = makeLongCall(QStringLiteral("call60.wav"),
                                     {QStringLiteral("-c:a"), QStringLiteral("pcm_s16le")});
    const QString mp3 = makeLongCall(QStringLiteral("call60.mp3"),
                                     {QStringLiteral("-c:a"), QStringLiteral("libmp3lame"),
                                      QStringLiteral("-b:a"), QStringLiteral("32k")});
    const QString m4a =
        makeLongCall(QStringLiteral("call60.m4a"), {QStringLiteral("-c:a"), QStringLiteral("aac"),
                                                    QStringLiteral("-b:a"), QStringLiteral("48k")});
    const QString opus = makeLongCall(QStringLiteral("call60.opus"),
                                      {QStringLiteral("-c:a"), QStringLiteral("libopus"),
                                       QStringLiteral("-b:a"), QStringLiteral("24k")});

    out << "\nMedia engine on a 60-minute stereo 16 kHz call (median of " << kRuns
        << " runs, 2 threads)\n";
    out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9 %10\n")
               .arg(QStringLiteral("format"), -6)
               .arg(QStringLiteral("ffmpeg s"), 9)
               .arg(QStringLiteral("peaks s"), 8)
               .arg(QStringLiteral("ratio"), 6)
               .arg(QStringLiteral("1-thread"), 9)
               .arg(QStringLiteral("first ms"), 9)
               .arg(QStringLiteral("cached ms"), 10)
               .arg(QStringLiteral("RSS MiB"), 8)
               .arg(QStringLiteral("speech +%"), 10)
               .arg(QStringLiteral("seam"), 9);
    for (const QString& file : {mp3, m4a, opus, wav}) {
        const double ffmpegS = medianSeconds(kRuns, [&] {
            runOrDie(QStringLiteral("ffmpeg"),
                     {QStringLiteral("-v"), QStringLiteral("quiet"), QStringLiteral("-i"), file,
                      QStringLiteral("-f"), QStringLiteral("null"), QStringLiteral("-")});
        });
        media::AnalysisStats stats;
        media::AudioAnalysis result;
        const double peaksS =
            medianSeconds(kRuns, [&] { result = analyseOrDie(file, {}, nullptr, &stats); });
        const double singleS = medianSeconds(kRuns, [&] {
            media::AnalysisOptions one;
            one.threads = 1;
            analyseOrDie(file, one);
        });
        const double peaksOnlyS = medianSeconds(kRuns, [&] {
            media::AnalysisOptions peaksOnly;
            peaksOnly.speechEnergy = false;
            analyseOrDie(file, peaksOnly);
        });
        QElapsedTimer vadClock;
        vadClock.start();
        const auto metrics =
            media::computeTalkMetrics(media::speechOf(result), result.durationMs());
        const double vadS = double(vadClock.nsecsElapsed()) / 1e9;

        std::vector<double> firsts;
        for (int i = 0; i < kRuns; ++i) {
            FirstPartial partial;
            partial.clock.start();
            analyseOrDie(file, {}, &partial);
            firsts.push_back(double(partial.firstNs.load()) / 1e6);
        }
        std::sort(firsts.begin(), firsts.end());

        QTemporaryDir cacheDir;
        const media::PeakCache cache(cacheDir.path());
        cache.store(QStringLiteral("bench"), {false, result});
        const double cachedS =
            medianSeconds(kRuns, [&] { (void)cache.load(QStringLiteral("bench")); });

        const double rss =
            runOrDie(QCoreApplication::applicationFilePath(), {QStringLiteral("--rss"), file})
                .trimmed()
                .toDouble();
        const double speechExtra = 100.0 * ((peaksS + vadS) / peaksOnlyS - 1.0);
        out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9 %10\n")
                   .arg(QFileInfo(file).suffix(), -6)
                   .arg(ffmpegS, 9, 'f', 3)
                   .arg(peaksS, 8, 'f', 3)
                   .arg(peaksS / ffmpegS, 6, 'f', 2)
                   .arg(singleS / ffmpegS, 9, 'f', 2)
                   .arg(firsts[firsts.size() / 2], 9, 'f', 1)
                   .arg(cachedS * 1000, 10, 'f', 1)
                   .arg(rss, 8, 'f', 1)
                   .arg(speechExtra, 10, 'f', 1)
                   .arg(stats.segments == 1   ? QStringLiteral("one pass")
                        : stats.seamsVerified ? QStringLiteral("verified")
                        : stats.seamsWithinBound
                            ? QStringLiteral("in bound")
                            : QStringLiteral("redone %1")
                                  .arg(double(stats.worstSeamDifference), 0, 'f', 3),
                        9);
        out.flush();
        (void)metrics;
    }
    out << "\nratio = peaks time / `ffmpeg -v quiet -i F -f null -` time (target ≤ 0.6 on MP3);"
           " 1-thread = the same ratio decoding in one pass;\nfirst ms = first partial peaks after "
           "starting;"
           " cached ms = reopening from the peak cache; speech +% = energy envelope, speech "
           "detection and talk"
           " metrics over peaks alone (target ≤ 5%).\n";
    return 0;
}
