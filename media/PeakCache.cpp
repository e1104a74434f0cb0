#include "media/PeakCache.h"

#include "media/PeakBuilder.h"

#include <QDataStream>
#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QStandardPaths>
#include <memory>
#include <span>
#include <xxhash.h>

namespace coachtrack::media {

namespace {

constexpr char kMagic[8] = {'C', 'T', 'P', 'E', 'A', 'K', 'S', '\0'};
constexpr quint32 kFlagNoAudio = 1;

struct Header
{
    quint32 version = 0, flags = 0, sampleRate = 0, channels = 0;
    quint64 frames = 0;
    quint32 basePeak = 0, energyBlockMs = 0;
    quint64 payloadBytes = 0;
    quint64 checksum = 0; // XXH3-64 of the payload
};

int64_t ceilDiv(int64_t a, int64_t b)
{
    return (a + b - 1) / b;
}

// A cache file mapped read-only for as long as an analysis borrows its level 0.
class MappedFile
{
public:
    explicit MappedFile(std::unique_ptr<QFile> file)
        : m_file(std::move(file))
    {
    }
    ~MappedFile()
    {
        if (m_data)
            m_file->unmap(m_data);
    }
    MappedFile(const MappedFile&) = delete;
    MappedFile& operator=(const MappedFile&) = delete;
    const uchar* map(qint64 offset, qint64 size)
    {
        m_data = m_file->map(offset, size);
        return m_data;
    }

private:
    std::unique_ptr<QFile> m_file;
    uchar* m_data = nullptr;
};

// A running XXH3-64 checksum (libxxhash): tens of GB/s, so a 3-hour call's cache is checked
// in about a millisecond.
struct Xxh3
{
    XXH3_state_t* state = XXH3_createState();
    Xxh3() { XXH3_64bits_reset(state); }
    ~Xxh3() { XXH3_freeState(state); }
    Xxh3(const Xxh3&) = delete;
    Xxh3& operator=(const Xxh3&) = delete;
    void add(const char* data, qint64 bytes) { XXH3_64bits_update(state, data, size_t(bytes)); }
    quint64 digest() const { return XXH3_64bits_digest(state); }
};

} // namespace

PeakCache::PeakCache(QString directory)
    : m_directory(std::move(directory))
{
    if (m_directory.isEmpty())
        m_directory = QStandardPaths::writableLocation(QStandardPaths::CacheLocation) +
                      QStringLiteral("/peaks");
}

QString PeakCache::pathFor(const QString& fingerprint) const
{
    return m_directory + u'/' + fingerprint + QStringLiteral(".ctpeaks");
}

std::optional<CachedAnalysis> PeakCache::load(const QString& fingerprint) const
{
    auto file = std::make_unique<QFile>(pathFor(fingerprint));
    if (!file->open(QIODevice::ReadOnly))
        return std::nullopt;
    QDataStream in(file.get());
    in.setByteOrder(QDataStream::LittleEndian);
    char magic[8];
    if (in.readRawData(magic, 8) != 8 || memcmp(magic, kMagic, 8) != 0)
        return std::nullopt;
    Header h;
    in >> h.version >> h.flags >> h.sampleRate >> h.channels >> h.frames >> h.basePeak >>
        h.energyBlockMs >> h.payloadBytes >> h.checksum;
    if (in.status() != QDataStream::Ok || h.version != kFormatVersion)
        return std::nullopt;
    if (h.flags & kFlagNoAudio)
        return h.payloadBytes == 0 ? std::optional(CachedAnalysis{true, {}}) : std::nullopt;

    // Everything must agree with what this build would have written.
    if (h.basePeak != quint32(PeakPyramid::kBaseSamplesPerPeak) ||
        h.energyBlockMs != quint32(PeakBuilder::kEnergyBlockMs) || h.channels == 0 ||
        h.channels > 64 || h.sampleRate == 0 || h.sampleRate > 1'000'000)
        return std::nullopt;
    const int64_t peaks = ceilDiv(int64_t(h.frames), PeakPyramid::kBaseSamplesPerPeak);
    const int64_t blocks = PeakBuilder::energyBlockCount(int64_t(h.frames), int(h.sampleRate));
    const quint64 expected = quint64(h.channels) * quint64(peaks * qint64(sizeof(MinMax)) +
                                                           blocks * qint64(sizeof(float)));
    if (h.payloadBytes != expected || quint64(file->size() - file->pos()) != expected)
        return std::nullopt;

    // Level 0 stays in the file, mapped (a 3-hour call's is 22 MB: copying it cost more than
    // the rest of a reopen); its pages come from the page cache as they are drawn. The
    // checksum covers the whole payload. Cache files are replaced by rename, never rewritten
    // in place, so the mapping stays valid however long the analysis is kept.
    const qint64 payloadAt = file->pos();
    auto mapping = std::make_shared<MappedFile>(std::move(file));
    const uchar* payload = mapping->map(payloadAt, qint64(expected));
    if (!payload || XXH3_64bits(payload, size_t(expected)) != h.checksum)
        return std::nullopt;
    std::vector<std::span<const MinMax>> base;
    const auto* peakData = reinterpret_cast<const MinMax*>(payload);
    for (quint32 c = 0; c < h.channels; ++c)
        base.emplace_back(peakData + c * size_t(peaks), size_t(peaks));
    const auto* energyData =
        reinterpret_cast<const float*>(payload + h.channels * size_t(peaks) * sizeof(MinMax));
    std::vector<std::vector<float>> energy;
    for (quint32 c = 0; c < h.channels; ++c)
        energy.emplace_back(energyData + c * size_t(blocks), energyData + (c + 1) * size_t(blocks));
    CachedAnalysis entry;
    entry.analysis.peaks =
        PeakPyramid(int(h.sampleRate), int64_t(h.frames), std::move(base), std::move(mapping));
    entry.analysis.energy = std::move(energy);
    entry.analysis.energyBlockMs = PeakBuilder::kEnergyBlockMs;
    return entry;
}

bool PeakCache::store(const QString& fingerprint, const CachedAnalysis& entry) const
{
    if (!QDir().mkpath(m_directory))
        return false;
    QSaveFile file(pathFor(fingerprint));
    if (!file.open(QIODevice::WriteOnly))
        return false;
    // The payload is written from the analysis itself, never copied whole: its checksum is
    // taken first, then the pieces follow the header.
    const AudioAnalysis& a = entry.analysis;
    std::vector<std::span<const MinMax>> peakChannels;
    for (int c = 0; !entry.noAudio && c < a.channelCount(); ++c)
        peakChannels.push_back(a.peaks.level(0, c));
    quint64 payloadBytes = 0;
    Xxh3 checksum;
    auto pieces = [&](auto&& f) {
        for (const auto channel : peakChannels)
            f(reinterpret_cast<const char*>(channel.data()), qint64(channel.size_bytes()));
        if (!entry.noAudio)
            for (const auto& channel : a.energy)
                f(reinterpret_cast<const char*>(channel.data()),
                  qint64(channel.size() * sizeof(float)));
    };
    pieces([&](const char* data, qint64 bytes) {
        checksum.add(data, bytes);
        payloadBytes += quint64(bytes);
    });
    QDataStream out(&file);
    out.setByteOrder(QDataStream::LittleEndian);
    out.writeRawData(kMagic, 8);
    out << kFormatVersion << (entry.noAudio ? kFlagNoAudio : 0u)
        << quint32(entry.analysis.sampleRate()) << quint32(entry.analysis.channelCount())
        << quint64(entry.analysis.frames()) << quint32(PeakPyramid::kBaseSamplesPerPeak)
        << quint32(PeakBuilder::kEnergyBlockMs) << payloadBytes << checksum.digest();
    bool written = out.status() == QDataStream::Ok;
    pieces([&](const char* data, qint64 bytes) {
        written = written && file.write(data, bytes) == bytes;
    });
    return written && file.commit();
}

} // namespace coachtrack::media
