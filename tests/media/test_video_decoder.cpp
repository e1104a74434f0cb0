// The video decoder and reader: frame order and times (constant and variable rate), seeks that
// land on the frame shown at the target, rotation, cover art, and late frames dropped.
#include "media/VideoDecoder.h"
#include "media/VideoReader.h"
#include "support/Fixtures.h"

#include <QElapsedTimer>
#include <QTest>
#include <QThread>
#include <QTransform>
#include <algorithm>
#include <catch2/catch.hpp>
#include <cmath>
#include <map>

using namespace coachtrack::media;
using namespace coachtrack::testing;

namespace {

// 4 s of 320x240 test picture at 25 fps with a tone, a key frame every 2 s.
QString callVideo(const TempDir& dir)
{
    return videoCall(dir.file(QStringLiteral("call.mp4")),
                     QStringLiteral("testsrc2=duration=4:size=320x240:rate=25"),
                     QStringLiteral("sine=frequency=440:duration=4"),
                     {QStringLiteral("-pix_fmt"), QStringLiteral("yuv420p"), QStringLiteral("-g"),
                      QStringLiteral("50"), QStringLiteral("-shortest")});
}

VideoDecoder openVideo(const QString& path)
{
    auto opened = VideoDecoder::open(path);
    INFO((opened ? std::string() : opened.error().message.toStdString()));
    REQUIRE(opened.has_value());
    REQUIRE(opened->has_value());
    return std::move(**opened);
}

std::vector<VideoFrame> decodeAll(VideoDecoder& decoder)
{
    std::vector<VideoFrame> frames;
    for (;;) {
        auto next = decoder.next();
        REQUIRE(next.has_value());
        if (!*next)
            return frames;
        frames.push_back(std::move(**next));
    }
}

size_t pictureHash(const QImage& image)
{
    return qHashBits(image.constBits(), size_t(image.sizeInBytes()));
}

// The presentation times ffprobe reads for the video frames, in ms.
std::vector<int64_t> probedFrameTimes(const QString& path)
{
    const ToolRun run = runTool(QStringLiteral("ffprobe"),
                                {QStringLiteral("-v"), QStringLiteral("error"),
                                 QStringLiteral("-select_streams"), QStringLiteral("v"),
                                 QStringLiteral("-show_entries"), QStringLiteral("frame=pts_time"),
                                 QStringLiteral("-of"), QStringLiteral("csv=p=0"), path});
    REQUIRE(run.exitCode == 0);
    std::vector<int64_t> times;
    for (const QString& line : run.text().split(u'\n', Qt::SkipEmptyParts))
        times.push_back(std::llround(line.trimmed().remove(u',').toDouble() * 1000));
    return times;
}

// Mean difference per channel between two pictures of one size, sampled on a grid.
double meanDifference(const QImage& a, const QImage& b)
{
    double sum = 0;
    int n = 0;
    for (int y = 4; y < a.height(); y += 8)
        for (int x = 4; x < a.width(); x += 8) {
            const QColor p = a.pixelColor(x, y), q = b.pixelColor(x, y);
            sum += std::abs(p.red() - q.red()) + std::abs(p.green() - q.green()) +
                   std::abs(p.blue() - q.blue());
            n += 3;
        }
    return sum / n;
}

} // namespace

TEST_CASE("video frames come in presentation order at display size, each until the next",
          "[media][video]")
{
    TempDir dir;
    VideoDecoder decoder = openVideo(callVideo(dir));
    CHECK(decoder.codecName() == QStringLiteral("h264"));
    CHECK(decoder.displaySize() == QSize(320, 240));
    CHECK(decoder.nominalFrameMs() == 40);
    const std::vector<VideoFrame> frames = decodeAll(decoder);
    REQUIRE(frames.size() == 100);
    for (size_t i = 0; i < frames.size(); ++i) {
        INFO("frame " << i);
        CHECK(frames[i].ptsMs == int64_t(i) * 40);
        CHECK(frames[i].endMs ==
              (i + 1 < frames.size() ? frames[i + 1].ptsMs : VideoFrame::kOpenEnd));
        CHECK(frames[i].image.size() == QSize(320, 240));
        CHECK(frames[i].image.format() == QImage::Format_RGB32);
    }
    CHECK(pictureHash(frames[0].image) != pictureHash(frames[1].image)); // the picture moves
}

