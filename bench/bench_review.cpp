// Review-in-a-fraction benchmark (issue 18): walks the demo call (3 minutes) and a generated
// 30-minute call (the demo looped ten times, so its ground truth is the demo's repeated) the
// way a manager would — at 2x with skip silence on, the whole call or only its moments — and
// prints the listening time as a share of the call's length, measured as the output the
// playback pipeline really produced; then the share of the ground truth's events (rep
// monologues over 30 s, interruptions, the rep's questions) reachable as moments.
// Goals: at most 35% of the call's length, and 100% of the events reachable.
#include "BenchSupport.h"
#include "media/ListeningPlan.h"
#include "media/PlaybackPipeline.h"
#include "media/RecordingAnalyser.h"
#include "workflows/Moments.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTextStream>
#include <cstdlib>

using namespace coachtrack;
using namespace coachtrack::bench;
using annotations::TranscriptLine;

namespace {

[[noreturn]] void die(const QString& what)
{
    QTextStream(stderr) << "bench_review: " << what << '\n';
    std::exit(1);
}

constexpr double kRate = 2.0;

// The demo call's utterances (its ground truth), repeated `loops` times `loopMs` apart.
std::vector<TranscriptLine> truthLines(int loops, int64_t loopMs)
{
    QFile f(QStringLiteral(COACHTRACK_DEMO_DIR "/demo_call.truth.json"));
    if (!f.open(QIODevice::ReadOnly))
        die(QStringLiteral("no ground truth at %1 (make demo)").arg(f.fileName()));
    const QJsonArray utterances =
        QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("utterances")).toArray();
    std::vector<TranscriptLine> lines;
    for (int loop = 0; loop < loops; ++loop)
        for (const QJsonValue& v : utterances) {
            const QJsonObject u = v.toObject();
            lines.emplace_back(u.value(QStringLiteral("start_ms")).toInteger() + loop * loopMs,
                               u.value(QStringLiteral("end_ms")).toInteger() + loop * loopMs,
                               u.value(QStringLiteral("speaker")).toString(),
                               u.value(QStringLiteral("text")).toString());
        }
    return lines;
}

// Recording time the pipeline turns into output at kRate with `skips`, in seconds of listening.
double listeningSeconds(const QString& file, const std::vector<media::SkipSpan>& skips)
{
    auto p = media::PlaybackPipeline::open(file, kRate);
    if (!p)
        die(p.error().message);
    p->setSkips(skips);
    std::vector<int16_t> out;
    int64_t frames = 0;
    while (!p->atEnd()) {
        out.clear();
        auto got = p->read(out, 8192);
        if (!got)
            die(got.error().message);
        frames += *got;
        if (*got == 0)
            break;
    }
    return double(frames) / p->sampleRate();
}

// Everything but the moments, for listening to the moments only.
std::vector<media::SkipSpan> outsideMoments(const std::vector<workflows::Moment>& moments,
                                            int64_t durationMs)
{
    std::vector<media::SkipSpan> spans;
    for (const workflows::Moment& m : moments)
        spans.push_back({m.startMs, std::max(m.endMs, m.startMs + 1)});
    return media::skipsOutside(media::mergeSkips(std::move(spans), {}), durationMs);
}

bool reachable(const std::vector<workflows::Moment>& moments, workflows::MomentKind kind,
               int64_t atMs)
{
    return std::ranges::any_of(moments, [&](const workflows::Moment& m) {
        return m.kind == kind && std::abs(m.startMs - atMs) <= 1000;
    });
}

void walk(const QString& name, const QString& file, int loops)
{
    media::NoProgress progress;
    media::CancelToken cancel;
    QTemporaryDir cacheDir;
    auto outcome =
        media::analyseRecording(file, media::PeakCache(cacheDir.path()), {}, progress, cancel);
    if (!outcome)
        die(outcome.error().message);
    const int64_t durationMs = outcome->analysis.durationMs();
    const media::TalkMetrics talk =
        media::computeTalkMetrics(media::speechOf(outcome->analysis), durationMs, 0);
    annotations::RecordingTranscript words;
    words.lines = truthLines(loops, durationMs / loops);
    words.speakers = {{QStringLiteral("Alex"), annotations::SpeakerRole::Rep, std::nullopt},
                      {QStringLiteral("Jordan"), annotations::SpeakerRole::Buyer, std::nullopt}};
    workflows::MomentOptions options;
    options.keywords = workflows::defaultMomentKeywords();
    const auto moments = workflows::momentsOf(talk, &words, options);

    const double length = double(durationMs) / 1000;
    const auto silence = media::silenceSkips(talk);
    const double plain = length / kRate;
    const double skipping = listeningSeconds(file, silence);
    const double momentsOnly =
        listeningSeconds(file, media::mergeSkips(silence, outsideMoments(moments, durationMs)));

    // Ground-truth events, and whether each is a moment.
    int events = 0, reached = 0;
    const auto& lines = words.lines;
    for (size_t i = 0; i < lines.size(); ++i) {
        const TranscriptLine& l = lines[i];
        const bool rep = l.speaker == u"Alex";
        auto count = [&](bool is, workflows::MomentKind kind) {
            if (!is)
                return;
            ++events;
            reached += reachable(moments, kind, l.startMs);
        };
        count(rep && l.endMs - l.startMs > 30'000, workflows::MomentKind::Monologue);
        count(i > 0 && l.speaker != lines[i - 1].speaker && l.startMs + 500 <= lines[i - 1].endMs,
              workflows::MomentKind::Interruption);
        count(rep && l.text.contains(u'?'), workflows::MomentKind::Question);
    }
    QTextStream out(stdout);
    out << QStringLiteral("%1 (%2 min, %3 pauses skipped, %4 moments)\n")
               .arg(name)
               .arg(length / 60, 0, 'f', 1)
               .arg(silence.size())
               .arg(moments.size());
    out << QStringLiteral("  whole call at 2x:                     %1 s = %2% of the call\n")
               .arg(plain, 7, 'f', 1)
               .arg(100 * plain / length, 0, 'f', 1);
    out << QStringLiteral("  whole call at 2x, skip silence:       %1 s = %2% of the call\n")
               .arg(skipping, 7, 'f', 1)
               .arg(100 * skipping / length, 0, 'f', 1);
    out << QStringLiteral("  moments only at 2x, skip silence:     %1 s = %2% of the call "
                          "(goal <= 35%)\n")
               .arg(momentsOnly, 7, 'f', 1)
               .arg(100 * momentsOnly / length, 0, 'f', 1);
    out << QStringLiteral(
               "  ground-truth events reachable as moments: %1 of %2 = %3% (goal 100%)\n")
               .arg(reached)
               .arg(events)
               .arg(events ? 100.0 * reached / events : 100.0, 0, 'f', 0);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    walk(QStringLiteral("demo call"), QStringLiteral(COACHTRACK_DEMO_DIR "/demo_call.mp3"), 1);
    const QString longCall = makeLongCall(QStringLiteral("review_30min.mp3"),
                                          {QStringLiteral("-c:a"), QStringLiteral("libmp3lame"),
                                           QStringLiteral("-b:a"), QStringLiteral("48k")},
                                          30);
    walk(QStringLiteral("generated 30-minute call (the demo looped)"), longCall, 10);
    return 0;
}
