#pragma once

// Timing helpers shared by benchmarks: medians of repeated runs and external commands.

#include "media/AudioAnalysis.h"

#include <QElapsedTimer>
#include <QString>
#include <QStringList>
#include <atomic>
#include <functional>

namespace coachtrack::bench {

// Wall time of one call of `f`, in milliseconds.
template<typename F>
double timedMs(F&& f)
{
    QElapsedTimer t;
    t.start();
    f();
    return double(t.nsecsElapsed()) / 1e6;
}

// Notes when the first partial peaks of an analysis arrive (nanoseconds after clock.start()).
struct FirstPartial : media::PartialPeaksSink
{
    QElapsedTimer clock;
    std::atomic<qint64> firstNs{-1};
    void partialPeaks(int64_t, const std::vector<std::vector<media::MinMax>>&) override
    {
        qint64 expected = -1;
        firstNs.compare_exchange_strong(expected, clock.nsecsElapsed());
    }
};

// Median wall time in seconds of `runs` calls of `f`.
double medianSeconds(int runs, const std::function<void()>& f);

// Runs a program and returns its wall time in seconds; aborts the benchmark on failure.
double timeCommand(const QString& program, const QStringList& args);

// Runs a program; aborts the benchmark on failure. Returns its standard output.
QByteArray runOrDie(const QString& program, const QStringList& args);

// build/demo/bench-data, where generated benchmark inputs are kept between runs.
QString benchDataDir();
// The demo call (3 minutes) looped to `minutes` and encoded with `codec` (ffmpeg arguments)
// into benchDataDir()/name, made once.
QString makeLongCall(const QString& name, const QStringList& codec, int minutes = 60);

// Peak resident memory of this process so far, in MiB (VmHWM).
double peakRssMiB();

} // namespace coachtrack::bench
