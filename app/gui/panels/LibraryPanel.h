#pragma once

#include <QWidget>
#include <map>
#include <optional>

class QLineEdit;
class QListWidget;
class QProgressBar;
class QTreeWidget;

namespace coachtrack::app {

// The coaching library: recordings grouped by rep, newest call first, missing files shown as
// such (with Relink…); Add… and drag-and-drop to add recordings (with progress while they are
// probed and their peaks built); a search box over notes and transcripts (a result plays the
// call from that moment). In share-safe mode the search looks at shareable notes and
// transcripts only. Reads the library through its own connection. GUI thread.
class LibraryPanel : public QWidget
{
    Q_OBJECT
public:
    explicit LibraryPanel(QWidget* parent = nullptr);

    void setLibraryPath(const QString& path);
    void refresh();
    void setShareSafe(bool on);
    void setCurrentRecording(int64_t recordingId);
    void setBusy(const QString& what, double fraction); // fraction < 0 hides the bar
    // Why the recording at `path` cannot be opened as its library entry (replaced by another
    // file), as found by the last refresh; nullopt when it can.
    std::optional<QString> problemWith(const QString& path) const;
    QTreeWidget* tree() const { return m_tree; }
    // Puts the keyboard focus in the list of calls, on the open one.
    void focusCalls();
    QLineEdit* searchBox() const { return m_search; }
    QListWidget* results() const { return m_results; }
    // The role holding a search result as HTML, its matches in bold (the text is plain).
    static constexpr int kResultHtmlRole = Qt::UserRole + 3;

Q_SIGNALS:
    void openRequested(const QString& path, std::optional<int64_t> atMs);
    void addRequested(const QStringList& paths);
    void relinkRequested(int64_t recordingId, const QString& oldPath);
    void detailsRequested(int64_t recordingId);
    // Remove the recording with its review sessions and notes (the window asks first).
    void removeRequested(int64_t recordingId);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void runSearch();

    QString m_libraryPath;
    QTreeWidget* m_tree = nullptr;
    QLineEdit* m_search = nullptr;
    QListWidget* m_results = nullptr;
    QProgressBar* m_progress = nullptr;
    std::map<QString, QString> m_problems; // path → why it cannot be opened
    bool m_shareSafe = false;
    int64_t m_current = 0;
};

} // namespace coachtrack::app
