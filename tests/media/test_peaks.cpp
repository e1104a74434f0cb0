// Properties of the peak builder and pyramid: extremes are never lost, levels agree.
#include "media/PeakBuilder.h"
#include "media/PeakExport.h"
#include "media/PeakPyramid.h"

#include <QDataStream>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <algorithm>
#include <catch2/catch.hpp>

using namespace coachtrack::media;

namespace {

std::vector<std::vector<float>> randomSignal(int channels, size_t frames, quint32 seed)
{
    QRandomGenerator rng(seed);
    std::vector<std::vector<float>> x(static_cast<size_t>(channels), std::vector<float>(frames));
    for (auto& c : x)
        for (auto& v : c) {
            v = float(rng.generateDouble() * 1.6 - 0.8);
            if (rng.bounded(5000) == 0)
                v = rng.bounded(2) ? 1.0f
                                   : -1.0f; // rare full-scale spikes must survive every level
        }
    return x;
}

// Pushes samples [from, to) of `x` in arbitrary chunks into `b` (not finished).
void pushChunked(PeakBuilder& b, const std::vector<std::vector<float>>& x, size_t from, size_t to,
                 quint32 chunkSeed)
{
    QRandomGenerator rng(chunkSeed);
    for (size_t at = from; at < to;) {
        const size_t n = std::min(to - at, size_t(1 + rng.bounded(3000))); // arbitrary chunking
        b.push(x, at, n);
        at += n;
    }
}

PeakBuilder feed(const std::vector<std::vector<float>>& x, quint32 chunkSeed, int rate = 8000)
{
    PeakBuilder b(int(x.size()), rate);
    pushChunked(b, x, 0, x[0].size(), chunkSeed);
    b.finish();
    return b;
}

PeakPyramid build(const std::vector<std::vector<float>>& x, int rate, quint32 chunkSeed)
{
    PeakBuilder b = feed(x, chunkSeed, rate);
    return PeakPyramid(rate, int64_t(x[0].size()), std::move(b.peaks()));
}

MinMax truth(const std::vector<float>& x, int64_t from, int64_t to)
{
    float lo = x[size_t(from)], hi = lo;
    for (int64_t i = from; i < to; ++i) {
        lo = std::min(lo, x[size_t(i)]);
        hi = std::max(hi, x[size_t(i)]);
    }
    return {toPcm16(lo), toPcm16(hi)};
}

} // namespace

