// Store: private notes encrypted at rest. A sealed note's text and tags are one
// XChaCha20-Poly1305 ciphertext bound to its id (PrivateCipher); its text column holds only a
// placeholder, so the on-disk index learns nothing. Private search then runs over an index
// kept in memory, built from the decrypted notes when first needed.
#include "annotations/Sqlite.h"
#include "annotations/Store.h"
#include "annotations/StoreRows.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace coachtrack::annotations {

using namespace rows;

namespace {

// What a sealed note's text column holds: punctuation, which the index does not keep.
const QString kPlaceholder = QStringLiteral("\u2022");
constexpr int kPadBytes = 64;
const QByteArray kKeyCheck = QByteArrayLiteral("coachtrack private key check");
const QByteArray kKeyCheckContext = QByteArrayLiteral("coachtrack:key-check");
const QByteArray kKeyWrapContext = QByteArrayLiteral("coachtrack:key-wrap");

QByteArray noteContext(int64_t noteId)
{
    return QByteArrayLiteral("coachtrack:private-note:") + QByteArray::number(qint64(noteId));
}

StoreError lockedError()
{
    return {StoreErrorCode::Locked,
            QStringLiteral("private notes are encrypted and locked: unlock them with the "
                           "library's key (the desktop's secret store, or its passphrase) first")};
}

QString keyStorageName(Store::KeyStorage storage)
{
    return storage == Store::KeyStorage::Keyring ? QStringLiteral("keyring")
                                                 : QStringLiteral("passphrase");
}

} // namespace

void Store::readKeySettings()
{
    auto rows =
        m_db->queryAll(QStringLiteral("SELECT key, value FROM library_settings WHERE key IN "
                                      "('library_id', 'private_key_storage')"),
                       [](const sql::Statement& s) {
                           return std::pair{s.text(0), s.text(1)};
                       });
    if (!rows)
        return; // a library from before version 3, opened read-only: nothing is encrypted
    for (const auto& [key, value] : *rows) {
        if (key == u"library_id")
            m_libraryId = value;
        else if (value == u"keyring")
            m_keyStorage = KeyStorage::Keyring;
        else if (value == u"passphrase")
            m_keyStorage = KeyStorage::Passphrase;
    }
}

bool Store::isPrivateLocked() const
{
    return m_keyStorage != KeyStorage::None && !m_privateKey;
}

Result<void> Store::requireUnlocked() const
{
    if (isPrivateLocked())
        return std::unexpected(lockedError());
    return {};
}

Result<Store::StoredText> Store::storedForm(int64_t noteId, const QString& text,
                                            const QString& tags)
{
    if (m_keyStorage == KeyStorage::None)
        readKeySettings(); // another connection may have encrypted the library since
    if (m_keyStorage == KeyStorage::None)
        return StoredText{text, tags, std::nullopt};
    if (!m_privateKey)
        return std::unexpected(lockedError());
    QByteArray plain =
        QJsonDocument(QJsonObject{{QStringLiteral("text"), text}, {QStringLiteral("tags"), tags}})
            .toJson(QJsonDocument::Compact);
    // Padded with spaces (which JSON ignores) to a multiple of kPadBytes, so the sealed size
    // tells a note's length only roughly.
    plain.append(QByteArray((kPadBytes - plain.size() % kPadBytes) % kPadBytes, ' '));
    return StoredText{kPlaceholder, QString(), seal(*m_privateKey, plain, noteContext(noteId))};
}

Result<void> Store::writeSealed(int64_t noteId, const StoredText& stored)
{
    m_privateIndex.reset();
    if (!stored.sealed)
        return {};
    return m_db->execute(QStringLiteral("UPDATE private_notes SET sealed = ? WHERE id = ?"),
                         *stored.sealed, noteId);
}

void Store::openSealed(PrivateNote& note, const QByteArray& sealed) const
{
    note.text.clear();
    note.tags.clear();
    if (!m_privateKey) {
        note.access = PrivateAccess::Locked;
        return;
    }
    const std::optional<QByteArray> plain = unseal(*m_privateKey, sealed, noteContext(note.id));
    const QJsonObject fields = plain ? QJsonDocument::fromJson(*plain).object() : QJsonObject();
    if (!fields.contains(QStringLiteral("text"))) {
        note.access = PrivateAccess::Damaged;
        return;
    }
    note.text = fields.value(QStringLiteral("text")).toString();
    note.tags = fields.value(QStringLiteral("tags")).toString();
    note.access = PrivateAccess::Readable;
}

