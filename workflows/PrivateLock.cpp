#include "workflows/PrivateLock.h"

#include "workflows/PrivateKeyring.h"

#include <QHash>
#include <QMutex>
#include <QObject>

namespace coachtrack::workflows {

using annotations::PrivateKey;
using annotations::Store;
using annotations::StoreErrorCode;

namespace {

// Keys this process has used, by library id: memory only, never written anywhere.
QMutex keysMutex;
QHash<QString, PrivateKey>& knownKeys()
{
    static QHash<QString, PrivateKey> keys;
    return keys;
}

void remember(const Store& store, const PrivateKey& key)
{
    const QMutexLocker lock(&keysMutex);
    knownKeys().insert(store.libraryId(), key);
}

std::optional<PrivateKey> known(const Store& store)
{
    const QMutexLocker lock(&keysMutex);
    const auto found = knownKeys().constFind(store.libraryId());
    return found == knownKeys().constEnd() ? std::nullopt : std::optional(*found);
}

Error locked(const QString& why)
{
    return {StoreErrorCode::Locked, why};
}

} // namespace

Expected<void> unlockPrivateNotes(Store& store, const PassphrasePrompt& prompt)
{
    if (!store.isPrivateLocked())
        return {};
    if (const std::optional<PrivateKey> key = known(store))
        if (store.unlockPrivate(*key))
            return {};
    if (store.privateKeyStorage() == Store::KeyStorage::Keyring) {
        auto key = keyring::load(store.libraryId());
        if (!key)
            return std::unexpected(
                locked(QStringLiteral("private notes stay locked: %1").arg(key.error())));
        if (!*key)
            return std::unexpected(
                locked(QStringLiteral("private notes stay locked: the desktop's secret store has "
                                      "no key for this library (%1)")
                           .arg(store.path())));
        if (auto ok = store.unlockPrivate(**key); !ok)
            return std::unexpected(fromStore(ok.error()));
        remember(store, **key);
        return {};
    }
    Error last = locked(QStringLiteral("private notes stay locked: no passphrase was given"));
    for (int attempt = 0; attempt < 3 && prompt; ++attempt) {
        const std::optional<QString> passphrase = prompt();
        if (!passphrase)
            break;
        auto key = store.unlockPrivate(*passphrase);
        if (key) {
            remember(store, *key); // the key itself, never the passphrase
            return {};
        }
        last = fromStore(key.error());
    }
    return std::unexpected(last);
}

annotations::Result<std::unique_ptr<Store>> openWithKnownKey(const QString& path)
{
    auto store = Store::open(path);
    if (store && (*store)->isPrivateLocked())
        if (const std::optional<PrivateKey> key = known(**store))
            (void)(*store)->unlockPrivate(*key);
    return store;
}

Expected<void> encryptPrivateNotes(Store& store, const QString& passphrase)
{
    if (store.isReadOnly())
        return std::unexpected(Error{StoreErrorCode::ReadOnly, store.readOnlyReason()});
    if (store.privateKeyStorage() != Store::KeyStorage::None)
        return std::unexpected(Error{StoreErrorCode::InvalidInput,
                                     QStringLiteral("private notes in this library are already "
                                                    "encrypted")});
    const PrivateKey key = PrivateKey::generate();
    if (passphrase.isEmpty()) {
        if (const QString why = keyring::unavailableReason(); !why.isEmpty())
            return std::unexpected(Error{
                StoreErrorCode::Locked,
                QStringLiteral("there is no secret store to keep the key in (%1); encrypt with a "
                               "passphrase instead")
                    .arg(why)});
        if (auto saved = keyring::save(store.libraryId(), key, store.path()); !saved)
            return std::unexpected(Error{StoreErrorCode::Io, saved.error()});
    }
    if (auto ok = store.encryptPrivateNotes(key, passphrase); !ok)
        return std::unexpected(fromStore(ok.error()));
    remember(store, key);
    return {};
}

QString shownText(const annotations::PrivateNote& note)
{
    switch (note.access) {
    case annotations::PrivateAccess::Readable: return note.text;
    case annotations::PrivateAccess::Locked:
        return QObject::tr("Locked: the library's key is not available");
    case annotations::PrivateAccess::Damaged:
        return QObject::tr("Damaged: this note cannot be decrypted (kept as it is)");
    }
    return {};
}

void forgetRememberedKeys()
{
    const QMutexLocker lock(&keysMutex);
    knownKeys().clear();
}

QString describePrivateLock(const Store& store)
{
    switch (store.privateKeyStorage()) {
    case Store::KeyStorage::None: return QObject::tr("private notes are not encrypted");
    case Store::KeyStorage::Keyring:
        return store.isPrivateLocked()
                   ? QObject::tr("private notes are encrypted; their key is in the desktop's "
                                 "secret store; locked")
                   : QObject::tr("private notes are encrypted; their key is in the desktop's "
                                 "secret store; unlocked");
    case Store::KeyStorage::Passphrase:
        return store.isPrivateLocked()
                   ? QObject::tr("private notes are encrypted with a passphrase; locked")
                   : QObject::tr("private notes are encrypted with a passphrase; unlocked");
    }
    return {};
}

} // namespace coachtrack::workflows
