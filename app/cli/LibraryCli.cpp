// `coachtrack add`, `list` and `relink`: the library's recordings from the command line.
#include "annotations/TimeCode.h"
#include "app/cli/CliContext.h"
#include "app/cli/CliVerbs.h"
#include "media/MediaInfo.h"
#include "workflows/LibraryLink.h"
#include "workflows/RecordingCheck.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace coachtrack::app::cli {

using namespace annotations;
using namespace workflows;

int runAdd(const GlobalOptions& global, const QStringList& args)
{
    CliContext cmd(QStringLiteral("add"),
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
    auto added = store->addRecording(
        {info->path, info->fingerprint, info->durationMs, *callDate, title,
         cmd.value(QStringLiteral("rep")), cmd.value(QStringLiteral("account")), *outcome,
         side == u"left" ? 0 : 1, fileStampOf(info->path), info->headerDurationMs});
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
    CliContext cmd(QStringLiteral("list"), QStringLiteral("List the recordings in the library."));
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
            json.append(
                QJsonObject{{QStringLiteral("id"), qint64(r.id)},
                            {QStringLiteral("title"), r.title},
                            {QStringLiteral("rep"), jsonOrNull(rep)},
                            {QStringLiteral("call_date"), jsonOrNull(isoDateOrEmpty(r.callDate))},
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
    CliContext cmd(QStringLiteral("relink"),
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
        return cmd.fail(ok.error().message);
    return 0;
}

} // namespace coachtrack::app::cli
