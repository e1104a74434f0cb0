#pragma once

#include <QMainWindow>
#include <QMediaPlayer>

class QAudioOutput;
class QLabel;
class QStackedWidget;

namespace coachtrack::app {

class TransportBar;
class VideoView;

// The Coachtrack main window: plays one recording (audio or video) with transport
// controls and shows playback problems in plain words. GUI thread.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);

    // Loads `path` and, when `autoplay`, starts playing it. Problems are shown in the window
    // and announced through playbackFailed().
    void openRecording(const QString& path, bool autoplay);

    QMediaPlayer* player() const { return m_player; }
    VideoView* videoView() const { return m_video; }
    QString recordingPath() const { return m_path; }
    // The problem currently shown to the user, or an empty string.
    QString shownError() const;

Q_SIGNALS:
    void playbackFailed(const QString& message);

private:
    void buildMenus();
    void chooseAndOpen();
    void togglePlayback();
    void skipBy(qint64 deltaMs);
    void showError(const QString& message);
    void clearError();
    void updateStage();

    QMediaPlayer* m_player = nullptr;
    QAudioOutput* m_audioOutput = nullptr;
    QLabel* m_banner = nullptr;
    QStackedWidget* m_stage = nullptr;
    QLabel* m_cardTitle = nullptr;
    QLabel* m_cardDetail = nullptr;
    VideoView* m_video = nullptr;
    TransportBar* m_transport = nullptr;
    QString m_path;
};

} // namespace coachtrack::app
