// `coachtrack rep NAME plan [list|add|edit|end|reopen|delete]`: a rep's coaching plans, the one
// or two skills they work on with the behaviour that would show them.
#include "app/cli/PlanCli.h"

#include "workflows/RepProgress.h"

namespace coachtrack::app::cli {

using namespace annotations;

void addPlanOptions(QCommandLineParser& parser)
{
    parser.addOptions(
        {{QStringLiteral("skill"), QStringLiteral("The plan's skill (plan add)."),
          QStringLiteral("NAME")},
         {QStringLiteral("target"),
          QStringLiteral("The behaviour that would show the skill (plan add, edit)."),
          QStringLiteral("TEXT")},
         {QStringLiteral("start"),
          QStringLiteral("The date the plan starts, YYYY-MM-DD (plan add, edit; today)."),
          QStringLiteral("DATE")},
         {QStringLiteral("on"), QStringLiteral("The date the plan ends (plan end; today)."),
          QStringLiteral("DATE")}});
}

QJsonObject planJson(const CoachingPlan& plan, const std::vector<SessionSummary>& sessions)
{
    QJsonArray worked;
    for (int64_t id : workflows::sessionsOnPlan(plan, sessions))
        worked.append(qint64(id));
    return {{QStringLiteral("id"), qint64(plan.id)},
            {QStringLiteral("skill"), plan.skill.name},
            {QStringLiteral("target"), plan.target},
            {QStringLiteral("started"), isoDateOrEmpty(plan.started)},
            {QStringLiteral("ended"), jsonOrNull(isoDateOrEmpty(plan.ended))},
            {QStringLiteral("running"), plan.running()},
            {QStringLiteral("sessions"), worked}};
}

namespace {

std::optional<QDate> dateOption(CliContext& cmd, const QString& option)
{
    if (!cmd.isSet(option))
        return QDate::currentDate();
    auto d = cmd.date(cmd.value(option));
    if (d && !d->isValid()) {
        cmd.fail(QStringLiteral("--%1 needs a date, YYYY-MM-DD").arg(option), 2);
        return std::nullopt;
    }
    return d;
}

// The plan with the id given as the third argument, among the rep's.
std::optional<CoachingPlan> planOf(CliContext& cmd, Store& store, const Rep& rep)
{
    const auto id = cmd.id(cmd.positional(3), QStringLiteral("plan"));
    if (!id)
        return std::nullopt;
    auto plans = store.coachingPlans(rep.id);
    if (!plans) {
        cmd.fail(plans.error().message);
        return std::nullopt;
    }
    for (const CoachingPlan& p : *plans)
        if (p.id == *id)
            return p;
    cmd.fail(QStringLiteral("%1 has no coaching plan %2 (rep %1 plan lists them)")
                 .arg(rep.name)
                 .arg(*id));
    return std::nullopt;
}

int listPlans(CliContext& cmd, Store& store, const Rep& rep)
{
    auto plans = store.coachingPlans(rep.id);
    auto sessions = store.repSessions(rep.id);
    if (!plans || !sessions)
        return cmd.fail(!plans ? plans.error().message : sessions.error().message);
    for (const CoachingPlan& p : *plans) {
        const auto worked = workflows::sessionsOnPlan(p, *sessions);
        cmd.out() << p.id << "  " << p.skill.name << ": " << p.target << "  (since "
                  << isoDateOrEmpty(p.started)
                  << (p.running() ? QString()
                                  : QStringLiteral(", ended ") + isoDateOrEmpty(p.ended))
                  << "; " << worked.size() << (worked.size() == 1 ? " session" : " sessions")
                  << ")\n";
    }
    if (plans->empty())
        cmd.inform(QStringLiteral("no coaching plan yet: rep %1 plan add --skill NAME --target "
                                  "TEXT")
                       .arg(rep.name));
    return 0;
}

} // namespace

int runPlan(CliContext& cmd, Store& store, const Rep& rep)
{
    const QString action = cmd.positional(2).isEmpty() ? QStringLiteral("list") : cmd.positional(2);
    if (action == u"list")
        return listPlans(cmd, store, rep);
    if (action == u"add") {
        if (!cmd.isSet(QStringLiteral("skill")) || !cmd.isSet(QStringLiteral("target")))
            return cmd.fail(QStringLiteral("give the plan's --skill NAME and --target TEXT"), 2);
        const auto skill = findSkill(cmd, store, cmd.value(QStringLiteral("skill")));
        const auto start = dateOption(cmd, QStringLiteral("start"));
        if (!skill || !start)
            return skill ? 2 : 1;
        auto plan = store.addPlan(rep.id, skill->id, cmd.value(QStringLiteral("target")), *start);
        if (!plan)
            return cmd.fail(plan.error().message);
        cmd.out() << "added plan " << plan->id << " for " << rep.name << ": " << plan->skill.name
                  << '\n';
        return 0;
    }
    static const QStringList withId = {QStringLiteral("edit"), QStringLiteral("end"),
                                       QStringLiteral("reopen"), QStringLiteral("delete")};
    if (!withId.contains(action))
        return cmd.fail(QStringLiteral("unknown plan action '%1' (rep NAME plan "
                                       "[list|add|edit|end|reopen|delete])")
                            .arg(action),
                        2);
    if (cmd.positional(3).isEmpty())
        return cmd.fail(QStringLiteral("say which plan: rep %1 plan %2 ID").arg(rep.name, action),
                        2);
    const auto plan = planOf(cmd, store, rep);
    if (!plan)
        return 1;
    Result<void> done;
    if (action == u"edit" && !cmd.isSet(QStringLiteral("target")) &&
        !cmd.isSet(QStringLiteral("start")))
        return cmd.fail(QStringLiteral("say what to change: --target TEXT and/or --start DATE"), 2);
    if (action == u"end" && !plan->running())
        return cmd.fail(QStringLiteral("plan %1 already ended on %2 (plan reopen %1 runs it again)")
                            .arg(plan->id)
                            .arg(isoDateOrEmpty(plan->ended)));
    if (action == u"reopen" && plan->running())
        return cmd.fail(QStringLiteral("plan %1 is running").arg(plan->id));
    if (action == u"delete" && !cmd.isSet(QStringLiteral("yes")))
        return cmd.fail(QStringLiteral("deleting plan %1 removes it from %2's history; `plan end "
                                       "%1` keeps it there. Add --yes to delete")
                            .arg(plan->id)
                            .arg(rep.name),
                        2);
    if (action == u"edit") {
        std::optional<QDate> start = plan->started;
        if (cmd.isSet(QStringLiteral("start")))
            start = dateOption(cmd, QStringLiteral("start"));
        if (!start)
            return 2;
        done = store.updatePlan(plan->id,
                                cmd.isSet(QStringLiteral("target"))
                                    ? cmd.value(QStringLiteral("target"))
                                    : plan->target,
                                *start);
    } else if (action == u"end") {
        const auto on = dateOption(cmd, QStringLiteral("on"));
        if (!on)
            return 2;
        if (*on > QDate::currentDate())
            return cmd.fail(QStringLiteral("a plan ends today or on a day that has passed, not "
                                           "%1")
                                .arg(isoDateOrEmpty(*on)),
                            2);
        done = store.endPlan(plan->id, *on);
    } else if (action == u"reopen") {
        done = store.endPlan(plan->id, QDate());
    } else {
        done = store.deletePlan(plan->id);
    }
    if (!done)
        return cmd.fail(done.error().message);
    cmd.out() << (action == u"delete"   ? "deleted"
                  : action == u"end"    ? "ended"
                  : action == u"reopen" ? "reopened"
                                        : "changed")
              << " plan " << plan->id << " (" << plan->skill.name << ")\n";
    return 0;
}

} // namespace coachtrack::app::cli
