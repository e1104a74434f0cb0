#include "media/Fingerprint.h"
#include "media/MediaInfo.h"
#include "support/Fixtures.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QtEndian>
#include <catch2/catch.hpp>
#include <unistd.h>

using namespace coachtrack;
using namespace coachtrack::testing;

namespace {

QStringList speechLike(double seconds, int rate, int channels, int firstInput = 0)
{
    // Two tones an octave apart, like a voiced sound; stereo gets different content per side.
    const QString l = QStringLiteral("sine=f=220:d=%1:r=%2").arg(seconds).arg(rate);
    const QString r = QStringLiteral("sine=f=330:d=%1:r=%2").arg(seconds).arg(rate);
    if (channels == 1)
        return lavfi(l);
    return lavfi(l) + lavfi(r) +
           QStringList{QStringLiteral("-filter_complex"),
                       QStringLiteral("[%1:a][%2:a]join=inputs=2:channel_layout=stereo")
                           .arg(firstInput)
                           .arg(firstInput + 1)};
}

// An AMR-NB file as phone systems store it; Debian's FFmpeg cannot encode AMR, GStreamer can.
QString makeAmr(const TempDir& dir)
{
    if (QStandardPaths::findExecutable(QStringLiteral("gst-launch-1.0")).isEmpty())
        return {};
    const QString wav = ffmpeg(dir.file(QStringLiteral("amr-src.wav")), speechLike(2, 8000, 1));
    const QString raw = dir.file(QStringLiteral("raw.amr"));
    QProcess gst;
    gst.start(QStringLiteral("gst-launch-1.0"),
              {QStringLiteral("-q"), QStringLiteral("filesrc"), QStringLiteral("location=") + wav,
               QStringLiteral("!"), QStringLiteral("wavparse"), QStringLiteral("!"),
               QStringLiteral("audioconvert"), QStringLiteral("!"), QStringLiteral("audioresample"),
               QStringLiteral("!"), QStringLiteral("audio/x-raw,rate=8000,channels=1"),
               QStringLiteral("!"), QStringLiteral("amrnbenc"), QStringLiteral("!"),
               QStringLiteral("filesink"), QStringLiteral("location=") + raw});
    if (!gst.waitForFinished(30000) || gst.exitCode() != 0)
        return {};
    // amrnbenc writes bare frames; an .amr file is the RFC 4867 magic followed by them.
    return writeFile(dir.file(QStringLiteral("voicemail.amr")),
                     QByteArray("#!AMR\n") + readFile(raw));
}

} // namespace

