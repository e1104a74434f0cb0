#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QStringList>
#include <memory>

namespace coachtrack::media {
class CancelToken;
}

namespace coachtrack::workflows {

// What adding files to the library came to.
struct AddReport
{
    QStringList added;    // paths now in the library (new or found again by fingerprint)
    QStringList problems; // one line per file that could not be added, naming it
};

// Adds recordings to the library on a worker thread: probes each file, records it (found
// again by fingerprint when it is already there), and builds its peaks and talk analysis into
// the cache so that opening it later is instant. Progress and the result arrive on the GUI
// thread. One batch at a time; a new batch waits for the running one.
class LibraryAdder : public QObject
{
    Q_OBJECT
public:
    explicit LibraryAdder(QObject* parent = nullptr);
    ~LibraryAdder() override;

    void add(const QString& libraryPath, const QStringList& paths);
    bool isBusy() const { return m_watcher.isRunning(); }

Q_SIGNALS:
    void progress(const QString& what, double fraction);
    void finished(const AddReport& report);

private:
    std::shared_ptr<media::CancelToken> m_cancel;
    QFutureWatcher<AddReport> m_watcher;
    QList<std::pair<QString, QStringList>> m_queue;
};

} // namespace coachtrack::workflows