Result<void> Store::encryptPrivateNotes(const PrivateKey& key, const QString& passphrase)
{
    if (m_keyStorage != KeyStorage::None)
        return std::unexpected(
            invalid(QStringLiteral("private notes in this library are already encrypted")));
    const KeyStorage storage = passphrase.isEmpty() ? KeyStorage::Keyring : KeyStorage::Passphrase;
    auto notes = m_db->queryAll(QStringLiteral("SELECT id, text, tags FROM private_notes"),
                                [](const sql::Statement& s) {
                                    return std::tuple{s.int64(0), s.text(1), s.text(2)};
                                });
    if (!notes)
        return std::unexpected(notes.error());
    sql::Transaction transaction(*m_db);
    if (auto ok = transaction.begin(); !ok)
        return ok;
    m_privateKey = key; // storedForm seals with it
    m_keyStorage = storage;
    auto undo = [this](StoreError error) -> Result<void> {
        m_privateKey.reset();
        m_keyStorage = KeyStorage::None;
        return std::unexpected(std::move(error));
    };
    for (const auto& [id, text, tags] : *notes) {
        auto stored = storedForm(id, text, tags);
        if (!stored)
            return undo(stored.error());
        if (auto ok = m_db->execute(
                QStringLiteral("UPDATE private_notes SET text = ?, tags = ?, sealed = ? "
                               "WHERE id = ?"),
                stored->text, stored->tags, *stored->sealed, id);
            !ok)
            return undo(ok.error());
    }
    std::vector<std::pair<QString, QString>> settings{
        {QStringLiteral("private_key_storage"), keyStorageName(storage)},
        {QStringLiteral("private_key_check"),
         QString::fromLatin1(seal(key, kKeyCheck, kKeyCheckContext).toBase64())}};
    if (storage == KeyStorage::Passphrase) {
        const QByteArray salt = randomBytes(16);
        const PassphraseCost cost = PassphraseCost::interactive();
        const std::optional<PrivateKey> wrapping = keyFromPassphrase(passphrase, salt, cost);
        if (!wrapping)
            return undo(invalid(QStringLiteral("the passphrase could not be turned into a key")));
        settings.insert(
            settings.end(),
            {{QStringLiteral("private_kdf_salt"), QString::fromLatin1(salt.toBase64())},
             {QStringLiteral("private_kdf_ops"), QString::number(cost.opsLimit)},
             {QStringLiteral("private_kdf_mem"), QString::number(cost.memLimit)},
             {QStringLiteral("private_key_wrapped"),
              QString::fromLatin1(seal(*wrapping, key.bytes(), kKeyWrapContext).toBase64())}});
    }
    for (const auto& [name, value] : settings)
        if (auto ok = m_db->execute(QStringLiteral("INSERT OR REPLACE INTO library_settings "
                                                   "(key, value) VALUES (?, ?)"),
                                    name, value);
            !ok)
            return undo(ok.error());
    if (auto ok = transaction.commit(); !ok)
        return undo(ok.error());
    m_privateIndex.reset();
    wipePrivateResidue(); // the plaintext the notes had
    return {};
}

Result<void> Store::unlockPrivate(const PrivateKey& key)
{
    if (m_keyStorage == KeyStorage::None)
        return {};
    auto check = m_db->queryOne(
        QStringLiteral("SELECT value FROM library_settings WHERE key = 'private_key_check'"),
        [](const sql::Statement& s) { return QByteArray::fromBase64(s.text(0).toLatin1()); });
    if (!check)
        return std::unexpected(check.error());
    if (!*check || unseal(key, **check, kKeyCheckContext) != kKeyCheck)
        return std::unexpected(
            StoreError{StoreErrorCode::Locked,
                       QStringLiteral("%1: this key does not open the library's private notes "
                                      "(they stay locked; nothing was changed)")
                           .arg(path())});
    m_privateKey = key;
    m_privateIndex.reset();
    return {};
}

