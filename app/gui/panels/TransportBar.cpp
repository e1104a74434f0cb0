#include "app/gui/panels/TransportBar.h"

#include "annotations/TimeCode.h"
#include "media/Player.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QSlider>
#include <QStyle>
#include <QToolButton>

namespace coachtrack::app {

using annotations::formatClock;
using media::Player;

TransportBar::TransportBar(Player* player, QWidget* parent)
    : QWidget(parent)
    , m_player(player)
    , m_playButton(new QToolButton(this))
    , m_elapsed(new QLabel(formatClock(0), this))
    , m_slider(new QSlider(Qt::Horizontal, this))
    , m_total(new QLabel(formatClock(0), this))
    , m_slower(new QToolButton(this))
    , m_speed(new QLabel(this))
    , m_faster(new QToolButton(this))
{
    setObjectName(QStringLiteral("transportBar"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    m_playButton->setIconSize(QSize(24, 24));
    m_slider->setRange(0, 0);
    m_slider->setMinimumWidth(70); // never squeezed away by the controls beside it
    m_slider->setAccessibleName(tr("Position"));
    for (QLabel* clock : {m_elapsed, m_total}) {
        clock->setMinimumWidth(clock->fontMetrics().horizontalAdvance(QStringLiteral("0:00:00")));
        clock->setAlignment(Qt::AlignCenter);
    }
    m_slower->setText(QStringLiteral("−"));
    m_slower->setToolTip(tr("Slower by 0.1× ([)"));
    m_faster->setText(QStringLiteral("+"));
    m_faster->setToolTip(tr("Faster by 0.1× (])"));
    m_speed->setObjectName(QStringLiteral("speed"));
    m_speed->setToolTip(tr("Playback speed; the voice keeps its pitch"));
    m_speed->setMinimumWidth(m_speed->fontMetrics().horizontalAdvance(QStringLiteral("0.0×  ")));
    m_speed->setAlignment(Qt::AlignCenter);
    m_speed->setStyleSheet(QStringLiteral("font-weight: 600;"));
    for (QWidget* w : std::initializer_list<QWidget*>{m_playButton, m_slider, m_slower, m_faster})
        w->setFocusPolicy(Qt::NoFocus);
    layout->addWidget(m_playButton);
    layout->addWidget(m_elapsed);
    layout->addWidget(m_slider, 1);
    layout->addWidget(m_total);
    layout->addSpacing(8);
    layout->addWidget(m_slower);
    layout->addWidget(m_speed);
    layout->addWidget(m_faster);
    layout->addSpacing(8);
    m_skipSilence = new QToolButton(this);
    m_skipSilence->setObjectName(QStringLiteral("skipSilence"));
    m_skipSilence->setFocusPolicy(Qt::NoFocus);
    m_skipSilence->setStyleSheet(QStringLiteral(
        "QToolButton:checked { background: #2a6fb0; color: white; font-weight: 600; }"));
    m_skipSilence->hide();
    layout->addWidget(m_skipSilence);
    layout->addSpacing(8);
    m_volume = new QSlider(Qt::Horizontal, this);
    m_volume->setObjectName(QStringLiteral("volume"));
    m_volume->setRange(0, 100);
    m_volume->setValue(int(m_player->volume() * 100));
    m_volume->setMinimumWidth(40);
    m_volume->setMaximumWidth(90);
    m_volume->setFocusPolicy(Qt::NoFocus);
    m_volume->setAccessibleName(tr("Volume"));
    m_volume->setToolTip(tr("Volume (Ctrl+↑ / Ctrl+↓)"));
    auto* volumeIcon = new QLabel(this);
    volumeIcon->setPixmap(style()->standardIcon(QStyle::SP_MediaVolume).pixmap(16, 16));
    volumeIcon->setToolTip(m_volume->toolTip());
    layout->addWidget(volumeIcon);
    layout->addWidget(m_volume);
    connect(m_volume, &QSlider::valueChanged, this,
            [this](int value) { m_player->setVolume(value / 100.0); });

    connect(m_playButton, &QToolButton::clicked, this, &TransportBar::playPauseClicked);
    connect(m_slower, &QToolButton::clicked, this,
            [this] { m_player->setRate(m_player->rate() - 0.1); });
    connect(m_faster, &QToolButton::clicked, this,
            [this] { m_player->setRate(m_player->rate() + 0.1); });
    connect(m_slider, &QSlider::sliderMoved, this, [this](int value) { m_player->seek(value); });
    connect(m_slider, &QSlider::actionTriggered, this, [this](int) {
        if (!m_slider->isSliderDown())
            m_player->seek(m_slider->sliderPosition());
    });
    connect(m_player, &Player::positionChanged, this, &TransportBar::showPosition);
    connect(m_player, &Player::skipped, this, &TransportBar::showSkipped);
    connect(m_player, &Player::opened, this, &TransportBar::showSkipped);
    connect(m_player, &Player::opened, this, &TransportBar::showDuration);
    connect(m_player, &Player::stateChanged, this, &TransportBar::showState);
    connect(m_player, &Player::rateChanged, this, &TransportBar::showRate);
    showState();
    showRate(m_player->rate());
}

QString TransportBar::elapsedText() const
{
    return m_elapsed->text();
}
QString TransportBar::speedText() const
{
    return m_speed->text();
}

void TransportBar::setSkipSilenceAction(QAction* action)
{
    m_skipAction = action;
    m_skipSilence->setCheckable(true);
    m_skipSilence->setToolTip(action->toolTip());
    // Wide enough for the longest text it shows, so it never moves the controls beside it.
    const QFontMetrics metrics = m_skipSilence->fontMetrics();
    int widest = 0;
    for (const QString& text : {tr("Skip silence"), tr("Skipped 00.0 s"), tr("Skipped 00:00")})
        widest = std::max(widest, metrics.horizontalAdvance(text));
    m_skipSilence->setMinimumWidth(widest + 16); // an hour's "0:00:00" may stretch it
    connect(m_skipSilence, &QToolButton::clicked, action, &QAction::trigger);
    connect(action, &QAction::toggled, this, &TransportBar::showSkipped);
    m_skipSilence->show();
    showSkipped();
}

QString TransportBar::listeningText() const
{
    return m_skipSilence->text();
}

void TransportBar::setSkipping(bool skipping)
{
    m_skipping = skipping;
    showSkipped();
}

void TransportBar::showSkipped()
{
    if (!m_skipAction)
        return;
    m_skipSilence->setChecked(m_skipAction->isChecked());
    // While skipping: what skip silence and focus listening saved so far, in recording time.
    QString text = tr("Skip silence");
    const qint64 skipped = m_player->skippedMs();
    if (m_skipping && skipped >= 60'000)
        text = tr("Skipped %1").arg(formatClock(skipped));
    else if (m_skipping && skipped > 0)
        text = tr("Skipped %1 s").arg(double(skipped) / 1000, 0, 'f', 1);
    m_skipSilence->setText(text);
    m_skipSilence->setToolTip(m_skipAction->toolTip() +
                              (skipped > 0
                                   ? tr("\nRecording time skipped since the call opened: %1")
                                         .arg(formatClock(skipped, true))
                                   : QString()));
}

void TransportBar::showPosition(qint64 positionMs)
{
    if (!m_slider->isSliderDown())
        m_slider->setValue(int(positionMs));
    m_elapsed->setText(formatClock(positionMs));
}

void TransportBar::showDuration()
{
    const qint64 durationMs = m_player->duration();
    m_slider->setRange(0, int(durationMs));
    m_slider->setPageStep(int(std::max<qint64>(1000, durationMs / 20)));
    m_total->setText(formatClock(durationMs));
}

void TransportBar::showState()
{
    const bool playing = m_player->state() == Player::State::Playing;
    m_playButton->setIcon(
        style()->standardIcon(playing ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
    m_playButton->setAccessibleName(playing ? tr("Pause") : tr("Play"));
}

void TransportBar::showRate(double rate)
{
    m_speed->setText(QStringLiteral("%L1×").arg(rate, 0, 'f', 1));
    m_slower->setEnabled(rate > Player::kMinRate);
    m_faster->setEnabled(rate < Player::kMaxRate);
}

} // namespace coachtrack::app
