#include "media/PeakExport.h"

#include <QDataStream>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace coachtrack::media {

namespace {

// audiowaveform's 8-bit values are the 16-bit ones divided by 256, truncated toward zero
// (WaveformBuffer::save in bbc/audiowaveform).
int scaled(int16_t v, int bits)
{
    return bits == 8 ? v / 256 : v;
}

} // namespace

WaveformData waveformFromPyramid(const PeakPyramid& pyramid, int64_t samplesPerPixel, int bits)
{
    WaveformData data;
    data.sampleRate = pyramid.sampleRate();
    data.samplesPerPixel = samplesPerPixel;
    data.bits = bits;
    for (int c = 0; c < pyramid.channelCount(); ++c)
        data.channels.push_back(pyramid.resampled(c, samplesPerPixel));
    return data;
}

QByteArray toAudiowaveformDat(const WaveformData& data)
{
    QByteArray out;
    QDataStream s(&out, QIODevice::WriteOnly);
    s.setByteOrder(QDataStream::LittleEndian);
    const int channels = int(data.channels.size());
    const quint32 length = channels ? quint32(data.channels.front().size()) : 0;
    s << qint32(channels > 1 ? 2 : 1) << quint32(data.bits == 8 ? 1 : 0) << qint32(data.sampleRate)
      << qint32(data.samplesPerPixel) << length;
    if (channels > 1)
        s << qint32(channels);
    for (quint32 i = 0; i < length; ++i)
        for (const auto& ch : data.channels) {
            if (data.bits == 8)
                s << qint8(scaled(ch[i].min, 8)) << qint8(scaled(ch[i].max, 8));
            else
                s << qint16(ch[i].min) << qint16(ch[i].max);
        }
    return out;
}

QByteArray toAudiowaveformJson(const WaveformData& data)
{
    const int channels = int(data.channels.size());
    const qsizetype length = channels ? qsizetype(data.channels.front().size()) : 0;
    QJsonArray values;
    for (qsizetype i = 0; i < length; ++i)
        for (const auto& ch : data.channels) {
            values.append(scaled(ch[size_t(i)].min, data.bits));
            values.append(scaled(ch[size_t(i)].max, data.bits));
        }
    QJsonObject root{{QStringLiteral("version"), channels > 1 ? 2 : 1},
                     {QStringLiteral("sample_rate"), data.sampleRate},
                     {QStringLiteral("samples_per_pixel"), qint64(data.samplesPerPixel)},
                     {QStringLiteral("bits"), data.bits},
                     {QStringLiteral("length"), qint64(length)},
                     {QStringLiteral("data"), values}};
    if (channels > 1)
        root.insert(QStringLiteral("channels"), channels);
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

} // namespace coachtrack::media
