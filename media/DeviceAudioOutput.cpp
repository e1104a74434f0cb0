// DeviceAudioOutput: the default sound device through QAudioSink in push mode; played frames
// are what was written minus what still waits in the sink's buffer. Thread of its creator.
#include "media/AudioOutput.h"

#include <QAudioDevice>
#include <QAudioFormat>
#include <QAudioSink>
#include <QIODevice>
#include <QMediaDevices>
#include <algorithm>

namespace coachtrack::media {

namespace {

class DeviceAudioOutput final : public AudioOutput
{
public:
    explicit DeviceAudioOutput(QAudioDevice device)
        : m_device(std::move(device))
    {
    }

    bool start(int sampleRate, int channels) override
    {
        stop();
        QAudioFormat format;
        format.setSampleRate(sampleRate);
        format.setChannelCount(channels);
        format.setSampleFormat(QAudioFormat::Int16);
        m_bytesPerFrame = 2 * channels;
        m_sink = std::make_unique<QAudioSink>(m_device, format);
        m_sink->setBufferSize(sampleRate / 10 *
                              m_bytesPerFrame); // 100 ms: rate changes are heard quickly
        m_io = m_sink->start();
        m_written = 0;
        return m_io != nullptr && m_sink->error() == QAudio::NoError;
    }
    void stop() override
    {
        if (m_sink)
            m_sink->stop();
        m_sink.reset();
        m_io = nullptr;
    }
    void setPaused(bool paused) override
    {
        if (!m_sink)
            return;
        if (paused)
            m_sink->suspend();
        else
            m_sink->resume();
    }
    int64_t framesWanted() override { return m_sink ? m_sink->bytesFree() / m_bytesPerFrame : 0; }
    void write(const int16_t* interleaved, int64_t frames) override
    {
        if (m_io)
            m_written +=
                m_io->write(reinterpret_cast<const char*>(interleaved), frames * m_bytesPerFrame) /
                m_bytesPerFrame;
    }
    int64_t framesPlayed() override
    {
        if (!m_sink)
            return 0;
        const int64_t queued = (m_sink->bufferSize() - m_sink->bytesFree()) / m_bytesPerFrame;
        return std::max<int64_t>(0, m_written - queued);
    }
    QString problem() const override
    {
        if (!m_sink || m_sink->error() == QAudio::NoError ||
            m_sink->error() == QAudio::UnderrunError)
            return {};
        return QStringLiteral("the sound device %1 stopped working").arg(m_device.description());
    }
    QString name() const override { return m_device.description(); }

private:
    QAudioDevice m_device;
    std::unique_ptr<QAudioSink> m_sink;
    QIODevice* m_io = nullptr;
    int64_t m_written = 0;
    int m_bytesPerFrame = 4;
};

} // namespace

std::unique_ptr<AudioOutput> makeAudioOutput()
{
    const QAudioDevice device = QMediaDevices::defaultAudioOutput();
    if (qEnvironmentVariable("COACHTRACK_AUDIO") == u"null" || device.isNull())
        return makeNullAudioOutput();
    return std::make_unique<DeviceAudioOutput>(device);
}

} // namespace coachtrack::media
