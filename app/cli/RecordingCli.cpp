// `coachtrack recording show|set`: one recording's call details (rep, title, call date,
// account, outcome, rep channel).
#include "app/cli/RecordingCli.h"

#include "annotations/TimeCode.h"
#include "app/cli/CliVerbs.h"
#include "workflows/CallDetails.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace coachtrack::app::cli {

using namespace annotations;

void addDetailOptions(CliContext& cmd, const QString& titleHelp)
{
    cmd.parser().addOptions(
        {{QStringLiteral("rep"),
          QStringLiteral("The rep on the call (a new name adds the rep; '' clears)."),
          QStringLiteral("NAME")},
         {QStringLiteral("title"), titleHelp, QStringLiteral("T")},
         {QStringLiteral("call-date"), QStringLiteral("When the call happened ('' clears)."),
          QStringLiteral("YYYY-MM-DD")},
         {QStringLiteral("account"), QStringLiteral("Account or deal ('' clears)."),
          QStringLiteral("A")},
         {QStringLiteral("outcome"), QStringLiteral("open, won or lost."), QStringLiteral("O")},
         {QStringLiteral("rep-channel"),
          QStringLiteral("Which channel of a stereo call is the rep: left or right."),
          QStringLiteral("SIDE")}});
}

std::expected<RecordingChanges, int> detailsFrom(CliContext& cmd)
{
    RecordingChanges details;
    if (cmd.isSet(QStringLiteral("rep")))
        details.repName = cmd.value(QStringLiteral("rep"));
    if (cmd.isSet(QStringLiteral("title")))
        details.title = cmd.value(QStringLiteral("title"));
    if (cmd.isSet(QStringLiteral("call-date"))) {
        details.callDate = cmd.date(cmd.value(QStringLiteral("call-date")));
        if (!details.callDate)
            return std::unexpected(1);
    }
    if (cmd.isSet(QStringLiteral("account")))
        details.account = cmd.value(QStringLiteral("account"));
    if (cmd.isSet(QStringLiteral("outcome"))) {
        details.outcome = outcomeFromName(cmd.value(QStringLiteral("outcome")));
        if (!details.outcome)
            return std::unexpected(cmd.fail(QStringLiteral("--outcome must be open, won or lost, "
                                                           "not '%1'")
                                                .arg(cmd.value(QStringLiteral("outcome"))),
                                            2));
    }
    if (cmd.isSet(QStringLiteral("rep-channel"))) {
        details.repChannel = repChannelFromName(cmd.value(QStringLiteral("rep-channel")));
        if (!details.repChannel)
            return std::unexpected(cmd.fail(QStringLiteral("--rep-channel must be left or right, "
                                                           "not '%1'")
                                                .arg(cmd.value(QStringLiteral("rep-channel"))),
                                            2));
    }
    return details;
}

bool anyDetail(const RecordingChanges& d)
{
    return d.repName || d.title || d.callDate || d.account || d.outcome || d.repChannel;
}

QString describeUpdate(int64_t recordingId, const UpdatedRecording& update)
{
    if (update.changes.empty())
        return QStringLiteral("recording %1: unchanged (it already has these details)")
            .arg(recordingId);
    return QStringLiteral("recording %1: %2")
        .arg(recordingId)
        .arg(workflows::describeChanges(update.changes));
}

