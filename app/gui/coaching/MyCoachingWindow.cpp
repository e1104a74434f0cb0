#include "app/gui/coaching/MyCoachingWindow.h"

#include "annotations/TimeCode.h"
#include "annotations/Types.h"
#include "app/gui/DisplayNames.h"
#include "media/Player.h"
#include "sync/TeamSchema.h"
#include "workflows/TeamKeyring.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSaveFile>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace coachtrack::app {

using annotations::FocusStatus;

namespace {

const FocusStatus kStatuses[] = {FocusStatus::Open, FocusStatus::Practising, FocusStatus::Achieved,
                                 FocusStatus::Dropped};

// The session's own summary, for a session published without its debrief documents.
QString summaryHtml(const sync::RepSession& s)
{
    QString html = QStringLiteral("<h2>%1</h2>").arg(s.callTitle.toHtmlEscaped());
    const auto section = [&html](const QString& title, const QString& text) {
        if (!text.trimmed().isEmpty())
            html += QStringLiteral("<h3>%1</h3><p>%2</p>")
                        .arg(title.toHtmlEscaped(),
                             text.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>")));
    };
    section(MyCoachingWindow::tr("Objectives"), s.objectives);
    section(MyCoachingWindow::tr("Next steps"), s.nextSteps);
    if (!s.notes.empty()) {
        html += QStringLiteral("<h3>%1</h3><ul>").arg(MyCoachingWindow::tr("Notes"));
        for (const auto& [startMs, text] : s.notes)
            html += QStringLiteral("<li><b>%1</b> %2</li>")
                        .arg(annotations::formatClock(startMs), text.toHtmlEscaped());
        html += QStringLiteral("</ul>");
    }
    return html;
}

} // namespace

MyCoachingWindow::MyCoachingWindow(QString url, QString password, QWidget* parent)
    : QMainWindow(parent)
    , m_url(std::move(url))
    , m_password(std::move(password))
    , m_player(new media::Player(this))
{
    setObjectName(QStringLiteral("myCoachingWindow"));
    setWindowTitle(tr("My Coaching — Coachtrack"));
    m_pool.setMaxThreadCount(1);

    auto* splitter = new QSplitter(this);
    m_list = new QListWidget(splitter);
    m_list->setObjectName(QStringLiteral("sessions"));
    m_list->setMinimumWidth(240);
    auto* right = new QWidget(splitter);
    auto* layout = new QVBoxLayout(right);
    m_banner = new QLabel(right);
    m_banner->setObjectName(QStringLiteral("banner"));
    m_banner->setWordWrap(true);
    m_banner->setStyleSheet(QStringLiteral("background: #fdecea; color: #8c1d18; padding: 6px;"));
    m_banner->hide();
    m_heading = new QLabel(right);
    m_heading->setObjectName(QStringLiteral("sessionHeading"));
    m_heading->setStyleSheet(QStringLiteral("font-size: 15pt; font-weight: 600;"));
    m_debrief = new QTextBrowser(right);
    m_debrief->setObjectName(QStringLiteral("debrief"));
    m_debrief->setOpenLinks(false);

    auto* focusBox = new QGroupBox(tr("What I practise"), right);
    auto* focusLayout = new QVBoxLayout(focusBox);
    m_focus = new QTableWidget(0, 3, focusBox);
    m_focus->setObjectName(QStringLiteral("focusItems"));
    m_focus->setHorizontalHeaderLabels({tr("#"), tr("Focus item"), tr("Where I am")});
    m_focus->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_focus->verticalHeader()->hide();
    m_focus->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_focus->setMaximumHeight(180); // the debrief gets the room
    focusLayout->addWidget(m_focus);

    auto* scoreBox = new QGroupBox(tr("Scorecard"), right);
    auto* scoreLayout = new QVBoxLayout(scoreBox);
    m_scores = new QTableWidget(0, 3, scoreBox);
    m_scores->setObjectName(QStringLiteral("scorecard"));
    m_scores->setHorizontalHeaderLabels({tr("Skill"), tr("My manager"), tr("Me")});
    m_scores->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_scores->verticalHeader()->hide();
    m_scores->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_scores->setMaximumHeight(180);
    scoreLayout->addWidget(m_scores);

    m_documents = new QWidget(right);
    m_documents->setObjectName(QStringLiteral("documents"));
    new QHBoxLayout(m_documents);
    m_playing = new QLabel(right);
    m_playing->setObjectName(QStringLiteral("playing"));

    auto* lower = new QHBoxLayout;
    lower->addWidget(focusBox, 3);
    lower->addWidget(scoreBox, 2);
    layout->addWidget(m_banner);
    layout->addWidget(m_heading);
    layout->addWidget(m_debrief, 1);
    layout->addLayout(lower);
    layout->addWidget(m_documents);
    layout->addWidget(m_playing);
    splitter->setStretchFactor(1, 1);
    setCentralWidget(splitter);
    statusBar()->showMessage(tr("Only your own published sessions are shown. Your manager sees "
                                "what you mark at their next sync."));

    connect(m_list, &QListWidget::currentRowChanged, this, &MyCoachingWindow::showSession);
    connect(m_player, &media::Player::positionChanged, this, [this](qint64 ms) {
        const QString clip = m_playing->property("clip").toString(); // "focus-2.mka"
        m_playing->setText(
            tr("Focus %1 clip — %2")
                .arg(clip.section(u'.', 0, 0).section(u'-', 1), annotations::formatClock(ms)));
    });
    connect(m_player, &media::Player::errorOccurred, this, &MyCoachingWindow::showError);
    resize(1100, 720);
    reload();
}

MyCoachingWindow::~MyCoachingWindow()
{
    m_pool.clear(); // what has not started yet never will
    m_pool.waitForDone();
}

sync::RepSession* MyCoachingWindow::findSession(const QString& id)
{
    for (sync::RepSession& s : m_sessions)
        if (s.id == id)
            return &s;
    return nullptr;
}

void MyCoachingWindow::onServer(std::function<Outcome(sync::RepInbox&)> work,
                                std::function<void(Outcome)> done)
{
    auto* watcher = new QFutureWatcher<Outcome>(this);
    connect(watcher, &QFutureWatcher<Outcome>::finished, this, [watcher, done] {
        done(watcher->result());
        watcher->deleteLater();
    });
    watcher->setFuture(QtConcurrent::run(&m_pool, [this, work]() -> Outcome {
        if (!m_server) { // signs in on first use, and again after the server went away
            auto server = sync::PgConnection::open(m_url, m_password);
            if (!server)
                return {false, (server.error().connectionLost()
                                    ? tr("Cannot reach the team server: %1")
                                    : tr("The team server refused the sign-in: %1"))
                                   .arg(server.error().message)};
            if (auto ok = sync::TeamSchema::check(**server); !ok)
                return {false, ok.error().message};
            m_server = std::move(*server);
        }
        sync::RepInbox inbox(*m_server);
        Outcome outcome = work(inbox);
        if (!outcome.first && outcome.second.startsWith(u'\x08')) { // the connection was lost
            m_server.reset();
            outcome.second = outcome.second.mid(1);
        }
        return outcome;
    }));
}

namespace {

// An outcome from the server's error; a lost connection is marked (\x08) for onServer().
std::pair<bool, QString> refused(const sync::PgError& error)
{
    return {false, (error.connectionLost() ? QStringLiteral("\x08") : QString()) + error.message};
}

} // namespace

void MyCoachingWindow::reload()
{
    auto list = std::make_shared<std::vector<sync::RepSession>>();
    onServer(
        [list](sync::RepInbox& inbox) -> Outcome {
            auto sessions = inbox.sessions();
            if (!sessions)
                return refused(sessions.error());
            *list = std::move(*sessions);
            return {true, {}};
        },
        [this, list](Outcome outcome) {
            if (!outcome.first) {
                showError(outcome.second);
                Q_EMIT failed(outcome.second);
                return;
            }
            m_banner->hide();
            if (m_rememberPassword) { // it worked: kept for the next time
                m_rememberPassword = false;
                (void)workflows::teamkeyring::save(m_url, m_password);
            }
            m_sessions = std::move(*list);
            m_list->clear();
            for (const sync::RepSession& s : m_sessions)
                m_list->addItem(
                    tr("%1\n%2 · focus items: %3")
                        .arg(s.callTitle, QLocale().toString(s.callDate, QLocale::ShortFormat))
                        .arg(s.focus.size()));
            if (m_sessions.empty()) {
                m_heading->setText(tr("No published sessions for you yet."));
                m_debrief->clear();
            } else {
                m_list->setCurrentRow(0);
            }
            Q_EMIT loaded();
        });
}

void MyCoachingWindow::showSession(int index)
{
    if (index < 0 || index >= int(m_sessions.size()))
        return;
    m_current = index;
    const sync::RepSession& s = m_sessions[size_t(index)];
    m_heading->setText(
        tr("%1 — %2").arg(s.callTitle, QLocale().toString(s.callDate, QLocale::LongFormat)));
    m_debrief->setHtml(summaryHtml(s));
    fillFocus(s);
    fillScores(s);
    fillDocuments(s);
    if (!s.documents.contains(QStringLiteral("debrief.html")))
        return;
    auto page = std::make_shared<QByteArray>();
    const QString id = s.id;
    onServer(
        [page, id](sync::RepInbox& inbox) -> Outcome {
            auto html = inbox.document(id, QStringLiteral("debrief.html"));
            if (!html)
                return refused(html.error());
            *page = html->content;
            return {true, {}};
        },
        [this, page, index](Outcome outcome) {
            if (outcome.first && m_current == index)
                m_debrief->setHtml(QString::fromUtf8(*page));
            else if (!outcome.first)
                showError(outcome.second);
        });
}

void MyCoachingWindow::fillFocus(const sync::RepSession& s)
{
    m_filling = true;
    m_focus->setRowCount(int(s.focus.size()));
    for (int row = 0; row < int(s.focus.size()); ++row) {
        const sync::RepFocusItem& f = s.focus[size_t(row)];
        m_focus->setItem(row, 0, new QTableWidgetItem(QString::number(f.number)));
        QString text = f.text;
        if (!f.question.isEmpty())
            text += u'\n' + tr("Ask yourself: %1").arg(f.question);
        if (!f.practicePlan.isEmpty())
            text += u'\n' + tr("Practice: %1").arg(f.practicePlan);
        m_focus->setItem(row, 1, new QTableWidgetItem(text));
        auto* status = new QComboBox(m_focus);
        status->setObjectName(QStringLiteral("focusStatus%1").arg(f.number));
        for (FocusStatus option : kStatuses)
            status->addItem(focusStatusText(option), annotations::focusStatusName(option));
        status->setCurrentIndex(status->findData(f.status));
        const QString noteId = f.noteId;
        const QString sessionId = s.id;
        connect(status, &QComboBox::currentIndexChanged, this, [this, status, noteId, sessionId] {
            if (m_filling)
                return;
            const QString chosen = status->currentData().toString();
            onServer(
                [noteId, chosen](sync::RepInbox& inbox) -> Outcome {
                    auto ok = inbox.setFocusStatus(noteId, chosen);
                    return ok ? Outcome{true, {}} : refused(ok.error());
                },
                [this, chosen, noteId, sessionId](Outcome outcome) {
                    // Found again by id: the list may have been reloaded meanwhile.
                    sync::RepSession* session = findSession(sessionId);
                    if (!outcome.first) {
                        showError(outcome.second);
                        if (session && m_current >= 0 && &m_sessions[size_t(m_current)] == session)
                            fillFocus(*session); // back to what the server holds
                        return;
                    }
                    if (session)
                        for (sync::RepFocusItem& item : session->focus)
                            if (item.noteId == noteId)
                                item.status = chosen;
                    statusBar()->showMessage(tr("Saved: your manager sees it at their next sync"),
                                             5000);
                    Q_EMIT saved();
                });
        });
        m_focus->setCellWidget(row, 2, status);
    }
    m_focus->resizeRowsToContents();
    m_filling = false;
}

void MyCoachingWindow::fillScores(const sync::RepSession& s)
{
    m_filling = true;
    m_scores->setRowCount(int(s.scores.size()));
    for (int row = 0; row < int(s.scores.size()); ++row) {
        const sync::RepScore& c = s.scores[size_t(row)];
        m_scores->setItem(row, 0, new QTableWidgetItem(c.skill));
        auto* managers = new QTableWidgetItem(c.manager ? QString::number(*c.manager) : tr("—"));
        managers->setToolTip(c.comment); // the manager's comment for the rep
        m_scores->setItem(row, 1, managers);
        if (!c.comment.isEmpty())
            m_scores->item(row, 0)->setToolTip(c.comment);
        auto* mine = new QSpinBox(m_scores);
        mine->setObjectName(QStringLiteral("selfRating%1").arg(row));
        mine->setRange(0, 5);
        mine->setSpecialValueText(tr("—"));
        mine->setValue(c.self.value_or(0));
        const QString skill = c.skill;
        const QString sessionId = s.id;
        connect(mine, &QSpinBox::valueChanged, this, [this, skill, sessionId](int value) {
            if (m_filling || value == 0)
                return;
            onServer(
                [skill, sessionId, value](sync::RepInbox& inbox) -> Outcome {
                    auto ok = inbox.setSelfRating(sessionId, skill, value);
                    return ok ? Outcome{true, {}} : refused(ok.error());
                },
                [this, skill, sessionId, value](Outcome outcome) {
                    if (!outcome.first) {
                        showError(outcome.second);
                        return;
                    }
                    if (sync::RepSession* session = findSession(sessionId))
                        for (sync::RepScore& score : session->scores)
                            if (score.skill == skill)
                                score.self = value;
                    statusBar()->showMessage(tr("Saved: your manager sees it at their next sync"),
                                             5000);
                    Q_EMIT saved();
                });
        });
        m_scores->setCellWidget(row, 2, mine);
    }
    m_filling = false;
}

void MyCoachingWindow::fillDocuments(const sync::RepSession& s)
{
    QLayout* row = m_documents->layout();
    while (QLayoutItem* item = row->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (const QString& name : s.documents) {
        if (name == u"debrief.html")
            continue;
        const bool pdf = name == u"debrief.pdf";
        const QString number = name.section(u'.', 0, 0).section(u'-', 1);
        auto* button = new QPushButton(
            pdf ? tr("Save Debrief as &PDF…") : tr("Play Focus %1 Clip").arg(number), m_documents);
        button->setObjectName(pdf ? QStringLiteral("savePdf")
                                  : QStringLiteral("playClip%1").arg(number));
        connect(button, &QPushButton::clicked, this,
                [this, name, pdf] { pdf ? saveDocument(name) : playClip(name); });
        row->addWidget(button);
    }
    static_cast<QHBoxLayout*>(row)->addStretch(1);
}

void MyCoachingWindow::saveDocument(const QString& name)
{
    if (m_current < 0)
        return;
    const sync::RepSession& s = m_sessions[size_t(m_current)];
    const QString suggested =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(s.callTitle + QStringLiteral(" debrief.pdf"));
    const QString out = QFileDialog::getSaveFileName(this, tr("Save Debrief"), suggested,
                                                     tr("PDF document (*.pdf)"));
    if (out.isEmpty())
        return;
    const QString id = s.id;
    onServer(
        [id, name, out](sync::RepInbox& inbox) -> Outcome {
            auto document = inbox.document(id, name);
            if (!document)
                return refused(document.error());
            QSaveFile file(out);
            if (!file.open(QIODevice::WriteOnly) || file.write(document->content) < 0 ||
                !file.commit())
                return {false, QStringLiteral("%1: %2").arg(out, file.errorString())};
            return {true, {}};
        },
        [this, out](Outcome outcome) {
            if (!outcome.first)
                showError(outcome.second);
            else
                statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(out)), 6000);
        });
}

