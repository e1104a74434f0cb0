#pragma once

#include "media/MediaError.h"

#include <QString>
#include <expected>

namespace coachtrack::media {

// A content fingerprint that survives renaming and moving: SHA-256 over the file size and
// its first and last MiB, as 32 hex digits. Reads at most 2 MiB whatever the file's size.
std::expected<QString, Error> fingerprintFile(const QString& path);

} // namespace coachtrack::media
