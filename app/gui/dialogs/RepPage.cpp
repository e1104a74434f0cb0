#include "app/gui/dialogs/RepPage.h"

#include "annotations/TimeCode.h"
#include "workflows/NotePhrasing.h"

#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLegend>
#include <QLineSeries>
#include <QScatterSeries>
#include <QSpinBox>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QValueAxis>
#include <cmath>

namespace coachtrack::app {

using namespace annotations;

namespace {

QString dayText(const QDateTime& utc)
{
    return utc.toLocalTime().date().toString(QStringLiteral("d MMM yyyy"));
}

QTreeWidget* table(QWidget* parent, const QString& name, const QStringList& headers)
{
    auto* t = new QTreeWidget(parent);
    t->setObjectName(name);
    t->setRootIsDecorated(false);
    t->setHeaderLabels(headers);
    t->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    t->header()->setStretchLastSection(true);
    return t;
}

} // namespace

RepPage::RepPage(const QString& libraryPath, int64_t repId, bool managersView, QWidget* parent)
    : QDialog(parent)
    , m_libraryPath(libraryPath)
    , m_repId(repId)
    , m_managersView(managersView)
{
    setObjectName(QStringLiteral("repPage"));
    setAttribute(Qt::WA_DeleteOnClose);
    m_title = new QLabel(this);
    m_title->setStyleSheet(QStringLiteral("QLabel { font-size: 15pt; font-weight: bold; "
                                          "color: #14535a; }"));
    m_problem = new QLabel(this);
    m_problem->setStyleSheet(QStringLiteral("QLabel { color: #b00020; }"));
    m_problem->hide();
    m_cadence = new QSpinBox(this);
    m_cadence->setObjectName(QStringLiteral("cadence"));
    m_cadence->setRange(1, 365);
    m_cadence->setSuffix(tr(" days"));
    m_cadence->setMaximumWidth(120);
    auto* form = new QFormLayout;
    form->addRow(tr("Coach &every:"), m_cadence);

    m_sessions = table(this, QStringLiteral("repSessions"),
                       {tr("Date"), tr("Call"), tr("Notes"), tr("Focus"), tr("Phrasing")});
    m_sessions->headerItem()->setToolTip(
        4, tr("Your shareable notes phrased as observations or questions: for you only"));
    m_sessions->setColumnHidden(4, !m_managersView);
    m_focus = table(this, QStringLiteral("focusHistory"),
                    {tr("Focus item"), tr("Now"), tr("History"), tr("Question and plan")});
    m_focus->setWordWrap(true);

    m_chart = new QChartView(this);
    m_chart->setObjectName(QStringLiteral("phrasingChart"));
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(220);
    m_chart->setVisible(m_managersView);

    auto* split = new QSplitter(Qt::Vertical, this);
    auto titled = [this, split](const QString& title, QWidget* content) {
        auto* box = new QWidget(split);
        auto* layout = new QVBoxLayout(box);
        layout->setContentsMargins(0, 4, 0, 0);
        auto* label = new QLabel(title, box);
        label->setBuddy(content);
        label->setStyleSheet(QStringLiteral("QLabel { font-weight: bold; }"));
        layout->addWidget(label);
        layout->addWidget(content, 1);
        split->addWidget(box);
        return box;
    };
    titled(tr("&Coaching sessions"), m_sessions);
    titled(tr("&Focus items over time"), m_focus);
    titled(tr("How you phrased the notes (for you only)"), m_chart)->setVisible(m_managersView);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(split, 1);
    resize(860, 760);

    connect(m_cadence, &QSpinBox::valueChanged, this, [this](int days) {
        if (m_loading)
            return;
        auto store = Store::open(m_libraryPath);
        auto ok = store ? (*store)->setCadence(m_repId, days)
                        : Result<void>(std::unexpected(store.error()));
        m_problem->setVisible(!ok);
        if (!ok)
            m_problem->setText(ok.error().message);
        else
            Q_EMIT cadenceChanged();
    });
    reload();
}

void RepPage::reload()
{
    m_loading = true;
    m_sessions->clear();
    m_focus->clear();
    auto store = Store::open(m_libraryPath);
    auto fail = [this](const QString& why) {
        m_problem->setText(why);
        m_problem->show();
        m_loading = false;
    };
    if (!store)
        return fail(store.error().message);
    auto rep = (*store)->rep(m_repId);
    auto sessions = (*store)->repSessions(m_repId);
    auto history = (*store)->focusHistory(m_repId);
    if (!rep || !sessions || !history)
        return fail(!rep        ? rep.error().message
                    : !sessions ? sessions.error().message
                                : history.error().message);
    setWindowTitle(tr("Rep: %1").arg(rep->name));
    m_title->setText(rep->name);
    m_cadence->setValue(rep->cadenceDays);
    m_rules = workflows::libraryPhrasingRules(**store);
    for (auto it = sessions->rbegin(); it != sessions->rend(); ++it) { // newest first
        const auto style = workflows::coachingStyleOf(it->shareableTexts, m_rules);
        auto* item = new QTreeWidgetItem(
            m_sessions,
            {dayText(it->created), it->callTitle, QString::number(it->shareableTexts.size()),
             QString::number(it->focusItems),
             QStringLiteral("%1%").arg(std::lround(style.askShare() * 100))});
        item->setData(0, Qt::UserRole, qlonglong(it->recordingId));
    }
    for (auto it = history->rbegin(); it != history->rend(); ++it) {
        QStringList steps;
        for (const FocusChange& c : it->changes)
            steps << QStringLiteral("%1 %2").arg(focusStatusLabel(c.status), dayText(c.at));
        QStringList guide;
        if (!it->question.isEmpty())
            guide << tr("Q: %1").arg(it->question);
        if (!it->practicePlan.isEmpty())
            guide << tr("Practice: %1").arg(it->practicePlan);
        auto* item = new QTreeWidgetItem(m_focus, {it->text, focusStatusLabel(it->status),
                                                   steps.join(QStringLiteral(" → ")),
                                                   guide.join(QStringLiteral(" · "))});
        item->setToolTip(0, it->text);
        item->setToolTip(3, guide.join(u'\n'));
    }
    if (m_managersView)
        showStyleChart(*sessions);
    m_problem->hide();
    m_loading = false;
}

void RepPage::showStyleChart(const std::vector<SessionSummary>& sessions)
{
    auto* chart = new QChart;
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->setAlignment(Qt::AlignBottom);
    auto* asked = new QLineSeries(chart);
    asked->setName(tr("Observations or questions, % of notes"));
    asked->setPointsVisible(true);
    asked->setColor(QColor(0x1b, 0x7f, 0x7a));
    auto* toChange = new QLineSeries(chart);
    toChange->setName(tr("Things to change"));
    toChange->setPointsVisible(true);
    toChange->setColor(QColor(0xe8, 0x83, 0x3a));
    auto* wentWell = new QLineSeries(chart);
    wentWell->setName(tr("Things that went well"));
    wentWell->setPointsVisible(true);
    wentWell->setColor(QColor(0x4c, 0x8c, 0x2b));
    int most = workflows::CoachingStyle::kLaundryList + 2; // the laundry list stays in view
    for (const SessionSummary& s : sessions) {
        const auto style = workflows::coachingStyleOf(s.shareableTexts, m_rules);
        const qreal at = qreal(s.created.toMSecsSinceEpoch());
        asked->append(at, style.askShare() * 100);
        toChange->append(at, style.toChange);
        wentWell->append(at, style.praise);
        most = std::max({most, style.toChange + 1, style.praise + 1});
    }
    chart->addSeries(asked);
    chart->addSeries(toChange);
    chart->addSeries(wentWell);
    auto* time = new QDateTimeAxis(chart);
    time->setFormat(QStringLiteral("d MMM"));
    time->setTickCount(std::clamp(int(sessions.size()), 2, 8));
    if (!sessions.empty()) {
        const QDateTime first = sessions.front().created.toLocalTime();
        const QDateTime last = sessions.back().created.toLocalTime();
        time->setRange(first.addDays(-1), last.addDays(1));
    }
    auto* share = new QValueAxis(chart);
    share->setRange(0, 100);
    share->setTickCount(6);
    share->setLabelFormat(QStringLiteral("%d%"));
    auto* count = new QValueAxis(chart);
    most += most % 2; // whole numbers at each of the six ticks
    count->setRange(0, most);
    count->setTickCount(6);
    count->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(time, Qt::AlignBottom);
    chart->addAxis(share, Qt::AlignLeft);
    chart->addAxis(count, Qt::AlignRight);
    asked->attachAxis(time);
    asked->attachAxis(share);
    for (QLineSeries* perCall : {toChange, wentWell}) {
        perCall->attachAxis(time);
        perCall->attachAxis(count);
    }
    QChart* old = m_chart->chart();
    m_chart->setChart(chart);
    delete old;
}

} // namespace coachtrack::app
