#include "app/TransportBar.h"

#include "annotations/TimeCode.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMediaPlayer>
#include <QSlider>
#include <QStyle>
#include <QToolButton>

namespace coachtrack::app {

using annotations::formatClock;

TransportBar::TransportBar(QMediaPlayer* player, QWidget* parent)
    : QWidget(parent)
    , m_player(player)
    , m_playButton(new QToolButton(this))
    , m_elapsed(new QLabel(formatClock(0), this))
    , m_slider(new QSlider(Qt::Horizontal, this))
    , m_total(new QLabel(formatClock(0), this))
{
    setObjectName(QStringLiteral("transportBar"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    m_playButton->setIconSize(QSize(24, 24));
    m_playButton->setFocusPolicy(Qt::NoFocus);
    m_playButton->setToolTip(tr("Play / pause (Space)"));
    m_slider->setFocusPolicy(Qt::NoFocus);
    m_slider->setRange(0, 0);
    m_slider->setAccessibleName(tr("Position"));
    for (QLabel* clock : {m_elapsed, m_total}) {
        clock->setMinimumWidth(clock->fontMetrics().horizontalAdvance(QStringLiteral("00:00:00")));
        clock->setAlignment(Qt::AlignCenter);
    }
    layout->addWidget(m_playButton);
    layout->addWidget(m_elapsed);
    layout->addWidget(m_slider, 1);
    layout->addWidget(m_total);

    connect(m_playButton, &QToolButton::clicked, this, [this] {
        if (m_player->playbackState() == QMediaPlayer::PlayingState)
            m_player->pause();
        else if (!m_player->source().isEmpty())
            m_player->play();
    });
    connect(m_slider, &QSlider::sliderMoved, this, [this](int value) { m_player->setPosition(value); });
    connect(m_slider, &QSlider::actionTriggered, this, [this](int) {
        if (!m_slider->isSliderDown())
            m_player->setPosition(m_slider->sliderPosition());
    });
    connect(m_player, &QMediaPlayer::positionChanged, this, &TransportBar::showPosition);
    connect(m_player, &QMediaPlayer::durationChanged, this, &TransportBar::showDuration);
    connect(m_player, &QMediaPlayer::playbackStateChanged, this, &TransportBar::showState);
    showState();
}

QString TransportBar::elapsedText() const
{
    return m_elapsed->text();
}

void TransportBar::showPosition(qint64 positionMs)
{
    if (!m_slider->isSliderDown())
        m_slider->setValue(int(positionMs));
    m_elapsed->setText(formatClock(positionMs));
}

void TransportBar::showDuration(qint64 durationMs)
{
    m_slider->setRange(0, int(durationMs));
    m_slider->setPageStep(int(std::max<qint64>(1000, durationMs / 20)));
    m_total->setText(formatClock(durationMs));
}

void TransportBar::showState()
{
    const bool playing = m_player->playbackState() == QMediaPlayer::PlayingState;
    m_playButton->setIcon(style()->standardIcon(playing ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
    m_playButton->setAccessibleName(playing ? tr("Pause") : tr("Play"));
}

} // namespace coachtrack::app
