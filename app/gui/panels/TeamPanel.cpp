#include "app/gui/panels/TeamPanel.h"

#include "app/gui/LocaleText.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace coachtrack::app {

namespace {

enum Column
{
    Name,
    Last,
    Due,
    Open,
    Month,
    FirstTrend // one column per watched metric, then the next call
};

QString shortDate(const QDate& d)
{
    return d.isValid() ? QLocale().toString(d, dayMonthPattern()) : QString();
}

} // namespace

TeamPanel::TeamPanel(QWidget* parent)
    : QWidget(parent)
{
    m_week = new QLabel(this);
    m_week->setObjectName(QStringLiteral("thisWeek"));
    m_week->setWordWrap(true);
    m_week->setTextFormat(Qt::RichText);
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("teamList"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setHeaderLabels(
        {tr("Rep"), tr("Last coached"), tr("Due"), tr("Open"), tr("Month"), tr("Next call")});
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(true);
    m_list->installEventFilter(this);
    m_open = new QPushButton(tr("Rep Page"), this);
    m_open->setToolTip(tr("The rep's sessions, focus items and charts (Enter)"));
    m_review = new QPushButton(tr("Review Next Call"), this);
    m_review->setToolTip(tr("Open the rep's newest call not yet reviewed (R)"));
    // The metrics to watch: one to three, for the whole library.
    m_watch = new QToolButton(this);
    m_watch->setObjectName(QStringLiteral("watchMetrics"));
    m_watch->setText(tr("Watch"));
    m_watch->setToolTip(tr("The metrics whose trend each rep's row shows (one to three)"));
    m_watch->setPopupMode(QToolButton::InstantPopup);
    auto* menu = new QMenu(m_watch);
    for (workflows::WatchedMetric metric : workflows::allWatchedMetrics()) {
        QAction* action = menu->addAction(workflows::watchedMetricLabel(metric));
        action->setCheckable(true);
        action->setData(int(metric));
        connect(action, &QAction::toggled, this, [this] { watchChosen(); });
    }
    m_watch->setMenu(menu);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_open);
    buttons->addWidget(m_review);
    buttons->addStretch(1);
    buttons->addWidget(m_watch);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_week);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);

    auto openRep = [this] {
        if (const auto s = current())
            Q_EMIT repRequested(s->rep.id);
    };
    auto reviewNext = [this] {
        if (const auto s = current(); s && s->nextCall)
            Q_EMIT callRequested(s->nextCall->path);
    };
    connect(m_list, &QTreeWidget::itemActivated, this, openRep);
    connect(m_open, &QPushButton::clicked, this, openRep);
    connect(m_review, &QPushButton::clicked, this, reviewNext);
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this] {
        const auto s = current();
        m_open->setEnabled(s.has_value());
        m_review->setEnabled(s && s->nextCall);
    });
}

