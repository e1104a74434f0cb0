#include "media/PeakCache.h"

#include "media/PeakBuilder.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QStandardPaths>

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
    QByteArray digest;
};

int64_t ceilDiv(int64_t a, int64_t b)
{
    return (a + b - 1) / b;
}

QByteArray payloadOf(const AudioAnalysis& a)
{
    QByteArray out;
    for (int c = 0; c < a.channelCount(); ++c) {
        const auto& peaks = a.peaks.level(0, c);
        out.append(reinterpret_cast<const char*>(peaks.data()),
                   qsizetype(peaks.size() * sizeof(MinMax)));
    }
    for (const auto& e : a.energy)
        out.append(reinterpret_cast<const char*>(e.data()), qsizetype(e.size() * sizeof(float)));
    return out;
}

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
    QFile file(pathFor(fingerprint));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    QDataStream in(&file);
    in.setByteOrder(QDataStream::LittleEndian);
    char magic[8];
    if (in.readRawData(magic, 8) != 8 || memcmp(magic, kMagic, 8) != 0)
        return std::nullopt;
    Header h;
    in >> h.version >> h.flags >> h.sampleRate >> h.channels >> h.frames >> h.basePeak >>
        h.energyBlockMs >> h.payloadBytes;
    h.digest.resize(32);
    if (in.readRawData(h.digest.data(), 32) != 32 || in.status() != QDataStream::Ok)
        return std::nullopt;
    if (h.version != kFormatVersion)
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
    if (h.payloadBytes != expected || quint64(file.size() - file.pos()) != expected)
        return std::nullopt;
    const QByteArray payload = file.read(qint64(expected));
    if (quint64(payload.size()) != expected ||
        QCryptographicHash::hash(payload, QCryptographicHash::Sha256) != h.digest)
        return std::nullopt;

    std::vector<std::vector<MinMax>> base(h.channels, std::vector<MinMax>(size_t(peaks)));
    std::vector<std::vector<float>> energy(h.channels, std::vector<float>(size_t(blocks)));
    const char* p = payload.constData();
    for (auto& b : base) {
        memcpy(b.data(), p, b.size() * sizeof(MinMax));
        p += b.size() * sizeof(MinMax);
    }
    for (auto& e : energy) {
        memcpy(e.data(), p, e.size() * sizeof(float));
        p += e.size() * sizeof(float);
    }
    CachedAnalysis entry;
    entry.analysis.peaks = PeakPyramid(int(h.sampleRate), int64_t(h.frames), std::move(base));
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
    const QByteArray payload = entry.noAudio ? QByteArray() : payloadOf(entry.analysis);
    QDataStream out(&file);
    out.setByteOrder(QDataStream::LittleEndian);
    out.writeRawData(kMagic, 8);
    out << kFormatVersion << (entry.noAudio ? kFlagNoAudio : 0u)
        << quint32(entry.analysis.sampleRate()) << quint32(entry.analysis.channelCount())
        << quint64(entry.analysis.frames()) << quint32(PeakPyramid::kBaseSamplesPerPeak)
        << quint32(PeakBuilder::kEnergyBlockMs) << quint64(payload.size());
    const QByteArray digest = QCryptographicHash::hash(payload, QCryptographicHash::Sha256);
    out.writeRawData(digest.constData(), int(digest.size()));
    out.writeRawData(payload.constData(), int(payload.size()));
    return out.status() == QDataStream::Ok && file.commit();
}

} // namespace coachtrack::media
