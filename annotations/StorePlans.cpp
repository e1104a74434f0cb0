// Store: coaching plans, the one or two skills a rep works on with the behaviour that would
// show them and the dates they ran. Shareable.
#include "annotations/Sqlite.h"
#include "annotations/Store.h"
#include "annotations/StoreRows.h"

namespace coachtrack::annotations {

using namespace rows;

namespace {

constexpr qsizetype kMaxTarget = 500;

const QString kPlanColumns =
    QStringLiteral("SELECT p.id, p.rep_id, k.id, k.name, k.position, p.target, p.started_on, "
                   "p.ended_on FROM coaching_plans p JOIN skills k ON k.id = p.skill_id ");

CoachingPlan readPlan(const sql::Statement& s)
{
    CoachingPlan p;
    s.columns(p.id, p.repId, p.skill.id, p.skill.name, p.skill.position, p.target, p.started,
              p.ended);
    return p;
}

Result<QString> planTarget(const QString& target)
{
    const QString t = target.simplified();
    if (t.isEmpty() || t.size() > kMaxTarget)
        return std::unexpected(
            invalid(QStringLiteral("a plan's target behaviour is 1 to %1 characters (what the "
                                   "rep will do when the skill is there)")
                        .arg(kMaxTarget)));
    return t;
}

Result<void> validStart(const QDate& started)
{
    if (!started.isValid())
        return std::unexpected(invalid(QStringLiteral("a plan needs the date it starts")));
    return {};
}

} // namespace

Result<std::vector<CoachingPlan>> Store::coachingPlans(int64_t repId)
{
    const sql::PrivateTablesDenied guard(*m_db);
    return m_db->queryAll(kPlanColumns + QStringLiteral("WHERE p.rep_id = ? ORDER BY "
                                                        "p.ended_on IS NOT NULL, p.started_on "
                                                        "DESC, p.id DESC"),
                          readPlan, repId);
}

Result<CoachingPlan> Store::addPlan(int64_t repId, int64_t skillId, const QString& target,
                                    const QDate& started)
{
    auto t = planTarget(target);
    if (!t)
        return std::unexpected(t.error());
    if (auto ok = validStart(started); !ok)
        return std::unexpected(ok.error());
    auto who = rep(repId);
    if (!who)
        return std::unexpected(who.error());
    sql::Transaction transaction(*m_db);
    if (auto ok = transaction.begin(); !ok)
        return std::unexpected(ok.error());
    auto running = coachingPlans(repId);
    if (!running)
        return std::unexpected(running.error());
    int count = 0;
    for (const CoachingPlan& p : *running) {
        if (!p.running())
            continue;
        ++count;
        if (p.skill.id == skillId)
            return std::unexpected(invalid(
                QStringLiteral("%1 already has a plan for %2 (since %3): change it or end it")
                    .arg(who->name, p.skill.name, p.started.toString(Qt::ISODate))));
    }
    if (count >= kMaxRunningPlans)
        return std::unexpected(
            invalid(QStringLiteral("%1 already works on %2 skills: end one before starting "
                                   "another (one or two at a time is what sticks)")
                        .arg(who->name)
                        .arg(count)));
    auto exists = m_db->scalar(QStringLiteral("SELECT count(*) FROM skills WHERE id = ?"), skillId);
    if (!exists)
        return std::unexpected(exists.error());
    if (!*exists)
        return std::unexpected(notFound(QStringLiteral("skill"), skillId));
    if (auto ok = m_db->execute(QStringLiteral("INSERT INTO coaching_plans (rep_id, skill_id, "
                                               "target, started_on, created_at) "
                                               "VALUES (?, ?, ?, ?, ?)"),
                                repId, skillId, *t, started, now());
        !ok)
        return std::unexpected(ok.error());
    const int64_t id = m_db->lastInsertId();
    if (auto ok = transaction.commit(); !ok)
        return std::unexpected(ok.error());
    auto plan = m_db->queryOne(kPlanColumns + QStringLiteral("WHERE p.id = ?"), readPlan, id);
    return found(std::move(plan), QStringLiteral("coaching plan"), id);
}

Result<void> Store::updatePlan(int64_t planId, const QString& target, const QDate& started)
{
    auto t = planTarget(target);
    if (!t)
        return std::unexpected(t.error());
    if (auto ok = validStart(started); !ok)
        return ok;
    auto ended = m_db->queryOne(
        QStringLiteral("SELECT ended_on FROM coaching_plans WHERE id = ?"),
        [](const sql::Statement& s) {
            QDate d;
            s.columns(d);
            return d;
        },
        planId);
    if (!ended)
        return std::unexpected(ended.error());
    if (!*ended)
        return std::unexpected(notFound(QStringLiteral("coaching plan"), planId));
    if ((*ended)->isValid() && **ended < started)
        return std::unexpected(
            invalid(QStringLiteral("the plan ended on %1, before %2")
                        .arg((*ended)->toString(Qt::ISODate), started.toString(Qt::ISODate))));
    return m_db->execute(
        QStringLiteral("UPDATE coaching_plans SET target = ?, started_on = ? WHERE id = ?"), *t,
        started, planId);
}

Result<void> Store::endPlan(int64_t planId, const QDate& ended)
{
    auto plan =
        found(m_db->queryOne(kPlanColumns + QStringLiteral("WHERE p.id = ?"), readPlan, planId),
              QStringLiteral("coaching plan"), planId);
    if (!plan)
        return std::unexpected(plan.error());
    if (ended.isValid() && ended > QDate::currentDate())
        return std::unexpected(
            invalid(QStringLiteral("a plan ends today or on a day that has passed, not %1")
                        .arg(ended.toString(Qt::ISODate))));
    if (ended.isValid() && ended < plan->started)
        return std::unexpected(
            invalid(QStringLiteral("the plan started on %1, after %2")
                        .arg(plan->started.toString(Qt::ISODate), ended.toString(Qt::ISODate))));
    if (!ended.isValid() && !plan->running()) {
        // Running again counts against the limit like a new plan.
        auto all = coachingPlans(plan->repId);
        if (!all)
            return std::unexpected(all.error());
        int running = 0;
        for (const CoachingPlan& p : *all) {
            if (!p.running() || p.id == planId)
                continue;
            ++running;
            if (p.skill.id == plan->skill.id)
                return std::unexpected(
                    invalid(QStringLiteral("another plan for %1 is running (since %2)")
                                .arg(p.skill.name, p.started.toString(Qt::ISODate))));
        }
        if (running >= kMaxRunningPlans)
            return std::unexpected(invalid(
                QStringLiteral("the rep already works on %1 skills: end one first").arg(running)));
    }
    return m_db->execute(QStringLiteral("UPDATE coaching_plans SET ended_on = ? WHERE id = ?"),
                         ended, planId);
}

Result<void> Store::deletePlan(int64_t planId)
{
    if (auto ok = m_db->execute(QStringLiteral("DELETE FROM coaching_plans WHERE id = ?"), planId);
        !ok)
        return ok;
    if (m_db->changes() == 0)
        return std::unexpected(notFound(QStringLiteral("coaching plan"), planId));
    return {};
}

} // namespace coachtrack::annotations
