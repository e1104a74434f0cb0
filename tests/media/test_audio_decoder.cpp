#include "media/AudioDecoder.h"
#include "support/Fixtures.h"

#include <QFile>
#include <QRandomGenerator>
#include <catch2/catch.hpp>
#include <cmath>
#include <unistd.h>

using namespace coachtrack;
using namespace coachtrack::testing;

namespace {

// Frequency of a pure tone from its rising zero crossings, ignoring the edges.
double toneFrequency(const std::vector<float>& x, int rate)
{
    const size_t from = x.size() / 10, to = x.size() - x.size() / 10;
    size_t first = 0, last = 0;
    int crossings = 0;
    for (size_t i = from + 1; i < to; ++i) {
        if (x[i - 1] < 0 && x[i] >= 0) {
            if (crossings == 0)
                first = i;
            last = i;
            ++crossings;
        }
    }
    return crossings > 1 ? (crossings - 1) * double(rate) / double(last - first) : 0;
}

QStringList sine(double freq, double seconds, int rate)
{
    return lavfi(QStringLiteral("sine=frequency=%1:duration=%2:sample_rate=%3")
                     .arg(freq)
                     .arg(seconds)
                     .arg(rate));
}

} // namespace

TEST_CASE("decodes a mono WAV tone exactly", "[media][decoder]")
{
    TempDir dir;
    const QString wav = ffmpeg(dir.file(QStringLiteral("tone.wav")), sine(440, 2, 16000));
    auto pcm = media::decodeWholeFile(wav);
    REQUIRE(pcm.has_value());
    CHECK(pcm->sampleRate == 16000);
    REQUIRE(pcm->channels.size() == 1);
    CHECK(pcm->frames() == 32000);
    CHECK(pcm->durationMs() == 2000);
    CHECK(toneFrequency(pcm->channels[0], 16000) == Approx(440).epsilon(0.01));
}

TEST_CASE("keeps the channels of a stereo MP3 apart", "[media][decoder]")
{
    TempDir dir;
    const QString mp3 =
        ffmpeg(dir.file(QStringLiteral("stereo.mp3")),
               sine(300, 3, 16000) + sine(1000, 3, 16000) +
                   QStringList{QStringLiteral("-filter_complex"),
                               QStringLiteral("[0:a][1:a]join=inputs=2:channel_layout=stereo"),
                               QStringLiteral("-b:a"), QStringLiteral("64k")});
    auto decoder = media::AudioDecoder::open(mp3);
    REQUIRE(decoder.has_value());
    CHECK(decoder->sampleRate() == 16000);
    CHECK(decoder->channelCount() == 2);
    CHECK(decoder->codecName() == QStringLiteral("mp3float"));
    // A container estimate (MP3 frames + encoder padding); the decoded length is exact.
    CHECK(decoder->declaredDurationMs() == Approx(3000).margin(150));
    auto pcm = media::decodeWholeFile(mp3);
    REQUIRE(pcm.has_value());
    CHECK(pcm->durationMs() == Approx(3000).margin(60));
    CHECK(toneFrequency(pcm->channels[0], 16000) == Approx(300).epsilon(0.01));
    CHECK(toneFrequency(pcm->channels[1], 16000) == Approx(1000).epsilon(0.01));
}

TEST_CASE("decodes Opus at 48 kHz and µ-law telephone WAV", "[media][decoder]")
{
    TempDir dir;
    const QString opus = ffmpeg(dir.file(QStringLiteral("call.opus")),
                                sine(500, 1.5, 16000) +
                                    QStringList{QStringLiteral("-c:a"), QStringLiteral("libopus")});
    auto pcm = media::decodeWholeFile(opus);
    REQUIRE(pcm.has_value());
    CHECK(pcm->sampleRate == 48000);
    CHECK(pcm->durationMs() == Approx(1500).margin(30));

    const QString ulaw = ffmpeg(
        dir.file(QStringLiteral("phone.wav")),
        sine(400, 1, 8000) + QStringList{QStringLiteral("-c:a"), QStringLiteral("pcm_mulaw")});
    pcm = media::decodeWholeFile(ulaw);
    REQUIRE(pcm.has_value());
    CHECK(pcm->sampleRate == 8000);
    CHECK(pcm->frames() == 8000);
    CHECK(toneFrequency(pcm->channels[0], 8000) == Approx(400).epsilon(0.01));
}

