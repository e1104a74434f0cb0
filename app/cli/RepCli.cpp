// `coachtrack reps` (the team overview) and `coachtrack rep NAME [show|set|delete]`: the rep
// tracker from the command line, for the manager.
#include "app/cli/CliContext.h"
#include "app/cli/CliVerbs.h"
#include "app/cli/PlanCli.h"
#include "workflows/NotePhrasing.h"
#include "workflows/RecordingTalk.h"
#include "workflows/RepProgress.h"
#include "workflows/TalkMeasuring.h"
#include "workflows/TeamOverview.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace coachtrack::app::cli {

using namespace annotations;

namespace {

QJsonValue optionalInt(std::optional<int> value)
{
    return value ? QJsonValue(*value) : QJsonValue();
}

// {"metric", "latest", "direction": "up"|"down"|"steady", "better", "sessions"} per watched
// metric (latest: a share 0..1, milliseconds, or a rating).
QJsonArray trendsJson(const std::vector<workflows::MetricTrend>& trends)
{
    QJsonArray array;
    for (const workflows::MetricTrend& t : trends)
        array.append(
            QJsonObject{{QStringLiteral("metric"), workflows::watchedMetricName(t.metric)},
                        {QStringLiteral("latest"), t.latest ? QJsonValue(*t.latest) : QJsonValue()},
                        {QStringLiteral("direction"), t.direction > 0   ? QStringLiteral("up")
                                                      : t.direction < 0 ? QStringLiteral("down")
                                                                        : QStringLiteral("steady")},
                        {QStringLiteral("better"), t.direction != 0 && t.better},
                        {QStringLiteral("sessions"), t.sessions}});
    return array;
}

QJsonObject standingJson(const workflows::RepStanding& s)
{
    QJsonValue next;
    if (s.nextCall)
        next = QJsonObject{
            {QStringLiteral("id"), qint64(s.nextCall->id)},
            {QStringLiteral("title"), s.nextCall->title},
            {QStringLiteral("call_date"), jsonOrNull(isoDateOrEmpty(s.nextCall->callDate))}};
    return {{QStringLiteral("name"), s.rep.name},
            {QStringLiteral("cadence_days"), s.rep.cadenceDays},
            {QStringLiteral("last_session_date"),
             jsonOrNull(isoDateOrEmpty(s.lastSession.value_or(QDate())))},
            {QStringLiteral("days_since"), optionalInt(s.daysSince)},
            {QStringLiteral("due_date"), isoDateOrEmpty(s.due)},
            {QStringLiteral("overdue"), s.overdue},
            {QStringLiteral("days_overdue"), s.daysOverdue},
            {QStringLiteral("open_focus_items"), s.openFocusItems},
            {QStringLiteral("reviewed_this_month"), s.reviewedThisMonth},
            {QStringLiteral("next_call"), next},
            {QStringLiteral("trends"), trendsJson(s.trends)}};
}

QString standingLine(const workflows::RepStanding& s)
{
    const QString when =
        !s.lastSession ? QStringLiteral("never coached")
        : s.overdue
            ? QStringLiteral("%1 days since, %2 overdue").arg(*s.daysSince).arg(s.daysOverdue)
            : QStringLiteral("%1 days since, due %2").arg(*s.daysSince).arg(isoDateOrEmpty(s.due));
    QString line = QStringLiteral("%1  every %2 d  %3  %4 open focus  %5 reviewed this month")
                       .arg(s.rep.name, -16)
                       .arg(s.rep.cadenceDays, 3)
                       .arg(when, -28)
                       .arg(s.openFocusItems, 2)
                       .arg(s.reviewedThisMonth, 2);
    for (const workflows::MetricTrend& t : s.trends)
        if (t.latest)
            line +=
                QStringLiteral("  %1 %2%3")
                    .arg(workflows::watchedMetricLabel(t.metric).toLower(), workflows::trendText(t),
                         t.direction == 0 ? QString()
                         : t.better       ? QStringLiteral(" (better)")
                                          : QStringLiteral(" (worse)"));
    if (s.nextCall)
        line +=
            QStringLiteral("  next: %1 (rec %2)")
                .arg(s.nextCall->title.isEmpty() ? QStringLiteral("untitled") : s.nextCall->title)
                .arg(s.nextCall->id);
    return line;
}

QJsonObject styleJson(const workflows::CoachingStyle& style)
{
    return {{QStringLiteral("observations"), style.observations},
            {QStringLiteral("questions"), style.questions},
            {QStringLiteral("directives"), style.directives},
            {QStringLiteral("praise"), style.praise},
            {QStringLiteral("to_change"), style.toChange}};
}

// Each scored skill's ratings session after session with the mean gap.
QJsonArray skillSeriesJson(const std::vector<SessionSummary>& sessions)
{
    QJsonArray array;
    for (const workflows::SkillSeries& k : workflows::skillSeries(sessions)) {
        QJsonArray points;
        for (const workflows::SkillPoint& p : k.points)
            points.append(QJsonObject{{QStringLiteral("session"), qint64(p.sessionId)},
                                      {QStringLiteral("date"), isoDateOrEmpty(p.date)},
                                      {QStringLiteral("manager"), optionalInt(p.manager)},
                                      {QStringLiteral("self"), optionalInt(p.self)},
                                      {QStringLiteral("gap"), p.manager && p.self
                                                                  ? QJsonValue(*p.self - *p.manager)
                                                                  : QJsonValue()}});
        array.append(QJsonObject{
            {QStringLiteral("skill"), k.skill.name},
            {QStringLiteral("mean_gap"), k.meanGap ? QJsonValue(*k.meanGap) : QJsonValue()},
            {QStringLiteral("mean_abs_gap"),
             k.meanAbsGap ? QJsonValue(*k.meanAbsGap) : QJsonValue()},
            {QStringLiteral("points"), points}});
    }
    return array;
}

// `rep NAME [show] [--from DATE] [--to DATE] [--json]`: their plans, coaching sessions, focus
// items and scores over time.
int showRep(CliContext& cmd, Store& store, const Rep& rep, const QDate& from, const QDate& to)
{
    auto progress = workflows::loadRepProgress(store, rep.id, from, to);
    auto copy = store.isShareableCopy();
    if (!progress || !copy)
        return cmd.fail(!progress ? progress.error().message : copy.error().message);
    const std::vector<SessionSummary>& sessions = progress->sessions;
    const std::vector<FocusHistory>& history = progress->focus;
    const auto rules = workflows::libraryPhrasingRules(store);
    QJsonArray sessionList;
    for (const SessionSummary& s : sessions) {
        const auto asked = progress->repQuestions.find(s.sessionId);
        QJsonObject o{{QStringLiteral("id"), qint64(s.sessionId)},
                      {QStringLiteral("recording"), qint64(s.recordingId)},
                      {QStringLiteral("call_title"), s.callTitle},
                      {QStringLiteral("call_date"), jsonOrNull(isoDateOrEmpty(s.callDate))},
                      {QStringLiteral("date"), isoDateOrEmpty(workflows::coachingDate(s))},
                      {QStringLiteral("shareable_notes"), int(s.shareableTexts.size())},
                      {QStringLiteral("focus_items"), s.focusItems},
                      {QStringLiteral("rep_questions"), asked == progress->repQuestions.end()
                                                            ? QJsonValue()
                                                            : QJsonValue(asked->second)}};
        // The call's kept talk metrics (null when it was not measured by this analyser).
        QJsonValue talk;
        if (s.talk && s.talk->analyserVersion == workflows::kTalkAnalyserVersion) {
            const KeptTalk& k = *s.talk;
            auto real = [](std::optional<double> v) { return v ? QJsonValue(*v) : QJsonValue(); };
            auto ms = [](std::optional<int64_t> v) {
                return v ? QJsonValue(qint64(*v)) : QJsonValue();
            };
            talk = QJsonObject{{QStringLiteral("rep_share"), real(k.repShare)},
                               {QStringLiteral("rep_longest_ms"), ms(k.repLongestMs)},
                               {QStringLiteral("buyer_longest_ms"), ms(k.buyerLongestMs)},
                               {QStringLiteral("patience_ms"), ms(k.patienceMs)},
                               {QStringLiteral("switches_per_minute"), real(k.switchesPerMinute)}};
        }
        o.insert(QStringLiteral("talk"), talk);
        QJsonArray scores;
        for (const Score& score : s.scores) {
            scores.append(QJsonObject{{QStringLiteral("skill"), score.skill.name},
                                      {QStringLiteral("manager"), optionalInt(score.manager)},
                                      {QStringLiteral("self"), optionalInt(score.self)},
                                      {QStringLiteral("gap"), optionalInt(score.gap())},
                                      {QStringLiteral("comment"), score.comment}});
        }
        o.insert(QStringLiteral("scores"), scores);
        // How the manager phrased the notes: theirs alone (never from a shareable copy).
        o.insert(QStringLiteral("coaching_style"),
                 *copy
                     ? QJsonValue()
                     : QJsonValue(styleJson(workflows::coachingStyleOf(s.shareableTexts, rules))));
        sessionList.append(o);
    }
    QJsonArray focus;
    for (const FocusHistory& item : history) {
        QJsonArray changes;
        for (const FocusChange& c : item.changes)
            changes.append(
                QJsonObject{{QStringLiteral("status"), focusStatusName(c.status)},
                            {QStringLiteral("date"), isoDateOrEmpty(c.at.toLocalTime().date())},
                            {QStringLiteral("at"), c.at.toString(Qt::ISODate)}});
        focus.append(QJsonObject{{QStringLiteral("note"), qint64(item.noteId)},
                                 {QStringLiteral("session"), qint64(item.sessionId)},
                                 {QStringLiteral("text"), item.text},
                                 {QStringLiteral("status"), focusStatusName(item.status)},
                                 {QStringLiteral("question"), jsonOrNull(item.question)},
                                 {QStringLiteral("practice_plan"), jsonOrNull(item.practicePlan)},
                                 {QStringLiteral("changes"), changes}});
    }
    QJsonArray plans;
    for (const CoachingPlan& plan : progress->plans)
        plans.append(planJson(plan, sessions));
    QJsonArray perMonth;
    const QDate first = from.isValid()     ? from
                        : sessions.empty() ? QDate::currentDate()
                                           : workflows::coachingDate(sessions.front());
    for (const workflows::MonthCount& m :
         workflows::sessionsPerMonth(sessions, first, to.isValid() ? to : QDate::currentDate()))
        perMonth.append(QJsonObject{{QStringLiteral("month"), m.month.toString(u"yyyy-MM")},
                                    {QStringLiteral("sessions"), m.sessions}});
    if (cmd.isSet(QStringLiteral("json"))) {
        cmd.out() << QJsonDocument(
                         QJsonObject{{QStringLiteral("name"), rep.name},
                                     {QStringLiteral("cadence_days"), rep.cadenceDays},
                                     {QStringLiteral("plans"), plans},
                                     {QStringLiteral("sessions"), sessionList},
                                     {QStringLiteral("focus_history"), focus},
                                     {QStringLiteral("skills"), skillSeriesJson(sessions)},
                                     {QStringLiteral("sessions_per_month"), perMonth}})
                         .toJson(QJsonDocument::Indented);
        return 0;
    }
    cmd.out() << rep.name << ", coached every "
              << (rep.cadenceDays == 1 ? QStringLiteral("day")
                                       : QStringLiteral("%1 days").arg(rep.cadenceDays))
              << '\n';
    for (const CoachingPlan& plan : progress->plans)
        cmd.out() << "  plan: " << plan.skill.name << " — " << plan.target << " (since "
                  << isoDateOrEmpty(plan.started)
                  << (plan.running() ? QString()
                                     : QStringLiteral(", ended ") + isoDateOrEmpty(plan.ended))
                  << ")\n";
    for (const QJsonValue& v : sessionList) {
        const QJsonObject s = v.toObject();
        cmd.out() << "  " << s.value(QStringLiteral("date")).toString() << "  "
                  << s.value(QStringLiteral("call_title")).toString() << "  "
                  << s.value(QStringLiteral("shareable_notes")).toInt() << " shareable, "
                  << s.value(QStringLiteral("focus_items")).toInt() << " focus\n";
    }
    for (const FocusHistory& item : history) {
        QStringList steps;
        for (const FocusChange& c : item.changes)
            steps << QStringLiteral("%1 %2").arg(focusStatusLabel(c.status),
                                                 isoDateOrEmpty(c.at.toLocalTime().date()));
        cmd.out() << "  focus: " << item.text << "  (" << steps.join(QStringLiteral(" → "))
                  << ")\n";
    }
    return 0;
}

} // namespace

