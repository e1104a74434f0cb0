#include "app/gui/window/ScreenshotTaker.h"

#include "app/gui/media/VideoView.h"
#include "app/gui/window/MainWindow.h"
#include "media/Player.h"
#include "media/VideoPresenter.h"

#include <QCoreApplication>
#include <QPixmap>
#include <QTextStream>

namespace coachtrack::app {

namespace {
constexpr qint64 kPlayedEnoughMs = 600;
}

ScreenshotTaker::ScreenshotTaker(MainWindow* window, QString outputPath, bool waitForPlayback,
                                 int timeoutMs)
    : QObject(window)
    , m_window(window)
    , m_outputPath(std::move(outputPath))
{
    connect(window, &MainWindow::playbackFailed, this, [this](const QString& message) {
        // Let the banner lay itself out before it is captured.
        QTimer::singleShot(150, this, [this, message] { finish(1, message); });
    });
    m_poll.setInterval(50);
    connect(&m_poll, &QTimer::timeout, this, &ScreenshotTaker::check);
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this,
            [this] { finish(1, QStringLiteral("playback did not start within the time limit")); });
    if (waitForPlayback) {
        m_poll.start();
        m_timeout.start(timeoutMs);
    } else {
        QTimer::singleShot(300, this, [this] { finish(0, {}); });
    }
}

void ScreenshotTaker::check()
{
    media::Player* player = m_window->player();
    if (player->state() != media::Player::State::Playing || player->position() < kPlayedEnoughMs)
        return;
    const media::VideoPresenter* video = m_window->videoPresenter();
    if (video->hasVideo() && (!m_window->videoView()->hasFrame() || !video->lastErrorMs() ||
                              std::abs(*video->lastErrorMs()) > 200))
        return;                  // wait for a picture of the moment being heard
    if (m_window->isAnalysing()) // the waveform is still being built
        return;
    finish(0, {});
}

void ScreenshotTaker::finish(int exitCode, const QString& why)
{
    if (m_done)
        return;
    m_done = true;
    m_poll.stop();
    m_timeout.stop();
    QTextStream err(stderr);
    if (!m_window->grab().save(m_outputPath, "PNG")) {
        err << "coachtrack: cannot write the screenshot to " << m_outputPath << '\n';
        exitCode = 1;
    } else if (exitCode != 0) {
        err << "coachtrack: screenshot saved to " << m_outputPath << ", but " << why << '\n';
    }
    QCoreApplication::exit(exitCode);
}

} // namespace coachtrack::app
