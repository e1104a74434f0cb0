// Store: the session templates, the structure a review session follows. Not private: the rep
// reads a session's structure on the debrief, so the shareable copy carries them.
#include "annotations/Sqlite.h"
#include "annotations/Store.h"
#include "annotations/StoreRows.h"

#include <QJsonDocument>

namespace coachtrack::annotations {

using namespace rows;

namespace {

const QString kTemplateSelect =
    QStringLiteral("SELECT id, name, is_default, parts FROM session_templates ");

// A row as stored; its parts are read by readTemplate.
struct TemplateRow
{
    int64_t id = 0;
    QString name;
    bool isDefault = false;
    QString parts;
};

TemplateRow readRow(const sql::Statement& s)
{
    TemplateRow r;
    s.columns(r.id, r.name, r.isDefault, r.parts);
    return r;
}

Result<SessionTemplate> toTemplate(const TemplateRow& row)
{
    auto parts = templatePartsFromJson(QJsonDocument::fromJson(row.parts.toUtf8()).array());
    if (!parts)
        return std::unexpected(
            StoreError{StoreErrorCode::Corrupt, QStringLiteral("session template %1 is damaged: %2")
                                                    .arg(row.name, parts.error().message)});
    return SessionTemplate{row.id, row.name, row.isDefault, std::move(*parts)};
}

Result<SessionTemplate> oneTemplate(Result<std::optional<TemplateRow>> row, const QString& what)
{
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return std::unexpected(StoreError{StoreErrorCode::NotFound, what});
    return toTemplate(**row);
}

QString partsText(const std::vector<TemplatePart>& parts)
{
    return QString::fromUtf8(
        QJsonDocument(templatePartsToJson(parts)).toJson(QJsonDocument::Compact));
}

} // namespace

Result<void> Store::seedAfterMigration(int version)
{
    if (version != kTemplatesVersion)
        return {};
    const SessionTemplate t = builtInTemplate();
    const QString at = now();
    return m_db->execute(QStringLiteral("INSERT INTO session_templates (name, is_default, parts, "
                                        "created_at, updated_at) VALUES (?, 1, ?, ?, ?)"),
                         t.name, partsText(t.parts), at, at);
}

Result<std::vector<SessionTemplate>> Store::sessionTemplates()
{
    auto rows = m_db->queryAll(kTemplateSelect + QStringLiteral("ORDER BY name, id"), readRow);
    if (!rows)
        return std::unexpected(rows.error());
    std::vector<SessionTemplate> templates;
    for (const TemplateRow& row : *rows) {
        auto t = toTemplate(row);
        if (!t)
            return std::unexpected(t.error());
        templates.push_back(std::move(*t));
    }
    return templates;
}

Result<SessionTemplate> Store::sessionTemplate(const QString& name)
{
    return oneTemplate(
        m_db->queryOne(kTemplateSelect + QStringLiteral("WHERE name = ?"), readRow, name.trimmed()),
        QStringLiteral("there is no session template named %1 (`coachtrack template list`)")
            .arg(name.trimmed()));
}

Result<SessionTemplate> Store::saveSessionTemplate(const SessionTemplate& t)
{
    SessionTemplate kept = t;
    kept.name = t.name.trimmed();
    for (TemplatePart& part : kept.parts) {
        part.heading = part.heading.trimmed();
        part.prompt = part.prompt.trimmed();
    }
    if (const QString problem = templateProblem(kept); !problem.isEmpty())
        return std::unexpected(invalid(problem));
    auto clash = m_db->scalar(
        QStringLiteral("SELECT count(*) FROM session_templates WHERE name = ? AND id != ?"),
        kept.name, kept.id);
    if (!clash)
        return std::unexpected(clash.error());
    if (*clash)
        return std::unexpected(
            invalid(QStringLiteral("there is already a template named %1").arg(kept.name)));
    const QString at = now();
    if (kept.id == 0) {
        if (auto ok = m_db->execute(QStringLiteral("INSERT INTO session_templates (name, parts, "
                                                   "created_at, updated_at) VALUES (?, ?, ?, ?)"),
                                    kept.name, partsText(kept.parts), at, at);
            !ok)
            return std::unexpected(ok.error());
        kept.id = m_db->lastInsertId();
    } else {
        if (auto ok = m_db->execute(QStringLiteral("UPDATE session_templates SET name = ?, "
                                                   "parts = ?, updated_at = ? WHERE id = ?"),
                                    kept.name, partsText(kept.parts), at, kept.id);
            !ok)
            return std::unexpected(ok.error());
        if (m_db->changes() == 0)
            return std::unexpected(notFound(QStringLiteral("session template"), kept.id));
    }
    return oneTemplate(
        m_db->queryOne(kTemplateSelect + QStringLiteral("WHERE id = ?"), readRow, kept.id),
        QStringLiteral("there is no session template with id %1").arg(kept.id));
}

Result<void> Store::setDefaultSessionTemplate(int64_t id)
{
    sql::Transaction transaction(*m_db);
    if (auto ok = transaction.begin(); !ok)
        return ok;
    auto exists = m_db->scalar(QStringLiteral("SELECT count(*) FROM session_templates "
                                              "WHERE id = ?"),
                               id);
    if (!exists)
        return std::unexpected(exists.error());
    if (!*exists)
        return std::unexpected(notFound(QStringLiteral("session template"), id));
    if (auto ok = m_db->execute(
            QStringLiteral("UPDATE session_templates SET is_default = 0 WHERE is_default = 1"));
        !ok)
        return ok;
    if (auto ok = m_db->execute(
            QStringLiteral("UPDATE session_templates SET is_default = 1 WHERE id = ?"), id);
        !ok)
        return ok;
    return transaction.commit();
}

Result<void> Store::deleteSessionTemplate(int64_t id)
{
    sql::Transaction transaction(*m_db);
    if (auto ok = transaction.begin(); !ok)
        return ok;
    auto row = m_db->queryOne(kTemplateSelect + QStringLiteral("WHERE id = ?"), readRow, id);
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return std::unexpected(notFound(QStringLiteral("session template"), id));
    if ((*row)->isDefault)
        return std::unexpected(
            invalid(QStringLiteral("%1 is the default template; make another one the default first")
                        .arg((*row)->name)));
    if (auto ok = m_db->execute(
            QStringLiteral("UPDATE sessions SET template_id = NULL WHERE template_id = ?"), id);
        !ok)
        return ok;
    if (auto ok = m_db->execute(QStringLiteral("DELETE FROM session_templates WHERE id = ?"), id);
        !ok)
        return ok;
    return transaction.commit();
}

Result<SessionTemplate> Store::templateOfSession(int64_t sessionId)
{
    auto s = session(sessionId);
    if (!s)
        return std::unexpected(s.error());
    // A session's own template, else the default, else (a damaged library that lost both)
    // the built-in one, so that a session can always be laid out and debriefed.
    auto row = m_db->queryOne(kTemplateSelect + QStringLiteral("WHERE id = ?1 OR is_default = 1 "
                                                               "ORDER BY id = ?1 DESC LIMIT 1"),
                              readRow, s->templateId.value_or(0));
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return builtInTemplate();
    return toTemplate(**row);
}

} // namespace coachtrack::annotations