int runReps(const GlobalOptions& global, const QStringList& args)
{
    CliContext cmd(QStringLiteral("reps"),
                   QStringLiteral("The team overview: every rep against their coaching cadence, "
                                  "overdue first, with open focus items, calls reviewed this month "
                                  "and the call to review next, and the trend of each watched "
                                  "metric over their latest sessions; then who is due this "
                                  "week."));
    cmd.parser().addOptions(
        {{QStringLiteral("json"), QStringLiteral("Print JSON.")},
         {QStringLiteral("watch"),
          QStringLiteral("Watch these metrics from now on (one to three, by commas): talk-share, "
                         "longest-monologue, patience, score, gap."),
          QStringLiteral("LIST")}});
    if (int rc = cmd.parse(args, 0, 0); rc >= 0)
        return rc;
    std::vector<workflows::WatchedMetric> watch;
    for (const QString& name : cmd.value(QStringLiteral("watch")).split(u',', Qt::SkipEmptyParts)) {
        const auto metric = workflows::watchedMetricFromName(name);
        if (!metric)
            return cmd.fail(QStringLiteral("there is no metric '%1' to watch (talk-share, "
                                           "longest-monologue, patience, score, gap)")
                                .arg(name.trimmed()),
                            2);
        watch.push_back(*metric);
    }
    if (cmd.isSet(QStringLiteral("watch")) && (watch.empty() || watch.size() > 3))
        return cmd.fail(QStringLiteral("--watch names one to three metrics"), 2);
    auto store = cmd.openStore(global);
    if (!store)
        return 1;
    if (!watch.empty())
        if (auto ok = workflows::setWatchedMetrics(*store, watch); !ok)
            return cmd.fail(ok.error().message);
    const QDate today = QDate::currentDate();
    auto team = workflows::loadTeam(*store, today);
    if (!team)
        return cmd.fail(team.error().message);
    if (cmd.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const workflows::RepStanding& s : *team)
            array.append(standingJson(s));
        cmd.out() << jsonText(array);
        return 0;
    }
    for (const workflows::RepStanding& s : *team)
        cmd.out() << standingLine(s) << '\n';
    const auto week = workflows::dueThisWeek(*team, today);
    cmd.out() << "this week: ";
    QStringList due;
    for (const workflows::RepStanding& s : week)
        due << (s.nextCall
                    ? QStringLiteral("%1 (review rec %2)").arg(s.rep.name).arg(s.nextCall->id)
                    : s.rep.name);
    cmd.out() << (due.isEmpty() ? QStringLiteral("nobody is due") : due.join(QStringLiteral(", ")))
              << '\n';
    return 0;
}

