// Store: full-text search, one FTS5 index per track. The shareable search names only
// shareable tables, so it cannot return private text whatever the query says.
#include "annotations/Sqlite.h"
#include "annotations/Store.h"

#include <QRegularExpression>

namespace coachtrack::annotations {

namespace {

// The newest kRecentWindow matches, ranked by relevance (bm25): a frequent word in a library of
// millions of notes then costs a bounded walk of the index instead of scoring every match.
constexpr int kRecentWindow = 500;

QString searchSql(const QString& fts, const QString& notes)
{
    return QStringLiteral("SELECT n.id, n.session_id, s.recording_id, n.start_ms, m.snip FROM ("
                          "  SELECT rowid AS id, bm25(%1) AS score, snippet(%1, 0, char(2), "
                          "char(3), '…', 12) AS snip"
                          "  FROM %1 WHERE %1 MATCH ? ORDER BY rowid DESC LIMIT %3) AS m "
                          "JOIN %2 n ON n.id = m.id JOIN sessions s ON s.id = n.session_id "
                          "ORDER BY m.score, n.id DESC LIMIT ?")
        .arg(fts, notes)
        .arg(kRecentWindow);
}

const QString kShareableSearch =
    searchSql(QStringLiteral("shareable_fts"), QStringLiteral("shareable_notes"));
const QString kPrivateSearch =
    searchSql(QStringLiteral("private_fts"), QStringLiteral("private_notes"));

// Turns what a user typed into an FTS5 query: every word must appear, as a prefix; FTS
// syntax characters are taken literally, so no input is a syntax error.
QString ftsQuery(const QString& typed)
{
    QStringList terms;
    for (const QString& word :
         typed.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts)) {
        QString w = word;
        w.replace(u'"', QStringLiteral("\"\""));
        terms << QStringLiteral("\"%1\"*").arg(w);
    }
    return terms.join(u' ');
}

} // namespace

Result<std::vector<SearchHit>> Store::searchShareable(const QString& query, int limit)
{
    return search(Track::Shareable, query, limit);
}

Result<std::vector<SearchHit>> Store::searchPrivate(const QString& query, int limit)
{
    return search(Track::Private, query, limit);
}

Result<std::vector<SearchHit>> Store::search(Track track, const QString& query, int limit)
{
    const QString fts = ftsQuery(query);
    if (fts.isEmpty())
        return std::vector<SearchHit>{};
    if (track == Track::Private && privateKeyStorage() != KeyStorage::None)
        return searchSealed(fts, limit); // the file's private index holds no words then
    return m_db->queryAll(
        track == Track::Shareable ? kShareableSearch : kPrivateSearch,
        [track](const sql::Statement& s) {
            SearchHit hit{s.int64(0), track,     s.int64(1), s.int64(2), s.int64(3),
                          {},         s.text(4), false,      {}};
            hit.snippet = hit.marked;
            hit.snippet.replace(kMatchStart, u'[').replace(kMatchEnd, u']');
            return hit;
        },
        fts, int64_t(limit));
}

Result<std::vector<SearchHit>> Store::searchTranscripts(const QString& query, int limit)
{
    const QString fts = ftsQuery(query);
    if (fts.isEmpty())
        return std::vector<SearchHit>{};
    return m_db->queryAll(
        QStringLiteral("SELECT c.id, c.recording_id, c.start_ms, m.snip, c.speaker FROM ("
                       "  SELECT rowid AS id, bm25(transcript_fts) AS score,"
                       "  snippet(transcript_fts, 0, char(2), char(3), '…', 12) AS snip"
                       "  FROM transcript_fts WHERE transcript_fts MATCH ?"
                       "  ORDER BY rowid DESC LIMIT %1) AS m "
                       "JOIN transcript_cues c ON c.id = m.id ORDER BY m.score, c.id LIMIT ?")
            .arg(kRecentWindow),
        [](const sql::Statement& s) {
            SearchHit hit{s.int64(0), Track::Shareable, 0,    s.int64(1), s.int64(2),
                          {},         s.text(3),        true, s.text(4)};
            hit.snippet = hit.marked;
            hit.snippet.replace(kMatchStart, u'[').replace(kMatchEnd, u']');
            return hit;
        },
        fts, int64_t(limit));
}

} // namespace coachtrack::annotations
