#pragma once

#include <QObject>

class QLocalServer;

namespace coachtrack::app {

// One window per library: a second `coachtrack [FILE]` on the same library hands FILE to the
// window already open (through a local socket only this user can reach) and exits, so two
// windows never write one library behind each other's back, and a recording double-clicked in
// a file manager opens in the running window. GUI thread.
class SingleInstance : public QObject
{
    Q_OBJECT
public:
    // The socket's name for `libraryPath`: one per user and library file.
    static QString serverName(const QString& libraryPath);
    // Hands `file` (made absolute; empty: only raise the window) to a window open on
    // `libraryPath`; true when one took it.
    static bool handOver(const QString& libraryPath, const QString& file);

    // Listens for the instances started after this one (a stale socket left by a crash is
    // replaced).
    SingleInstance(const QString& libraryPath, QObject* parent);
    bool isListening() const;

Q_SIGNALS:
    // Another instance was started with `file` (empty: without one).
    void openRequested(const QString& file);

private:
    void accept();

    QLocalServer* m_server;
};

} // namespace coachtrack::app