void MyCoachingWindow::playClip(const QString& name)
{
    if (m_current < 0)
        return;
    if (m_playing->property("clip").toString() == name &&
        m_player->state() != media::Player::State::Empty) {
        m_player->togglePlay();
        return;
    }
    const QString id = m_sessions[size_t(m_current)].id;
    const QString path = QDir(QStandardPaths::writableLocation(QStandardPaths::CacheLocation))
                             .filePath(QStringLiteral("team-clips/%1-%2").arg(id, name));
    onServer(
        [id, name, path](sync::RepInbox& inbox) -> Outcome {
            auto document = inbox.document(id, name);
            if (!document)
                return refused(document.error());
            QDir().mkpath(QFileInfo(path).absolutePath());
            QSaveFile file(path);
            if (!file.open(QIODevice::WriteOnly) || file.write(document->content) < 0 ||
                !file.commit())
                return {false, QStringLiteral("%1: %2").arg(path, file.errorString())};
            return {true, {}};
        },
        [this, name, path](Outcome outcome) {
            if (!outcome.first) {
                showError(outcome.second);
                return;
            }
            m_playing->setProperty("clip", name);
            if (m_player->open(path))
                m_player->play();
        });
}

void MyCoachingWindow::showError(const QString& message)
{
    m_banner->setText(message);
    m_banner->show();
}

QString MyCoachingWindow::shownError() const
{
    return m_banner->isHidden() ? QString() : m_banner->text();
}

} // namespace coachtrack::app
