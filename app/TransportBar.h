#pragma once

#include <QWidget>

class QLabel;
class QMediaPlayer;
class QSlider;
class QToolButton;

namespace coachtrack::app {

// Play/pause button, position slider and elapsed/total clock for one QMediaPlayer. GUI thread.
class TransportBar : public QWidget
{
    Q_OBJECT
public:
    explicit TransportBar(QMediaPlayer* player, QWidget* parent = nullptr);

    QString elapsedText() const;

private:
    void showPosition(qint64 positionMs);
    void showDuration(qint64 durationMs);
    void showState();

    QMediaPlayer* m_player;
    QToolButton* m_playButton;
    QLabel* m_elapsed;
    QSlider* m_slider;
    QLabel* m_total;
};

} // namespace coachtrack::app
