// The parallel decode must equal a single pass exactly, in every format; partial results,
// progress and cancellation behave; the cache never trusts a damaged file.
#include "media/AudioAnalysis.h"
#include "media/PeakCache.h"
#include "media/RecordingAnalyser.h"
#include "support/Fixtures.h"

#include <QFile>
#include <QFileInfo>
#include <algorithm>
#include <catch2/catch.hpp>
#include <cstdio>
#include <mutex>

using namespace coachtrack;
using namespace coachtrack::testing;

namespace {

struct Recorder : media::ProgressSink
{
    std::vector<double> seen;
    void progress(double f) override { seen.push_back(f); }
};

struct PartialCollector : media::PartialPeaksSink
{
    std::vector<std::vector<media::MinMax>> assembled;
    int calls = 0;
    void partialPeaks(int64_t firstPeak,
                      const std::vector<std::vector<media::MinMax>>& peaks) override
    {
        ++calls;
        assembled.resize(peaks.size());
        for (size_t c = 0; c < peaks.size(); ++c) {
            auto& a = assembled[c];
            if (a.size() < size_t(firstPeak) + peaks[c].size())
                a.resize(size_t(firstPeak) + peaks[c].size());
            std::copy(peaks[c].begin(), peaks[c].end(), a.begin() + firstPeak);
        }
    }
};

// forceParallel: seams of AAC and Opus must be bit-identical (tolerance 0), and segments are
// attempted anyway, so the seam check falls back to one pass.
media::AudioAnalysis analyse(const QString& path, int threads,
                             media::AnalysisStats* stats = nullptr,
                             media::PartialPeaksSink* partial = nullptr, bool forceParallel = false)
{
    media::NoProgress progress;
    media::CancelToken cancel;
    media::AnalysisOptions options;
    options.threads = threads;
    options.parallelEvenIfDivergent = forceParallel;
    if (forceParallel)
        options.divergentSeamTolerance = 0;
    auto result = media::analyseAudio(path, options, progress, cancel, partial, stats);
    INFO(path.toStdString());
    REQUIRE(result.has_value());
    return std::move(*result);
}

void requireIdentical(const media::AudioAnalysis& a, const media::AudioAnalysis& b)
{
    REQUIRE(a.frames() == b.frames());
    REQUIRE(a.channelCount() == b.channelCount());
    for (int c = 0; c < a.channelCount(); ++c) {
        for (int level = 0; level < media::PeakPyramid::kLevels; ++level)
            REQUIRE(std::ranges::equal(a.peaks.level(level, c), b.peaks.level(level, c)));
        REQUIRE(a.energy[size_t(c)] == b.energy[size_t(c)]);
    }
}

// The largest difference between two analyses' peaks at any level and channel, in 16-bit
// steps, and between their energy envelopes relative to the larger value (same lengths
// REQUIREd).
struct Difference
{
    int peakSteps = 0;
    double energyRelative = 0;
};
Difference difference(const media::AudioAnalysis& a, const media::AudioAnalysis& b)
{
    REQUIRE(a.frames() == b.frames());
    Difference d;
    for (int c = 0; c < a.channelCount(); ++c) {
        for (int level = 0; level < media::PeakPyramid::kLevels; ++level) {
            const auto& x = a.peaks.level(level, c);
            const auto& y = b.peaks.level(level, c);
            REQUIRE(x.size() == y.size());
            for (size_t i = 0; i < x.size(); ++i)
                d.peakSteps = std::max({d.peakSteps, std::abs(int(x[i].min) - int(y[i].min)),
                                        std::abs(int(x[i].max) - int(y[i].max))});
        }
        const auto& e = a.energy[size_t(c)];
        const auto& f = b.energy[size_t(c)];
        REQUIRE(e.size() == f.size());
        for (size_t i = 0; i < e.size(); ++i)
            if (std::max(e[i], f[i]) > 1e-6f)
                d.energyRelative = std::max(d.energyRelative, double(std::abs(e[i] - f[i])) /
                                                                  double(std::max(e[i], f[i])));
    }
    return d;
}

} // namespace

