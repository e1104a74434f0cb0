#include "app/gui/dialogs/RepPage.h"

#include "annotations/TimeCode.h"
#include "app/ProgressReportFile.h"
#include "app/gui/DisplayNames.h"
#include "app/gui/LocaleText.h"
#include "app/gui/dialogs/PlanList.h"
#include "app/gui/dialogs/ScorecardDialog.h"
#include "app/gui/dialogs/TrackerCharts.h"
#include "workflows/NotePhrasing.h"
#include "workflows/RecordingTalk.h"
#include "workflows/SelfRatingImport.h"

#include <QChart>
#include <QChartView>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QImageWriter>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QSvgGenerator>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent>
#include <algorithm>
#include <cmath>
#include <map>

namespace coachtrack::app {

using namespace annotations;
using namespace Qt::StringLiterals;

namespace {

QString dayText(const QDateTime& utc)
{
    return QLocale().toString(utc.toLocalTime().date(), dayMonthYearPattern());
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
    m_problem->setObjectName(QStringLiteral("repPageProblem"));
    m_problem->setStyleSheet(QStringLiteral("QLabel { color: #b00020; }"));
    m_problem->setWordWrap(true);
    m_problem->hide();
    m_cadence = new QSpinBox(this);
    m_cadence->setObjectName(QStringLiteral("cadence"));
    m_cadence->setRange(1, 365);
    m_cadence->setSuffix(tr(" days"));
    m_cadence->setMaximumWidth(120);
    auto* cadenceLabel = new QLabel(tr("Coach &every:"), this);
    cadenceLabel->setBuddy(m_cadence);
    auto* report = new QPushButton(tr("Progress &Report…"), this);
    report->setObjectName(QStringLiteral("progressReport"));
    report->setToolTip(tr("A report for the rep (PDF or web page): plan, focus items, scores "
                          "and the gap, charts. Shareable notes only."));
    auto* header = new QHBoxLayout;
    header->addWidget(m_title);
    header->addSpacing(24);
    header->addWidget(cadenceLabel);
    header->addWidget(m_cadence);
    header->addStretch(1);
    header->addWidget(report);

    m_plans = new PlanList(m_libraryPath, m_repId, this);
    m_sessions = table(this, QStringLiteral("repSessions"),
                       {tr("Date"), tr("Call"), tr("Notes"), tr("Focus"), tr("Rep talk"),
                        tr("Longest"), tr("Patience"), tr("Phrasing"), tr("Questions")});
    m_sessions->headerItem()->setToolTip(4, tr("The rep's share of the talk"));
    m_sessions->headerItem()->setToolTip(5, tr("The rep's longest monologue"));
    m_sessions->headerItem()->setToolTip(
        6, tr("The rep's mean pause before answering after the buyer stops"));
    m_sessions->headerItem()->setToolTip(
        kPhrasingColumn,
        tr("Your shareable notes phrased as observations or questions: for you only"));
    m_sessions->headerItem()->setToolTip(8, tr("Questions the rep asked (from the transcript)"));
    m_sessions->setColumnHidden(kPhrasingColumn, !m_managersView);
    m_sessions->setToolTip(tr("Enter: fill in the session's scorecard"));
    m_focus = table(this, QStringLiteral("focusHistory"),
                    {tr("Focus item"), tr("Now"), tr("History"), tr("Question and plan")});
    m_focus->setWordWrap(true);

    // The charts over time, one tab each; the manager's own only for the manager.
    m_chartTabs = new QTabWidget(this);
    m_chartTabs->setObjectName(QStringLiteral("chartTabs"));
    m_talkChart = chartView(this, QStringLiteral("talkChart"));
    m_talkNote = new QLabel(this);
    m_talkNote->setObjectName(QStringLiteral("talkNote"));
    m_talkNote->setStyleSheet(QStringLiteral("QLabel { color: palette(mid); }"));
    m_measure = new QPushButton(tr("&Measure Them"), this);
    m_measure->setObjectName(QStringLiteral("measureCalls"));
    m_measure->setToolTip(tr("Measure the talk of the calls not measured yet, in the "
                             "background (one decode each)"));
    auto* talkBox = new QWidget(this);
    auto* talkLayout = new QVBoxLayout(talkBox);
    talkLayout->setContentsMargins(0, 0, 0, 0);
    talkLayout->addWidget(m_talkChart, 1);
    auto* noteRow = new QHBoxLayout;
    noteRow->addWidget(m_talkNote, 1);
    noteRow->addWidget(m_measure);
    talkLayout->addLayout(noteRow);
    m_chartTabs->addTab(talkBox, tr("How the rep talked"));
    m_scoreChart = chartView(this, QStringLiteral("scoreChart"));
    m_chartTabs->addTab(m_scoreChart, tr("Scores (rep's own dashed)"));
    m_gapChart = chartView(this, QStringLiteral("gapChart"));
    m_chartTabs->addTab(m_gapChart, tr("The gap"));
    m_questionsChart = chartView(this, QStringLiteral("questionsChart"));
    m_chartTabs->addTab(m_questionsChart, tr("Questions"));
    m_monthChart = chartView(this, QStringLiteral("monthChart"));
    m_chartTabs->addTab(m_monthChart, tr("Sessions per month"));
    m_chart = chartView(this, QStringLiteral("phrasingChart"));
    if (m_managersView)
        m_chartTabs->addTab(m_chart, tr("Your phrasing (for you only)"));
    else
        m_chart->hide();
    // The chart on show can be saved (for a one-to-one or a slide).
    auto* savePng = new QPushButton(tr("Save as PNG…"), this);
    savePng->setObjectName(QStringLiteral("saveChartPng"));
    auto* saveSvg = new QPushButton(tr("Save as SVG…"), this);
    saveSvg->setObjectName(QStringLiteral("saveChartSvg"));
    auto shownChart = [this]() -> QChartView* {
        QWidget* tab = m_chartTabs->currentWidget();
        return tab == m_talkChart->parentWidget() ? m_talkChart : qobject_cast<QChartView*>(tab);
    };
    for (auto [button, svg] : {std::pair(savePng, false), std::pair(saveSvg, true)})
        connect(button, &QPushButton::clicked, this, [this, shownChart, svg] {
            QChartView* view = shownChart();
            const QString name =
                view->objectName().remove(QStringLiteral("Chart")) + (svg ? u".svg"_s : u".png"_s);
            const QString path = QFileDialog::getSaveFileName(
                this, tr("Save Chart"), QDir::home().filePath(name),
                svg ? tr("SVG drawing (*.svg)") : tr("PNG picture (*.png)"));
            if (!path.isEmpty())
                saveChart(view, path);
        });
    auto* chartBox = new QWidget(this);
    auto* chartLayout = new QVBoxLayout(chartBox);
    chartLayout->setContentsMargins(0, 0, 0, 0);
    chartLayout->addWidget(m_chartTabs, 1);
    auto* saveRow = new QHBoxLayout;
    saveRow->addStretch(1);
    saveRow->addWidget(savePng);
    saveRow->addWidget(saveSvg);
    chartLayout->addLayout(saveRow);

    auto* split = new QSplitter(Qt::Vertical, this);
    auto titled = [this, split](const QString& title, QWidget* content, QWidget* buddy) {
        auto* box = new QWidget(split);
        auto* layout = new QVBoxLayout(box);
        layout->setContentsMargins(0, 4, 0, 0);
        auto* label = new QLabel(title, box);
        label->setBuddy(buddy);
        label->setStyleSheet(QStringLiteral("QLabel { font-weight: bold; }"));
        layout->addWidget(label);
        layout->addWidget(content, 1);
        split->addWidget(box);
        return box;
    };
    titled(tr("Coaching &plan"), m_plans, m_plans->list());
    titled(tr("&Coaching sessions"), m_sessions, m_sessions);
    titled(tr("&Focus items over time"), m_focus, m_focus);
    m_scores = table(this, QStringLiteral("scores"), {tr("Date")});
    m_scores->setToolTip(tr("Manager / rep's own rating, 1 to 5; the gap is the rep's minus "
                            "the manager's"));
    m_gap = new QLabel(this);
    m_gap->setObjectName(QStringLiteral("gapBySkill"));
    m_gap->setWordWrap(true);
    m_gap->setTextFormat(Qt::RichText);
    auto* score = new QPushButton(tr("&Score Session…"), this);
    score->setObjectName(QStringLiteral("scoreSession"));
    score->setToolTip(tr("Fill in the scorecard of the session selected above"));
    auto* import = new QPushButton(tr("&Import Rep's Ratings…"), this);
    import->setObjectName(QStringLiteral("importSelfRatings"));
    import->setToolTip(tr("The form the rep filled with their own ratings (coachtrack score "
                          "form REC writes it): CSV or JSON"));
    auto* scoreButtons = new QHBoxLayout;
    scoreButtons->addWidget(m_gap, 1);
    scoreButtons->addWidget(score);
    scoreButtons->addWidget(import);
    auto* scoreBox = new QWidget(this);
    auto* scoreLayout = new QVBoxLayout(scoreBox);
    scoreLayout->setContentsMargins(0, 0, 0, 0);
    scoreLayout->addWidget(m_scores, 1);
    scoreLayout->addLayout(scoreButtons);
    titled(tr("Sc&orecards: manager / rep (gap)"), scoreBox, m_scores);
    titled(tr("Over &time"), chartBox, m_chartTabs);

    const int stretch[] = {1, 2, 2, 2, 5}; // the charts take the room, the lists scroll
    for (int i = 0; i < split->count(); ++i)
        split->setStretchFactor(i, stretch[i]);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_problem);
    layout->addWidget(split, 1);
    resize(980, 1080);

