#include "annotations/TimeCode.h"
#include "app/CommandSupport.h"
#include "app/LibraryLink.h"
#include "app/RecordingCheck.h"
#include "app/StoreCommands.h"
#include "media/MediaInfo.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace coachtrack::app {

using namespace annotations;

namespace {

QJsonValue orNull(const QString& s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}
QString dateOrEmpty(const QDate& d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

} // namespace

int runAdd(const GlobalOptions& global, const QStringList& args)
{
    CommandContext cmd(QStringLiteral("add"),
                       QStringLiteral("Add a call recording to the library and print its id "
                                      "(the same file again, even moved or renamed, prints the "
                                      "existing id)."));
    cmd.parser().addOptions(
        {{QStringLiteral("rep"), QStringLiteral("The rep on the call."), QStringLiteral("NAME")},
         {QStringLiteral("title"), QStringLiteral("A title (default: the file name)."),
          QStringLiteral("T")},
         {QStringLiteral("call-date"), QStringLiteral("When the call happened."),
          QStringLiteral("YYYY-MM-DD")},
         {QStringLiteral("account"), QStringLiteral("Account or deal."), QStringLiteral("A")},
         {QStringLiteral("outcome"), QStringLiteral("won, lost or open (default)."),
          QStringLiteral("O"), QStringLiteral("open")},
         {QStringLiteral("rep-channel"), QStringLiteral("left (default) or right."),
          QStringLiteral("SIDE"), QStringLiteral("left")}});
    cmd.parser().addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The recording."));
    if (int rc = cmd.parse(args, 1, 1); rc >= 0)
        return rc;
    const auto callDate = cmd.date(cmd.value(QStringLiteral("call-date")));
    if (!callDate)
        return 1;
    const auto outcome = outcomeFromName(cmd.value(QStringLiteral("outcome")));
    if (!outcome)
        return cmd.fail(QStringLiteral("--outcome must be won, lost or open"), 2);
    const QString side = cmd.value(QStringLiteral("rep-channel"));
    if (side != u"left" && side != u"right")
        return cmd.fail(QStringLiteral("--rep-channel must be left or right"), 2);
    auto info = media::probeMedia(cmd.positional(0));
    if (!info)
        return cmd.fail(info.error().message);
    auto store = cmd.openStore(global);
    if (!store)
        return 1;
    const QString title = cmd.isSet(QStringLiteral("title"))
                              ? cmd.value(QStringLiteral("title"))
                              : QFileInfo(info->path).completeBaseName();
    auto added =
        store->addRecording({info->path, info->fingerprint, info->durationMs, *callDate, title,
                             cmd.value(QStringLiteral("rep")), cmd.value(QStringLiteral("account")),
                             *outcome, side == u"left" ? 0 : 1, fileStampOf(info->path),
                             info->headerDurationMs});
    if (!added)
        return cmd.fail(added.error().message);
    if (added->relinked)
        QTextStream(stderr) << "coachtrack add: recording " << added->id
                            << " was found again at its new path\n";
    cmd.out() << added->id << '\n';
    return 0;
}

int runList(const GlobalOptions& global, const QStringList& args)
{
    CommandContext cmd(QStringLiteral("list"),
                       QStringLiteral("List the recordings in the library."));
    cmd.parser().addOption({QStringLiteral("json"), QStringLiteral("Print JSON.")});
    if (int rc = cmd.parse(args, 0, 0); rc >= 0)
        return rc;
    auto store = cmd.openStore(global);
    if (!store)
        return 1;
    auto recordings = store->recordings();
    if (!recordings)
        return cmd.fail(recordings.error().message);
    QJsonArray json;
    for (const Recording& r : *recordings) {
        const QString rep = r.repId ? store->rep(*r.repId).value_or(Rep{}).name : QString();
        const bool missing = !QFileInfo::exists(r.path);
        if (cmd.isSet(QStringLiteral("json"))) {
            json.append(QJsonObject{{QStringLiteral("id"), qint64(r.id)},
                                    {QStringLiteral("title"), r.title},
                                    {QStringLiteral("rep"), orNull(rep)},
                                    {QStringLiteral("call_date"), orNull(dateOrEmpty(r.callDate))},
                                    {QStringLiteral("duration_ms"), qint64(r.durationMs)},
                                    {QStringLiteral("path"), r.path},
                                    {QStringLiteral("missing"), missing},
                                    {QStringLiteral("outcome"), outcomeName(r.outcome)}});
            continue;
        }
        cmd.out() << QStringLiteral("%1  %2  %3  %4  %5%6\n")
                         .arg(r.id, 4)
                         .arg(r.callDate.isValid() ? r.callDate.toString(Qt::ISODate)
                                                   : QStringLiteral("          "))
                         .arg(rep.isEmpty() ? QStringLiteral("—") : rep, -14)
                         .arg(formatClock(r.durationMs), 8)
                         .arg(r.title)
                         .arg(missing ? QStringLiteral("  [missing: ") + r.path + u']' : QString());
    }
    if (cmd.isSet(QStringLiteral("json")))
        cmd.out() << QJsonDocument(json).toJson(QJsonDocument::Indented);
    return 0;
}

int runRelink(const GlobalOptions& global, const QStringList& args)
{
    CommandContext cmd(QStringLiteral("relink"),
                       QStringLiteral("Point a recording at its new location (the file's "
                                      "content must match the recording's fingerprint)."));
    cmd.parser().addPositionalArgument(QStringLiteral("REC"), QStringLiteral("Recording id."));
    cmd.parser().addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("Where it is now."));
    if (int rc = cmd.parse(args, 2, 2); rc >= 0)
        return rc;
    const auto rec = cmd.id(cmd.positional(0), QStringLiteral("recording"));
    if (!rec)
        return 1;
    auto store = cmd.openStore(global);
    if (!store)
        return 1;
    if (auto ok = relinkRecording(*store, *rec, cmd.positional(1)); !ok)
        return cmd.fail(ok.error());
    return 0;
}

