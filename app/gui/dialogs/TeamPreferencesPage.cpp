#include "app/gui/dialogs/TeamPreferencesPage.h"

#include "workflows/TeamConnect.h"

#include <QCheckBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QtConcurrent>

namespace coachtrack::app {

using annotations::Store;

namespace {

QLabel* hint(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #6b7882;"));
    return label;
}

} // namespace

TeamPreferencesPage::TeamPreferencesPage(QString libraryPath, QWidget* parent)
    : QWidget(parent)
    , m_libraryPath(std::move(libraryPath))
{
    auto* form = new QFormLayout(this);
    form->addRow(hint(tr("Publish debriefs to your team's library on PostgreSQL: each rep "
                         "signs in with their own login and sees only their own sessions. "
                         "Only shareable notes are published; private notes never leave this "
                         "computer."),
                      this));
    m_url = new QLineEdit(this);
    m_url->setObjectName(QStringLiteral("teamUrl"));
    m_url->setPlaceholderText(tr("postgresql://you@server/team?sslmode=verify-full"));
    form->addRow(tr("Team &server:"), m_url);
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("teamPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("Kept in the desktop's secret store"));
    form->addRow(tr("Pass&word:"), m_password);
    m_connect = new QPushButton(tr("&Connect"), this);
    m_connect->setObjectName(QStringLiteral("teamConnect"));
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("teamConnectResult"));
    m_result->setWordWrap(true);
    auto* row = new QHBoxLayout;
    row->addWidget(m_connect);
    row->addWidget(m_result, 1);
    form->addRow(QString(), row);
    m_onExport = new QCheckBox(tr("Publish a session when I &export its debrief"), this);
    m_onExport->setObjectName(QStringLiteral("publishOnExport"));
    m_clips =
        new QCheckBox(tr("Send the focus &clips with the debrief (up to 20 MB a session)"), this);
    m_clips->setObjectName(QStringLiteral("publishClips"));
    form->addRow(QString(), m_onExport);
    form->addRow(QString(), m_clips);
    form->addRow(hint(tr("Publish a session with File ▸ Publish to Team Library (Ctrl+Shift+U). "
                         "While the server cannot be reached, sessions wait in a queue and go "
                         "at the next sync; the status bar shows where it stands."),
                      this));

    // What the library holds (a library not made yet holds nothing, and is not made here).
    if (auto store = QFileInfo::exists(m_libraryPath) ? Store::open(m_libraryPath)
                                                      : std::unexpected(annotations::StoreError{});
        store) {
        m_url->setText((*store)->teamUrl().value_or(QString()));
        const auto options = (*store)->teamOptions().value_or(annotations::TeamOptions{});
        m_onExport->setChecked(options.publishOnExport);
        m_clips->setChecked(options.clips);
    }
    connect(m_connect, &QPushButton::clicked, this, &TeamPreferencesPage::connectNow);
    connect(m_url, &QLineEdit::returnPressed, this, &TeamPreferencesPage::connectNow);
    connect(&m_watcher, &QFutureWatcher<std::pair<bool, QString>>::finished, this,
            &TeamPreferencesPage::connectFinished);
}

TeamPreferencesPage::~TeamPreferencesPage()
{
    m_watcher.waitForFinished();
}

annotations::TeamOptions TeamPreferencesPage::options() const
{
    return {m_onExport->isChecked(), m_clips->isChecked()};
}

QString TeamPreferencesPage::save() const
{
    auto store = Store::open(m_libraryPath);
    if (!store)
        return store.error().message;
    if (auto ok = (*store)->setTeamOptions(options()); !ok)
        return ok.error().message;
    return {};
}

void TeamPreferencesPage::connectNow()
{
    if (m_watcher.isRunning() || m_url->text().trimmed().isEmpty())
        return;
    m_connect->setEnabled(false);
    m_result->setText(tr("Connecting…"));
    const QString path = m_libraryPath;
    const QString url = m_url->text().trimmed();
    const QString password = m_password->text();
    m_password->clear();
    m_watcher.setFuture(QtConcurrent::run([path, url, password]() -> std::pair<bool, QString> {
        auto store = Store::open(path);
        if (!store)
            return {false, store.error().message};
        auto connected = workflows::connectTeamLibrary(**store, url, password);
        if (!connected)
            return {false, connected.error()};
        return {true, connected->warning};
    }));
}

void TeamPreferencesPage::connectFinished()
{
    m_connect->setEnabled(true);
    const auto [done, message] = m_watcher.result();
    if (!done) {
        m_result->setText(tr("Not connected: %1").arg(message));
        m_result->setStyleSheet(QStringLiteral("color: #b3261e;"));
        return;
    }
    m_result->setStyleSheet(QString());
    m_result->setText(message.isEmpty() ? tr("Connected.") : tr("Connected, but %1").arg(message));
    if (auto store = Store::open(m_libraryPath))
        m_url->setText((*store)->teamUrl().value_or(m_url->text()));
    Q_EMIT connected();
}

} // namespace coachtrack::app
