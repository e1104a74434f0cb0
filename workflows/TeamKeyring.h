#pragma once

#include <QString>
#include <expected>
#include <optional>

namespace coachtrack::workflows::teamkeyring {

// The password of a team server's login in the desktop's secret store, filed under the
// server's URL (which never holds it). Any thread; blocking D-Bus calls.
std::expected<std::optional<QString>, QString> load(const QString& url);
std::expected<void, QString> save(const QString& url, const QString& password);
std::expected<void, QString> forget(const QString& url);

// The password for `url`: the secret store's, or empty when it has none or cannot be asked
// (libpq then looks in PGPASSWORD and ~/.pgpass).
QString passwordFor(const QString& url);

} // namespace coachtrack::workflows::teamkeyring
