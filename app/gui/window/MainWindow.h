#pragma once

#include "annotations/Types.h"
#include "app/gui/dialogs/ReviewPreferences.h"
#include "media/ListeningPlan.h"
#include "media/TalkMetrics.h"
#include "workflows/Moments.h"

#include <QMainWindow>
#include <memory>
#include <optional>
#include <set>

class QAction;
class QLabel;
class QMenu;
class QSplitter;
class QStackedWidget;
class QToolButton;

namespace coachtrack::media {
class Player;
class VideoPresenter;
struct AudioAnalysis;
} // namespace coachtrack::media

namespace coachtrack::annotations {
struct RecordingChanges;
}

namespace coachtrack::workflows {
class LibraryAdder;
class PrivateRetention;
class ReviewModel;
class TeamSyncAgent;
class WaveformLoader;
struct TeamSyncState;
struct AddReport;
} // namespace coachtrack::workflows

namespace coachtrack::app {

class LibraryPanel;
class TeamPanel;
class MomentsPanel;
class NoteEntryBar;
class NotesPanel;
class SessionPanel;
class TranscriptPanel;
class ShortcutMap;
class TransportBar;
class VideoView;
class WaveformView;

// The review workspace: the library (left), the recording — video or a title card, the
// waveform with speaker lanes and note lanes, the note entry line, the transport — in the
// middle, and the notes and session panels (right). Plays at 0.5–3× with the pitch kept
// (media::Player; video drawn by media::VideoPresenter on the sound's clock); every note
// edit goes through the review's undo stack and is saved at once. Share-safe mode removes
// every trace of the private track from the screen. GUI thread.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // `libraryPath`: the coaching library (Store::defaultPath() when empty); nothing is created
    // anywhere else.
    explicit MainWindow(const QString& libraryPath = {}, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Loads `path`, links it to the library (adding it when new) and, when `autoplay`,
    // starts playing it. Problems are shown in the window and announced through
    // playbackFailed().
    void openRecording(const QString& path, bool autoplay);

    // The coaching library exports and notes go to (Store::defaultPath() unless set).
    void setLibraryPath(const QString& path);
    QString libraryPath() const { return m_libraryPath; }
    // File ▸ Export Debrief… (Ctrl+E) for the open recording's review session.
    void exportDebrief();
    // File ▸ Save Shareable Copy…: asks where, then writeShareableCopy().
    void saveShareableCopy();
    // Writes a library of the shareable track only to `outPath`; says so in the status bar, or
    // why not in a message box. True when written.
    bool writeShareableCopy(const QString& outPath);

    // Adds files to the library in the background (progress in the library panel).
    void addRecordings(const QStringList& paths);
    // Opens the note entry line for `track`, stamped at the playhead minus the reaction lead
    // (its seconds of real time: lead × speed of the recording), or at the playhead once the
    // call has ended.
    void beginNote(annotations::Track track);
    // Makes a shareable note a focus item; at the cap, offers to swap one out (FocusSwapDialog).
    void promote(int64_t noteId);
    // Share-safe mode: no private text, lane, list, count or search result on screen.
    void setShareSafe(bool on);
    bool isShareSafe() const { return m_shareSafe; }
    void setPreferences(const ReviewPreferences& preferences);
    const ReviewPreferences& preferences() const { return m_prefs; }
    // Edit ▸ Preferences…: the review settings and how long the library keeps private notes,
    // and (the Team page) the team library.
    void editPreferences(bool teamPage = false);
    // The team library (MainWindowTeam.cpp): File ▸ Publish to Team Library (queued, then
    // synced in the background), Withdraw from Team Library…, and the sync state.
    void publishToTeam();
    void withdrawFromTeam();
    workflows::TeamSyncAgent* teamSync() const { return m_teamSync; }
    QString teamSyncText(const workflows::TeamSyncState& state) const;
    // The library's right-click ▸ Remove from Library…: after asking, deletes the recording with
    // its review sessions and every note in them (private text wiped; the file stays). Closes
    // the review first when it is the open one. True when removed.
    bool removeRecording(int64_t recordingId, bool ask = true);
    // File ▸ Encrypt Private Notes…: the key in the secret store or a passphrase (EncryptDialog).
    void encryptPrivateNotes();
    // Encrypts the library's private notes (key in the secret store when `passphrase` is empty);
    // says so in the status bar, or why not in a message box. True when done.
    bool encryptPrivateNotesWith(const QString& passphrase);
    // Purges expired private notes at start-up and hourly (MainWindowPrivacy.cpp).
    workflows::PrivateRetention* retention() const { return m_retention; }

    media::Player* player() const { return m_player; }
    VideoView* videoView() const { return m_video; }
    media::VideoPresenter* videoPresenter() const { return m_videoPresenter; }
    TransportBar* transport() const { return m_transport; }
    workflows::ReviewModel* review() const { return m_review; }
    WaveformView* waveform() const { return m_waveform; }
    NotesPanel* notesPanel() const { return m_notes; }
    NoteEntryBar* noteEntry() const { return m_entry; }
    SessionPanel* sessionPanel() const { return m_sessionPanel; }
    TranscriptPanel* transcriptPanel() const { return m_transcript; }
    MomentsPanel* momentsPanel() const { return m_momentsPanel; }
    // Imports a transcript for the open recording (MainWindowTranscript.cpp); asks for the
    // file when `path` is empty.
    void importTranscript(const QString& path = {});
    // Asks for the library's filler words (one per line) and keeps them.
    void editFillerWords();
    LibraryPanel* libraryPanel() const { return m_library; }
    TeamPanel* teamPanel() const { return m_team; }
    // Skip silence (G): pauses over 0.8 s where nobody speaks shortened to 0.3 s while playing,
    // at any speed; remembered between sessions unless `remember` is false
    // (MainWindowListening.cpp).
    void setSkipSilence(bool on, bool remember = true);
    bool skipSilence() const { return m_skipSilence; }
    // Focus listening (L cycles): only the rep's turns (with the buyer's second before each),
    // only the buyer's, or the whole call. Needs two channels.
    void setFocusListening(media::FocusSpeaker speaker);
    media::FocusSpeaker focusListening() const { return m_focus; }
    // What the status bar says focus listening plays ("" for the whole call).
    QString listeningModeText() const;
    // The open call's talk, once its analysis is known.
    const std::optional<media::TalkMetrics>& talk() const { return m_talk; }
    // Go ▸ Next Call to Review (Ctrl+Shift+N): opens and plays the call to review next —
    // unreviewed calls of the reps due soonest first — passing over those already taken
    // from the queue in this sitting (MainWindowQueue.cpp).
    void openNextToReview();
    // The rep's page (sessions, focus items over time, the manager's phrasing chart).
    void openRepPage(int64_t repId);
    ShortcutMap* shortcuts() const { return m_shortcuts; }
    QString recordingPath() const { return m_path; }
    // The waveform and talk metrics are still being computed.
    bool isAnalysing() const;
    // The problem currently shown to the user, or an empty string.
    QString shownError() const;
    // The warning currently shown (something to know that does not stop the review), or "".
    QString shownWarning() const;

Q_SIGNALS:
    void playbackFailed(const QString& message);
    // The open call's analysis ended: its speech (talk, moments, skips) is known, or failed.
    void analysisFinished();

protected:
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    // MainWindowActions.cpp
    void buildMenus();
    // MainWindow.cpp
    QWidget* buildCentre();
    void buildDocks();
    void chooseAndOpen();
    void togglePlayback();
    void skipBy(qint64 deltaMs);
    void showError(const QString& message);
    // The banner without counting as a failure (a read-only library, a truncated file).
    void showWarning(const QString& message);
    void clearError();
    void updateStage();
    void updateTitle();
    // MainWindowReview.cpp
    void connectReview();
    void refreshNotes();
    void jumpToNote(int direction);
    // MainWindowMoments.cpp
    void connectMoments();
    // N / Shift+N: the playhead to the next / previous moment of the call (workflows/Moments.h),
    // its label in the status bar.
    void jumpToMoment(int direction);
    // Works out the call's moments again from its talk and transcript.
    void updateMoments();
    // Why there are no moments (not analysed yet, or nothing tells the speakers apart).
    QString momentsAbsentReason() const;
    // The moment holding `ms`, else the last one before it; -1 for none.
    int momentAt(int64_t ms) const;
    // The playhead to moment `index`, selected in the panel and named in the status bar.
    void showMoment(int index);
    // Opens the note line stamped at the start of moment `index`.
    void noteOnMoment(int index, annotations::Track track);
    // The moment a note on a moment goes to: the panel's selection, else the playhead's.
    int chosenMoment() const;
    void noteSubmitted(annotations::Track track, int64_t stampMs, const QString& text);
    void updateNoteHint();
    // Asks for a focus item's question for the rep (a suggestion filled in when it has none).
    void askFocusQuestion(int64_t noteId);
    // The session panel, laid out by the session's template, with the review's figures.
    void showSession();
    // The session templates dialog (the Session panel's Edit…, Notes ▸ Session Templates…).
    void editSessionTemplates();
    void rephrase(int64_t privateNoteId);
    void analysisLoaded(std::shared_ptr<const media::AudioAnalysis> analysis);
    void recordingsAdded(const workflows::AddReport& report);
    void relink(int64_t recordingId, const QString& oldPath);
    // MainWindowTranscript.cpp
    void connectTranscript();
    void loadTranscript();
    // MainWindowPrivacy.cpp
    void connectRetention();
    void privateNotesPurged(int count);
    // MainWindowListening.cpp
    void buildListeningMenu(QMenu* playback);
    // Hands the player what to skip, from the call's speech and the two switches; false (and
    // the status bar says why, focus back on the whole call) when skipping would leave
    // nothing of the call.
    bool updateListeningPlan();
    // The rep / buyer modes of Listen To, enabled for a call with two speakers.
    void enableFocusModes(bool twoSpeakers);
    // MainWindowTeam.cpp
    void connectTeamSync();
    void showTeamSync(const workflows::TeamSyncState& state);
    bool hasTeamLibrary();
    // A debrief was exported: published when the library says so.
    void exportFinished(int64_t sessionId);
    // MainWindowDetails.cpp
    void editCallDetails(int64_t recordingId);
    void applyCallDetails(const std::vector<int64_t>& recordingIds,
                          const annotations::RecordingChanges& changes);
    void askRepFor(const QStringList& addedPaths);

    media::Player* m_player = nullptr;
    media::VideoPresenter* m_videoPresenter = nullptr;
    QLabel* m_banner = nullptr;
    QLabel* m_shareSafeBanner = nullptr;
    QStackedWidget* m_stage = nullptr;
    QSplitter* m_splitter = nullptr;
    QLabel* m_cardTitle = nullptr;
    QLabel* m_cardDetail = nullptr;
    VideoView* m_video = nullptr;
    TransportBar* m_transport = nullptr;
    WaveformView* m_waveform = nullptr;
    workflows::WaveformLoader* m_loader = nullptr;
    workflows::LibraryAdder* m_adder = nullptr;
    NoteEntryBar* m_entry = nullptr;
    NotesPanel* m_notes = nullptr;
    SessionPanel* m_sessionPanel = nullptr;
    TranscriptPanel* m_transcript = nullptr;
    MomentsPanel* m_momentsPanel = nullptr;
    LibraryPanel* m_library = nullptr;
    TeamPanel* m_team = nullptr;
    workflows::ReviewModel* m_review = nullptr;
    workflows::PrivateRetention* m_retention = nullptr;
    ShortcutMap* m_shortcuts = nullptr;
    QAction* m_shareSafeAction = nullptr;
    QString m_path;
    QString m_libraryPath;
    ReviewPreferences m_prefs;
    bool m_shareSafe = false;
    bool m_bannerIsError = false; // the banner shows an error, not a warning
    bool m_resumeAfterNote = false;
    bool m_callEnded = false; // playback reached the end and has not been resumed since
    bool m_sizeDocksOnShow = false;
    std::optional<media::TalkMetrics> m_talk;
    std::vector<workflows::Moment> m_moments;
    std::set<int64_t> m_queuePassed; // calls taken from the review queue in this sitting
    bool m_skipSilence = false;
    bool m_analysisPending = false; // the open call's analysis has not reported yet
    media::FocusSpeaker m_focus = media::FocusSpeaker::Everyone;
    QAction* m_skipSilenceAction = nullptr;
    QLabel* m_listeningMode = nullptr; // the status bar's "Listening to the rep's turns"
    workflows::TeamSyncAgent* m_teamSync = nullptr;
    QToolButton* m_teamStatus = nullptr;  // the status bar's "Team: up to date · 12:03"
    std::vector<QAction*> m_focusActions; // whole call, rep, buyer
};

} // namespace coachtrack::app