int runRep(const GlobalOptions& global, const QStringList& args)
{
    CliContext cmd(QStringLiteral("rep"),
                   QStringLiteral("A rep over time. `rep NAME [show] [--from DATE] [--to DATE] "
                                  "[--json]` lists their coaching plans, coaching sessions (with "
                                  "scores, talk figures and the questions they asked), each focus "
                                  "item's history and each skill's ratings with the gap; `rep NAME "
                                  "plan [list|add|edit|end|reopen|delete] [ID]` keeps their "
                                  "coaching plans; `rep NAME set "
                                  "--cadence DAYS` sets how often they are coached; `rep NAME "
                                  "delete --yes` removes the rep with their review sessions and "
                                  "every note in them (private text wiped); their calls stay in "
                                  "the library, without a rep."));
    cmd.parser().addPositionalArgument(QStringLiteral("NAME"), QStringLiteral("The rep's name."));
    cmd.parser().addPositionalArgument(QStringLiteral("ACTION"),
                                       QStringLiteral("show (the default), plan, set or delete"));
    cmd.parser().addPositionalArgument(QStringLiteral("PLAN-ACTION"),
                                       QStringLiteral("plan: list (the default), add, edit, end, "
                                                      "reopen or delete"));
    cmd.parser().addPositionalArgument(QStringLiteral("ID"), QStringLiteral("plan: the plan."));
    cmd.parser().addOptions(
        {{QStringLiteral("json"), QStringLiteral("Print JSON (show).")},
         {QStringLiteral("cadence"), QStringLiteral("Coach every DAYS days, 1 to 365 (set)."),
          QStringLiteral("DAYS")},
         {QStringLiteral("from"), QStringLiteral("Show from this date, YYYY-MM-DD (show)."),
          QStringLiteral("DATE")},
         {QStringLiteral("to"), QStringLiteral("Show up to this date, YYYY-MM-DD (show)."),
          QStringLiteral("DATE")},
         {QStringLiteral("yes"), QStringLiteral("Really delete: this cannot be undone.")}});
    addPlanOptions(cmd.parser());
    if (int rc = cmd.parse(args, 1, 4); rc >= 0)
        return rc;
    const QString name = cmd.positional(0);
    const QString action = cmd.positional(1).isEmpty() ? QStringLiteral("show") : cmd.positional(1);
    if (action != u"show" && action != u"set" && action != u"delete" && action != u"plan")
        return cmd.fail(
            QStringLiteral("unknown action '%1' (rep NAME [show|plan|set|delete])").arg(action), 2);
    if (action != u"plan" && !cmd.positional(2).isEmpty())
        return cmd.fail(QStringLiteral("rep NAME %1 takes no more arguments").arg(action), 2);
    std::optional<QDate> from = QDate(), to = QDate();
    if (cmd.isSet(QStringLiteral("from")))
        from = cmd.date(cmd.value(QStringLiteral("from")));
    if (cmd.isSet(QStringLiteral("to")))
        to = cmd.date(cmd.value(QStringLiteral("to")));
    if (!from || !to)
        return 2;
    if (from->isValid() && to->isValid() && *to < *from)
        return cmd.fail(QStringLiteral("--from %1 comes after --to %2")
                            .arg(isoDateOrEmpty(*from), isoDateOrEmpty(*to)),
                        2);
    std::optional<int> cadence;
    if (action == u"set") {
        bool ok = false;
        cadence = cmd.value(QStringLiteral("cadence")).toInt(&ok);
        if (!cmd.isSet(QStringLiteral("cadence")))
            return cmd.fail(QStringLiteral("give how often to coach with --cadence DAYS"), 2);
        if (!ok)
            return cmd.fail(QStringLiteral("--cadence is a number of days, 1 to 365"), 2);
    }
    if (action == u"delete" && !cmd.isSet(QStringLiteral("yes")))
        return cmd.fail(QStringLiteral("deleting rep %1 removes their review sessions and notes "
                                       "for good; add --yes to do it")
                            .arg(name),
                        2);
    auto store = cmd.openStore(global);
    if (!store)
        return 1;
    auto rep = store->repNamed(name);
    if (!rep)
        return cmd.fail(rep.error().message);
    if (action == u"show")
        return showRep(cmd, *store, *rep, *from, *to);
    if (action == u"plan")
        return runPlan(cmd, *store, *rep);
    if (action == u"set") {
        if (auto ok = store->setCadence(rep->id, *cadence); !ok)
            return cmd.fail(ok.error().message);
        cmd.out() << rep->name << " is coached every "
                  << (*cadence == 1 ? QStringLiteral("day")
                                    : QStringLiteral("%1 days").arg(*cadence))
                  << '\n';
        return 0;
    }
    if (auto ok = store->deleteRep(rep->id); !ok)
        return cmd.fail(ok.error().message);
    cmd.out() << "deleted rep " << rep->name << " and their review sessions\n";
    cmd.out().flush();
    if (!store->residueWarning().isEmpty())
        cmd.inform(store->residueWarning());
    return 0;
}