TEST_CASE("probes what call recorders and meeting tools produce", "[media][probe]")
{
    TempDir dir;
    struct Case
    {
        QString name;
        QStringList args;
        QString codec;
        int rate, channels;
        bool video;
        int64_t durationMs;
    };
    const auto codec = [](const char* c) {
        return QStringList{QStringLiteral("-c:a"), QString::fromLatin1(c)};
    };
    const std::vector<Case> cases = {
        {QStringLiteral("pcm.wav"), speechLike(3, 16000, 2), QStringLiteral("pcm_s16le"), 16000, 2,
         false, 3000},
        {QStringLiteral("ulaw.wav"), speechLike(3, 8000, 1) + codec("pcm_mulaw"),
         QStringLiteral("pcm_mulaw"), 8000, 1, false, 3000},
        {QStringLiteral("gsm.wav"), speechLike(3, 8000, 1) + codec("libgsm_ms"),
         QStringLiteral("gsm_ms"), 8000, 1, false, 3000},
        {QStringLiteral("low.mp3"),
         speechLike(3, 8000, 1) + codec("libmp3lame") +
             QStringList{QStringLiteral("-b:a"), QStringLiteral("16k")},
         QStringLiteral("mp3"), 8000, 1, false, 3000},
        {QStringLiteral("11k.mp3"), speechLike(3, 11025, 2) + codec("libmp3lame"),
         QStringLiteral("mp3"), 11025, 2, false, 3000},
        {QStringLiteral("call.m4a"), speechLike(3, 16000, 1) + codec("aac"), QStringLiteral("aac"),
         16000, 1, false, 3000},
        {QStringLiteral("call.opus"), speechLike(3, 16000, 2) + codec("libopus"),
         QStringLiteral("opus"), 48000, 2, false, 3000},
        {QStringLiteral("call.ogg"), speechLike(3, 16000, 1) + codec("libvorbis"),
         QStringLiteral("vorbis"), 16000, 1, false, 3000},
        {QStringLiteral("call.flac"), speechLike(3, 16000, 2), QStringLiteral("flac"), 16000, 2,
         false, 3000},
        {QStringLiteral("short.wav"), speechLike(0.05, 8000, 1), QStringLiteral("pcm_s16le"), 8000,
         1, false, 50},
        {QStringLiteral("zoom.mp4"),
         lavfi(QStringLiteral("testsrc=d=3:s=320x240:r=25")) + speechLike(3, 48000, 1) +
             QStringList{QStringLiteral("-c:v"), QStringLiteral("libx264"),
                         QStringLiteral("-pix_fmt"), QStringLiteral("yuv420p"),
                         QStringLiteral("-c:a"), QStringLiteral("aac"),
                         QStringLiteral("-shortest")},
         QStringLiteral("aac"), 48000, 1, true, 3000},
        {QStringLiteral("meet.webm"),
         lavfi(QStringLiteral("testsrc=d=3:s=320x240:r=15")) + speechLike(3, 48000, 2, 1) +
             QStringList{QStringLiteral("-c:v"), QStringLiteral("libvpx"), QStringLiteral("-c:a"),
                         QStringLiteral("libopus"), QStringLiteral("-shortest")},
         QStringLiteral("opus"), 48000, 2, true, 3000},
    };
    for (const Case& c : cases) {
        INFO(c.name.toStdString());
        const QString path = ffmpeg(dir.file(c.name), c.args);
        auto info = media::probeMedia(path);
        REQUIRE(info.has_value());
        REQUIRE(info->audio.has_value());
        CHECK(info->audio->codec == c.codec);
        CHECK(info->audio->sampleRate == c.rate);
        CHECK(info->audio->channels == c.channels);
        CHECK(info->video.has_value() == c.video);
        CHECK(info->durationMs == Approx(c.durationMs).margin(c.video ? 120 : 30));
        CHECK(info->fingerprint.size() == 32);
        if (c.video) {
            CHECK(info->video->width == 320);
            CHECK(info->video->height == 240);
        }
    }
    if (const QString amr = makeAmr(dir); !amr.isEmpty()) {
        auto info = media::probeMedia(amr);
        REQUIRE(info.has_value());
        CHECK(info->audio->codec == QStringLiteral("amr_nb"));
        CHECK(info->audio->sampleRate == 8000);
        CHECK(info->durationMs == Approx(2000).margin(100));
    } else {
        WARN("gst-launch-1.0 with amrnbenc is not installed: AMR-NB not checked");
    }
}

TEST_CASE("a file with video and no audio stream is described, with audio null", "[media][probe]")
{
    TempDir dir;
    const QString path = ffmpeg(dir.file(QStringLiteral("screen.mp4")),
                                lavfi(QStringLiteral("testsrc=d=2:s=160x120:r=10")) +
                                    QStringList{QStringLiteral("-an")});
    auto info = media::probeMedia(path);
    REQUIRE(info.has_value());
    CHECK_FALSE(info->audio.has_value());
    REQUIRE(info->video.has_value());
    CHECK(info->video->frameRate == Approx(10));
    CHECK(QString::fromUtf8(media::mediaInfoToJson(*info))
              .contains(QStringLiteral("\"audio\": null")));
}

