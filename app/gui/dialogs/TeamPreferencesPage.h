#pragma once

#include "annotations/Store.h"

#include <QFutureWatcher>
#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace coachtrack::app {

// Preferences ▸ Team: the library's team server (a PostgreSQL URL; the password goes to the
// desktop's secret store, never the library or the settings), Connect to check and remember
// it (set up or upgraded when the login may), and how sessions are published (on export, with
// the focus clips). Connecting runs off the GUI thread. GUI thread.
class TeamPreferencesPage : public QWidget
{
    Q_OBJECT
public:
    explicit TeamPreferencesPage(QString libraryPath, QWidget* parent = nullptr);
    ~TeamPreferencesPage() override;

    annotations::TeamOptions options() const;
    // Writes the options to the library; the message when it refuses them, else "".
    QString save() const;
    bool isConnecting() const { return m_watcher.isRunning(); }

Q_SIGNALS:
    // The library now publishes to a (new) team server.
    void connected();

private:
    void connectNow();
    void connectFinished();

    QString m_libraryPath;
    QLineEdit* m_url = nullptr;      // objectName "teamUrl"
    QLineEdit* m_password = nullptr; // "teamPassword"
    QPushButton* m_connect = nullptr;
    QLabel* m_result = nullptr; // "teamConnectResult"
    QCheckBox* m_onExport = nullptr;
    QCheckBox* m_clips = nullptr;
    // Connected or not, and what to say: why not, or a warning.
    QFutureWatcher<std::pair<bool, QString>> m_watcher;
    bool m_connectedNow = false;
};

} // namespace coachtrack::app