TEST_CASE("level 0 equals brute force whatever the chunking", "[media][peaks]")
{
    const auto x = randomSignal(2, 100'003, 11);
    const PeakPyramid p = build(x, 8000, 5);
    const PeakPyramid q = build(x, 8000, 99);
    for (int c = 0; c < 2; ++c) {
        const auto& level0 = p.level(0, c);
        REQUIRE(level0.size() == (100'003 + 63) / 64);
        CHECK(std::ranges::equal(level0, q.level(0, c)));
        for (size_t i = 0; i < level0.size(); ++i)
            REQUIRE(level0[i] == truth(x[size_t(c)], int64_t(i) * 64,
                                       std::min<int64_t>(100'003, int64_t(i + 1) * 64)));
    }
}

TEST_CASE("the energy envelope does not depend on the chunking either", "[media][peaks]")
{
    const auto x = randomSignal(2, 50'001, 21);
    const PeakBuilder a = feed(x, 1), b = feed(x, 2), whole = [&] {
        PeakBuilder w(2, 8000);
        w.push(x, 0, x[0].size());
        w.finish();
        return w;
    }();
    REQUIRE(a.energy()[0].size() == (50'001 + 79) / 80); // 10 ms blocks of 80 samples at 8 kHz
    CHECK(PeakBuilder::energyBlockCount(50'001, 8000) == int64_t(a.energy()[0].size()));
    CHECK(a.energy() == b.energy());
    CHECK(a.energy() == whole.energy());
    // Mean square of uniform(-0.8, 0.8) is 0.8^2 / 3.
    double mean = 0;
    for (float e : whole.energy()[0])
        mean += e;
    CHECK(mean / double(whole.energy()[0].size()) == Approx(0.64 / 3).epsilon(0.05));
}

TEST_CASE("energy blocks last 10 ms at every sample rate, also where 10 ms is not whole samples",
          "[media][peaks]")
{
    for (int rate : {8000, 11025, 16000, 22050, 44100, 48000, 96000, 192000}) {
        INFO(rate << " Hz");
        // One second of silence, then one of a constant 0.5: 100 blocks of each, whatever the rate.
        std::vector<std::vector<float>> x(1, std::vector<float>(size_t(2 * rate), 0.0f));
        std::fill(x[0].begin() + rate, x[0].end(), 0.5f);
        const PeakBuilder b = feed(x, 7, rate);
        const auto& e = b.energy()[0];
        REQUIRE(e.size() == 200);
        CHECK(PeakBuilder::energyBlockStart(100, rate) == rate);
        for (size_t i = 0; i < e.size(); ++i)
            REQUIRE(e[i] == Approx(i < 100 ? 0.0 : 0.25).margin(1e-9));
        for (int64_t block = 0; block < 200; ++block) {
            const int64_t start = PeakBuilder::energyBlockStart(block, rate);
            // Starts at i × 10 ms, to the sample: start <= i × 10 ms × rate < start + 1.
            REQUIRE(start * 1000 <= block * PeakBuilder::kEnergyBlockMs * rate);
            REQUIRE(block * PeakBuilder::kEnergyBlockMs * rate < (start + 1) * 1000);
            REQUIRE(PeakBuilder::energyBlockStart(block + 1, rate) - start <=
                    PeakBuilder::maxEnergyBlockFrames(rate));
            REQUIRE(PeakBuilder::firstEnergyBlockFrom(start, rate) == block);
            REQUIRE(PeakBuilder::firstEnergyBlockFrom(start + 1, rate) == block + 1);
        }
    }
}

TEST_CASE("energy stitched from segments that start mid-block equals a single pass",
          "[media][peaks]")
{
    // As the parallel decode does: a later builder starts at a multiple of 65536 samples, which
    // is rarely an energy block boundary; the earlier one closes the straddling block from the
    // samples past its end.
    constexpr size_t kSeam = 65536 * 2;
    const auto x = randomSignal(2, 400'001, 31);
    for (int rate : {8000, 22050, 44100, 48000, 192000}) {
        INFO(rate << " Hz");
        const PeakBuilder whole = feed(x, 3, rate);
        PeakBuilder first(2, rate), second(2, rate, int64_t(kSeam));
        pushChunked(first, x, 0, kSeam, 4);
        std::vector<std::vector<float>> following(2);
        for (size_t c = 0; c < 2; ++c)
            following[c].assign(x[c].begin() + kSeam, x[c].begin() + kSeam + 4096);
        first.closeEnergyBlock(following);
        first.finish();
        pushChunked(second, x, kSeam, x[0].size(), 5);
        second.finish();
        CHECK(first.frames() == int64_t(kSeam));
        for (size_t c = 0; c < 2; ++c) {
            std::vector<float> stitched = first.energy()[c];
            stitched.insert(stitched.end(), second.energy()[c].begin(), second.energy()[c].end());
            REQUIRE(stitched.size() == whole.energy()[c].size());
            CHECK(stitched == whole.energy()[c]);
        }
    }
}

TEST_CASE("every level keeps every extreme, including the partial last peak", "[media][peaks]")
{
    const auto x = randomSignal(1, 300'001, 3);
    const PeakPyramid p = build(x, 16000, 1);
    for (int level = 0; level < PeakPyramid::kLevels; ++level) {
        const int64_t spp = PeakPyramid::samplesPerPeak(level);
        const auto& peaks = p.level(level, 0);
        REQUIRE(int64_t(peaks.size()) == (300'001 + spp - 1) / spp);
        for (size_t i = 0; i < peaks.size(); ++i)
            REQUIRE(peaks[i] == truth(x[0], int64_t(i) * spp,
                                      std::min<int64_t>(300'001, int64_t(i + 1) * spp)));
    }
}

TEST_CASE("a range query never misses an extreme inside the range", "[media][peaks]")
{
    const auto x = randomSignal(1, 200'000, 8);
    const PeakPyramid p = build(x, 16000, 2);
    QRandomGenerator rng(77);
    for (int i = 0; i < 3000; ++i) {
        const int64_t from = rng.bounded(199'000);
        const int64_t to = from + 1 + rng.bounded(int(200'000 - from - 1));
        const MinMax got = p.range(0, from, to), want = truth(x[0], from, to);
        REQUIRE(got.min <= want.min);
        REQUIRE(got.max >= want.max);
        // Aligned to level-0 peaks, the answer is exact.
        const int64_t a = from / 64 * 64, b = std::min<int64_t>(200'000, (to + 63) / 64 * 64);
        REQUIRE(p.range(0, a, b) == truth(x[0], a, b));
    }
}

TEST_CASE("a preview pyramid built from a coarser level answers as the full one does",
          "[media][peaks]")
{
    const auto x = randomSignal(2, 250'000, 11);
    const PeakPyramid full = build(x, 16000, 5);
    std::vector<std::vector<MinMax>> coarse;
    for (int c = 0; c < 2; ++c)
        coarse.emplace_back(full.level(2, c).begin(), full.level(2, c).end());
    const PeakPyramid preview(16000, 250'000, std::move(coarse), 2);
    CHECK(preview.baseLevel() == 2);
    CHECK(preview.level(0, 0).empty());
    for (int level = 2; level < PeakPyramid::kLevels; ++level)
        CHECK(std::ranges::equal(preview.level(level, 1), full.level(level, 1)));
    QRandomGenerator rng(12);
    for (int i = 0; i < 2000; ++i) {
        const int64_t from = rng.bounded(249'000);
        const int64_t to = from + 1 + rng.bounded(int(250'000 - from - 1));
        const MinMax got = preview.range(1, from, to), want = truth(x[1], from, to);
        REQUIRE(got.min <= want.min); // never misses an extreme
        REQUIRE(got.max >= want.max);
        const int64_t a = from / 1024 * 1024,
                      b = std::min<int64_t>(250'000, (to + 1023) / 1024 * 1024);
        REQUIRE(preview.range(1, a, b) == full.range(1, a, b)); // exact on its own peaks
    }
}

TEST_CASE("resampling to any multiple of 64 equals a direct build", "[media][peaks]")
{
    const auto x = randomSignal(1, 70'000, 4);
    const PeakPyramid p = build(x, 16000, 3);
    for (int64_t spp : {64, 128, 192, 256, 320, 1024, 4096, 12800}) {
        INFO("spp " << spp);
        const auto r = p.resampled(0, spp);
        REQUIRE(int64_t(r.size()) == (70'000 + spp - 1) / spp);
        for (size_t i = 0; i < r.size(); ++i)
            REQUIRE(r[i] ==
                    truth(x[0], int64_t(i) * spp, std::min<int64_t>(70'000, int64_t(i + 1) * spp)));
    }
}

TEST_CASE("audiowaveform .dat: version 1 mono, version 2 multi-channel, 8 and 16 bit",
          "[media][peaks][export]")
{
    WaveformData mono{8000, 256, 16, {{{-300, 400}, {-32768, 32767}}}};
    QByteArray dat = toAudiowaveformDat(mono);
    QDataStream in(dat);
    in.setByteOrder(QDataStream::LittleEndian);
    qint32 version, rate, spp;
    quint32 flags, length;
    in >> version >> flags >> rate >> spp >> length;
    CHECK(version == 1);
    CHECK(flags == 0);
    CHECK(rate == 8000);
    CHECK(spp == 256);
    CHECK(length == 2);
    qint16 a, b, c, d;
    in >> a >> b >> c >> d;
    CHECK((a == -300 && b == 400 && c == -32768 && d == 32767));
    CHECK(dat.size() == 20 + 2 * 4);

    WaveformData stereo{16000, 512, 8, {{{-255, 255}, {-32768, 32767}}, {{0, 256}, {-513, 511}}}};
    dat = toAudiowaveformDat(stereo);
    QDataStream in2(dat);
    in2.setByteOrder(QDataStream::LittleEndian);
    qint32 channels;
    in2 >> version >> flags >> rate >> spp >> length >> channels;
    CHECK(version == 2);
    CHECK(flags == 1);
    CHECK(channels == 2);
    CHECK(length == 2);
    // Interleaved per point: ch0 min,max, ch1 min,max; 8-bit is the 16-bit value / 256,
    // truncated toward zero as audiowaveform does (-255 -> 0, -513 -> -2).
    qint8 v[8];
    for (auto& e : v)
        in2 >> e;
    CHECK((v[0] == 0 && v[1] == 0 && v[2] == 0 && v[3] == 1 && v[4] == -128 && v[5] == 127 &&
           v[6] == -2 && v[7] == 1));
    CHECK(dat.size() == 24 + 8);

    const QJsonObject json = QJsonDocument::fromJson(toAudiowaveformJson(stereo)).object();
    CHECK(json[QStringLiteral("version")].toInt() == 2);
    CHECK(json[QStringLiteral("channels")].toInt() == 2);
    CHECK(json[QStringLiteral("bits")].toInt() == 8);
    CHECK(json[QStringLiteral("samples_per_pixel")].toInt() == 512);
    CHECK(json[QStringLiteral("length")].toInt() == 2);
    CHECK(json[QStringLiteral("data")].toArray().size() == 8);
    const QJsonObject monoJson = QJsonDocument::fromJson(toAudiowaveformJson(mono)).object();
    CHECK(monoJson[QStringLiteral("version")].toInt() == 1);
    CHECK_FALSE(monoJson.contains(QStringLiteral("channels")));
}