    connect(m_cadence, &QSpinBox::valueChanged, this, [this](int days) {
        if (m_loading)
            return;
        auto store = Store::open(m_libraryPath);
        auto ok = store ? (*store)->setCadence(m_repId, days)
                        : Result<void>(std::unexpected(store.error()));
        if (!ok)
            return say(ok.error().message);
        m_problem->hide();
        Q_EMIT cadenceChanged();
    });
    connect(m_plans, &PlanList::changed, this, &RepPage::reload);
    connect(m_measure, &QPushButton::clicked, this, &RepPage::measureCalls);
    connect(&m_measuring, &QFutureWatcherBase::finished, this, [this] {
        const auto outcome = m_measuring.result();
        m_measure->setEnabled(true);
        reload();
        if (!outcome)
            say(outcome.error().message);
        else if (!outcome->skipped.isEmpty())
            say(tr("Not measured: %1").arg(outcome->skipped.join(QStringLiteral("; "))));
        Q_EMIT measuringFinished(outcome.has_value());
    });
    connect(score, &QPushButton::clicked, this, &RepPage::scoreSelectedSession);
    connect(m_sessions, &QTreeWidget::itemActivated, this, &RepPage::scoreSelectedSession);
    connect(import, &QPushButton::clicked, this, [this] {
        const QString path =
            QFileDialog::getOpenFileName(this, tr("Import the Rep's Own Ratings"), QDir::homePath(),
                                         tr("Rating forms (*.csv *.json);;All files (*)"));
        if (!path.isEmpty())
            importSelfRatings(path);
    });
    connect(report, &QPushButton::clicked, this, [this] {
        if (const auto request = askProgressReport(this, m_repName))
            writeReport(*request);
    });
    reload();
}

RepPage::~RepPage()
{
    if (m_measuring.isRunning()) {
        m_cancelMeasuring->cancel();
        m_measuring.waitForFinished();
    }
}

void RepPage::measureCalls()
{
    if (m_measuring.isRunning())
        return;
    m_cancelMeasuring = std::make_shared<media::CancelToken>();
    m_measure->setEnabled(false);
    m_talkNote->setText(tr("Measuring…"));
    m_measuring.setFuture(
        QtConcurrent::run([path = m_libraryPath, rep = m_repId, cancel = m_cancelMeasuring] {
            media::NoProgress progress;
            return workflows::measureUnmeasuredCalls(path, rep, progress, *cancel);
        }));
}

void RepPage::say(const QString& problem)
{
    m_problem->setText(problem);
    m_problem->show();
}

void RepPage::reload()
{
    m_loading = true;
    m_sessions->clear();
    m_focus->clear();
    auto store = Store::open(m_libraryPath);
    auto fail = [this](const QString& why) {
        say(why);
        m_loading = false;
    };
    if (!store)
        return fail(store.error().message);
    auto progress = workflows::loadRepProgress(**store, m_repId);
    if (!progress)
        return fail(progress.error().message);
    const std::vector<SessionSummary>& sessions = progress->sessions;
    m_repName = progress->rep.name;
    setWindowTitle(tr("Rep: %1").arg(m_repName));
    m_title->setText(m_repName);
    m_cadence->setValue(progress->rep.cadenceDays);
    m_rules = workflows::libraryPhrasingRules(**store);
    m_plans->show(progress->plans, sessions);
    for (auto it = sessions.rbegin(); it != sessions.rend(); ++it) { // newest first
        const auto style = workflows::coachingStyleOf(it->shareableTexts, m_rules);
        const bool measured = talkIsCurrent(*it);
        const auto asked = progress->repQuestions.find(it->sessionId);
        auto* item = new QTreeWidgetItem(
            m_sessions,
            {dayText(it->created), it->callTitle, QString::number(it->shareableTexts.size()),
             QString::number(it->focusItems),
             measured ? QStringLiteral("%1%").arg(std::lround(*it->talk->repShare * 100))
                      : QString(),
             measured && it->talk->repLongestMs ? formatSpan(*it->talk->repLongestMs) : QString(),
             measured && it->talk->patienceMs ? formatSpan(*it->talk->patienceMs) : QString(),
             QStringLiteral("%1%").arg(std::lround(style.askShare() * 100)),
             asked == progress->repQuestions.end() ? QString() : QString::number(asked->second)});
        item->setData(0, Qt::UserRole, qlonglong(it->recordingId));
        item->setData(1, Qt::UserRole, qlonglong(it->sessionId));
    }
    for (auto it = progress->focus.rbegin(); it != progress->focus.rend(); ++it) {
        QStringList steps;
        for (const FocusChange& c : it->changes)
            steps << (c.by.isEmpty() // the manager's own; else the rep's, on the team server
                          ? QStringLiteral("%1 %2").arg(focusStatusText(c.status), dayText(c.at))
                          : tr("%1 %2 (the rep)").arg(focusStatusText(c.status), dayText(c.at)));
        QStringList guide;
        if (!it->question.isEmpty())
            guide << tr("Q: %1").arg(it->question);
        if (!it->practicePlan.isEmpty())
            guide << tr("Practice: %1").arg(it->practicePlan);
        auto* item = new QTreeWidgetItem(m_focus, {it->text, focusStatusText(it->status),
                                                   steps.join(QStringLiteral(" → ")),
                                                   guide.join(QStringLiteral(" · "))});
        item->setToolTip(0, it->text);
        item->setToolTip(3, guide.join(u'\n'));
    }
    showScores(sessions);
    showCharts(*progress);
    m_problem->hide();
    m_loading = false;
}

void RepPage::showCharts(const workflows::RepProgress& progress)
{
    const std::vector<SessionSummary>& sessions = progress.sessions;
    int measured = 0;
    replaceChart(m_talkChart, app::talkChart(sessions, &measured));
    // Calls not measured by this analyser yet, and measured ones that cannot tell the
    // speakers apart (one channel, no transcript with roles).
    const int notMeasured = int(std::ranges::count_if(sessions, [](const SessionSummary& s) {
        return !s.talk || s.talk->analyserVersion < workflows::kTalkAnalyserVersion;
    }));
    const int oneVoice = int(sessions.size()) - measured - notMeasured;
    QStringList said;
    if (notMeasured > 0)
        said << tr("%1 not measured yet.")
                    .arg(notMeasured == 1 ? tr("1 call") : tr("%1 calls").arg(notMeasured));
    if (oneVoice > 0)
        said << tr("%1 on one channel without speakers: import a transcript to tell them apart.")
                    .arg(oneVoice == 1 ? tr("1 call") : tr("%1 calls").arg(oneVoice));
    m_talkNote->setText(said.join(u' '));
    m_talkNote->setVisible(!said.isEmpty());
    m_measure->setVisible(notMeasured > 0 && !m_measuring.isRunning());
    replaceChart(m_scoreChart, app::scoreChart(sessions));
    replaceChart(m_gapChart, app::gapChart(sessions));
    replaceChart(m_questionsChart, app::questionsChart(sessions, progress.repQuestions));
    const QDate today = QDate::currentDate();
    const QDate first = sessions.empty() ? today : workflows::coachingDate(sessions.front());
    // A year at most, so the bars stay readable.
    replaceChart(m_monthChart, app::monthChart(workflows::sessionsPerMonth(
                                   sessions, std::max(first, today.addMonths(-11)), today)));
    if (m_managersView)
        replaceChart(m_chart, phrasingChart(sessions, m_rules));
}

bool RepPage::saveChart(QChartView* view, const QString& path)
{
    if (path.endsWith(QStringLiteral(".svg"), Qt::CaseInsensitive)) {
        QSvgGenerator svg;
        svg.setFileName(path);
        svg.setSize(view->size());
        svg.setViewBox(QRect(QPoint(0, 0), view->size()));
        svg.setTitle(view->chart() ? view->chart()->title() : QString());
        svg.setDescription(tr("A chart of %1's coaching, made with Coachtrack").arg(m_repName));
        QPainter painter;
        if (painter.begin(&svg)) {
            view->render(&painter);
            if (painter.end() && QFileInfo(path).size() > 0)
                return true;
        }
        say(tr("%1: the chart could not be saved").arg(path));
        return false;
    }
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
    say(tr("%1: the chart could not be saved (%2)").arg(path, writer.errorString()));
    return false;
}

void RepPage::scoreSelectedSession()
{
    const QTreeWidgetItem* item = m_sessions->currentItem();
    if (!item)
        return say(tr("Select the coaching session to score first."));
    const int64_t sessionId = item->data(1, Qt::UserRole).toLongLong();
    auto store = Store::open(m_libraryPath);
    if (!store)
        return say(store.error().message);
    auto skills = (*store)->skills();
    auto scores = (*store)->scores(sessionId);
    if (!skills || !scores)
        return say(!skills ? skills.error().message : scores.error().message);
    ScorecardDialog dialog(item->text(1), *skills, *scores, this);
    if (dialog.exec() == QDialog::Accepted)
        applyScores(sessionId, dialog.scores());
}

bool RepPage::applyScores(int64_t sessionId, const std::vector<Score>& scores)
{
    auto store = Store::open(m_libraryPath);
    if (!store) {
        say(store.error().message);
        return false;
    }
    for (const Score& s : scores)
        if (auto ok = (*store)->setScore(sessionId, s.skill.id, s.manager, s.self, s.comment);
            !ok) {
            reload();
            say(tr("%1: %2").arg(s.skill.name, ok.error().message));
            return false;
        }
    reload();
    return true;
}

bool RepPage::importSelfRatings(const QString& path)
{
    auto store = Store::open(m_libraryPath);
    if (!store) {
        say(store.error().message);
        return false;
    }
    const auto imported = workflows::importSelfRatings(**store, path);
    reload();
    if (!imported) {
        say(imported.error().message);
        return false;
    }
    return true;
}

bool RepPage::writeReport(const ReportRequest& request)
{
    auto store = Store::open(m_libraryPath);
    if (!store) {
        say(store.error().message);
        return false;
    }
    if (auto ok = writeProgressReport(**store, m_repId, request.from, request.to, request.format,
                                      request.paper, request.path);
        !ok) {
        say(ok.error().message);
        return false;
    }
    return true;
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
    m_scores->setColumnCount(int(headers.size())); // a skill no longer scored goes
    m_scores->setHeaderLabels(headers);
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
            if (const auto gap = score->gap())
                cell += QStringLiteral(" (%1%2)")
                            .arg(*gap > 0 ? QStringLiteral("+") : QString())
                            .arg(*gap);
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
    for (const workflows::SkillSeries& k : workflows::skillSeries(sessions))
        if (k.meanAbsGap)
            summary << tr("%1: <b>%2</b>")
                           .arg(k.skill.name.toHtmlEscaped(),
                                workflows::gapSummary(k).toHtmlEscaped());
    m_gap->setText(skills.empty() ? tr("No scores yet: select a session and Score Session…")
                   : summary.isEmpty()
                       ? tr("No gap yet: the rep's own ratings are not in (Import Rep's "
                            "Ratings…).")
                       : tr("The gap, rep's view against yours, on average: %1")
                             .arg(summary.join(QStringLiteral(" · "))));
}

} // namespace coachtrack::app