namespace {

int recordingShow(Store& store, CliContext& cmd, const Recording& r)
{
    const QString rep = r.repId ? store.rep(*r.repId).value_or(Rep{}).name : QString();
    const bool missing = !QFileInfo::exists(r.path);
    if (cmd.isSet(QStringLiteral("json"))) {
        const QJsonObject o{{QStringLiteral("id"), qint64(r.id)},
                            {QStringLiteral("title"), r.title},
                            {QStringLiteral("rep"), jsonOrNull(rep)},
                            {QStringLiteral("call_date"), jsonOrNull(isoDateOrEmpty(r.callDate))},
                            {QStringLiteral("account"), jsonOrNull(r.account)},
                            {QStringLiteral("outcome"), outcomeName(r.outcome)},
                            {QStringLiteral("rep_channel"), repChannelName(r.repChannel)},
                            {QStringLiteral("duration_ms"), qint64(r.durationMs)},
                            {QStringLiteral("path"), r.path},
                            {QStringLiteral("missing"), missing}};
        cmd.out() << QJsonDocument(o).toJson(QJsonDocument::Indented);
        return 0;
    }
    const auto line = [&cmd](const char* label, const QString& value) {
        cmd.out() << QStringLiteral("  %1  %2\n")
                         .arg(QString::fromLatin1(label), -11)
                         .arg(value.isEmpty() ? QStringLiteral("—") : value);
    };
    cmd.out() << "recording " << r.id << '\n';
    line("title", r.title);
    line("rep", rep);
    line("call date", isoDateOrEmpty(r.callDate));
    line("account", r.account);
    line("outcome", outcomeName(r.outcome));
    line("rep channel", repChannelName(r.repChannel));
    line("length", formatClock(r.durationMs, true));
    line("file", r.path + (missing ? QStringLiteral("  [missing]") : QString()));
    return 0;
}

} // namespace

int runRecording(const GlobalOptions& global, const QStringList& args)
{
    static const std::vector<Action> actions = {
        {QStringLiteral("show"),
         QStringLiteral("show a recording's call details and where its file is")},
        {QStringLiteral("set"),
         QStringLiteral("change a recording's rep, title, call date, account, outcome or rep "
                        "channel; says what changed")},
        {QStringLiteral("delete"),
         QStringLiteral("remove a recording from the library with its review sessions and every "
                        "note in them (the file itself stays); private text is wiped, not just "
                        "unlisted; needs --yes")},
    };
    if (int rc = checkAction(QStringLiteral("recording"),
                             QStringLiteral("One recording in the library and its call details."),
                             actions, args);
        rc >= 0)
        return rc;
    const QString action = args.value(1);
    CliContext cmd(QStringLiteral("recording ") + action, actionSentence(actions, action));
    if (action == u"set")
        addDetailOptions(cmd, QStringLiteral("The call's title."));
    else if (action == u"delete")
        cmd.parser().addOption(
            {QStringLiteral("yes"), QStringLiteral("Really delete it: this cannot be undone.")});
    else
        cmd.parser().addOption({QStringLiteral("json"), QStringLiteral("Print JSON.")});
    const auto rec = cmd.parseRecording(args.mid(1));
    if (!rec)
        return rec.error();
    RecordingChanges details;
    if (action == u"set") {
        auto given = detailsFrom(cmd);
        if (!given)
            return given.error();
        if (!anyDetail(*given))
            return cmd.fail(QStringLiteral("give what to change: --rep, --title, --call-date, "
                                           "--account, --outcome or --rep-channel"),
                            2);
        details = *given;
    }
    if (action == u"delete" && !cmd.isSet(QStringLiteral("yes")))
        return cmd.fail(QStringLiteral("deleting recording %1 removes its sessions and notes for "
                                       "good; add --yes to do it")
                            .arg(*rec),
                        2);
    auto store = cmd.openStore(global);
    if (!store)
        return 1;
    if (action == u"delete") {
        if (auto ok = store->deleteRecording(*rec); !ok)
            return cmd.fail(ok.error().message);
        cmd.out() << "deleted recording " << *rec << " and its review sessions\n";
        cmd.out().flush();
        if (!store->residueWarning().isEmpty())
            cmd.inform(store->residueWarning());
        return 0;
    }
    if (action == u"show") {
        auto found = store->recording(*rec);
        if (!found)
            return cmd.fail(found.error().message);
        return recordingShow(*store, cmd, *found);
    }
    auto updated = store->updateRecording(*rec, details);
    if (!updated)
        return cmd.fail(updated.error().message);
    cmd.out() << describeUpdate(*rec, *updated) << '\n';
    return 0;
}

} // namespace coachtrack::app::cli
