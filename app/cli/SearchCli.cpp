// `coachtrack search`: full-text search over the notes and the transcripts, one track or the
// transcripts only when asked.
#include "annotations/TimeCode.h"
#include "app/cli/CliContext.h"
#include "app/cli/CliVerbs.h"

#include <QJsonArray>
#include <QJsonObject>

namespace coachtrack::app::cli {

using namespace annotations;

int runSearch(const GlobalOptions& global, const QStringList& args)
{
    CliContext cmd(QStringLiteral("search"),
                   QStringLiteral("Search the notes and transcripts (every word, as a prefix). "
                                  "Matches are shown in [brackets]."));
    cmd.parser().addOptions(
        {{QStringLiteral("json"), QStringLiteral("Print JSON.")},
         {QStringLiteral("track"),
          QStringLiteral("shareable, private, transcript (what was said) or all (default)."),
          QStringLiteral("TRACK"), QStringLiteral("all")}});
    cmd.parser().addPositionalArgument(QStringLiteral("QUERY"), QStringLiteral("Words to find."));
    if (int rc = cmd.parse(args, 1, 1); rc >= 0)
        return rc;
    const QString track = cmd.value(QStringLiteral("track"));
    if (track != u"all" && track != u"transcript" && !trackFromName(track))
        return cmd.fail(QStringLiteral("--track must be shareable, private, transcript or all"), 2);
    auto store = cmd.openStore(global);
    if (!store)
        return 1;
    std::vector<SearchHit> hits;
    for (Track t : {Track::Shareable, Track::Private}) {
        if (track != u"all" && trackFromName(track) != t)
            continue;
        auto found = t == Track::Shareable ? store->searchShareable(cmd.positional(0))
                                           : store->searchPrivate(cmd.positional(0));
        if (!found && found.error().code == StoreErrorCode::Locked && track == u"all") {
            cmd.inform(QStringLiteral("private notes were not searched: %1")
                           .arg(cmd.lockedReason().isEmpty() ? found.error().message
                                                             : cmd.lockedReason()));
            continue;
        }
        if (!found)
            return cmd.fail(found.error().message);
        hits.insert(hits.end(), found->begin(), found->end());
    }
    if (track == u"all" || track == u"transcript") {
        auto said = store->searchTranscripts(cmd.positional(0));
        if (!said)
            return cmd.fail(said.error().message);
        hits.insert(hits.end(), said->begin(), said->end());
    }
    QJsonArray json;
    for (const SearchHit& h : hits) {
        const QString kind = h.inTranscript ? QStringLiteral("transcript") : trackName(h.track);
        if (cmd.isSet(QStringLiteral("json"))) {
            QJsonObject hit{{QStringLiteral("id"), qint64(h.noteId)},
                            {QStringLiteral("track"), kind},
                            {QStringLiteral("recording"), qint64(h.recordingId)},
                            {QStringLiteral("session"), qint64(h.sessionId)},
                            {QStringLiteral("start_ms"), qint64(h.startMs)},
                            {QStringLiteral("snippet"), h.snippet}};
            if (h.inTranscript) { // a cue has no session; it has a speaker
                hit.insert(QStringLiteral("session"), QJsonValue());
                hit.insert(QStringLiteral("speaker"), jsonOrNull(h.speaker));
            }
            json.append(hit);
        } else {
            cmd.out() << QStringLiteral("%1  rec %2  %3  %4  %5\n")
                             .arg(h.noteId, 5)
                             .arg(h.recordingId)
                             .arg(formatClock(h.startMs), 8)
                             .arg(kind, -10)
                             .arg(h.inTranscript && !h.speaker.isEmpty()
                                      ? h.speaker + QStringLiteral(": ") + h.snippet
                                      : h.snippet);
        }
    }
    if (cmd.isSet(QStringLiteral("json")))
        cmd.out() << jsonText(json);
    else if (hits.empty())
        cmd.inform(QStringLiteral("nothing %1matches '%2'")
                       .arg(track == u"all" ? QString() : QStringLiteral("in %1 ").arg(track),
                            cmd.positional(0)));
    return 0;
}

} // namespace coachtrack::app::cli
