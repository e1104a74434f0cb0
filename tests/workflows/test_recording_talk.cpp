// The talk of a recording is computed in one place: the debrief sheet, `coachtrack talk` and
// the window (which calls talkOf directly) show the same figures for the same call.
#include "media/Jobs.h"
#include "media/PeakCache.h"
#include "media/RecordingAnalyser.h"
#include "support/Fixtures.h"
#include "workflows/DebriefExport.h"
#include "workflows/LibraryLink.h"
#include "workflows/RecordingTalk.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <catch2/catch.hpp>

using namespace coachtrack;
using namespace coachtrack::testing;

namespace {

media::AudioAnalysis analysed(const QString& path)
{
    media::NoProgress progress;
    media::CancelToken cancel;
    auto outcome = media::analyseRecording(path, media::PeakCache(), media::AnalysisOptions{},
                                           progress, cancel);
    INFO((outcome ? std::string() : outcome.error().message.toStdString()));
    REQUIRE(outcome.has_value());
    return outcome->analysis;
}

} // namespace

TEST_CASE("the debrief sheet shows the talk figures talkOf computes for the window", "[workflows]")
{
    TempDir dir;
    const QString db = dir.file(QStringLiteral("library.sqlite"));
    auto linked = workflows::linkRecording(db, demoCallPath());
    INFO((linked ? std::string() : linked.error().message.toStdString()));
    REQUIRE(linked.has_value());

    workflows::ExportRequest request;
    request.databasePath = db;
    request.sessionId = linked->sessionId;
    request.format = exchange::ExportFormat::Json;
    request.outputPath = dir.file(QStringLiteral("debrief.json"));
    media::NoProgress progress;
    media::CancelToken cancel;
    auto report = workflows::runDebriefExport(request, progress, cancel);
    INFO((report ? std::string() : report.error().message.toStdString()));
    REQUIRE(report.has_value());
    const QJsonObject sheet = QJsonDocument::fromJson(readFile(request.outputPath)).object();
    const QJsonObject talk = sheet.value(QStringLiteral("talk")).toObject();
    REQUIRE_FALSE(talk.isEmpty());

    const workflows::RecordingTalk computed = workflows::talkOf(analysed(demoCallPath()), 0);
    const annotations::DebriefTalk expected = workflows::debriefTalkOf(computed.metrics);
    REQUIRE(expected.perSpeaker); // the demo call has the rep left, the buyer right
    REQUIRE(expected.repShare.has_value());
    CHECK(talk.value(QStringLiteral("perSpeaker")).toBool());
    CHECK(talk.value(QStringLiteral("repShare")).toDouble() == Approx(*expected.repShare));
    CHECK(qint64(talk.value(QStringLiteral("repLongestMonologueMs")).toDouble()) ==
          *expected.repLongestMonologueMs);
    CHECK(qint64(talk.value(QStringLiteral("patienceMs")).toDouble()) == *expected.patienceMs);
    // The speech the window draws is the speech the metrics were computed from.
    REQUIRE(computed.speech.size() == computed.metrics.channels.size());
    for (size_t c = 0; c < computed.speech.size(); ++c)
        CHECK(computed.speech[c] == computed.metrics.channels[c].segments);
}

TEST_CASE("debriefTalkOf takes the rep's and the buyer's figures by role", "[workflows]")
{
    media::TalkMetrics metrics;
    metrics.perSpeaker = true;
    metrics.switchesPerMinute = 4.5;
    metrics.patienceMs = 700;
    media::ChannelTalk buyer;
    buyer.index = 0;
    buyer.role = QStringLiteral("buyer");
    buyer.share = 0.7;
    buyer.longestMonologueMs = 90'000;
    media::ChannelTalk rep;
    rep.index = 1;
    rep.role = QStringLiteral("rep");
    rep.share = 0.3;
    rep.longestMonologueMs = 20'000;
    metrics.channels = {buyer, rep};

    const annotations::DebriefTalk talk = workflows::debriefTalkOf(metrics);
    CHECK(talk.perSpeaker);
    CHECK(*talk.repShare == Approx(0.3));
    CHECK(*talk.repLongestMonologueMs == 20'000);
    CHECK(*talk.buyerLongestMonologueMs == 90'000);
    CHECK(*talk.patienceMs == 700);
    CHECK(*talk.switchesPerMinute == Approx(4.5));

    media::TalkMetrics mono; // one channel: no speakers, so no shares
    mono.note = QStringLiteral("one channel");
    const annotations::DebriefTalk none = workflows::debriefTalkOf(mono);
    CHECK_FALSE(none.perSpeaker);
    CHECK_FALSE(none.repShare.has_value());
    CHECK(none.note == mono.note);
}
