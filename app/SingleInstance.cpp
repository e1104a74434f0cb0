#include "app/SingleInstance.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLockFile>
#include <QStandardPaths>
#include <QThread>
#include <QTimer>
#include <QUrl>

namespace coachtrack::app {

namespace {
constexpr int kAnswerMs = 5000;       // a client that says nothing for this long is dropped
constexpr qint64 kMaxMessage = 16384; // bytes: one percent-encoded path, options, a newline
const QByteArray kAck = QByteArrayLiteral("ok\n");

// One line: the percent-encoded path (no spaces in it), then " rate=R", " start=MS" and
// " share-safe".
QByteArray encode(const OpenRequest& r)
{
    QByteArray line = QUrl::toPercentEncoding(
        r.file.isEmpty() ? QString() : QFileInfo(r.file).absoluteFilePath());
    if (r.rate)
        line += " rate=" + QByteArray::number(*r.rate);
    if (r.startMs)
        line += " start=" + QByteArray::number(qint64(*r.startMs));
    if (r.shareSafe)
        line += " share-safe";
    return line + '\n';
}

// What it cannot read (an option of a later version) is left out.
OpenRequest decode(const QByteArray& line)
{
    const QList<QByteArray> fields = line.split(' ');
    OpenRequest r{QUrl::fromPercentEncoding(fields.value(0)), std::nullopt, std::nullopt, false};
    for (const QByteArray& field : fields.mid(1)) {
        bool ok = false;
        if (field.startsWith("rate=")) {
            const double rate = field.mid(5).toDouble(&ok);
            if (ok)
                r.rate = rate;
        } else if (field.startsWith("start=")) {
            const qint64 start = field.mid(6).toLongLong(&ok);
            if (ok && start >= 0)
                r.startMs = start;
        } else if (field == "share-safe") {
            r.shareSafe = true;
        }
    }
    return r;
}
} // namespace

QString SingleInstance::socketPath(const QString& libraryPath)
{
    // The library's folder as the file system names it (links resolved), and its file name:
    // the same before and after the library file is created.
    const QFileInfo library(libraryPath);
    const QString folder = QFileInfo(library.absolutePath()).canonicalFilePath();
    const QString canonical =
        (folder.isEmpty() ? library.absolutePath() : folder) + u'/' + library.fileName();
    const QString runtime = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    return runtime + QStringLiteral("/coachtrack-") +
           QString::fromLatin1(
               QCryptographicHash::hash(canonical.toUtf8(), QCryptographicHash::Sha256)
                   .toHex()
                   .left(24));
}

SingleInstance::SingleInstance(const QString& libraryPath, QObject* parent)
    : QObject(parent)
    , m_socketPath(socketPath(libraryPath))
    , m_lock(std::make_unique<QLockFile>(m_socketPath + QStringLiteral(".lock")))
{
    QDir().mkpath(QFileInfo(m_socketPath).absolutePath());
    m_first = m_lock->tryLock(0); // a lock whose process is gone is stale and taken over
}

SingleInstance::~SingleInstance() = default;

bool SingleInstance::isFirst() const
{
    return m_first;
}

bool SingleInstance::handOver(const OpenRequest& request, int waitMs) const
{
    const QByteArray message = encode(request);
    // The window holding the lock may still be starting: it listens once it is up.
    const QDeadlineTimer deadline(waitMs);
    while (!deadline.hasExpired()) {
        QLocalSocket socket;
        socket.connectToServer(m_socketPath);
        if (!socket.waitForConnected(1000)) {
            QThread::msleep(100);
            continue;
        }
        socket.write(message);
        if (!socket.waitForBytesWritten(kAnswerMs))
            return false;
        while (socket.bytesAvailable() < kAck.size())
            if (!socket.waitForReadyRead(kAnswerMs))
                return false;
        return socket.readAll() == kAck;
    }
    return false;
}

bool SingleInstance::listen()
{
    if (!m_first)
        return false;
    // Holding the lock, any socket there was left by a window that crashed.
    QLocalServer::removeServer(m_socketPath);
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::accept);
    return m_server->listen(m_socketPath);
}

void SingleInstance::accept()
{
    while (QLocalSocket* socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        QTimer::singleShot(kAnswerMs, socket, &QLocalSocket::abort); // says nothing: dropped
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
            if (!socket->canReadLine()) {
                if (socket->bytesAvailable() > kMaxMessage)
                    socket->abort();
                return;
            }
            const QByteArray line = socket->readLine(kMaxMessage).chopped(1);
            Q_EMIT openRequested(decode(line));
            socket->write(kAck);
            socket->flush();
        });
    }
}

} // namespace coachtrack::app
