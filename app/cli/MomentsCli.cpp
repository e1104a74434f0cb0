// `coachtrack moments FILE|--rec REC [--json]` (a call's moments worth hearing) and
// `coachtrack moments keywords [--set LIST | --reset]` (the words they watch for).
#include "annotations/TimeCode.h"
#include "app/cli/CliContext.h"
#include "app/cli/CliVerbs.h"
#include "media/PeakCache.h"
#include "media/RecordingAnalyser.h"
#include "workflows/RecordingMoments.h"
#include "workflows/RecordingTalk.h"

#include <QJsonArray>
#include <QJsonObject>

namespace coachtrack::app::cli {

namespace {

int runKeywords(const GlobalOptions& global, const QStringList& args)
{
    CliContext cmd(QStringLiteral("moments keywords"),
                   QStringLiteral("The words and phrases a call's moments watch for in its "
                                  "transcript: print them, or replace them (--set, by commas), "
                                  "or go back to the built-in list (--reset)."));
    cmd.parser().addOptions(
        {{QStringLiteral("set"), QStringLiteral("The new list, by commas."),
          QStringLiteral("LIST")},
         {QStringLiteral("reset"), QStringLiteral("Back to the built-in list.")}});
    if (int rc = cmd.parse(args.mid(1), 0, 0); rc >= 0)
        return rc;
    auto store = cmd.openStore(global);
    if (!store)
        return 1;
    if (cmd.isSet(QStringLiteral("set")) || cmd.isSet(QStringLiteral("reset"))) {
        std::optional<QStringList> words;
        if (cmd.isSet(QStringLiteral("set")))
            words = cmd.value(QStringLiteral("set")).split(u',', Qt::SkipEmptyParts);
        if (auto ok = store->setMomentKeywords(words); !ok)
            return cmd.fail(ok.error().message);
    }
    cmd.out() << workflows::libraryMomentKeywords(*store).join(QStringLiteral(", ")) << '\n';
    return 0;
}

} // namespace

int runMoments(const GlobalOptions& global, const QStringList& args)
{
    if (args.value(1) == u"keywords")
        return runKeywords(global, args);
    CliContext cmd(QStringLiteral("moments"),
                   QStringLiteral("The moments of a call worth hearing, in time order: the rep's "
                                  "monologues of 30 s or more, interruptions, the buyer's longest "
                                  "turns and, from the transcript of a library recording, the "
                                  "rep's questions, silences of 3 s or more after them and the "
                                  "keywords (moments keywords). A two-channel call tells the "
                                  "speakers apart; a mono call has transcript moments only."));
    cmd.parser().addPositionalArgument(QStringLiteral("FILE"),
                                       QStringLiteral("A recording (or use --rec)."));
    cmd.parser().addOptions(
        {{QStringLiteral("rec"), QStringLiteral("A library recording, with its transcript."),
          QStringLiteral("REC")},
         {QStringLiteral("rep-channel"), QStringLiteral("FILE: left (default) or right."),
          QStringLiteral("SIDE"), QStringLiteral("left")},
         {QStringLiteral("json"), QStringLiteral("Print JSON.")}});
    if (int rc = cmd.parse(args, 0, 1); rc >= 0)
        return rc;
    if (cmd.isSet(QStringLiteral("rec")) == !cmd.positional(0).isEmpty())
        return cmd.fail(QStringLiteral("name either a FILE or --rec REC"), 2);
    const QString side = cmd.value(QStringLiteral("rep-channel"));
    if (side != u"left" && side != u"right")
        return cmd.fail(QStringLiteral("--rep-channel must be left or right"), 2);
    media::NoProgress progress;
    media::CancelToken cancel;
    std::vector<workflows::Moment> moments;
    if (cmd.isSet(QStringLiteral("rec"))) {
        const auto id = cmd.id(cmd.value(QStringLiteral("rec")), QStringLiteral("recording"));
        if (!id)
            return 1;
        auto store = cmd.openStore(global);
        if (!store)
            return 1;
        auto recording = store->recording(*id);
        if (!recording)
            return cmd.fail(recording.error().message);
        auto found = workflows::recordingMoments(*store, *recording, progress, cancel);
        if (!found)
            return cmd.fail(found.error().message);
        moments = std::move(*found);
    } else {
        auto analysed = media::analyseRecording(cmd.positional(0), media::PeakCache(),
                                                media::AnalysisOptions{}, progress, cancel);
        if (!analysed)
            return cmd.fail(analysed.error().message);
        workflows::MomentOptions options;
        options.keywords = workflows::defaultMomentKeywords();
        moments = workflows::momentsOf(
            workflows::talkOf(analysed->analysis, side == u"left" ? 0 : 1).metrics, nullptr,
            options);
    }
    if (cmd.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const workflows::Moment& m : moments)
            array.append(QJsonObject{{QStringLiteral("kind"), workflows::momentKindName(m.kind)},
                                     {QStringLiteral("start_ms"), qint64(m.startMs)},
                                     {QStringLiteral("end_ms"), qint64(m.endMs)},
                                     {QStringLiteral("speaker"), m.speaker},
                                     {QStringLiteral("label"), m.label}});
        cmd.out() << jsonText(array);
        return 0;
    }
    for (const workflows::Moment& m : moments)
        cmd.out() << annotations::formatClock(m.startMs) << "–" << annotations::formatClock(m.endMs)
                  << "  " << QStringLiteral("%1").arg(workflows::momentKindName(m.kind), -22)
                  << "  " << m.label << '\n';
    if (moments.empty())
        cmd.inform(QStringLiteral("no moments found"));
    return 0;
}

} // namespace coachtrack::app::cli