TEST_CASE("a parallel decode equals a single pass sample for sample", "[media][analysis]")
{
    TempDir dir;
    const QString src = demoCallPath();
    const auto transcode = [&](const char* name, QStringList codec) {
        return ffmpeg(dir.file(QString::fromLatin1(name)),
                      QStringList{QStringLiteral("-i"), src} + codec);
    };
    const std::vector<QString> files = {
        src, // MP3, skipped through packet by packet
        transcode("call.wav", {}),
        transcode("call.flac", {}),
        transcode("call.m4a", {QStringLiteral("-c:a"), QStringLiteral("aac"),
                               QStringLiteral("-b:a"), QStringLiteral("48k")}),
        transcode("call.ogg", {QStringLiteral("-c:a"), QStringLiteral("libvorbis")}),
        transcode("call.opus", {QStringLiteral("-c:a"), QStringLiteral("libopus"),
                                QStringLiteral("-b:a"), QStringLiteral("24k")}),
    };
    for (const QString& file : files) {
        INFO(file.toStdString());
        const media::AudioAnalysis single = analyse(file, 1);
        media::AnalysisStats stats;
        const media::AudioAnalysis parallel = analyse(file, 2, &stats);
        const bool divergent = file.endsWith(u".m4a") || file.endsWith(u".opus");
        CHECK(stats.segments == (file.endsWith(u".m4a") ? 1 : 2)); // AAC: one pass
        if (file.endsWith(u".opus")) {
            // Opus: kept when the seam agrees within the tolerance after the pre-roll; the
            // whole result then stays within it too (checked at every level).
            CHECK(stats.seamsVerified + stats.seamsWithinBound == 1);
            const Difference d = difference(single, parallel);
            std::printf("%s: seam %.5f of full scale; peaks within %d steps of 16 bits, energy "
                        "within %.4f%%\n",
                        qPrintable(QFileInfo(file).fileName()), double(stats.worstSeamDifference),
                        d.peakSteps, d.energyRelative * 100);
            CHECK(d.peakSteps <= int(media::AnalysisOptions::kDivergentSeamTolerance * 32768));
        } else {
            CHECK(stats.seamsVerified == (file.endsWith(u".m4a") ? 0 : 1));
            requireIdentical(single, parallel);
        }
        // With a tolerance of 0 and forced into segments, a decoder that never matches bit for
        // bit is redone in one pass by the seam check; the others are verified. Either way:
        // identical.
        media::AnalysisStats forced;
        const media::AudioAnalysis attempted = analyse(file, 2, &forced, nullptr, true);
        CHECK(forced.segments == 2);
        CHECK(forced.seamsVerified + forced.seamsRedone == 1);
        CHECK(forced.seamsRedone == (divergent ? 1 : 0));
        requireIdentical(single, attempted);
    }
    // Where decoders converge, the second segment is really kept (parallelism is real).
    media::AnalysisStats mp3;
    analyse(src, 2, &mp3);
    CHECK(mp3.seamsVerified == 1);
}

TEST_CASE("partial peaks arrive while decoding and add up to the result", "[media][analysis]")
{
    PartialCollector partial;
    const media::AudioAnalysis result = analyse(demoCallPath(), 2, nullptr, &partial);
    CHECK(partial.calls >= 2);
    REQUIRE(partial.assembled.size() == 2);
    for (int c = 0; c < 2; ++c)
        CHECK(std::ranges::equal(partial.assembled[size_t(c)], result.peaks.level(0, c)));
}

TEST_CASE("progress rises to 1 and cancellation stops the job", "[media][analysis]")
{
    Recorder progress;
    media::CancelToken cancel;
    auto ok = media::analyseAudio(demoCallPath(), {}, progress, cancel);
    REQUIRE(ok.has_value());
    REQUIRE_FALSE(progress.seen.empty());
    CHECK(progress.seen.back() == 1.0);
    CHECK(std::is_sorted(progress.seen.begin(), progress.seen.end()));

    struct CancelOnFirst : media::PartialPeaksSink
    {
        media::CancelToken* token;
        void partialPeaks(int64_t, const std::vector<std::vector<media::MinMax>>&) override
        {
            token->cancel();
        }
    };
    media::CancelToken stop;
    CancelOnFirst canceller;
    canceller.token = &stop;
    media::NoProgress none;
    auto cancelled = media::analyseAudio(demoCallPath(), {}, none, stop, &canceller);
    REQUIRE_FALSE(cancelled.has_value());
    CHECK(cancelled.error().code == media::ErrorCode::Cancelled);
}

TEST_CASE("a short file is analysed in one segment, the last peak partial", "[media][analysis]")
{
    TempDir dir;
    const QString wav = ffmpeg(dir.file(QStringLiteral("blip.wav")),
                               lavfi(QStringLiteral("sine=f=1000:d=0.05:r=8000")));
    media::AnalysisStats stats;
    const media::AudioAnalysis a = analyse(wav, 2, &stats);
    CHECK(stats.segments == 1);
    CHECK(a.frames() == 400);
    CHECK(a.peaks.level(0, 0).size() == 7);
    CHECK(a.peaks.level(5, 0).size() == 1);
    CHECK(a.peaks.level(5, 0)[0].max ==
          Approx(32767 / 8).margin(2)); // lavfi's sine is at 1/8 scale
}

