#pragma once

#include "sync/PgConnection.h"
#include "sync/RepInbox.h"

#include <QFutureWatcher>
#include <QMainWindow>
#include <QThreadPool>
#include <functional>
#include <memory>

class QLabel;
class QListWidget;
class QPushButton;
class QTableWidget;
class QTextBrowser;

namespace coachtrack::media {
class Player;
}

namespace coachtrack::app {

// "My coaching": the window a rep opens with `coachtrack --team URL --rep`. Over the rep's own
// login (row-level security shows them nothing but their own published sessions) it lists
// their sessions, shows each debrief (the published HTML), plays the focus clips, saves the PDF,
// and lets them mark a focus item practising or achieved and rate themselves; the manager's
// next sync takes those in. Every call to the server runs on one worker thread (the
// connection's), so the window never waits for the network. GUI thread.
class MyCoachingWindow : public QMainWindow
{
    Q_OBJECT
public:
    // `password`: the secret store's or one typed in; empty leaves it to libpq.
    MyCoachingWindow(QString url, QString password, QWidget* parent = nullptr);
    ~MyCoachingWindow() override;

    // Signs in and lists the sessions (again); loaded() or failed() when done.
    void reload();
    const std::vector<sync::RepSession>& sessions() const { return m_sessions; }
    void showSession(int index);
    // What the server said last time it refused or could not be reached, or "".
    QString shownError() const;
    media::Player* player() const { return m_player; }
    // Keeps the password in the desktop's secret store once it has signed in (a typed one).
    void rememberPasswordOnSignIn() { m_rememberPassword = true; }

Q_SIGNALS:
    void loaded();
    void failed(const QString& message);
    // A change the rep made reached the server.
    void saved();

private:
    // Runs `work` on the connection's thread, then `done` with its outcome on this one.
    using Outcome = std::pair<bool, QString>; // ok, or why not
    void onServer(std::function<Outcome(sync::RepInbox&)> work, std::function<void(Outcome)> done);
    void showError(const QString& message);
    sync::RepSession* findSession(const QString& id);
    void fillFocus(const sync::RepSession& session);
    void fillScores(const sync::RepSession& session);
    void fillDocuments(const sync::RepSession& session);
    void saveDocument(const QString& name);
    void playClip(const QString& name);

    QString m_url;
    QString m_password;
    QThreadPool m_pool;                           // one thread: the connection's
    std::unique_ptr<sync::PgConnection> m_server; // used on m_pool only
    std::vector<sync::RepSession> m_sessions;
    int m_current = -1;
    bool m_filling = false; // tables being filled: their edits are not the rep's
    bool m_rememberPassword = false;
    QLabel* m_banner = nullptr;
    QListWidget* m_list = nullptr;     // objectName "sessions"
    QLabel* m_heading = nullptr;       // "sessionHeading"
    QTextBrowser* m_debrief = nullptr; // "debrief"
    QTableWidget* m_focus = nullptr;   // "focusItems"
    QTableWidget* m_scores = nullptr;  // "scorecard"
    QWidget* m_documents = nullptr;    // "documents": Save PDF…, a Play button per clip
    QLabel* m_playing = nullptr;
    media::Player* m_player = nullptr;
};

} // namespace coachtrack::app
