#include "workflows/MetricTrends.h"

#include "workflows/RecordingTalk.h"

#include <QCoreApplication>
#include <QLocale>
#include <QObject>
#include <cmath>

namespace coachtrack::workflows {

using namespace annotations;

namespace {

constexpr double kBestShare = 0.43;

struct MetricInfo
{
    WatchedMetric metric;
    const char* name;
    const char* label;
    double step;      // a smaller move is steady
    int betterWhenUp; // +1 higher is better, −1 lower is better
};

constexpr MetricInfo kMetrics[] = {
    {WatchedMetric::TalkShare, "talk-share", QT_TRANSLATE_NOOP("MetricTrends", "Talk share"), 0.02,
     -1},
    {WatchedMetric::LongestMonologue, "longest-monologue",
     QT_TRANSLATE_NOOP("MetricTrends", "Monologue"), 5000, -1},
    {WatchedMetric::Patience, "patience", QT_TRANSLATE_NOOP("MetricTrends", "Patience"), 100, +1},
    {WatchedMetric::ManagerScore, "score", QT_TRANSLATE_NOOP("MetricTrends", "Score"), 0.25, +1},
    {WatchedMetric::Gap, "gap", QT_TRANSLATE_NOOP("MetricTrends", "Gap"), 0.25, -1},
};

const MetricInfo& infoOf(WatchedMetric metric)
{
    for (const MetricInfo& m : kMetrics)
        if (m.metric == metric)
            return m;
    return kMetrics[0];
}

std::optional<double> figureOf(WatchedMetric metric, const RecentSession& s)
{
    const bool talk =
        s.talk && s.talk->analyserVersion == kTalkAnalyserVersion && s.talk->perSpeaker;
    switch (metric) {
    case WatchedMetric::TalkShare: return talk ? s.talk->repShare : std::nullopt;
    case WatchedMetric::LongestMonologue:
        return talk && s.talk->repLongestMs ? std::optional(double(*s.talk->repLongestMs))
                                            : std::nullopt;
    case WatchedMetric::Patience:
        return talk && s.talk->patienceMs ? std::optional(double(*s.talk->patienceMs))
                                          : std::nullopt;
    case WatchedMetric::ManagerScore: return s.meanManager;
    case WatchedMetric::Gap: return s.meanGap;
    }
    return std::nullopt;
}

double mean(const std::vector<double>& values, size_t from, size_t to)
{
    double sum = 0;
    for (size_t i = from; i < to; ++i)
        sum += values[i];
    return sum / double(to - from);
}

} // namespace

QString watchedMetricName(WatchedMetric metric)
{
    return QString::fromLatin1(infoOf(metric).name);
}

std::optional<WatchedMetric> watchedMetricFromName(const QString& name)
{
    for (const MetricInfo& m : kMetrics)
        if (name.trimmed().compare(QLatin1String(m.name), Qt::CaseInsensitive) == 0)
            return m.metric;
    return std::nullopt;
}

QString watchedMetricLabel(WatchedMetric metric)
{
    // In the window's language (the command line installs no translation).
    return QCoreApplication::translate("MetricTrends", infoOf(metric).label);
}

std::vector<WatchedMetric> allWatchedMetrics()
{
    std::vector<WatchedMetric> all;
    for (const MetricInfo& m : kMetrics)
        all.push_back(m.metric);
    return all;
}

QString trendText(const MetricTrend& t)
{
    if (!t.latest)
        return QString();
    QString figure;
    switch (t.metric) {
    case WatchedMetric::TalkShare:
        figure = QStringLiteral("%1%").arg(qRound(*t.latest * 100));
        break;
    case WatchedMetric::LongestMonologue:
        figure = QObject::tr("%L1 s", "seconds").arg(qRound(*t.latest / 1000));
        break;
    case WatchedMetric::Patience:
        figure = QObject::tr("%L1 s", "seconds").arg(*t.latest / 1000, 0, 'f', 1);
        break;
    case WatchedMetric::ManagerScore:
    case WatchedMetric::Gap: figure = QLocale().toString(*t.latest, 'f', 1); break;
    }
    const QString arrow = t.direction > 0   ? QStringLiteral(" ↑")
                          : t.direction < 0 ? QStringLiteral(" ↓")
                          : t.sessions >= 2 ? QStringLiteral(" →")
                                            : QString();
    return figure + arrow;
}

MetricTrend trendOf(WatchedMetric metric, const std::vector<RecentSession>& recent)
{
    MetricTrend t;
    t.metric = metric;
    std::vector<double> values;
    for (const RecentSession& s : recent)
        if (const auto v = figureOf(metric, s))
            values.push_back(*v);
    t.sessions = int(values.size());
    if (values.empty())
        return t;
    t.latest = values.back();
    if (values.size() < 2)
        return t;
    // The latest three against the ones before them (two sessions: one against one).
    const size_t split = values.size() >= 4 ? values.size() - 3 : values.size() / 2;
    const size_t from = split >= 3 ? split - 3 : 0;
    const double before = mean(values, from, split);
    const double now = mean(values, split, values.size());
    const MetricInfo& info = infoOf(metric);
    if (std::abs(now - before) < info.step)
        return t;
    t.direction = now > before ? 1 : -1;
    if (metric == WatchedMetric::TalkShare) // better is nearer the share that converts best
        t.better = std::abs(now - kBestShare) < std::abs(before - kBestShare);
    else
        t.better = t.direction == info.betterWhenUp;
    return t;
}

std::vector<WatchedMetric> watchedMetrics(Store& store)
{
    const std::vector<WatchedMetric> fallback = {WatchedMetric::TalkShare,
                                                 WatchedMetric::LongestMonologue};
    auto names = store.watchedMetricNames();
    if (!names || !*names)
        return fallback;
    std::vector<WatchedMetric> metrics;
    for (const QString& name : **names)
        if (const auto m = watchedMetricFromName(name))
            metrics.push_back(*m);
    return metrics.empty() ? fallback : metrics;
}

Expected<void> setWatchedMetrics(Store& store, const std::vector<WatchedMetric>& metrics)
{
    QStringList names;
    for (WatchedMetric m : metrics)
        names << watchedMetricName(m);
    if (auto ok = store.setWatchedMetricNames(names); !ok)
        return std::unexpected(fromStore(ok.error()));
    return {};
}

} // namespace coachtrack::workflows