Result<PrivateKey> Store::unlockPrivate(const QString& passphrase)
{
    if (m_keyStorage != KeyStorage::Passphrase)
        return std::unexpected(invalid(
            m_keyStorage == KeyStorage::None
                ? QStringLiteral("private notes in this library are not encrypted")
                : QStringLiteral("this library's key is kept in the desktop's secret store, "
                                 "not by a passphrase")));
    auto values = m_db->queryAll(QStringLiteral("SELECT key, value FROM library_settings WHERE "
                                                "key LIKE 'private_k%'"),
                                 [](const sql::Statement& s) {
                                     return std::pair{s.text(0), s.text(1)};
                                 });
    if (!values)
        return std::unexpected(values.error());
    QHash<QString, QString> setting;
    for (const auto& [name, value] : *values)
        setting.insert(name, value);
    const PassphraseCost cost{setting.value(QStringLiteral("private_kdf_ops")).toULongLong(),
                              setting.value(QStringLiteral("private_kdf_mem")).toULongLong()};
    const QByteArray salt =
        QByteArray::fromBase64(setting.value(QStringLiteral("private_kdf_salt")).toLatin1());
    const std::optional<PrivateKey> wrapping = keyFromPassphrase(passphrase, salt, cost);
    const std::optional<QByteArray> raw =
        wrapping ? unseal(*wrapping,
                          QByteArray::fromBase64(
                              setting.value(QStringLiteral("private_key_wrapped")).toLatin1()),
                          kKeyWrapContext)
                 : std::nullopt;
    const std::optional<PrivateKey> key = raw ? PrivateKey::fromBytes(*raw) : std::nullopt;
    if (!key)
        return std::unexpected(StoreError{
            StoreErrorCode::Locked,
            QStringLiteral(
                "%1: wrong passphrase; private notes stay locked and nothing was changed")
                .arg(path())});
    if (auto ok = unlockPrivate(*key); !ok)
        return std::unexpected(ok.error());
    return *key;
}

Result<std::vector<SearchHit>> Store::searchSealed(const QString& ftsQuery, int limit)
{
    if (auto ok = requireUnlocked(); !ok)
        return std::unexpected(ok.error());
    auto version = dataVersion();
    if (!version)
        return std::unexpected(version.error());
    if (!m_privateIndex || m_privateIndexVersion != *version) {
        auto index = std::make_unique<sql::Connection>();
        if (auto ok = index->open(QStringLiteral(":memory:"), true); !ok)
            return std::unexpected(ok.error());
        if (auto ok = index->exec(QStringLiteral(
                "CREATE VIRTUAL TABLE idx USING fts5 (text, tags, tokenize = 'unicode61 "
                "remove_diacritics 2')"));
            !ok)
            return std::unexpected(ok.error());
        auto notes = m_db->queryAll(
            QStringLiteral("SELECT id, sealed FROM private_notes WHERE sealed IS NOT NULL"),
            [this](const sql::Statement& s) {
                PrivateNote note;
                note.id = s.int64(0);
                openSealed(note, s.blob(1));
                return note;
            });
        if (!notes)
            return std::unexpected(notes.error());
        (void)index->exec(QStringLiteral("BEGIN"));
        for (const PrivateNote& note : *notes)
            if (note.access == PrivateAccess::Readable)
                (void)index->execute(
                    QStringLiteral("INSERT INTO idx (rowid, text, tags) VALUES (?, ?, ?)"), note.id,
                    note.text, note.tags);
        (void)index->exec(QStringLiteral("COMMIT"));
        m_privateIndex = std::move(index);
        m_privateIndexVersion = *version;
    }
    auto matches = m_privateIndex->queryAll(
        QStringLiteral("SELECT rowid, snippet(idx, 0, char(2), char(3), '…', 12) FROM idx "
                       "WHERE idx MATCH ? ORDER BY bm25(idx), rowid DESC LIMIT ?"),
        [](const sql::Statement& s) {
            return std::pair{s.int64(0), s.text(1)};
        },
        ftsQuery, int64_t(limit));
    if (!matches)
        return std::unexpected(matches.error());
    std::vector<SearchHit> hits;
    for (const auto& [id, marked] : *matches) {
        auto where = m_db->queryOne(
            QStringLiteral("SELECT n.session_id, s.recording_id, n.start_ms FROM private_notes n "
                           "JOIN sessions s ON s.id = n.session_id WHERE n.id = ?"),
            [](const sql::Statement& s) {
                return std::tuple{s.int64(0), s.int64(1), s.int64(2)};
            },
            id);
        if (!where)
            return std::unexpected(where.error());
        if (!*where)
            continue;
        const auto [sessionId, recordingId, startMs] = **where;
        SearchHit hit{id,     Track::Private, sessionId, recordingId, startMs,
                      marked, marked,         false,     {}};
        hit.snippet.replace(kMatchStart, u'[').replace(kMatchEnd, u']');
        hits.push_back(std::move(hit));
    }
    return hits;
}

} // namespace coachtrack::annotations
