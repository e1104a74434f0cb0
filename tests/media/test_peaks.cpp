// Properties of the peak builder and pyramid: extremes are never lost, levels agree.
#include "media/PeakBuilder.h"
#include "media/PeakExport.h"
#include "media/PeakPyramid.h"

#include <QDataStream>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
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
                v = rng.bounded(2) ? 1.0f : -1.0f; // rare full-scale spikes must survive every level
        }
    return x;
}

PeakBuilder feed(const std::vector<std::vector<float>>& x, quint32 chunkSeed)
{
    PeakBuilder b(int(x.size()));
    QRandomGenerator rng(chunkSeed);
    size_t at = 0;
    while (at < x[0].size()) {
        const size_t n = std::min(x[0].size() - at, size_t(1 + rng.bounded(3000))); // arbitrary chunking
        b.push(x, at, n);
        at += n;
    }
    b.finish();
    return b;
}

PeakPyramid build(const std::vector<std::vector<float>>& x, int rate, quint32 chunkSeed)
{
    PeakBuilder b = feed(x, chunkSeed);
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
        CHECK(level0 == q.level(0, c));
        for (size_t i = 0; i < level0.size(); ++i)
            REQUIRE(level0[i] == truth(x[size_t(c)], int64_t(i) * 64, std::min<int64_t>(100'003, int64_t(i + 1) * 64)));
    }
}

TEST_CASE("the energy envelope does not depend on the chunking either", "[media][peaks]")
{
    const auto x = randomSignal(2, 50'001, 21);
    const PeakBuilder a = feed(x, 1), b = feed(x, 2), whole = [&] {
        PeakBuilder w(2);
        w.push(x, 0, x[0].size());
        w.finish();
        return w;
    }();
    REQUIRE(a.energy()[0].size() == (50'001 + 255) / 256);
    CHECK(a.energy() == b.energy());
    CHECK(a.energy() == whole.energy());
    // Mean square of uniform(-0.8, 0.8) is 0.8^2 / 3.
    double mean = 0;
    for (float e : whole.energy()[0])
        mean += e;
    CHECK(mean / double(whole.energy()[0].size()) == Approx(0.64 / 3).epsilon(0.05));
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
            REQUIRE(peaks[i] == truth(x[0], int64_t(i) * spp, std::min<int64_t>(300'001, int64_t(i + 1) * spp)));
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

TEST_CASE("resampling to any multiple of 64 equals a direct build", "[media][peaks]")
{
    const auto x = randomSignal(1, 70'000, 4);
    const PeakPyramid p = build(x, 16000, 3);
    for (int64_t spp : {64, 128, 192, 256, 320, 1024, 4096, 12800}) {
        INFO("spp " << spp);
        const auto r = p.resampled(0, spp);
        REQUIRE(int64_t(r.size()) == (70'000 + spp - 1) / spp);
        for (size_t i = 0; i < r.size(); ++i)
            REQUIRE(r[i] == truth(x[0], int64_t(i) * spp, std::min<int64_t>(70'000, int64_t(i + 1) * spp)));
    }
}

TEST_CASE("audiowaveform .dat: version 1 mono, version 2 multi-channel, 8 and 16 bit", "[media][peaks][export]")
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
    CHECK((v[0] == 0 && v[1] == 0 && v[2] == 0 && v[3] == 1 && v[4] == -128 && v[5] == 127 && v[6] == -2 && v[7] == 1));
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
