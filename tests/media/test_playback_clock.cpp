// The playback clock says which moment of the recording is heard: checked end to end on
// what the pipeline outputs, with 30 ms tone bursts placed at every whole second.
#include "media/PlaybackClock.h"
#include "media/PlaybackPipeline.h"
#include "support/Fixtures.h"

#include <catch2/catch.hpp>
#include <cmath>

using namespace coachtrack::media;
using namespace coachtrack::testing;

namespace {

QString burstFile(const TempDir& dir, const QString& name, const QStringList& codec = {})
{
    return ffmpeg(dir.file(name),
                  lavfi(QStringLiteral("aevalsrc='0.5*sin(2*PI*1000*t)*lt(mod(t\\,1)\\,0.03)'"
                                       ":s=16000:d=40")) +
                      QStringList{QStringLiteral("-ac"), QStringLiteral("2")} + codec);
}

// Reads `ms` of output and returns, for every burst onset in it, how far the clock's
// recording time at that output frame is from the burst's true time (the nearest second).
std::vector<double> clockErrors(PlaybackPipeline& p, int64_t outputMs)
{
    std::vector<int16_t> out;
    const int64_t first = p.framesOut();
    REQUIRE(p.read(out, outputMs * p.sampleRate() / 1000).has_value());
    std::vector<double> errors;
    int64_t quietRun = 0;
    for (size_t i = 0; i < out.size() / 2; ++i) {
        const bool loud = std::abs(out[i * 2]) > 3000;
        if (loud && quietRun > p.sampleRate() / 10) {
            const double heard = double(p.sourceMsAt(first + int64_t(i)));
            errors.push_back(heard - std::round(heard / 1000) * 1000);
        }
        quietRun = loud ? 0 : quietRun + 1;
    }
    return errors;
}

void requireWithin(const std::vector<double>& errors, double ms, size_t atLeast)
{
    REQUIRE(errors.size() >= atLeast);
    for (double e : errors)
        CHECK(std::abs(e) <= ms);
}

} // namespace

TEST_CASE("the clock map is piecewise linear across tempo changes and restarts", "[media][clock]")
{
    PlaybackClock c;
    c.restart(1000, 1.0);
    CHECK(c.sourceFrameAt(500) == 1500);
    c.changeTempo(1000, 2.0);
    CHECK(c.sourceFrameAt(1000) == 2000);
    CHECK(c.sourceFrameAt(1500) == 3000);
    c.changeTempo(2000, 0.5);
    CHECK(c.sourceFrameAt(2100) == 4050);
    c.restart(0, 1.5);
    CHECK(c.sourceFrameAt(100) == 150);
}

TEST_CASE("what is heard matches the clock within 20 ms through tempo changes and seeks",
          "[media][clock]")
{
    TempDir dir;
    const QString file =
        GENERATE(as<QString>{}, QStringLiteral("bursts.wav"), QStringLiteral("bursts.mp3"));
    const QString path =
        burstFile(dir, file,
                  file.endsWith(u"mp3") ? QStringList{QStringLiteral("-b:a"), QStringLiteral("64k")}
                                        : QStringList{});
    INFO(file.toStdString());
    auto p = PlaybackPipeline::open(path);
    REQUIRE(p.has_value());
    CHECK(p->durationMs() == Approx(40'000).margin(60));
    requireWithin(clockErrors(*p, 3'000), 20, 3);
    for (double tempo : {2.0, 1.5, 3.0, 0.5, 1.3, 1.0, 2.0}) {
        INFO("tempo " << tempo);
        REQUIRE(p->setTempo(tempo).has_value());
        // Above 2x WSOLA plays 32 ms slices of audio 64 ms apart or more, so an onset is heard
        // up to half a slice step from where it lies.
        requireWithin(clockErrors(*p, 2'500), tempo > 2 ? 45 : 20, 1);
    }
    REQUIRE(p->seek(20'000).has_value());
    requireWithin(clockErrors(*p, 3'000), 20, 2);
}

TEST_CASE("a seek lands within 10 ms of its target", "[media][clock]")
{
    TempDir dir;
    auto p = PlaybackPipeline::open(burstFile(dir, QStringLiteral("bursts.wav")));
    REQUIRE(p.has_value());
    for (double tempo : {1.0, 2.0, 1.5, 0.5}) {
        REQUIRE(p->setTempo(tempo).has_value());
        for (int64_t target : {12'900, 5'950, 31'800}) {
            INFO("tempo " << tempo << " target " << target);
            REQUIRE(p->seek(target).has_value());
            CHECK(p->sourceMsAt(0) == target);
            // The next burst (at the next whole second) is heard where the target says it
            // must be, in recording time. WSOLA renders audio in slices (32 ms of output at
            // 16 kHz; at 2x they skip 32 ms between them, at 0.5x they repeat 16 ms), so an
            // onset can sound up to ~15 ms early there: 0.5x and 2x get 20 ms.
            std::vector<int16_t> out;
            REQUIRE(p->read(out, p->sampleRate()).has_value());
            size_t onset = 0;
            while (onset < out.size() / 2 && std::abs(out[onset * 2]) <= 3000)
                ++onset;
            const double heardMs = double(onset) * 1000 / p->sampleRate() * p->tempo();
            CHECK(heardMs ==
                  Approx(double(1000 - target % 1000)).margin(tempo < 1 || tempo >= 2 ? 20 : 10));
        }
    }
    REQUIRE(p->seek(99'000).has_value()); // clamped to the end
    std::vector<int16_t> out;
    REQUIRE(p->read(out, 16000).has_value());
    CHECK(out.size() < 16000);
}
