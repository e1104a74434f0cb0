// Clip cutting by stream copy: boundaries, containers, metadata and failures.
#include "media/ClipCutter.h"
#include "media/MediaInfo.h"
#include "support/Fixtures.h"

#include <QDir>
#include <catch2/catch.hpp>

using namespace coachtrack;
using namespace coachtrack::testing;

namespace {

QString tone(const TempDir& dir, const QString& name, const QStringList& codec)
{
    return ffmpeg(dir.file(name),
                  lavfi(QStringLiteral("sine=f=440:d=30:sample_rate=16000")) + codec);
}

} // namespace

TEST_CASE("a WAV clip is cut at the requested moments, in WAV, titled", "[media][clip]")
{
    TempDir dir;
    const QString wav = tone(dir, QStringLiteral("call.wav"), {});
    auto clip = media::cutClip({wav,
                                10'000,
                                15'000,
                                dir.file(QStringLiteral("focus")),
                                QStringLiteral("Focus 1: pause"),
                                {}});
    INFO((clip ? std::string() : clip.error().message.toStdString()));
    REQUIRE(clip.has_value());
    CHECK(clip->path == dir.file(QStringLiteral("focus.wav")));
    CHECK(clip->startMs == Approx(10'000).margin(130)); // PCM packets hold ~128 ms at 16 kHz
    auto info = media::probeMedia(clip->path);
    REQUIRE(info.has_value());
    CHECK(info->durationMs == Approx(5'000).margin(260));
    CHECK_FALSE(QFile::exists(clip->path + QStringLiteral(".part")));
}

TEST_CASE("compressed audio keeps its codec, a clip near the end stops at the end", "[media][clip]")
{
    TempDir dir;
    const QString mp3 = tone(dir, QStringLiteral("call.mp3"),
                             {QStringLiteral("-c:a"), QStringLiteral("libmp3lame")});
    auto clip = media::cutClip(
        {mp3, 25'000, 40'000, dir.file(QStringLiteral("end")), QStringLiteral("Focus 2"), {}});
    REQUIRE(clip.has_value());
    CHECK(clip->path.endsWith(QStringLiteral(".mp3")));
    auto info = media::probeMedia(clip->path);
    REQUIRE(info.has_value());
    REQUIRE(info->audio.has_value());
    CHECK(info->audio->codec == u"mp3");
    // A cut MP3 loses its first frame or two when decoded: they lean on the bit reservoir of
    // frames before the cut (stream copy cannot avoid that; 72 ms per frame at 16 kHz).
    CHECK(info->durationMs == Approx(5'000).margin(250));
}

TEST_CASE("a clip that cannot be made says why and leaves nothing behind", "[media][clip][errors]")
{
    TempDir dir;
    const QString wav = tone(dir, QStringLiteral("call.wav"), {});
    auto backwards = media::cutClip({wav, 5'000, 5'000, dir.file(QStringLiteral("x")), {}, {}});
    CHECK_FALSE(backwards.has_value());
    auto missing = media::cutClip(
        {dir.file(QStringLiteral("gone.wav")), 0, 1000, dir.file(QStringLiteral("x")), {}, {}});
    REQUIRE_FALSE(missing.has_value());
    CHECK(missing.error().message.contains(QStringLiteral("gone.wav")));
    const QString junk = writeFile(dir.file(QStringLiteral("junk.mp3")), QByteArray(4096, 'x'));
    CHECK_FALSE(media::cutClip({junk, 0, 1000, dir.file(QStringLiteral("x")), {}, {}}).has_value());
    auto noFolder =
        media::cutClip({wav, 0, 1000, dir.file(QStringLiteral("no/such/dir/x")), {}, {}});
    REQUIRE_FALSE(noFolder.has_value());
    CHECK(noFolder.error().message.contains(QStringLiteral("no/such/dir/x")));
    auto pastEnd = media::cutClip({wav, 60'000, 70'000, dir.file(QStringLiteral("late")), {}, {}});
    CHECK_FALSE(pastEnd.has_value());
    CHECK(QDir(dir.path())
              .entryList({QStringLiteral("*.part"), QStringLiteral("late*"), QStringLiteral("x*")},
                         QDir::Files)
              .isEmpty());
}
