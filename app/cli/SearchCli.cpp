// `coachtrack search`: full-text search over the notes, shareable only when asked.
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
                   QStringLiteral("Search the notes (every word, as a prefix). Matches are "
                                  "shown in [brackets]."));
    cmd.parser().addOptions(
        {{QStringLiteral("json"), QStringLiteral("Print JSON.")},
         {QStringLiteral("track"), QStringLiteral("shareable, private or all (default)."),
          QStringLiteral("TRACK"), QStringLiteral("all")}});
    cmd.parser().addPositionalArgument(QStringLiteral("QUERY"), QStringLiteral("Words to find."));
    if (int rc = cmd.parse(args, 1, 1); rc >= 0)
        return rc;
    const QString track = cmd.value(QStringLiteral("track"));
    if (track != u"all" && !trackFromName(track))
        return cmd.fail(QStringLiteral("--track must be shareable, private or all"), 2);
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
    QJsonArray json;
    for (const SearchHit& h : hits) {
        if (cmd.isSet(QStringLiteral("json")))
            json.append(QJsonObject{{QStringLiteral("id"), qint64(h.noteId)},
                                    {QStringLiteral("track"), trackName(h.track)},
                                    {QStringLiteral("recording"), qint64(h.recordingId)},
                                    {QStringLiteral("session"), qint64(h.sessionId)},
                                    {QStringLiteral("start_ms"), qint64(h.startMs)},
                                    {QStringLiteral("snippet"), h.snippet}});
        else
            cmd.out() << QStringLiteral("%1  rec %2  %3  %4  %5\n")
                             .arg(h.noteId, 5)
                             .arg(h.recordingId)
                             .arg(formatClock(h.startMs), 8)
                             .arg(trackName(h.track), -9)
                             .arg(h.snippet);
    }
    if (cmd.isSet(QStringLiteral("json")))
        cmd.out() << jsonText(json);
    else if (hits.empty())
        cmd.inform(QStringLiteral("no %1notes match '%2'")
                       .arg(track == u"all" ? QString() : track + u' ', cmd.positional(0)));
    return 0;
}

} // namespace coachtrack::app::cli
