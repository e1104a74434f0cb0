#pragma once

#include <QImage>
#include <QWidget>

class QVideoSink;
class QVideoFrame;

namespace coachtrack::app {

// Paints the frames a QVideoSink receives, letterboxed. Drawing frames ourselves (rather
// than QVideoWidget) makes grab(), screenshots and offscreen tests show the video. GUI thread.
class VideoView : public QWidget
{
    Q_OBJECT
public:
    explicit VideoView(QWidget* parent = nullptr);

    QVideoSink* videoSink() const { return m_sink; }
    bool hasFrame() const { return !m_frame.isNull(); }
    void clear();

Q_SIGNALS:
    // A frame was shown; `startMs` is its time in the recording.
    void frameShown(qint64 startMs);

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    void takeFrame(const QVideoFrame& frame);

    QVideoSink* m_sink;
    QImage m_frame;
};

} // namespace coachtrack::app
