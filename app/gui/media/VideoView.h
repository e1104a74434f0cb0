#pragma once

#include <QImage>
#include <QWidget>

namespace coachtrack::app {

// Paints the picture the video presenter hands it, letterboxed. Drawing frames ourselves
// (rather than QVideoWidget) makes grab(), screenshots and offscreen tests show the video.
// GUI thread.
class VideoView : public QWidget
{
    Q_OBJECT
public:
    explicit VideoView(QWidget* parent = nullptr);

    void setFrame(const QImage& frame);
    bool hasFrame() const { return !m_frame.isNull(); }
    void clear();

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QImage m_frame;
};

} // namespace coachtrack::app