TEST_CASE("a gap in the timestamps is silence, so an index means the same time however "
          "decoding began",
          "[media][decoder]")
{
    // An Opus call whose recorder paused for half a second at 2 s (as packet loss or a
    // paused recorder leaves): the container's timestamps jump, the packets do not.
    TempDir dir;
    const QString opus =
        ffmpeg(dir.file(QStringLiteral("gap.opus")),
               lavfi(QStringLiteral("sine=frequency=440:duration=4:sample_rate=48000,asetpts='if("
                                    "gte(T,2),PTS+0.5/TB,PTS)'")) +
                   QStringList{QStringLiteral("-c:a"), QStringLiteral("libopus")});
    auto pcm = media::decodeWholeFile(opus);
    REQUIRE(pcm.has_value());
    const auto& x = pcm->channels[0];
    CHECK(pcm->durationMs() == Approx(4500).margin(30));
    auto loudest = [&](double fromS, double toS) {
        float m = 0;
        for (size_t i = size_t(fromS * 48000); i < size_t(toS * 48000) && i < x.size(); ++i)
            m = std::max(m, std::abs(x[i]));
        return m;
    };
    CHECK(loudest(2.1, 2.4) == 0.0f); // the gap
    CHECK(loudest(2.6, 4.4) > 0.1f);  // the tone after it, where its timestamps put it
    CHECK(toneFrequency(std::vector<float>(x.begin() + 2 * 48000 + 30000, x.end()), 48000) ==
          Approx(440).epsilon(0.01));

    // Jumping past the gap lands on the same samples as the straight decode.
    auto jumped = media::AudioDecoder::open(opus);
    REQUIRE(jumped.has_value());
    REQUIRE(jumped->startNear(3 * 48000).has_value());
    media::PcmBlock block;
    int64_t first = -1;
    while (block.frames() < 48000 / 2) {
        auto more = jumped->readInto(block);
        REQUIRE(more.has_value());
        REQUIRE(*more);
        if (first < 0)
            first = jumped->lastReadStart();
    }
    CHECK(first > 2 * 48000 + 24000);
    CHECK(first <= 3 * 48000 + 2 * 960); // its first frame, decoded without history, is dropped
    float worst = 0;
    // Opus converges within a few frames of the jump; compare after 200 ms.
    for (size_t i = 9600; i < size_t(block.frames()); ++i)
        worst = std::max(worst, std::abs(block.channels[0][i] - x[size_t(first) + i]));
    CHECK(worst < 1.0f / 256);
}

TEST_CASE("a truncated file decodes as far as it goes", "[media][decoder][bad-input]")
{
    TempDir dir;
    const QString mp3 = ffmpeg(dir.file(QStringLiteral("long.mp3")), sine(440, 10, 16000));
    const QByteArray whole = readFile(mp3);
    const QString cut =
        writeFile(dir.file(QStringLiteral("cut.mp3")), whole.left(whole.size() / 2));
    auto pcm = media::decodeWholeFile(cut);
    REQUIRE(pcm.has_value());
    CHECK(pcm->durationMs() > 3000);
    CHECK(pcm->durationMs() < 7000);
}

TEST_CASE("bad input gives one clear error naming the file", "[media][decoder][bad-input]")
{
    TempDir dir;
    struct Case
    {
        QString path;
        media::ErrorCode code;
        QString says;
    };
    QByteArray noise(64 * 1024, '\0');
    QRandomGenerator rng(42);
    for (auto& b : noise)
        b = char(rng.bounded(256));
    const QString video = ffmpeg(dir.file(QStringLiteral("silent-film.mp4")),
                                 lavfi(QStringLiteral("testsrc=duration=1:size=160x120:rate=10")) +
                                     QStringList{QStringLiteral("-an")});
    const std::vector<Case> cases = {
        {dir.file(QStringLiteral("missing.mp3")), media::ErrorCode::FileNotFound,
         QStringLiteral("no such file")},
        {dir.path(), media::ErrorCode::NotAFile, QStringLiteral("folder")},
        {writeFile(dir.file(QStringLiteral("empty.wav")), {}), media::ErrorCode::EmptyFile,
         QStringLiteral("empty")},
        {writeFile(dir.file(QStringLiteral("notes.mp3")),
                   "These are my meeting notes, not audio.\n"),
         media::ErrorCode::UnrecognisedFormat, QStringLiteral("not a media file")},
        {writeFile(dir.file(QStringLiteral("noise.m4a")), noise),
         media::ErrorCode::UnrecognisedFormat, QStringLiteral("not a media file")},
        {video, media::ErrorCode::NoAudioStream, QStringLiteral("no audio stream")},
    };
    for (const Case& c : cases) {
        INFO(c.path.toStdString());
        auto result = media::decodeWholeFile(c.path);
        REQUIRE_FALSE(result.has_value());
        CHECK(result.error().code == c.code);
        CHECK(result.error().message.contains(c.says));
        CHECK(result.error().message.contains(QFileInfo(c.path).fileName()));
        CHECK_FALSE(result.error().message.contains(u'\n'));
    }
}

TEST_CASE("an unreadable file is refused with 'permission denied'", "[media][decoder][bad-input]")
{
    if (geteuid() == 0)
        SUCCEED("running as root: every file is readable, nothing to check");
    else {
        TempDir dir;
        const QString wav = ffmpeg(dir.file(QStringLiteral("locked.wav")), sine(440, 0.5, 8000));
        QFile::setPermissions(wav, QFileDevice::WriteOwner);
        auto result = media::decodeWholeFile(wav);
        REQUIRE_FALSE(result.has_value());
        CHECK(result.error().code == media::ErrorCode::PermissionDenied);
    }
}
