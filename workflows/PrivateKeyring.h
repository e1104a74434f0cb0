#pragma once

#include "annotations/PrivateCipher.h"

#include <QString>
#include <expected>
#include <optional>

namespace coachtrack::workflows::keyring {

// The key of an encrypted library's private notes in the desktop's secret store (the Secret
// Service of GNOME Keyring or KWallet, through libsecret), filed under the library's id.
// Blocking D-Bus calls with a short timeout; any thread. Errors say what the store answered.

// Whether a Secret Service answers on this desktop session ("" when it does, else why not).
QString unavailableReason();
// The library's key, nullopt when the store holds none for it.
std::expected<std::optional<annotations::PrivateKey>, QString> load(const QString& libraryId);
std::expected<void, QString> save(const QString& libraryId, const annotations::PrivateKey& key,
                                  const QString& libraryPath);
std::expected<void, QString> forget(const QString& libraryId);

} // namespace coachtrack::workflows::keyring
