#pragma once

#include <QMainWindow>

class QLabel;
class QMediaPlayer;
class QStackedWidget;

namespace coachtrack::media {
class Player;
}

namespace coachtrack::app {

class TransportBar;
class VideoSync;
class VideoView;

// The Coachtrack main window: plays one recording (audio or video) at 0.5–3× with its pitch
// kept (media::Player; video from a muted QMediaPlayer kept in step by VideoSync), with
// transport controls, and shows playback problems in plain words. GUI thread.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);

    // Loads `path` and, when `autoplay`, starts playing it. Problems are shown in the window
    // and announced through playbackFailed().
    void openRecording(const QString& path, bool autoplay);

    // The coaching library exports and notes go to (Store::defaultPath() unless set).
    void setLibraryPath(const QString& path) { m_libraryPath = path; }
    QString libraryPath() const { return m_libraryPath; }
    // File ▸ Export Debrief… (Ctrl+E): links the open recording to the library and opens
    // the export dialog for its current review session.
    void exportDebrief();

    media::Player* player() const { return m_player; }
    VideoView* videoView() const { return m_video; }
    VideoSync* videoSync() const { return m_sync; }
    TransportBar* transport() const { return m_transport; }
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

    media::Player* m_player = nullptr;
    QMediaPlayer* m_videoPlayer = nullptr;
    VideoSync* m_sync = nullptr;
    QLabel* m_banner = nullptr;
    QStackedWidget* m_stage = nullptr;
    QLabel* m_cardTitle = nullptr;
    QLabel* m_cardDetail = nullptr;
    VideoView* m_video = nullptr;
    TransportBar* m_transport = nullptr;
    QString m_path;
    QString m_libraryPath;
};

} // namespace coachtrack::app
