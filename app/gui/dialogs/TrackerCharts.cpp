#include "app/gui/dialogs/TrackerCharts.h"

#include "annotations/Debrief.h"
#include "workflows/RecordingTalk.h"

#include <QAreaSeries>
#include <QDateTimeAxis>
#include <QLegend>
#include <QLineSeries>
#include <QValueAxis>
#include <algorithm>

namespace coachtrack::app {

using namespace annotations;

namespace {

QLineSeries* line(QChart* chart, const QString& name, QColor color)
{
    auto* series = new QLineSeries(chart);
    series->setName(name);
    series->setPointsVisible(true);
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
    time->setFormat(QStringLiteral("d MMM"));
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

} // namespace coachtrack::app