bool TeamPanel::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_list && event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_R && key->modifiers() == Qt::NoModifier) {
            m_review->click();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

bool TeamPanel::setWatched(const std::vector<workflows::WatchedMetric>& metrics)
{
    auto store = annotations::Store::open(m_libraryPath);
    if (!store || metrics.empty() || metrics.size() > 3 ||
        !workflows::setWatchedMetrics(**store, metrics))
        return false;
    refresh();
    return true;
}

void TeamPanel::watchChosen()
{
    if (m_loading)
        return;
    std::vector<workflows::WatchedMetric> chosen;
    for (QAction* action : m_watch->menu()->actions())
        if (action->isChecked())
            chosen.push_back(workflows::WatchedMetric(action->data().toInt()));
    if (!setWatched(chosen)) {
        refresh(); // the menu shows what is kept again
        m_week->setText(chosen.size() > 3 ? tr("Watch one to three metrics: untick one first.")
                                          : tr("Watch at least one metric."));
    }
}

void TeamPanel::setLibraryPath(const QString& path)
{
    m_libraryPath = path;
    refresh();
}

void TeamPanel::focusList()
{
    m_list->setFocus(Qt::ShortcutFocusReason);
    if (!m_list->currentItem() && m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
}

std::optional<workflows::RepStanding> TeamPanel::current() const
{
    const QTreeWidgetItem* item = m_list->currentItem();
    if (!item)
        return std::nullopt;
    const int index = item->data(Name, Qt::UserRole).toInt();
    if (index < 0 || index >= int(m_team.size()))
        return std::nullopt;
    return m_team[size_t(index)];
}

void TeamPanel::refresh()
{
    const int64_t selected = current() ? current()->rep.id : 0;
    m_team.clear();
    m_list->clear();
    m_week->setText(tr("No reps yet: give a call a rep (Call Details, Ctrl+I)."));
    if (!QFileInfo::exists(m_libraryPath))
        return; // nothing to list yet: never create a library just to show it empty
    auto store = annotations::Store::open(m_libraryPath);
    if (!store)
        return;
    const QDate today = QDate::currentDate();
    auto team = workflows::loadTeam(**store, today);
    if (!team) {
        m_week->setText(team.error().message.toHtmlEscaped());
        return;
    }
    m_team = std::move(*team);
    const QColor late(0xb3, 0x5c, 0x00);
    const QColor better(0x2e, 0x7d, 0x32);
    // The watched metrics' columns, and the menu that chooses them.
    const auto watched = workflows::watchedMetrics(**store);
    QStringList headers{tr("Rep"), tr("Last coached"), tr("Due"), tr("Open"), tr("Month")};
    for (workflows::WatchedMetric m : watched)
        headers << workflows::watchedMetricLabel(m);
    headers << tr("Next call");
    m_list->setColumnCount(int(headers.size())); // fewer metrics watched: fewer columns
    m_list->setHeaderLabels(headers);
    m_list->headerItem()->setToolTip(Open, tr("Open focus items (new or practising)"));
    m_list->headerItem()->setToolTip(Month, tr("Calls reviewed this month"));
    for (int c = 0; c < int(watched.size()); ++c)
        m_list->headerItem()->setToolTip(
            FirstTrend + c, tr("The latest session's figure, and its move over the latest "
                               "sessions: green is for the better"));
    m_loading = true;
    for (QAction* action : m_watch->menu()->actions())
        action->setChecked(
            std::ranges::find(watched, workflows::WatchedMetric(action->data().toInt())) !=
            watched.end());
    m_loading = false;
    for (int i = 0; i < int(m_team.size()); ++i) {
        const workflows::RepStanding& s = m_team[size_t(i)];
        const QString last = s.lastSession
                                 ? tr("%1 (%2 d)").arg(shortDate(*s.lastSession)).arg(*s.daysSince)
                                 : tr("never");
        const QString due = !s.lastSession ? tr("now")
                            : s.overdue    ? tr("%1 d overdue").arg(s.daysOverdue)
                                           : shortDate(s.due);
        QString next;
        if (s.nextCall)
            next = s.nextCall->title.isEmpty() ? QFileInfo(s.nextCall->path).completeBaseName()
                                               : s.nextCall->title;
        QStringList cells{s.rep.name, last, due, QString::number(s.openFocusItems),
                          QString::number(s.reviewedThisMonth)};
        for (const workflows::MetricTrend& t : s.trends)
            cells << workflows::trendText(t);
        cells << next;
        auto* item = new QTreeWidgetItem(m_list, cells);
        for (int c = 0; c < int(s.trends.size()); ++c)
            if (s.trends[size_t(c)].direction != 0)
                item->setForeground(FirstTrend + c, s.trends[size_t(c)].better ? better : late);
        item->setData(Name, Qt::UserRole, i);
        item->setToolTip(Name, tr("Coached every %n day(s)", nullptr, s.rep.cadenceDays));
        if (s.overdue) {
            item->setForeground(Due, late);
            QFont bold = item->font(Due);
            bold.setBold(true);
            item->setFont(Due, bold);
        }
        if (s.rep.id == selected)
            m_list->setCurrentItem(item);
    }
    // Who to coach this week, each with the call to review first.
    QStringList due;
    for (const workflows::RepStanding& s : workflows::dueThisWeek(m_team, today))
        due << (s.nextCall ? tr("%1 (review %2)")
                                 .arg(s.rep.name.toHtmlEscaped(),
                                      (s.nextCall->title.isEmpty()
                                           ? QFileInfo(s.nextCall->path).completeBaseName()
                                           : s.nextCall->title)
                                          .toHtmlEscaped())
                           : s.rep.name.toHtmlEscaped());
    if (!m_team.empty())
        m_week->setText(due.isEmpty()
                            ? tr("<b>This week:</b> nobody is due.")
                            : tr("<b>This week:</b> %1").arg(due.join(QStringLiteral("; "))));
    m_open->setEnabled(current().has_value());
    m_review->setEnabled(current() && current()->nextCall);
}

} // namespace coachtrack::app
