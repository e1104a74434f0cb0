#pragma once

#include <QString>
#include <expected>
#include <optional>

namespace coachtrack::workflows::secrets {

// One kind of secret in the desktop's secret store (the Secret Service of GNOME Keyring or
// KWallet, through libsecret), filed under one attribute: the private notes' key under the
// library's id, a team server's password under its URL. Blocking D-Bus calls; any thread.
// Errors say what the store answered.
struct SecretKind
{
    const char* schemaName; // "org.coachtrack.PrivateNotesKey"
    const char* attribute;  // "library"
};

// Whether a Secret Service answers on this desktop session ("" when it does, else why not).
QString unavailableReason();
std::expected<std::optional<QByteArray>, QString> lookup(const SecretKind& kind,
                                                         const QString& key);
std::expected<void, QString> store(const SecretKind& kind, const QString& key, const QString& label,
                                   const QByteArray& secret);
std::expected<void, QString> clear(const SecretKind& kind, const QString& key);

} // namespace coachtrack::workflows::secrets