int runMeasure(const GlobalOptions& global, const QStringList& args)
{
    CliContext cmd(QStringLiteral("measure"),
                   QStringLiteral("Measures the talk of every reviewed call whose metrics the "
                                  "library does not keep yet (never opened, or measured by an "
                                  "older analyser), so the rep tracker's charts and trends have "
                                  "every session. A moved or unreadable call is skipped and "
                                  "named on stderr."));
    cmd.parser().addOption(
        {QStringLiteral("rep"), QStringLiteral("Only this rep's calls."), QStringLiteral("NAME")});
    if (int rc = cmd.parse(args, 0, 0); rc >= 0)
        return rc;
    std::optional<int64_t> repId;
    QString libraryPath;
    {
        auto store = cmd.openStore(global);
        if (!store)
            return 1;
        libraryPath = store->path();
        if (cmd.isSet(QStringLiteral("rep"))) {
            auto rep = store->repNamed(cmd.value(QStringLiteral("rep")));
            if (!rep)
                return cmd.fail(rep.error().message);
            repId = rep->id;
        }
    }
    media::NoProgress progress;
    media::CancelToken cancel;
    auto report = workflows::measureUnmeasuredCalls(libraryPath, repId, progress, cancel);
    if (!report)
        return cmd.fail(report.error().message);
    for (const QString& skipped : report->skipped)
        cmd.inform(QStringLiteral("skipped %1").arg(skipped));
    cmd.out() << "measured " << report->measured << (report->measured == 1 ? " call" : " calls")
              << '\n';
    return report->skipped.isEmpty() ? 0 : 1;
}

} // namespace coachtrack::app::cli