TEST_CASE("a seek lands on the frame shown at the target, the same picture as a straight decode",
          "[media][video]")
{
    TempDir dir;
    const QString path = callVideo(dir);
    VideoDecoder straight = openVideo(path);
    std::map<int64_t, size_t> pictures; // pts → hash
    for (const VideoFrame& f : decodeAll(straight))
        pictures[f.ptsMs] = pictureHash(f.image);

    VideoDecoder decoder = openVideo(path);
    for (int64_t target : {2010, 0, 39, 40, 41, 1999, 2000, 3333, 1234, 3960, 3999, 6000, 100}) {
        INFO("seek to " << target);
        REQUIRE(decoder.seek(target).has_value());
        auto first = decoder.next();
        REQUIRE(first.has_value());
        REQUIRE(first->has_value());
        const int64_t expected = std::min<int64_t>(target / 40 * 40, 3960);
        CHECK((*first)->ptsMs == expected);
        CHECK((*first)->endMs > target);
        CHECK(pictureHash((*first)->image) == pictures[expected]);
        auto second = decoder.next();
        REQUIRE(second.has_value());
        if (expected < 3960) {
            REQUIRE(second->has_value());
            CHECK((*second)->ptsMs == expected + 40);
            CHECK(pictureHash((*second)->image) == pictures[expected + 40]);
        } else {
            CHECK_FALSE(second->has_value());
        }
    }
}

TEST_CASE("a variable frame rate video keeps each frame's own time, also after a seek",
          "[media][video]")
{
    TempDir dir;
    // 30 frames 40 ms apart, then about 120 ms apart (the muxer's rounding makes the gaps
    // 80–160 ms: irregular, as in a real screen recording).
    const QString path =
        ffmpeg(dir.file(QStringLiteral("vfr.mp4")),
               lavfi(QStringLiteral("testsrc2=duration=4:size=320x240:rate=25")) +
                   QStringList{QStringLiteral("-vf"),
                               QStringLiteral("setpts='if(lt(N,30),N*0.04,1.2+(N-30)*0.12)/TB'"),
                               QStringLiteral("-fps_mode"), QStringLiteral("vfr"),
                               QStringLiteral("-pix_fmt"), QStringLiteral("yuv420p")});
    const std::vector<int64_t> truth = probedFrameTimes(path);
    REQUIRE(truth.size() == 100);
    REQUIRE(truth[30] == 1200);
    REQUIRE(truth.back() > 9000);
    VideoDecoder decoder = openVideo(path);
    const std::vector<VideoFrame> frames = decodeAll(decoder);
    REQUIRE(frames.size() == truth.size());
    for (size_t i = 0; i < frames.size(); ++i) {
        INFO("frame " << i);
        CHECK(frames[i].ptsMs == truth[i]);
        if (i + 1 < frames.size())
            CHECK(frames[i].endMs == truth[i + 1]);
    }
    for (int64_t target : {5555, 1250, 7000, 300}) {
        INFO("seek to " << target);
        const auto after = std::upper_bound(truth.begin(), truth.end(), target);
        REQUIRE(decoder.seek(target).has_value());
        auto landed = decoder.next();
        REQUIRE(landed.has_value());
        REQUIRE(landed->has_value());
        CHECK((*landed)->ptsMs == *(after - 1));
        CHECK((*landed)->endMs == *after);
    }
}

TEST_CASE("frame times are on the sound's clock when the video starts later", "[media][video]")
{
    TempDir dir;
    const QString path = videoCall(dir.file(QStringLiteral("late.mkv")),
                                   QStringLiteral("testsrc2=duration=2:size=160x120:rate=25"),
                                   QStringLiteral("sine=frequency=440:duration=3"),
                                   {QStringLiteral("-vf"), QStringLiteral("setpts=PTS+0.5/TB"),
                                    QStringLiteral("-pix_fmt"), QStringLiteral("yuv420p")});
    const std::vector<int64_t> truth = probedFrameTimes(path);
    REQUIRE(!truth.empty());
    REQUIRE(truth.front() > 400); // the audio starts at 0 in this file
    VideoDecoder decoder = openVideo(path);
    auto first = decoder.next();
    REQUIRE(first.has_value());
    REQUIRE(first->has_value());
    CHECK((*first)->ptsMs == truth.front());
}

