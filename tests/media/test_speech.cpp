// Speech activity against the demo call's ground truth (clean, noisy, unbalanced levels),
// and talk metrics on hand-made timelines.
#include "DemoTruth.h"
#include "media/AudioAnalysis.h"
#include "media/RecordingAnalyser.h"
#include "media/TalkMetrics.h"
#include "support/Fixtures.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <catch2/catch.hpp>

using namespace coachtrack;
using namespace coachtrack::testing;
using media::SpeechSegment;

namespace {

std::vector<std::vector<SpeechSegment>> detected(const QString& path)
{
    media::NoProgress progress;
    media::CancelToken cancel;
    auto analysis = media::analyseAudio(path, {}, progress, cancel);
    REQUIRE(analysis.has_value());
    return media::speechOf(*analysis);
}

void checkAgainstTruth(const QString& path)
{
    const auto truth = truthSegments();
    const auto got = detected(path);
    REQUIRE(got.size() == 2);
    for (size_t c = 0; c < 2; ++c) {
        INFO("channel " << c);
        int64_t truthMs = 0, gotMs = 0;
        for (const auto& s : truth[c])
            truthMs += s.lengthMs();
        for (const auto& s : got[c])
            gotMs += s.lengthMs();
        CHECK(std::abs(double(gotMs - truthMs)) <= 0.03 * double(truthMs));
        // Every true boundary has a detected boundary close by.
        int close = 0, total = 0;
        for (const auto& t : truth[c])
            for (int64_t b : {t.startMs, t.endMs}) {
                ++total;
                int64_t best = INT64_MAX;
                for (const auto& g : got[c])
                    best = std::min({best, std::abs(g.startMs - b), std::abs(g.endMs - b)});
                close += best <= 250;
            }
        CHECK(close >= total * 9 / 10);
    }
}

} // namespace

TEST_CASE("speech segments match the demo call's ground truth", "[media][speech]")
{
    checkAgainstTruth(demoCallPath());
}

TEST_CASE("speech detection holds with steady line noise added", "[media][speech]")
{
    TempDir dir;
    checkAgainstTruth(ffmpeg(
        dir.file(QStringLiteral("noisy.wav")),
        QStringList{QStringLiteral("-i"), demoCallPath()} +
            lavfi(QStringLiteral(
                "anoisesrc=c=white:a=0.02:seed=3:r=16000,aformat=channel_layouts=stereo")) +
            QStringList{QStringLiteral("-filter_complex"),
                        QStringLiteral("[0:a][1:a]amix=inputs=2:normalize=0:duration=first")}));
}

TEST_CASE("speech detection holds with the channels 28 dB apart", "[media][speech]")
{
    TempDir dir;
    checkAgainstTruth(ffmpeg(dir.file(QStringLiteral("unbalanced.wav")),
                             {QStringLiteral("-i"), demoCallPath(), QStringLiteral("-af"),
                              QStringLiteral("pan=stereo|c0=1.0*c0|c1=0.04*c1")}));
}

TEST_CASE("silence has no speech, and a mono call says per-speaker metrics need a transcript",
          "[media][speech]")
{
    TempDir dir;
    const QString silence =
        ffmpeg(dir.file(QStringLiteral("hold.wav")),
               lavfi(QStringLiteral("anoisesrc=c=pink:a=0.003:d=20:seed=1:r=8000")));
    const auto segs = detected(silence);
    REQUIRE(segs.size() == 1);
    CHECK(segs[0].empty());

    const QString mono =
        ffmpeg(dir.file(QStringLiteral("mono.wav")),
               {QStringLiteral("-i"), demoCallPath(), QStringLiteral("-ac"), QStringLiteral("1")});
    const auto m = media::computeTalkMetrics(detected(mono), 181'000);
    CHECK_FALSE(m.perSpeaker);
    CHECK(m.channels.size() == 1);
    CHECK(m.channels[0].speechMs > 100'000);
    CHECK_FALSE(m.channels[0].share.has_value());
    CHECK_FALSE(m.switchesPerMinute.has_value());
    CHECK(m.note.contains(QStringLiteral("transcript")));
    const QJsonObject json = QJsonDocument::fromJson(media::talkMetricsToJson(m)).object();
    CHECK(json[QStringLiteral("switches_per_minute")].isNull());
    CHECK(
        json[QStringLiteral("channels")].toArray()[0].toObject()[QStringLiteral("share")].isNull());
}

TEST_CASE("talk metrics of a hand-made conversation", "[media][talk]")
{
    // Rep (0): 0-10 s, 12-20 s, 30-60 s.  Buyer (1): 10.5-11.5 s, 19-25 s, 61-65 s.
    const std::vector<std::vector<SpeechSegment>> segs = {
        {{0, 10'000}, {12'000, 20'000}, {30'000, 60'000}},
        {{10'500, 11'500}, {19'000, 25'000}, {61'000, 65'000}},
    };
    const media::TalkMetrics m = media::computeTalkMetrics(segs, 70'000, 0);
    REQUIRE(m.perSpeaker);
    CHECK(m.channels[0].role == QStringLiteral("rep"));
    CHECK(m.channels[0].speechMs == 48'000);
    CHECK(m.channels[1].speechMs == 11'000);
    CHECK(*m.channels[0].share == Approx(48.0 / 59.0));
    CHECK(*m.overlapMs == 1'000);          // 19-20 s
    CHECK(m.silenceMs == 70'000 - 58'000); // union: 0-10, 10.5-11.5, 12-25, 30-60, 61-65
    CHECK(*m.channels[0].longestMonologueMs == 30'000);
    CHECK(*m.channels[1].longestMonologueMs == 6'000);
    // Turns: R B R B R B -> 5 switches in 70 s.
    CHECK(*m.switchesPerMinute == Approx(5 * 60.0 / 70.0));
    // Rep answers after the buyer: 11.5->12 (500 ms), 25->30 (5000 ms).
    CHECK(*m.patienceMs == 2'750);

    const media::TalkMetrics swapped = media::computeTalkMetrics(segs, 70'000, 1);
    CHECK(swapped.channels[1].role == QStringLiteral("rep"));
    // Buyer (0) -> rep (1): 10->10.5 (500), 20->19 (interrupted: 0), 60->61 (1000).
    CHECK(*swapped.patienceMs == 500);
}
