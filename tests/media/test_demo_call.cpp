// The demo call's ground truth must describe its audio: speech energy inside each
// utterance, near-silence between them, on the channel the truth names.
#include "media/AudioDecoder.h"
#include "support/Fixtures.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <catch2/catch.hpp>
#include <cmath>

using namespace coachtrack;
using namespace coachtrack::testing;

namespace {

struct Segment
{
    int64_t start, end;
};

double rmsDb(const std::vector<float>& x, int rate, int64_t fromMs, int64_t toMs)
{
    const size_t a = size_t(std::max<int64_t>(0, fromMs * rate / 1000));
    const size_t b = std::min(x.size(), size_t(toMs * rate / 1000));
    if (b <= a)
        return -200;
    double sum = 0;
    for (size_t i = a; i < b; ++i)
        sum += double(x[i]) * x[i];
    return 10 * std::log10(sum / double(b - a) + 1e-20);
}

QJsonObject loadTruth()
{
    const QByteArray json = readFile(demoTruthPath());
    REQUIRE_FALSE(json.isEmpty());
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    REQUIRE(error.error == QJsonParseError::NoError);
    return doc.object();
}

std::vector<Segment> segmentsOf(const QJsonObject& channel)
{
    std::vector<Segment> out;
    for (const QJsonValue v : channel[QStringLiteral("segments")].toArray())
        out.push_back({v.toArray()[0].toInteger(), v.toArray()[1].toInteger()});
    return out;
}

} // namespace

TEST_CASE("demo call ground truth matches the audio", "[media][demo]")
{
    const QJsonObject truth = loadTruth();
    auto pcm = media::decodeWholeFile(demoCallPath());
    REQUIRE(pcm.has_value());
    REQUIRE(pcm->channels.size() == 2);
    CHECK(pcm->sampleRate == 16000);
    CHECK(pcm->durationMs() == Approx(truth[QStringLiteral("duration_ms")].toDouble()).margin(100));
    CHECK(pcm->durationMs() > 150'000); // about three minutes
    CHECK(pcm->durationMs() < 240'000);

    const QJsonArray channels = truth[QStringLiteral("channels")].toArray();
    REQUIRE(channels.size() == 2);
    for (const QJsonValue cv : channels) {
        const QJsonObject channel = cv.toObject();
        const int index = channel[QStringLiteral("index")].toInt();
        INFO("channel " << index << " ("
                        << channel[QStringLiteral("speaker")].toString().toStdString() << ")");
        const auto& x = pcm->channels[size_t(index)];
        const auto& other = pcm->channels[size_t(1 - index)];
        const std::vector<Segment> segments = segmentsOf(channel);
        REQUIRE(segments.size() >= 10);

        for (const Segment& s : segments) {
            INFO("segment " << s.start << "-" << s.end << " ms");
            const double inside = rmsDb(x, pcm->sampleRate, s.start, s.end);
            CHECK(inside > -35);
            // The utterance's first and last 60 ms hold speech, not leading silence.
            CHECK(rmsDb(x, pcm->sampleRate, s.start, s.start + 60) > -50);
            CHECK(rmsDb(x, pcm->sampleRate, s.end - 60, s.end) > -55);
        }
        // Gaps between this speaker's utterances are near-silent (line noise only).
        for (size_t i = 1; i < segments.size(); ++i) {
            const int64_t from = segments[i - 1].end + 80, to = segments[i].start - 80;
            if (to - from < 200)
                continue;
            INFO("gap " << from << "-" << to << " ms");
            CHECK(rmsDb(x, pcm->sampleRate, from, to) < -45);
        }
        // No cross-talk: while only this speaker talks, the other channel holds line noise.
        const std::vector<Segment> others = segmentsOf(channels[1 - index].toObject());
        for (const Segment& s : segments) {
            const bool overlapped =
                std::any_of(others.begin(), others.end(),
                            [&](const Segment& o) { return o.start < s.end && s.start < o.end; });
            if (!overlapped)
                CHECK(rmsDb(other, pcm->sampleRate, s.start, s.end) < -45);
        }
        CHECK(channel[QStringLiteral("role")].toString() ==
              (index == 0 ? QStringLiteral("rep") : QStringLiteral("buyer")));
    }
}

TEST_CASE("demo call has the promised shape: a long monologue and an overlap", "[media][demo]")
{
    const QJsonObject truth = loadTruth();
    const QJsonArray channels = truth[QStringLiteral("channels")].toArray();
    const std::vector<Segment> rep = segmentsOf(channels[0].toObject());
    const std::vector<Segment> buyer = segmentsOf(channels[1].toObject());
    int64_t longest = 0;
    for (const Segment& s : rep)
        longest = std::max(longest, s.end - s.start);
    CHECK(longest > 25'000);
    int overlaps = 0;
    for (const Segment& r : rep)
        for (const Segment& b : buyer)
            if (std::min(r.end, b.end) - std::max(r.start, b.start) > 200)
                ++overlaps;
    CHECK(overlaps == 1);
}

TEST_CASE("demo call transcript has one voiced cue per utterance", "[media][demo]")
{
    const QString vtt = QString::fromUtf8(readFile(demoVttPath()));
    REQUIRE(vtt.startsWith(QStringLiteral("WEBVTT\n")));
    const int cues = int(vtt.count(QStringLiteral(" --> ")));
    CHECK(cues == loadTruth()[QStringLiteral("utterances")].toArray().size());
    CHECK(int(vtt.count(QStringLiteral("<v Alex>"))) +
              int(vtt.count(QStringLiteral("<v Jordan>"))) ==
          cues);
}

TEST_CASE("demo call generation is deterministic", "[media][demo]")
{
    TempDir dir;
    QProcess p;
    p.start(QStringLiteral("python3"), {sourceDir() + QStringLiteral("/scripts/make_demo_call.py"),
                                        QStringLiteral("--out-dir"), dir.path()});
    REQUIRE(p.waitForFinished(120000));
    INFO(p.readAllStandardError().toStdString());
    REQUIRE(p.exitCode() == 0);
    const QString built = QFileInfo(demoCallPath()).absolutePath();
    for (const QString& name :
         {QStringLiteral("demo_call.mp3"), QStringLiteral("demo_call.truth.json"),
          QStringLiteral("demo_call.vtt")}) {
        INFO(name.toStdString());
        CHECK(readFile(dir.file(name)) == readFile(built + u'/' + name));
    }
}
