#pragma once

#include <QObject>
#include <QTimer>

namespace coachtrack::app {

class MainWindow;

// Implements `--screenshot OUT`: waits until playback has visibly started (and a video
// frame is on screen for video), saves the window as a PNG and ends the event loop with
// exit code 0 — or 1 when playback failed or never started (the PNG then shows why). GUI thread.
class ScreenshotTaker : public QObject
{
    Q_OBJECT
public:
    ScreenshotTaker(MainWindow* window, QString outputPath, bool waitForPlayback,
                    int timeoutMs = 20000);

private:
    void check();
    void finish(int exitCode, const QString& why);

    MainWindow* m_window;
    QString m_outputPath;
    QTimer m_poll;
    QTimer m_timeout;
    bool m_done = false;
};

} // namespace coachtrack::app
