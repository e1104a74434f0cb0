#include "app/gui/dialogs/RepPage.h"

#include "annotations/TimeCode.h"
#include "app/gui/dialogs/TrackerCharts.h"
#include "workflows/NotePhrasing.h"

#include <QChart>
#include <QChartView>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QImageWriter>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>
#include <map>

namespace coachtrack::app {

using namespace annotations;

namespace {

QString dayText(const QDateTime& utc)
{
    return utc.toLocalTime().date().toString(QStringLiteral("d MMM yyyy"));
}

constexpr int kPhrasingColumn = 7;

QChartView* chartView(QWidget* parent, const QString& name)
{
    auto* view = new QChartView(parent);
    view->setObjectName(name);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(240);
    return view;
}

// Shows `chart` in `view`, deleting the chart it showed.
void replaceChart(QChartView* view, QChart* chart)
{
    QChart* old = view->chart();
    view->setChart(chart);
    delete old;
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
                       {tr("Date"), tr("Call"), tr("Notes"), tr("Focus"), tr("Rep talk"),
                        tr("Longest"), tr("Patience"), tr("Phrasing")});
    m_sessions->headerItem()->setToolTip(4, tr("The rep's share of the talk"));
    m_sessions->headerItem()->setToolTip(5, tr("The rep's longest monologue"));
    m_sessions->headerItem()->setToolTip(
        6, tr("The rep's mean pause before answering after the buyer stops"));
    m_sessions->headerItem()->setToolTip(
        kPhrasingColumn,
        tr("Your shareable notes phrased as observations or questions: for you only"));
    m_sessions->setColumnHidden(kPhrasingColumn, !m_managersView);
    m_focus = table(this, QStringLiteral("focusHistory"),
                    {tr("Focus item"), tr("Now"), tr("History"), tr("Question and plan")});
    m_focus->setWordWrap(true);

    // Each chart can be saved as a picture (for a one-to-one or a slide).
    auto withSave = [this](QChartView* view, const QString& fileName) {
        auto* box = new QWidget(this);
        auto* layout = new QVBoxLayout(box);
        layout->setContentsMargins(0, 0, 0, 0);
        auto* save = new QPushButton(tr("Save as PNG…"), box);
        save->setObjectName(view->objectName() + QStringLiteral("Save"));
        connect(save, &QPushButton::clicked, this, [this, view, fileName] {
            const QString path = QFileDialog::getSaveFileName(
                this, tr("Save Chart"), QDir::home().filePath(fileName), tr("PNG picture (*.png)"));
            if (!path.isEmpty())
                saveChart(view, path);
        });
        auto* row = new QHBoxLayout;
        row->addStretch(1);
        row->addWidget(save);
        layout->addWidget(view, 1);
        layout->addLayout(row);
        return box;
    };
    m_chart = chartView(this, QStringLiteral("phrasingChart"));
    m_chart->setVisible(m_managersView);
    m_talkChart = chartView(this, QStringLiteral("talkChart"));
    m_talkNote = new QLabel(this);
    m_talkNote->setObjectName(QStringLiteral("talkNote"));
    m_talkNote->setStyleSheet(QStringLiteral("QLabel { color: palette(mid); }"));
    auto* talkBox = new QWidget(this);
    auto* talkLayout = new QVBoxLayout(talkBox);
    talkLayout->setContentsMargins(0, 0, 0, 0);
    talkLayout->addWidget(withSave(m_talkChart, QStringLiteral("talk.png")), 1);
    talkLayout->addWidget(m_talkNote);

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
    m_scores = table(this, QStringLiteral("scores"), {tr("Date")});
    m_scores->setToolTip(tr("Manager / rep's own rating, 1 to 5; the gap is the rep's minus "
                            "the manager's"));
    m_gap = new QLabel(this);
    m_gap->setObjectName(QStringLiteral("gapBySkill"));
    m_gap->setWordWrap(true);
    m_gap->setTextFormat(Qt::RichText);
    auto* scoreBox = new QWidget(this);
    auto* scoreLayout = new QVBoxLayout(scoreBox);
    scoreLayout->setContentsMargins(0, 0, 0, 0);
    scoreLayout->addWidget(m_scores, 1);
    scoreLayout->addWidget(m_gap);
    titled(tr("Sc&orecards: manager / rep (gap)"), scoreBox);
    titled(tr("How the rep talked"), talkBox);
    titled(tr("How you phrased the notes (for you only)"),
           withSave(m_chart, QStringLiteral("phrasing.png")))
        ->setVisible(m_managersView);

