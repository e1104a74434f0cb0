#include "app/VideoView.h"

#include <QPainter>
#include <QVideoFrame>
#include <QVideoSink>

namespace coachtrack::app {

VideoView::VideoView(QWidget* parent)
    : QWidget(parent)
    , m_sink(new QVideoSink(this))
{
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMinimumSize(320, 180);
    connect(m_sink, &QVideoSink::videoFrameChanged, this, &VideoView::takeFrame);
}

void VideoView::clear()
{
    m_frame = QImage();
    update();
}

void VideoView::takeFrame(const QVideoFrame& frame)
{
    if (!frame.isValid())
        return;
    m_frame = frame.toImage();
    update();
    if (!m_frame.isNull())
        Q_EMIT frameShown(frame.startTime() / 1000);
}

void VideoView::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.fillRect(rect(), Qt::black);
    if (m_frame.isNull())
        return;
    const QSize scaled = m_frame.size().scaled(size(), Qt::KeepAspectRatio);
    const QRect target(QPoint((width() - scaled.width()) / 2, (height() - scaled.height()) / 2),
                       scaled);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    painter.drawImage(target, m_frame);
}

} // namespace coachtrack::app
