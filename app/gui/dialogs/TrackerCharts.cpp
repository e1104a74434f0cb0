#include "app/gui/dialogs/TrackerCharts.h"

#include "annotations/Debrief.h"
#include "app/gui/LocaleText.h"
#include "workflows/RecordingTalk.h"

#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QDateTimeAxis>
#include <QGraphicsScene>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPainter>
#include <QValueAxis>
#include <algorithm>
#include <memory>

namespace coachtrack::app {

using namespace annotations;

namespace {

QLineSeries* line(QChart* chart, const QString& name, QColor color)
{
    auto* series = new QLineSeries(chart);
    series->setName(name);
    series->setPointsVisible(true);
    series->setMarkerSize(7);
    series->setColor(color);
    return series;
}

qreal when(const SessionSummary& s)
{
    return qreal(s.created.toMSecsSinceEpoch());
}

// The time axis across the sessions, a day of room on either side.
QDateTimeAxis* timeAxis(QChart* chart, const std::vector<const SessionSummary*>& sessions)
{
    auto* time = new QDateTimeAxis(chart);
    time->setFormat(dayMonthPattern()); // the chart's locale names the month
    time->setTickCount(std::clamp(int(sessions.size()), 2, 8));
    if (!sessions.empty())
        time->setRange(sessions.front()->created.toLocalTime().addDays(-1),
                       sessions.back()->created.toLocalTime().addDays(1));
    return time;
}

QValueAxis* valueAxis(QChart* chart, qreal top, const QString& format)
{
    auto* axis = new QValueAxis(chart);
    axis->setRange(0, top);
    axis->setTickCount(6);
    axis->setLabelFormat(format);
    return axis;
}

QChart* newChart()
{
    auto* chart = new QChart;
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
}

// Attaches `series` to the chart and to the axes given.
void plot(QChart* chart, QAbstractSeries* series, QAbstractAxis* x, QAbstractAxis* y)
{
    chart->addSeries(series);
    series->attachAxis(x);
    series->attachAxis(y);
}

// The colour of the n-th skill on the score charts.
QColor skillColour(size_t n)
{
    static const QColor palette[] = {QColor(0x1b, 0x7f, 0x7a), QColor(0xe8, 0x83, 0x3a),
                                     QColor(0x6a, 0x4c, 0x93), QColor(0x4c, 0x8c, 0x2b),
                                     QColor(0xb0, 0x3a, 0x48), QColor(0x3a, 0x6e, 0xb0)};
    return palette[n % std::size(palette)];
}

qreal whenDate(const QDate& date)
{
    return qreal(QDateTime(date, QTime(12, 0), Qt::LocalTime).toMSecsSinceEpoch());
}

// The time axis across the sessions that have a point on a chart.
QDateTimeAxis* pointAxis(QChart* chart, const std::vector<SessionSummary>& sessions,
                         const std::function<bool(const SessionSummary&)>& hasPoint)
{
    std::vector<const SessionSummary*> shown;
    for (const SessionSummary& s : sessions)
        if (hasPoint(s))
            shown.push_back(&s);
    return timeAxis(chart, shown);
}

} // namespace

bool talkIsCurrent(const SessionSummary& session)
{
    return session.talk && session.talk->analyserVersion == workflows::kTalkAnalyserVersion &&
           session.talk->perSpeaker && session.talk->repShare;
}

QChart* phrasingChart(const std::vector<SessionSummary>& sessions,
                      const std::vector<workflows::PhrasingRule>& rules)
{
    QChart* chart = newChart();
    auto* asked =
        line(chart, QObject::tr("Observations or questions, % of notes"), QColor(0x1b, 0x7f, 0x7a));
    auto* toChange = line(chart, QObject::tr("Things to change"), QColor(0xe8, 0x83, 0x3a));
    auto* wentWell = line(chart, QObject::tr("Things that went well"), QColor(0x4c, 0x8c, 0x2b));
    int most = workflows::CoachingStyle::kLaundryList + 2; // the laundry list stays in view
    std::vector<const SessionSummary*> all;
    for (const SessionSummary& s : sessions) {
        const auto style = workflows::coachingStyleOf(s.shareableTexts, rules);
        asked->append(when(s), style.askShare() * 100);
        toChange->append(when(s), style.toChange);
        wentWell->append(when(s), style.praise);
        most = std::max({most, style.toChange + 1, style.praise + 1});
        all.push_back(&s);
    }
    most += most % 2; // whole numbers at each of the six ticks
    QDateTimeAxis* time = timeAxis(chart, all);
    QValueAxis* share = valueAxis(chart, 100, QStringLiteral("%d%"));
    share->setTitleText(QObject::tr("Asked"));
    QValueAxis* count = valueAxis(chart, most, QStringLiteral("%d"));
    count->setTitleText(QObject::tr("Notes"));
    chart->addAxis(time, Qt::AlignBottom);
    chart->addAxis(share, Qt::AlignLeft);
    chart->addAxis(count, Qt::AlignRight);
    plot(chart, asked, time, share);
    plot(chart, toChange, time, count);
    plot(chart, wentWell, time, count);
    return chart;
}

QChart* talkChart(const std::vector<SessionSummary>& sessions, int* measured)
{
    QChart* chart = newChart();
    std::vector<const SessionSummary*> kept;
    for (const SessionSummary& s : sessions)
        if (talkIsCurrent(s))
            kept.push_back(&s);
    if (measured)
        *measured = int(kept.size());
    QDateTimeAxis* time = timeAxis(chart, kept);
    QValueAxis* share = valueAxis(chart, 100, QStringLiteral("%d%"));
    qreal longest = 50;
    for (const SessionSummary* s : kept)
        longest = std::max(longest, qreal(s->talk->repLongestMs.value_or(0)) / 1000.0 + 10);
    share->setTitleText(QObject::tr("Talk share"));
    QValueAxis* seconds = valueAxis(chart, std::ceil(longest / 50) * 50, QStringLiteral("%d s"));
    seconds->setTitleText(QObject::tr("Monologue"));
    chart->addAxis(time, Qt::AlignBottom);
    chart->addAxis(share, Qt::AlignLeft);
    chart->addAxis(seconds, Qt::AlignRight);

    // The reference band: most reps talk 65-75% of a call; about 43% converts best.
    const qreal from = kept.empty() ? 0 : time->min().toMSecsSinceEpoch();
    const qreal to = kept.empty() ? 1 : time->max().toMSecsSinceEpoch();
    auto* low = new QLineSeries(chart);
    auto* high = new QLineSeries(chart);
    for (qreal x : {from, to}) {
        low->append(x, TalkReference::kTypicalRepShareLow * 100);
        high->append(x, TalkReference::kTypicalRepShareHigh * 100);
    }
    auto* band = new QAreaSeries(high, low);
    band->setName(QObject::tr("Most reps (65–75%)"));
    band->setColor(QColor(0xe3, 0xe8, 0xeb));
    band->setBorderColor(QColor(0xc9, 0xd2, 0xd8));
    plot(chart, band, time, share);
    auto* best = new QLineSeries(chart);
    best->setName(QObject::tr("Converts best (43%)"));
    best->setPen(QPen(QColor(0x4c, 0x8c, 0x2b), 1.5, Qt::DashLine));
    best->append(from, TalkReference::kBestRepShare * 100);
    best->append(to, TalkReference::kBestRepShare * 100);
    plot(chart, best, time, share);

    auto* repShare = line(chart, QObject::tr("Rep's share of the talk"), QColor(0x1b, 0x7f, 0x7a));
    auto* monologue = line(chart, QObject::tr("Longest monologue (s)"), QColor(0xe8, 0x83, 0x3a));
    for (const SessionSummary* s : kept) {
        repShare->append(when(*s), *s->talk->repShare * 100);
        if (s->talk->repLongestMs)
            monologue->append(when(*s), qreal(*s->talk->repLongestMs) / 1000.0);
    }
    plot(chart, repShare, time, share);
    plot(chart, monologue, time, seconds);
    return chart;
}

QChart* scoreChart(const std::vector<SessionSummary>& sessions)
{
    QChart* chart = newChart();
    QDateTimeAxis* time =
        pointAxis(chart, sessions, [](const SessionSummary& s) { return !s.scores.empty(); });
    auto* rating = new QValueAxis(chart);
    rating->setRange(0.5, 5.5);
    rating->setTickType(QValueAxis::TicksDynamic);
    rating->setTickAnchor(1);
    rating->setTickInterval(1);
    rating->setLabelFormat(QStringLiteral("%d"));
    rating->setTitleText(QObject::tr("Rating"));
    chart->addAxis(time, Qt::AlignBottom);
    chart->addAxis(rating, Qt::AlignLeft);
    const auto series = workflows::skillSeries(sessions);
    for (size_t i = 0; i < series.size(); ++i) {
        auto* manager = line(chart, series[i].skill.name, skillColour(i));
        auto* self =
            line(chart, QObject::tr("%1 (rep's own)").arg(series[i].skill.name), skillColour(i));
        self->setPen(QPen(skillColour(i), 1.5, Qt::DashLine));
        for (const workflows::SkillPoint& p : series[i].points) {
            if (p.manager)
                manager->append(whenDate(p.date), *p.manager);
            if (p.self)
                self->append(whenDate(p.date), *p.self);
        }
        plot(chart, manager, time, rating);
        if (self->count() > 0) {
            plot(chart, self, time, rating);
            // One legend entry a skill: the dashed line is told apart in words.
            for (QLegendMarker* marker : chart->legend()->markers(self))
                marker->setVisible(false);
        } else {
            delete self;
        }
    }
    return chart;
}

QChart* gapChart(const std::vector<SessionSummary>& sessions)
{
    QChart* chart = newChart();
    const auto series = workflows::skillSeries(sessions);
    QDateTimeAxis* time = pointAxis(chart, sessions, [](const SessionSummary& s) {
        return std::any_of(s.scores.begin(), s.scores.end(),
                           [](const Score& c) { return c.gap().has_value(); });
    });
    auto* gap = new QValueAxis(chart);
    gap->setRange(-4, 4);
    gap->setTickCount(9);
    gap->setLabelFormat(QStringLiteral("%+d"));
    gap->setTitleText(QObject::tr("Rep's view − manager's"));
    chart->addAxis(time, Qt::AlignBottom);
    chart->addAxis(gap, Qt::AlignLeft);
    auto* agreed = new QLineSeries(chart);
    agreed->setName(QObject::tr("Agreed"));
    agreed->setPen(QPen(QColor(0x9a, 0xa5, 0xad), 1, Qt::DashLine));
    agreed->append(time->min().toMSecsSinceEpoch(), 0);
    agreed->append(time->max().toMSecsSinceEpoch(), 0);
    plot(chart, agreed, time, gap);
    for (size_t i = 0; i < series.size(); ++i) {
        if (series[i].gapCount == 0)
            continue;
        auto* points = line(chart,
                            QObject::tr("%1 (%L2 apart on average)")
                                .arg(series[i].skill.name)
                                .arg(*series[i].meanAbsGap, 0, 'f', 1),
                            skillColour(i));
        for (const workflows::SkillPoint& p : series[i].points)
            if (p.manager && p.self)
                points->append(whenDate(p.date), *p.self - *p.manager);
        plot(chart, points, time, gap);
    }
    return chart;
}

QChart* questionsChart(const std::vector<SessionSummary>& sessions,
                       const std::map<int64_t, int>& repQuestions)
{
    QChart* chart = newChart();
    QDateTimeAxis* time = pointAxis(chart, sessions, [&](const SessionSummary& s) {
        return repQuestions.contains(s.sessionId);
    });
    int most = 10;
    for (const auto& [session, asked] : repQuestions)
        most = std::max(most, asked + 2);
    QValueAxis* count = valueAxis(chart, std::ceil(most / 5.0) * 5, QStringLiteral("%d"));
    count->setTitleText(QObject::tr("Questions"));
    chart->addAxis(time, Qt::AlignBottom);
    chart->addAxis(count, Qt::AlignLeft);
    auto* asked =
        line(chart, QObject::tr("Questions the rep asked (transcript)"), QColor(0x6a, 0x4c, 0x93));
    for (const SessionSummary& s : sessions)
        if (auto it = repQuestions.find(s.sessionId); it != repQuestions.end())
            asked->append(when(s), it->second);
    plot(chart, asked, time, count);
    return chart;
}

QChart* monthChart(const std::vector<workflows::MonthCount>& months)
{
    QChart* chart = newChart();
    auto* set = new QBarSet(QObject::tr("Coaching sessions"));
    set->setColor(QColor(0x1b, 0x7f, 0x7a));
    QStringList names;
    int most = 4;
    for (const workflows::MonthCount& m : months) {
        *set << m.sessions;
        names << QLocale().toString(m.month, QStringLiteral("MMM yyyy"));
        most = std::max(most, m.sessions + 1);
    }
    auto* bars = new QBarSeries(chart);
    bars->append(set);
    auto* axis = new QBarCategoryAxis(chart);
    axis->append(names);
    if (most > 10)
        most = (most + 4) / 5 * 5;
    QValueAxis* count = valueAxis(chart, most, QStringLiteral("%d"));
    count->setTickCount(most > 10 ? 6 : most + 1); // whole numbers at each tick
    count->setTitleText(QObject::tr("Sessions"));
    chart->addAxis(axis, Qt::AlignBottom);
    chart->addAxis(count, Qt::AlignLeft);
    plot(chart, bars, axis, count);
    return chart;
}

QImage chartImage(QChart* chart, const QSize& size, qreal scale)
{
    // A chart not shown in a view is laid out in a scene of its own at the size asked for.
    QGraphicsScene scene;
    const bool own = chart->scene() == nullptr;
    if (own)
        scene.addItem(chart);
    const QRectF was = chart->geometry();
    chart->setGeometry(QRectF(QPointF(0, 0), size));
    QImage image((QSizeF(size) * scale).toSize(), QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(1);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        chart->scene()->render(&painter, QRectF(QPointF(0, 0), image.size()),
                               QRectF(chart->mapRectToScene(chart->rect())));
    }
    if (own)
        scene.removeItem(chart);
    else
        chart->setGeometry(was);
    return image;
}

std::vector<workflows::ReportChart> reportCharts(const workflows::RepProgress& progress)
{
    std::vector<workflows::ReportChart> charts;
    const QSize size(600, 330);
    auto add = [&](QChart* chart, const QString& title, const QString& caption) {
        std::unique_ptr<QChart> owned(chart);
        QFont font = chart->titleFont();
        font.setBold(true);
        font.setPointSizeF(font.pointSizeF() * 1.2);
        chart->setTitleFont(font);
        chart->setTitle(title);
        QFont small = chart->legend()->font();
        small.setPointSizeF(small.pointSizeF() * 0.85);
        chart->legend()->setFont(small);
        charts.push_back({title, chartImage(chart, size), caption});
    };
    const auto& sessions = progress.sessions;
    const bool scored = std::any_of(sessions.begin(), sessions.end(),
                                    [](const SessionSummary& s) { return !s.scores.empty(); });
    if (scored) {
        add(scoreChart(sessions), QObject::tr("Scores over time"),
            QObject::tr("Your manager's rating (solid) and your own (dashed), 1 to 5."));
        const auto series = workflows::skillSeries(sessions);
        if (std::any_of(series.begin(), series.end(),
                        [](const workflows::SkillSeries& k) { return k.gapCount > 0; }))
            add(gapChart(sessions), QObject::tr("The gap over time"),
                QObject::tr("Your rating minus your manager's, per skill; 0 is agreement."));
    }
    int measured = 0;
    std::unique_ptr<QChart> talk(talkChart(sessions, &measured));
    if (measured > 0)
        add(talk.release(), QObject::tr("How you talked"),
            QObject::tr("Your share of the talk over the band most reps talk in (65–75%) and "
                        "the share that converts best (43%); your longest monologue."));
    if (!progress.repQuestions.empty())
        add(questionsChart(sessions, progress.repQuestions),
            QObject::tr("Questions you asked per call"),
            QObject::tr("From the call's transcript."));
    const QDate from = progress.from.isValid() ? progress.from
                       : sessions.empty()      ? QDate::currentDate()
                                               : workflows::coachingDate(sessions.front());
    const QDate to = progress.to.isValid() ? progress.to : QDate::currentDate();
    add(monthChart(workflows::sessionsPerMonth(sessions, from, to)),
        QObject::tr("Coaching sessions per month"), QString());
    return charts;
}

} // namespace coachtrack::app
