#include "app/SingleInstance.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <unistd.h>

namespace coachtrack::app {

namespace {
constexpr int kWaitMs = 5000;
const QByteArray kAck = QByteArrayLiteral("ok\n");
} // namespace

QString SingleInstance::serverName(const QString& libraryPath)
{
    const QFileInfo library(libraryPath);
    const QString canonical =
        library.exists() ? library.canonicalFilePath() : library.absoluteFilePath();
    const QByteArray key = QByteArray::number(uint(getuid())) + '\0' + canonical.toUtf8();
    return QStringLiteral("coachtrack-") +
           QString::fromLatin1(
               QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex().left(24));
}

bool SingleInstance::handOver(const QString& libraryPath, const QString& file)
{
    QLocalSocket socket;
    socket.connectToServer(serverName(libraryPath));
    if (!socket.waitForConnected(kWaitMs))
        return false;
    const QString path = file.isEmpty() ? QString() : QFileInfo(file).absoluteFilePath();
    socket.write(path.toUtf8() + '\n');
    if (!socket.waitForBytesWritten(kWaitMs))
        return false;
    while (socket.bytesAvailable() < kAck.size())
        if (!socket.waitForReadyRead(kWaitMs))
            return false;
    return socket.readAll() == kAck;
}

SingleInstance::SingleInstance(const QString& libraryPath, QObject* parent)
    : QObject(parent)
    , m_server(new QLocalServer(this))
{
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    const QString name = serverName(libraryPath);
    if (!m_server->listen(name)) {
        // Nobody answered on it (handOver() was refused): left by a window that crashed.
        QLocalServer::removeServer(name);
        m_server->listen(name);
    }
    connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::accept);
}

bool SingleInstance::isListening() const
{
    return m_server->isListening();
}

void SingleInstance::accept()
{
    while (QLocalSocket* socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
            if (!socket->canReadLine())
                return;
            const QString file = QString::fromUtf8(socket->readLine()).trimmed();
            socket->write(kAck);
            socket->flush();
            Q_EMIT openRequested(file);
        });
    }
}

} // namespace coachtrack::app
