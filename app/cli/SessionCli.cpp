// `coachtrack session show|set`: a review session's objectives, next steps, date and cap.
#include "annotations/TimeCode.h"
#include "app/cli/CliContext.h"
#include "app/cli/CliVerbs.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace coachtrack::app::cli {

using namespace annotations;

int runSession(const GlobalOptions& global, const QStringList& args)
{
    CliContext cmd(
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
    auto opened = cmd.openCurrentSession(global, *rec);
    if (!opened)
        return 1;
    const auto& store = opened->store;
    ReviewSession& session = opened->session;
    if (action == u"set") {
        auto updated = store->updateSession(session.id, changes);
        if (!updated)
            return cmd.fail(updated.error().message);
        session = *updated;
    }
    if (action == u"show" || cmd.isSet(QStringLiteral("json"))) {
        auto focus = store->focusCount(session.id);
        const QJsonObject o{
            {QStringLiteral("id"), qint64(session.id)},
            {QStringLiteral("recording"), qint64(*rec)},
            {QStringLiteral("objectives"), session.objectives},
            {QStringLiteral("next_steps"), session.nextSteps},
            {QStringLiteral("next_date"), jsonOrNull(isoDateOrEmpty(session.nextCoachingDate))},
            {QStringLiteral("focus_cap"), session.focusCap},
            {QStringLiteral("focus_items"), focus.value_or(0)}};
        if (cmd.isSet(QStringLiteral("json")))
            cmd.out() << QJsonDocument(o).toJson(QJsonDocument::Indented);
        else
            cmd.out() << "session " << session.id << " of recording " << *rec << "\n  objectives  "
                      << session.objectives << "\n  next steps  " << session.nextSteps
                      << "\n  next date   " << isoDateOrEmpty(session.nextCoachingDate)
                      << "\n  focus       " << focus.value_or(0) << " of " << session.focusCap
                      << '\n';
    }
    return 0;
}

} // namespace coachtrack::app::cli
