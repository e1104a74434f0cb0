#pragma once

#include <QWidget>

class QAction;
class QLabel;
class QSlider;
class QToolButton;

namespace coachtrack::media {
class Player;
}

namespace coachtrack::app {

// Play/pause button, position slider, elapsed/total clock, speed display, the skip-silence
// switch with the time it saved, and volume for one media::Player. GUI thread.
class TransportBar : public QWidget
{
    Q_OBJECT
public:
    explicit TransportBar(media::Player* player, QWidget* parent = nullptr);
    QString elapsedText() const;
    QString speedText() const;
    QSlider* volumeSlider() const { return m_volume; }
    // The skip-silence switch (the window's checkable action) beside the speed; it shows the
    // recording time skipped so far (by skip silence and focus listening).
    void setSkipSilenceAction(QAction* action);
    QString listeningText() const;
    // Playback jumps over something now (skip silence or focus listening): the switch then
    // shows what was skipped.
    void setSkipping(bool skipping);

Q_SIGNALS:
    // The play/pause button; the window decides (auto-rewind on resume).
    void playPauseClicked();

private:
    void showPosition(qint64 positionMs);
    void showDuration();
    void showState();
    void showRate(double rate);
    void showSkipped();

    media::Player* m_player;
    QToolButton* m_playButton;
    QLabel* m_elapsed;
    QSlider* m_slider;
    QLabel* m_total;
    QToolButton* m_slower;
    QLabel* m_speed;
    QToolButton* m_faster;
    QSlider* m_volume = nullptr;
    QToolButton* m_skipSilence = nullptr;
    QAction* m_skipAction = nullptr;
    bool m_skipping = false;
};

} // namespace coachtrack::app