TEST_CASE("a rotated phone video is shown upright, as ffmpeg shows it", "[media][video]")
{
    TempDir dir;
    // A phone held upright records landscape pictures and a display matrix (only a stream copy
    // keeps the tag as one).
    const QString path =
        ffmpeg(dir.file(QStringLiteral("phone.mp4")),
               {QStringLiteral("-i"), callVideo(dir), QStringLiteral("-c"), QStringLiteral("copy"),
                QStringLiteral("-metadata:s:v:0"), QStringLiteral("rotate=90")});
    const QString reference =
        ffmpeg(dir.file(QStringLiteral("upright.png")),
               {QStringLiteral("-i"), path, QStringLiteral("-frames:v"), QStringLiteral("1")});
    const QImage upright(reference);
    REQUIRE(upright.size() == QSize(240, 320));
    VideoDecoder decoder = openVideo(path);
    CHECK(decoder.rotationDegrees() != 0);
    CHECK(decoder.displaySize() == QSize(240, 320));
    auto first = decoder.next();
    REQUIRE(first.has_value());
    REQUIRE(first->has_value());
    REQUIRE((*first)->image.size() == QSize(240, 320));
    CHECK(meanDifference((*first)->image, upright) < 8);
    const QImage turnedBack = upright.transformed(QTransform().rotate(180));
    CHECK(meanDifference((*first)->image, turnedBack) > 20); // the check tells orientations apart
}

TEST_CASE("cover art is not video, and an audio file has none", "[media][video]")
{
    TempDir dir;
    const QString mp3 =
        ffmpeg(dir.file(QStringLiteral("voicemail.mp3")),
               lavfi(QStringLiteral("sine=frequency=440:duration=2")) +
                   lavfi(QStringLiteral("color=red:size=64x64:duration=1")) +
                   QStringList{QStringLiteral("-frames:v"), QStringLiteral("1"),
                               QStringLiteral("-map"), QStringLiteral("0"), QStringLiteral("-map"),
                               QStringLiteral("1"), QStringLiteral("-c:v"), QStringLiteral("png"),
                               QStringLiteral("-disposition:v"), QStringLiteral("attached_pic")});
    auto cover = VideoDecoder::open(mp3);
    REQUIRE(cover.has_value());
    CHECK_FALSE(cover->has_value());
    const QString wav = ffmpeg(dir.file(QStringLiteral("call.wav")),
                               lavfi(QStringLiteral("sine=frequency=440:duration=1")));
    auto audio = VideoDecoder::open(wav);
    REQUIRE(audio.has_value());
    CHECK_FALSE(audio->has_value());
    auto missing = VideoDecoder::open(dir.file(QStringLiteral("gone.mp4")));
    REQUIRE_FALSE(missing.has_value());
    CHECK(missing.error().code == ErrorCode::FileNotFound);
}

TEST_CASE("the reader hands out the frame due at the clock and drops the ones it passed",
          "[media][video]")
{
    TempDir dir;
    VideoReader reader(openVideo(callVideo(dir)));
    auto takeWhenReady = [&](int64_t clock) {
        VideoReader::Taken total;
        QElapsedTimer wait;
        wait.start();
        while (!total.frame && wait.elapsed() < 5000) {
            VideoReader::Taken t = reader.take(clock);
            total.dropped += t.dropped;
            total.frame = std::move(t.frame);
            if (!total.frame)
                QThread::msleep(2);
        }
        REQUIRE(total.frame.has_value());
        return total;
    };
    CHECK(takeWhenReady(0).frame->ptsMs == 0);
    REQUIRE(QTest::qWaitFor([&] { return reader.nextDueMs().has_value(); }));
    CHECK(*reader.nextDueMs() == 40);
    const VideoReader::Taken later = takeWhenReady(1010); // the clock jumped on: no seek
    CHECK(later.frame->ptsMs == 1000);
    CHECK(later.dropped == 24); // frames 1–24 went by unseen
    reader.seek(3333);
    const VideoReader::Taken sought = takeWhenReady(3333);
    CHECK(sought.frame->ptsMs == 3320);
    CHECK(sought.dropped == 0);
    reader.seek(0);
    CHECK(takeWhenReady(0).frame->ptsMs == 0);
    CHECK_FALSE(reader.error());
}