    for (int i = 0; i < split->count(); ++i) // the charts take the room, the lists scroll
        split->setStretchFactor(i, i >= 3 ? 3 : 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(split, 1);
    resize(900, 980);

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
        const bool measured = talkIsCurrent(*it);
        auto* item = new QTreeWidgetItem(
            m_sessions,
            {dayText(it->created), it->callTitle, QString::number(it->shareableTexts.size()),
             QString::number(it->focusItems),
             measured ? QStringLiteral("%1%").arg(std::lround(*it->talk->repShare * 100))
                      : QString(),
             measured && it->talk->repLongestMs ? formatSpan(*it->talk->repLongestMs) : QString(),
             measured && it->talk->patienceMs ? formatSpan(*it->talk->patienceMs) : QString(),
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
    showScores(*sessions);
    int measured = 0;
    replaceChart(m_talkChart, app::talkChart(*sessions, &measured));
    const int unmeasured = int(sessions->size()) - measured;
    m_talkNote->setText(
        unmeasured == 0
            ? QString()
            : tr("%1 not measured yet (or not two-channel): open the call, or export its debrief, "
                 "to measure it.")
                  .arg(unmeasured == 1 ? tr("1 call") : tr("%1 calls").arg(unmeasured)));
    m_talkNote->setVisible(unmeasured > 0);
    if (m_managersView)
        replaceChart(m_chart, phrasingChart(*sessions, m_rules));
    m_problem->hide();
    m_loading = false;
}

bool RepPage::saveChart(QChartView* view, const QString& path)
{
    const qreal scale = 2;
    QImage picture(view->size() * scale, QImage::Format_ARGB32);
    picture.setDevicePixelRatio(scale);
    picture.fill(Qt::white);
    QPainter painter(&picture);
    painter.setRenderHint(QPainter::Antialiasing);
    view->render(&painter);
    painter.end();
    QImageWriter writer(path, "png");
    if (writer.write(picture))
        return true;
    m_problem->setText(tr("%1: the chart could not be saved (%2)").arg(path, writer.errorString()));
    m_problem->show();
    return false;
}

void RepPage::showScores(const std::vector<SessionSummary>& sessions)
{
    // One column a skill that was ever rated, in the skill list's order.
    std::vector<Skill> skills;
    for (const SessionSummary& s : sessions)
        for (const Score& score : s.scores)
            if (std::ranges::find(skills, score.skill.id, &Skill::id) == skills.end())
                skills.push_back(score.skill);
    std::ranges::sort(skills, {}, [](const Skill& k) { return std::pair(k.position, k.id); });
    m_scores->clear();
    QStringList headers{tr("Date")};
    for (const Skill& k : skills)
        headers << k.name;
    m_scores->setHeaderLabels(headers);
    std::map<int64_t, std::pair<int, int>> gaps; // skill: sum of gaps, how many
    for (auto it = sessions.rbegin(); it != sessions.rend(); ++it) {
        if (it->scores.empty())
            continue;
        QStringList row{dayText(it->created)};
        for (const Skill& k : skills) {
            const auto score =
                std::ranges::find(it->scores, k.id, [](const Score& s) { return s.skill.id; });
            if (score == it->scores.end()) {
                row << QString();
                continue;
            }
            auto shown = [](std::optional<int> v) {
                return v ? QString::number(*v) : QStringLiteral("–");
            };
            QString cell = QStringLiteral("%1 / %2").arg(shown(score->manager), shown(score->self));
            if (const auto gap = score->gap()) {
                cell += QStringLiteral(" (%1%2)")
                            .arg(*gap > 0 ? QStringLiteral("+") : QString())
                            .arg(*gap);
                gaps[k.id].first += *gap;
                ++gaps[k.id].second;
            }
            row << cell;
        }
        auto* item = new QTreeWidgetItem(m_scores, row);
        for (int c = 1; c < row.size(); ++c)
            if (const auto score = std::ranges::find(it->scores, skills[size_t(c - 1)].id,
                                                     [](const Score& s) { return s.skill.id; });
                score != it->scores.end() && !score->comment.isEmpty())
                item->setToolTip(c, score->comment);
    }
    QStringList summary;
    for (const Skill& k : skills)
        if (const auto g = gaps.find(k.id); g != gaps.end() && g->second.second > 0) {
            const double mean = double(g->second.first) / g->second.second;
            summary << tr("%1 <b>%2%3</b>")
                           .arg(k.name.toHtmlEscaped(), mean > 0 ? QStringLiteral("+") : QString())
                           .arg(mean, 0, 'f', 1);
        }
    m_gap->setText(
        summary.isEmpty()
            ? tr("No scores yet (score REC --skill NAME --manager N --self N).")
            : tr("Mean gap, rep's view minus yours: %1").arg(summary.join(QStringLiteral(" · "))));
}

} // namespace coachtrack::app
