// Store: a recording's transcript (cues and the role of each speaker) and the roles the
// library remembers by name. Importing replaces a recording's transcript in one transaction.
#include "annotations/Sqlite.h"
#include "annotations/Store.h"
#include "annotations/StoreRows.h"

#include <QDateTime>
#include <algorithm>
#include <map>

namespace coachtrack::annotations {

using namespace rows;

namespace {

constexpr qsizetype kMaxCueText = 20'000; // characters; a cue is a few sentences
constexpr qsizetype kMaxSpeakerName = 200;
constexpr qsizetype kMaxFillerWords = 200;
constexpr qsizetype kMaxFillerLength = 60;
const QString kFillerWordsKey = QStringLiteral("filler_words"); // one per line
constexpr qsizetype kMaxPhrasingRules = 500;
// One per line, "directive: you need to" (workflows/NotePhrasing.h reads them).
const QString kPhrasingRulesKey = QStringLiteral("phrasing_rules");

} // namespace

Result<void> Store::importTranscript(int64_t recordingId, const RecordingTranscript& transcript,
                                     const std::vector<TranscriptSpeaker>& roles)
{
    for (const TranscriptLine& line : transcript.lines) {
        if (line.startMs < 0 || line.endMs < line.startMs)
            return std::unexpected(
                invalid(QStringLiteral("a transcript line ends before it starts (at %1 ms)")
                            .arg(line.startMs)));
        if (line.fileStartMs.has_value() != line.fileEndMs.has_value() ||
            (line.fileStartMs && (*line.fileStartMs < 0 || *line.fileEndMs < *line.fileStartMs)))
            return std::unexpected(
                invalid(QStringLiteral("a moved transcript line lost its file times (at %1 ms)")
                            .arg(line.startMs)));
        if (line.text.size() > kMaxCueText || line.speaker.size() > kMaxSpeakerName)
            return std::unexpected(
                invalid(QStringLiteral("a transcript line or speaker name is too long")));
    }
    sql::Transaction transaction(*m_db);
    if (auto ok = transaction.begin(); !ok)
        return ok;
    auto exists =
        m_db->scalar(QStringLiteral("SELECT count(*) FROM recordings WHERE id = ?"), recordingId);
    if (!exists)
        return std::unexpected(exists.error());
    if (*exists == 0)
        return std::unexpected(notFound(QStringLiteral("recording"), recordingId));
    if (auto ok = m_db->execute(QStringLiteral("DELETE FROM transcripts WHERE recording_id = ?"),
                                recordingId);
        !ok)
        return ok;
    if (auto ok = m_db->execute(QStringLiteral("INSERT INTO transcripts (recording_id, format, "
                                               "source_name, imported_at) VALUES (?, ?, ?, ?)"),
                                recordingId, transcript.format, transcript.sourceName,
                                QDateTime::currentDateTimeUtc());
        !ok)
        return ok;
    auto insertLine = m_db->prepare(
        QStringLiteral("INSERT INTO transcript_cues (recording_id, start_ms, end_ms, speaker, "
                       "text, estimated, file_start_ms, file_end_ms) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!insertLine)
        return std::unexpected(insertLine.error());
    std::map<QString, TranscriptSpeaker> speakers;
    for (const TranscriptLine& line : transcript.lines) {
        insertLine->reset();
        insertLine->bindAll(recordingId, line.startMs, line.endMs, line.speaker, line.text,
                            int64_t(line.estimated), line.fileStartMs, line.fileEndMs);
        if (auto ok = insertLine->step(); !ok)
            return std::unexpected(ok.error());
        if (!line.speaker.isEmpty())
            speakers.emplace(line.speaker, TranscriptSpeaker{line.speaker, {}, {}});
    }
    for (const TranscriptSpeaker& given : roles)
        if (given.role && !given.confidence && speakers.contains(given.name)) {
            speakers[given.name].role = given.role;
            if (auto ok = m_db->execute(
                    QStringLiteral("INSERT INTO speaker_roles (name, role) VALUES (?1, ?2) "
                                   "ON CONFLICT (name) DO UPDATE SET role = ?2"),
                    given.name, speakerRoleName(*given.role));
                !ok)
                return ok;
        }
    for (auto& [name, speaker] : speakers) {
        if (!speaker.role) {
            auto remembered = m_db->queryOne(
                QStringLiteral("SELECT role FROM speaker_roles WHERE name = ?"),
                [](const sql::Statement& s) { return speakerRoleFromName(s.text(0)); }, name);
            if (!remembered)
                return std::unexpected(remembered.error());
            speaker.role = remembered->value_or(std::nullopt);
        }
        if (!speaker.role)
            for (const TranscriptSpeaker& proposed : roles)
                if (proposed.name == name && proposed.role && proposed.confidence) {
                    speaker.role = proposed.role;
                    speaker.confidence = std::clamp(*proposed.confidence, 0.0, 1.0);
                }
        if (auto ok = m_db->execute(
                QStringLiteral("INSERT INTO transcript_speakers (recording_id, name, role, "
                               "role_confidence) VALUES (?, ?, ?, ?)"),
                recordingId, name,
                speaker.role ? std::optional(speakerRoleName(*speaker.role)) : std::nullopt,
                speaker.confidence);
            !ok)
            return ok;
    }
    return transaction.commit();
}

Result<std::optional<RecordingTranscript>> Store::transcript(int64_t recordingId)
{
    auto head = m_db->queryOne(
        QStringLiteral("SELECT format, source_name FROM transcripts WHERE recording_id = ?"),
        [](const sql::Statement& s) {
            RecordingTranscript t;
            t.format = s.text(0);
            t.sourceName = s.text(1);
            return t;
        },
        recordingId);
    if (!head || !*head)
        return head ? Result<std::optional<RecordingTranscript>>(std::nullopt)
                    : std::unexpected(head.error());
    RecordingTranscript t = std::move(**head);
    auto lines = m_db->queryAll(
        QStringLiteral("SELECT start_ms, end_ms, speaker, text, estimated, file_start_ms, "
                       "file_end_ms FROM transcript_cues WHERE recording_id = ? "
                       "ORDER BY start_ms, id"),
        [](const sql::Statement& s) {
            return TranscriptLine{s.int64(0),      s.int64(1),         s.text(2),         s.text(3),
                                  s.int64(4) != 0, s.optionalInt64(5), s.optionalInt64(6)};
        },
        recordingId);
    if (!lines)
        return std::unexpected(lines.error());
    t.lines = std::move(*lines);
    auto speakers = m_db->queryAll(
        QStringLiteral("SELECT name, role, role_confidence FROM transcript_speakers "
                       "WHERE recording_id = ? ORDER BY name"),
        [](const sql::Statement& s) {
            return TranscriptSpeaker{s.text(0), speakerRoleFromName(s.text(1)),
                                     s.isNull(2) ? std::nullopt : std::optional(s.real(2))};
        },
        recordingId);
    if (!speakers)
        return std::unexpected(speakers.error());
    t.speakers = std::move(*speakers);
    return t;
}

Result<void> Store::setSpeakerRole(int64_t recordingId, const QString& speaker, SpeakerRole role)
{
    sql::Transaction transaction(*m_db);
    if (auto ok = transaction.begin(); !ok)
        return ok;
    if (auto ok = m_db->execute(QStringLiteral("UPDATE transcript_speakers SET role = ?, "
                                               "role_confidence = NULL "
                                               "WHERE recording_id = ? AND name = ?"),
                                speakerRoleName(role), recordingId, speaker);
        !ok)
        return ok;
    if (m_db->changes() == 0)
        return std::unexpected(
            invalid(QStringLiteral("the transcript of recording %1 has no speaker \"%2\"")
                        .arg(recordingId)
                        .arg(speaker)));
    if (auto ok =
            m_db->execute(QStringLiteral("INSERT INTO speaker_roles (name, role) VALUES "
                                         "(?1, ?2) ON CONFLICT (name) DO UPDATE SET role = ?2"),
                          speaker, speakerRoleName(role));
        !ok)
        return ok;
    return transaction.commit();
}

Result<std::optional<QStringList>> Store::listSetting(const QString& key)
{
    auto value = m_db->queryOne(
        QStringLiteral("SELECT value FROM library_settings WHERE key = ?"),
        [](const sql::Statement& s) { return s.text(0); }, key);
    if (!value)
        return std::unexpected(value.error());
    if (!*value)
        return std::optional<QStringList>();
    return std::optional((*value)->split(u'\n', Qt::SkipEmptyParts));
}

Result<void> Store::setListSetting(const QString& key, const std::optional<QStringList>& lines,
                                   const ListLimits& limits)
{
    QStringList kept;
    for (const QString& line : lines.value_or(QStringList()))
        if (const QString l = line.simplified();
            !l.isEmpty() && !kept.contains(l, Qt::CaseInsensitive))
            kept << l;
    if (kept.size() > limits.maxLines ||
        std::ranges::any_of(kept, [&](const QString& l) { return l.size() > limits.maxLength; }))
        return std::unexpected(invalid(QStringLiteral("%1 holds at most %2 %3 of at most %4 "
                                                      "characters each")
                                           .arg(limits.what)
                                           .arg(limits.maxLines)
                                           .arg(limits.lines)
                                           .arg(limits.maxLength)));
    if (kept.isEmpty())
        return m_db->execute(QStringLiteral("DELETE FROM library_settings WHERE key = ?"), key);
    return m_db->execute(
        QStringLiteral("INSERT OR REPLACE INTO library_settings (key, value) VALUES (?, ?)"), key,
        kept.join(u'\n'));
}

Result<std::optional<QStringList>> Store::fillerWords()
{
    return listSetting(kFillerWordsKey);
}

Result<void> Store::setFillerWords(const std::optional<QStringList>& words)
{
    return setListSetting(kFillerWordsKey, words,
                          {kMaxFillerWords, kMaxFillerLength, QStringLiteral("a filler list"),
                           QStringLiteral("words or phrases")});
}

Result<std::optional<QStringList>> Store::phrasingRules()
{
    return listSetting(kPhrasingRulesKey);
}

Result<void> Store::setPhrasingRules(const std::optional<QStringList>& rules)
{
    return setListSetting(kPhrasingRulesKey, rules,
                          {kMaxPhrasingRules, kMaxFillerLength + 20,
                           QStringLiteral("a phrasing list"), QStringLiteral("rules")});
}

Result<std::optional<QStringList>> Store::momentKeywords()
{
    return listSetting(QStringLiteral("moment_keywords"));
}

Result<void> Store::setMomentKeywords(const std::optional<QStringList>& keywords)
{
    return setListSetting(QStringLiteral("moment_keywords"), keywords,
                          {kMaxFillerWords, kMaxFillerLength, QStringLiteral("a keyword list"),
                           QStringLiteral("words or phrases")});
}

} // namespace coachtrack::annotations