TEST_CASE("the fingerprint survives renaming and moving, and tells files apart", "[media][probe]")
{
    TempDir dir;
    const QString a = ffmpeg(dir.file(QStringLiteral("a.wav")), speechLike(2, 8000, 1));
    const QString b = ffmpeg(dir.file(QStringLiteral("b.wav")), speechLike(2.5, 8000, 1));
    const auto fa = media::probeMedia(a)->fingerprint;
    QDir().mkpath(dir.file(QStringLiteral("moved")));
    const QString moved = dir.file(QStringLiteral("moved/renamed call.wav"));
    REQUIRE(QFile::rename(a, moved));
    CHECK(media::probeMedia(moved)->fingerprint == fa);
    CHECK(media::probeMedia(b)->fingerprint != fa);
}

TEST_CASE("the fingerprint is SHA-256 over the size, first and last MiB, as libraries stored it",
          "[media][probe]")
{
    // Libraries and peak caches are keyed by it: any implementation must give the same value.
    TempDir dir;
    for (qint64 size : {qint64(1000), qint64(1) << 20, (qint64(5) << 20) + 7}) {
        QByteArray bytes(size, '\0');
        QRandomGenerator rng{quint32(size)};
        for (auto& b : bytes)
            b = char(rng.bounded(256));
        const QString path = writeFile(dir.file(QStringLiteral("f%1.bin").arg(size)), bytes);
        QCryptographicHash reference(QCryptographicHash::Sha256);
        const quint64 sizeLe = qToLittleEndian(quint64(size));
        reference.addData(QByteArrayView(reinterpret_cast<const char*>(&sizeLe), 8));
        reference.addData(bytes.left(1 << 20));
        if (size > (1 << 20))
            reference.addData(bytes.mid(std::max<qint64>(1 << 20, size - (1 << 20))));
        INFO(size);
        CHECK(media::fingerprintFile(path).value_or(QString()) ==
              QString::fromLatin1(reference.result().toHex().left(32)));
    }
}

TEST_CASE("bad input: a non-zero exit reason, one line naming the file, quickly",
          "[media][probe][bad-input]")
{
    TempDir dir;
    const QString good = ffmpeg(dir.file(QStringLiteral("good.mp3")), speechLike(6, 16000, 1));
    QByteArray random(256 * 1024, '\0');
    QRandomGenerator rng(1234);
    for (auto& b : random)
        b = char(rng.bounded(256));
    const std::vector<QString> bad = {
        writeFile(dir.file(QStringLiteral("zero.mp3")), {}),
        writeFile(dir.file(QStringLiteral("truncated.m4a")),
                  readFile(ffmpeg(dir.file(QStringLiteral("full.m4a")), speechLike(4, 16000, 1)))
                      .left(600)),
        writeFile(dir.file(QStringLiteral("random.wav")), random),
        writeFile(dir.file(QStringLiteral("random.bin")), random),
        writeFile(dir.file(QStringLiteral("agenda.mp3")),
                  "Agenda: pricing, next steps.\nBring the contract.\n"),
        dir.file(QStringLiteral("missing.opus")),
        dir.path(),
    };
    for (const QString& path : bad) {
        INFO(path.toStdString());
        QElapsedTimer timer;
        timer.start();
        auto info = media::probeMedia(path);
        CHECK(timer.elapsed() < 5000);
        REQUIRE_FALSE(info.has_value());
        CHECK(info.error().message.contains(QFileInfo(path).fileName()));
        CHECK_FALSE(info.error().message.contains(u'\n'));
    }
    // A truncated MP3 still has decodable audio: it is described, shorter.
    const QString cut = writeFile(dir.file(QStringLiteral("cut.mp3")),
                                  readFile(good).left(readFile(good).size() / 2));
    auto info = media::probeMedia(cut);
    REQUIRE(info.has_value());
    CHECK(info->durationMs < 6000);
}
