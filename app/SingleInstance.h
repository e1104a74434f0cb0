#pragma once

#include <QObject>
#include <cstdint>
#include <memory>
#include <optional>

class QLocalServer;
class QLockFile;

namespace coachtrack::app {

// What a second `coachtrack [--rate R] [--start TIME] [FILE]` asks of the open window.
struct OpenRequest
{
    QString file; // absolute; empty: only raise the window
    std::optional<double> rate;
    std::optional<int64_t> startMs;
    bool shareSafe = false; // turn share-safe mode on (never off)
};

// One window per library: the window that holds a library's lock file (in the user's runtime
// folder, mode 0700) listens on a local socket beside it; a second `coachtrack [FILE]` on the
// same library hands FILE to that window and exits, so two windows never write one library
// behind each other's back, and a recording double-clicked in a file manager opens in the
// running window. A lock left by a crashed window is taken over (QLockFile). GUI thread.
class SingleInstance : public QObject
{
    Q_OBJECT
public:
    // Where the lock file and the socket of `libraryPath` live: one per user and library file.
    static QString socketPath(const QString& libraryPath);

    // Takes the library's lock, or finds the window holding it.
    explicit SingleInstance(const QString& libraryPath, QObject* parent = nullptr);
    ~SingleInstance() override;
    // True when this process holds the lock: it opens the window (then call listen()).
    bool isFirst() const;
    // Hands the request (its file made absolute) to the window holding the lock, waiting up to
    // `waitMs` for it to listen; true when it took it.
    bool handOver(const OpenRequest& request, int waitMs = 20000) const;
    // Starts answering the instances started after this one (once the window is up).
    bool listen();

Q_SIGNALS:
    // Another instance was started (with a file, a speed, a start time, or none of them).
    void openRequested(const coachtrack::app::OpenRequest& request);

private:
    void accept();

    QString m_socketPath;
    std::unique_ptr<QLockFile> m_lock;
    bool m_first = false;
    QLocalServer* m_server = nullptr;
};

} // namespace coachtrack::app
