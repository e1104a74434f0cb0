// Store: scorecards, the library's editable skill list and each review session's ratings of
// them (the manager's, the rep's own, and the manager's comment for the rep). Shareable.
#include "annotations/Sqlite.h"
#include "annotations/Store.h"
#include "annotations/StoreRows.h"

namespace coachtrack::annotations {

using namespace rows;

namespace {

constexpr qsizetype kMaxSkillName = 60;
constexpr qsizetype kMaxComment = 2000;

Skill readSkill(const sql::Statement& s)
{
    Skill k;
    s.columns(k.id, k.name, k.position);
    return k;
}

Result<QString> skillName(const QString& name)
{
    const QString n = name.simplified();
    if (n.isEmpty() || n.size() > kMaxSkillName)
        return std::unexpected(invalid(
            QStringLiteral("a skill's name is one line of 1 to %1 characters").arg(kMaxSkillName)));
    return n;
}

std::optional<QString> ratingProblem(std::optional<int> rating, const char* who)
{
    if (rating && (*rating < 1 || *rating > 5))
        return QStringLiteral("the %1 rating is 1 to 5, not %2")
            .arg(QLatin1String(who))
            .arg(*rating);
    return std::nullopt;
}

} // namespace

Result<std::vector<Skill>> Store::skills()
{
    return m_db->queryAll(
        QStringLiteral("SELECT id, name, position FROM skills ORDER BY position, id"), readSkill);
}

Result<Skill> Store::addSkill(const QString& name)
{
    auto n = skillName(name);
    if (!n)
        return std::unexpected(n.error());
    auto clash = m_db->scalar(QStringLiteral("SELECT count(*) FROM skills WHERE name = ?"), *n);
    if (!clash)
        return std::unexpected(clash.error());
    if (*clash)
        return std::unexpected(
            invalid(QStringLiteral("there is already a skill named %1").arg(*n)));
    if (auto ok = m_db->execute(
            QStringLiteral("INSERT INTO skills (name, position, created_at) VALUES "
                           "(?, (SELECT coalesce(max(position), 0) + 1 FROM skills), ?)"),
            *n, now());
        !ok)
        return std::unexpected(ok.error());
    return Skill{m_db->lastInsertId(), *n, 0};
}

Result<void> Store::renameSkill(int64_t skillId, const QString& name)
{
    auto n = skillName(name);
    if (!n)
        return std::unexpected(n.error());
    auto clash = m_db->scalar(
        QStringLiteral("SELECT count(*) FROM skills WHERE name = ? AND id != ?"), *n, skillId);
    if (!clash)
        return std::unexpected(clash.error());
    if (*clash)
        return std::unexpected(
            invalid(QStringLiteral("there is already a skill named %1").arg(*n)));
    if (auto ok =
            m_db->execute(QStringLiteral("UPDATE skills SET name = ? WHERE id = ?"), *n, skillId);
        !ok)
        return ok;
    if (m_db->changes() == 0)
        return std::unexpected(notFound(QStringLiteral("skill"), skillId));
    return {};
}

Result<void> Store::removeSkill(int64_t skillId, bool withUses)
{
    auto used =
        m_db->scalar(QStringLiteral("SELECT count(*) FROM scores WHERE skill_id = ?"), skillId);
    auto plans = m_db->scalar(
        QStringLiteral("SELECT count(*) FROM coaching_plans WHERE skill_id = ?"), skillId);
    if (!used || !plans)
        return std::unexpected(!used ? used.error() : plans.error());
    if ((*used || *plans) && !withUses) {
        QStringList uses;
        if (*used)
            uses << (*used == 1 ? QStringLiteral("1 score rates this skill")
                                : QStringLiteral("%1 scores rate this skill").arg(*used));
        if (*plans)
            uses << (*plans == 1 ? QStringLiteral("1 coaching plan works on it")
                                 : QStringLiteral("%1 coaching plans work on it").arg(*plans));
        return std::unexpected(invalid(uses.join(QStringLiteral(" and ")) +
                                       QStringLiteral("; removing it removes them too")));
    }
    if (auto ok = m_db->execute(QStringLiteral("DELETE FROM skills WHERE id = ?"), skillId); !ok)
        return ok;
    if (m_db->changes() == 0)
        return std::unexpected(notFound(QStringLiteral("skill"), skillId));
    return {};
}

Result<void> Store::setScore(int64_t sessionId, int64_t skillId, std::optional<int> manager,
                             std::optional<int> self, const QString& comment)
{
    for (const auto& problem : {ratingProblem(manager, "manager's"), ratingProblem(self, "rep's")})
        if (problem)
            return std::unexpected(invalid(*problem));
    const QString text = comment.trimmed();
    if (text.size() > kMaxComment)
        return std::unexpected(invalid(
            QStringLiteral("a score's comment holds at most %1 characters").arg(kMaxComment)));
    if (!manager && !self) {
        if (!text.isEmpty())
            return std::unexpected(invalid(QStringLiteral("a comment goes with a rating")));
        return m_db->execute(
            QStringLiteral("DELETE FROM scores WHERE session_id = ? AND skill_id = ?"), sessionId,
            skillId);
    }
    if (auto s = session(sessionId); !s)
        return std::unexpected(s.error());
    auto exists = m_db->scalar(QStringLiteral("SELECT count(*) FROM skills WHERE id = ?"), skillId);
    if (!exists)
        return std::unexpected(exists.error());
    if (!*exists)
        return std::unexpected(notFound(QStringLiteral("skill"), skillId));
    return m_db->execute(
        QStringLiteral("INSERT OR REPLACE INTO scores (session_id, skill_id, manager, self, "
                       "comment, updated_at) VALUES (?, ?, ?, ?, ?, ?)"),
        sessionId, skillId, manager, self, text, now());
}

Result<void> Store::setSelfRatings(const std::vector<SelfRating>& ratings)
{
    for (const SelfRating& r : ratings)
        if (const auto problem = ratingProblem(r.rating, "rep's"))
            return std::unexpected(invalid(*problem));
    sql::Transaction transaction(*m_db);
    if (auto ok = transaction.begin(); !ok)
        return ok;
    for (const SelfRating& r : ratings) {
        auto s = currentSession(r.recordingId);
        if (!s)
            return std::unexpected(s.error());
        if (auto ok = m_db->execute(
                QStringLiteral("INSERT INTO scores (session_id, skill_id, self, updated_at) "
                               "VALUES (?, ?, ?, ?) ON CONFLICT (session_id, skill_id) DO UPDATE "
                               "SET self = excluded.self, updated_at = excluded.updated_at"),
                s->id, r.skillId, int64_t(r.rating), now());
            !ok)
            return ok;
    }
    return transaction.commit();
}

Result<std::vector<Score>> Store::scores(int64_t sessionId)
{
    return m_db->queryAll(
        QStringLiteral("SELECT c.session_id, k.id, k.name, k.position, c.manager, c.self, "
                       "c.comment FROM scores c JOIN skills k ON k.id = c.skill_id "
                       "WHERE c.session_id = ? ORDER BY k.position, k.id"),
        [](const sql::Statement& s) {
            Score score;
            std::optional<int64_t> manager, self;
            s.columns(score.sessionId, score.skill.id, score.skill.name, score.skill.position,
                      manager, self, score.comment);
            score.manager = manager ? std::optional(int(*manager)) : std::nullopt;
            score.self = self ? std::optional(int(*self)) : std::nullopt;
            return score;
        },
        sessionId);
}

} // namespace coachtrack::annotations