TEST_CASE("the cache returns what was stored and rejects anything damaged", "[media][cache]")
{
    TempDir dir;
    const media::PeakCache cache(dir.file(QStringLiteral("cache")));
    const media::AudioAnalysis original = analyse(demoCallPath(), 2);
    REQUIRE(cache.store(QStringLiteral("fp1"), {false, original}));
    auto loaded = cache.load(QStringLiteral("fp1"));
    REQUIRE(loaded.has_value());
    CHECK_FALSE(loaded->noAudio);
    requireIdentical(original, loaded->analysis);
    CHECK_FALSE(cache.load(QStringLiteral("unknown")).has_value());

    const QString path = cache.pathFor(QStringLiteral("fp1"));
    const QByteArray good = readFile(path);
    const auto damagedWith = [&](const QByteArray& bytes) {
        writeFile(path, bytes);
        return cache.load(QStringLiteral("fp1")).has_value();
    };
    CHECK_FALSE(damagedWith(good.left(good.size() - 1))); // truncated
    CHECK_FALSE(damagedWith(good.left(40)));              // header only
    CHECK_FALSE(damagedWith({}));                         // empty
    QByteArray flipped = good;
    flipped[flipped.size() / 2] = char(flipped[flipped.size() / 2] ^ 0x10);
    CHECK_FALSE(damagedWith(flipped)); // a bit flipped in the payload
    QByteArray lastFlipped = good;
    lastFlipped[lastFlipped.size() - 1] = char(lastFlipped[lastFlipped.size() - 1] ^ 0x01);
    CHECK_FALSE(damagedWith(lastFlipped)); // ... in the last energy value
    QByteArray otherVersion = good;
    otherVersion[8] = char(otherVersion[8] + 1);
    CHECK_FALSE(damagedWith(otherVersion)); // another format version
    QByteArray liar = good;
    liar[20] = char(liar[20] + 1); // header claims another channel count
    CHECK_FALSE(damagedWith(liar));
    CHECK_FALSE(damagedWith(QByteArray(4096, 'z'))); // garbage
    CHECK(damagedWith(good));
}

TEST_CASE("analyseRecording reuses the cache and remembers files without audio", "[media][cache]")
{
    TempDir dir;
    const media::PeakCache cache(dir.file(QStringLiteral("cache")));
    media::NoProgress progress;
    media::CancelToken cancel;
    auto first = media::analyseRecording(demoCallPath(), cache, {}, progress, cancel);
    REQUIRE(first.has_value());
    CHECK_FALSE(first->fromCache);
    auto second = media::analyseRecording(demoCallPath(), cache, {}, progress, cancel);
    REQUIRE(second.has_value());
    CHECK(second->fromCache);
    requireIdentical(first->analysis, second->analysis);

    // A damaged cache file is rebuilt, not trusted.
    auto fp = QDir(cache.directory()).entryList(QDir::Files);
    REQUIRE(fp.size() == 1);
    writeFile(cache.directory() + u'/' + fp.first(), "not a cache");
    auto rebuilt = media::analyseRecording(demoCallPath(), cache, {}, progress, cancel);
    REQUIRE(rebuilt.has_value());
    CHECK_FALSE(rebuilt->fromCache);
    CHECK(cache.load(QFileInfo(fp.first()).completeBaseName()).has_value());

    const QString silentFilm = ffmpeg(dir.file(QStringLiteral("screen.mp4")),
                                      lavfi(QStringLiteral("testsrc=d=1:s=160x120:r=10")) +
                                          QStringList{QStringLiteral("-an")});
    auto none = media::analyseRecording(silentFilm, cache, {}, progress, cancel);
    REQUIRE_FALSE(none.has_value());
    CHECK(none.error().code == media::ErrorCode::NoAudioStream);
    CHECK(QDir(cache.directory()).entryList(QDir::Files).size() == 2); // "no audio" remembered
    auto again = media::analyseRecording(silentFilm, cache, {}, progress, cancel);
    REQUIRE_FALSE(again.has_value());
    CHECK(again.error().code == media::ErrorCode::NoAudioStream);
}

TEST_CASE("Opus decoded in parallel stays within the seam tolerance on tones and sweeps",
          "[media][analysis]")
{
    TempDir dir;
    for (const char* source : {"sine=frequency=440:duration=60:sample_rate=48000",
                               "aevalsrc=0.8*sin(2*PI*(200+40*t)*t):d=60:s=16000"}) {
        const QString opus =
            ffmpeg(dir.file(QStringLiteral("tone.opus")),
                   lavfi(QString::fromLatin1(source)) +
                       QStringList{QStringLiteral("-c:a"), QStringLiteral("libopus"),
                                   QStringLiteral("-b:a"), QStringLiteral("24k")});
        INFO(source);
        const media::AudioAnalysis single = analyse(opus, 1);
        media::AnalysisStats stats;
        const media::AudioAnalysis parallel = analyse(opus, 2, &stats);
        CHECK(stats.segments == 2);
        CHECK(stats.seamsVerified + stats.seamsWithinBound == 1);
        CHECK(stats.worstSeamDifference <= media::AnalysisOptions::kDivergentSeamTolerance);
        const Difference d = difference(single, parallel);
        CHECK(d.peakSteps <= int(media::AnalysisOptions::kDivergentSeamTolerance * 32768));
        CHECK(d.energyRelative < 0.01);
        QFile::remove(opus);
    }
}
