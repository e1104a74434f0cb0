// `coachtrack add`, `list` and `relink`: the library's recordings from the command line.
#include "annotations/TimeCode.h"
#include "app/cli/CliContext.h"
#include "app/cli/CliVerbs.h"
#include "app/cli/RecordingCli.h"
#include "media/MediaInfo.h"
#include "workflows/LibraryLink.h"
#include "workflows/RecordingCheck.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace coachtrack::app::cli {

using namespace annotations;
using namespace workflows;

int runAdd(const GlobalOptions& global, const QStringList& args)
{
    CliContext cmd(QStringLiteral("add"),
                   QStringLiteral("Add a call recording to the library and print its id. The same "
                                  "file again, even moved or renamed, prints the existing id and "
                                  "gets the details given (stderr says what changed). A new "
                                  "recording's call date is the recording date in the file's "
                                  "metadata, else the day the file was last modified."));
    addDetailOptions(cmd, QStringLiteral("A title (default: the file name)."));
    cmd.parser().addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The recording."));
    if (int rc = cmd.parse(args, 1, 1); rc >= 0)
        return rc;
    const auto details = detailsFrom(cmd);
    if (!details)
        return details.error();
    auto info = media::probeMedia(cmd.positional(0));
    if (!info)
        return cmd.fail(info.error().message);
    auto store = cmd.openStore(global);
    if (!store)
        return 1;
    auto known = store->recordingByFingerprint(info->fingerprint);
    if (!known)
        return cmd.fail(known.error().message);
    // A known recording gets the details first: a bad one fails before anything is written.
    std::optional<UpdatedRecording> updated;
    if (*known && anyDetail(*details)) {
        auto done = store->updateRecording((*known)->id, *details);
        if (!done)
            return cmd.fail(done.error().message);
        updated = std::move(*done);
    }
    NewRecording recording = newRecordingFor(*info);
    if (!*known) {
        recording.repName = details->repName.value_or(QString());
        recording.title = details->title.value_or(recording.title);
        recording.callDate = details->callDate.value_or(recording.callDate);
        recording.account = details->account.value_or(QString());
        recording.outcome = details->outcome.value_or(Outcome::Open);
        recording.repChannel = details->repChannel.value_or(0);
    }
    auto added = store->addRecording(recording);
    if (!added)
        return cmd.fail(added.error().message);
    if (added->relinked)
        cmd.inform(QStringLiteral("recording %1 was found again at its new path").arg(added->id));
    if (updated)
        cmd.inform(describeUpdate(added->id, *updated));
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
    const bool asJson = cmd.isSet(QStringLiteral("json"));
    const QString row = QStringLiteral("%1  %2  %3  %4  %5%6\n");
    if (!asJson && recordings->empty())
        cmd.inform(QStringLiteral("no recordings yet ('coachtrack add FILE' adds one)"));
    else if (!asJson)
        cmd.out() << row.arg(QStringLiteral("  id"), QStringLiteral("call date "),
                             QStringLiteral("%1").arg(QStringLiteral("rep"), -14),
                             QStringLiteral("  length"), QStringLiteral("title"), QString());
    for (const Recording& r : *recordings) {
        const QString rep = r.repId ? store->rep(*r.repId).value_or(Rep{}).name : QString();
        const bool missing = !QFileInfo::exists(r.path);
        if (asJson) {
            json.append(
                QJsonObject{{QStringLiteral("id"), qint64(r.id)},
                            {QStringLiteral("title"), r.title},
                            {QStringLiteral("rep"), jsonOrNull(rep)},
                            {QStringLiteral("call_date"), jsonOrNull(isoDateOrEmpty(r.callDate))},
                            {QStringLiteral("duration_ms"), qint64(r.durationMs)},
                            {QStringLiteral("path"), r.path},
                            {QStringLiteral("missing"), missing},
                            {QStringLiteral("outcome"), outcomeName(r.outcome)},
                            {QStringLiteral("account"), jsonOrNull(r.account)},
                            {QStringLiteral("rep_channel"), repChannelName(r.repChannel)}});
            continue;
        }
        // One arg() call for all fields, so that a "%1" in a title stays as it is.
        cmd.out() << row.arg(
            QStringLiteral("%1").arg(r.id, 4),
            QStringLiteral("%1").arg(isoDateOrEmpty(r.callDate), -10),
            QStringLiteral("%1").arg(rep.isEmpty() ? QStringLiteral("—") : rep, -14),
            QStringLiteral("%1").arg(formatClock(r.durationMs), 8), r.title,
            missing ? QStringLiteral("  [missing: ") + r.path + u']' : QString());
    }
    if (asJson)
        cmd.out() << jsonText(json);
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
