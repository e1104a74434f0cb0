#pragma once

#include "media/AudioAnalysis.h"

#include <QString>
#include <optional>

namespace coachtrack::media {

// What the cache knows about a recording: its analysis, or that it has no audio at all.
struct CachedAnalysis
{
    bool noAudio = false;
    AudioAnalysis analysis;
};

// A versioned binary cache of analyses, one file per recording fingerprint. A file that is
// truncated, corrupt, of another version or inconsistent is ignored (and later overwritten),
// never trusted. Files are written atomically. Any thread; no shared state.
class PeakCache
{
public:
    // `directory` defaults to <user cache dir>/peaks.
    explicit PeakCache(QString directory = {});

    QString directory() const { return m_directory; }
    QString pathFor(const QString& fingerprint) const;

    std::optional<CachedAnalysis> load(const QString& fingerprint) const;
    // Returns false (and leaves no partial file) when the cache cannot be written.
    bool store(const QString& fingerprint, const CachedAnalysis& entry) const;

    // 2: energy blocks of PeakBuilder::kEnergyBlockMs (version 1 held 256-sample blocks).
    // 3: the payload checked by XXH3-64 instead of SHA-256 (a 3-hour call reopens in ms).
    static constexpr quint32 kFormatVersion = 3;

private:
    QString m_directory;
};

} // namespace coachtrack::media