int runSession(const GlobalOptions& global, const QStringList& args)
{
    CommandContext cmd(
        QStringLiteral("session"),
        QStringLiteral(
            "Show or change a recording's review session: 'session show REC [--json]', "
            "'session set REC [--objectives T] [--next-steps T] [--next-date D] [--cap N]'."));
    cmd.parser().addOptions(
        {{QStringLiteral("objectives"), QStringLiteral("What this review looks at."),
          QStringLiteral("T")},
         {QStringLiteral("next-steps"), QStringLiteral("What happens next."), QStringLiteral("T")},
         {QStringLiteral("next-date"), QStringLiteral("Next coaching conversation ('' clears)."),
          QStringLiteral("YYYY-MM-DD")},
         {QStringLiteral("cap"), QStringLiteral("Focus items allowed, 1 to 5."),
          QStringLiteral("N")},
         {QStringLiteral("json"), QStringLiteral("Print JSON.")}});
    cmd.parser().addPositionalArgument(QStringLiteral("ACTION"), QStringLiteral("show or set."));
    cmd.parser().addPositionalArgument(QStringLiteral("REC"), QStringLiteral("Recording id."));
    if (int rc = cmd.parse(args, 2, 2); rc >= 0)
        return rc;
    const QString action = cmd.positional(0);
    if (action != u"show" && action != u"set")
        return cmd.fail(QStringLiteral("unknown action '%1': use show or set").arg(action), 2);
    const auto rec = cmd.id(cmd.positional(1), QStringLiteral("recording"));
    if (!rec)
        return 1;
    SessionChanges changes;
    if (cmd.isSet(QStringLiteral("objectives")))
        changes.objectives = cmd.value(QStringLiteral("objectives"));
    if (cmd.isSet(QStringLiteral("next-steps")))
        changes.nextSteps = cmd.value(QStringLiteral("next-steps"));
    if (cmd.isSet(QStringLiteral("next-date"))) {
        changes.nextCoachingDate = cmd.date(cmd.value(QStringLiteral("next-date")));
        if (!changes.nextCoachingDate)
            return 1;
    }
    if (cmd.isSet(QStringLiteral("cap"))) {
        bool ok = false;
        changes.focusCap = cmd.value(QStringLiteral("cap")).toInt(&ok);
        if (!ok)
            return cmd.fail(QStringLiteral("--cap must be a number from 1 to 5"), 2);
    }
    auto store = cmd.openStore(global);
    if (!store)
        return 1;
    auto session = store->currentSession(*rec);
    if (!session)
        return cmd.fail(session.error().message);
    if (action == u"set") {
        auto updated = store->updateSession(session->id, changes);
        if (!updated)
            return cmd.fail(updated.error().message);
        session = *updated;
    }
    if (action == u"show" || cmd.isSet(QStringLiteral("json"))) {
        auto focus = store->focusCount(session->id);
        const QJsonObject o{
            {QStringLiteral("id"), qint64(session->id)},
            {QStringLiteral("recording"), qint64(*rec)},
            {QStringLiteral("objectives"), session->objectives},
            {QStringLiteral("next_steps"), session->nextSteps},
            {QStringLiteral("next_date"), orNull(dateOrEmpty(session->nextCoachingDate))},
            {QStringLiteral("focus_cap"), session->focusCap},
            {QStringLiteral("focus_items"), focus.value_or(0)}};
        if (cmd.isSet(QStringLiteral("json")))
            cmd.out() << QJsonDocument(o).toJson(QJsonDocument::Indented);
        else
            cmd.out() << "session " << session->id << " of recording " << *rec << "\n  objectives  "
                      << session->objectives << "\n  next steps  " << session->nextSteps
                      << "\n  next date   " << dateOrEmpty(session->nextCoachingDate)
                      << "\n  focus       " << focus.value_or(0) << " of " << session->focusCap
                      << '\n';
    }
    return 0;
}

int runSearch(const GlobalOptions& global, const QStringList& args)
{
    CommandContext cmd(QStringLiteral("search"),
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
        cmd.out() << QJsonDocument(json).toJson(QJsonDocument::Indented);
    return 0;
}

} // namespace coachtrack::app
