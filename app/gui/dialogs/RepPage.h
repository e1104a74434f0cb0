#pragma once

#include "annotations/Store.h"
#include "app/gui/dialogs/ReportDialog.h"
#include "media/Jobs.h"
#include "workflows/NotePhrasing.h"
#include "workflows/RepProgress.h"
#include "workflows/TalkMeasuring.h"

#include <QDialog>
#include <QFutureWatcher>
#include <memory>

class QChartView;
class QLabel;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTreeWidget;

namespace coachtrack::app {

class PlanList;

// A rep over time, in a window of its own: how often they are coached (the cadence, editable),
// their coaching plans (editable), their coaching sessions, each focus item's history (open →
// practising → achieved, or set aside, with the dates) with its question and practice plan,
// their scorecards (filled in per session, the rep's own ratings imported from the form they
// filled) with the gap, and charts over time — how the rep talked, their scores, the gap, the
// questions they asked, coaching sessions per month and, for the manager alone, how the manager
// phrased the shareable notes (left out in share-safe mode and in a shareable copy). Each
// chart saves as PNG or SVG; the rep's progress report is written from here. Reads the library
// when opened and on reload(). GUI thread.
class RepPage : public QDialog
{
    Q_OBJECT
public:
    RepPage(const QString& libraryPath, int64_t repId, bool managersView,
            QWidget* parent = nullptr);
    ~RepPage() override;

    void reload();
    // Writes the chart as an SVG drawing when `path` ends in .svg, else as a PNG picture (twice
    // its size on screen, for print); true when written, else the page says why.
    bool saveChart(QChartView* view, const QString& path);
    // Opens the scorecard of the coaching session selected in the sessions list.
    void scoreSelectedSession();
    // Sets a session's scores as the scorecard gives them (both ratings unset: none); true when
    // all were kept, else the page says why.
    bool applyScores(int64_t sessionId, const std::vector<annotations::Score>& scores);
    // Reads the rep's filled-in self-rating form (CSV or JSON); true when imported.
    bool importSelfRatings(const QString& path);
    // Writes the rep's progress report; true when written, else the page says why.
    bool writeReport(const ReportRequest& request);
    // Measures the rep's reviewed calls that have no kept talk metrics, on a worker thread;
    // the page reloads when done (measuringFinished).
    void measureCalls();
    QPushButton* measureButton() const { return m_measure; }
    int64_t repId() const { return m_repId; }
    QTreeWidget* sessionList() const { return m_sessions; }
    QTreeWidget* focusList() const { return m_focus; }
    QTreeWidget* scoreList() const { return m_scores; }
    QChartView* styleChart() const { return m_chart; }
    QChartView* talkChart() const { return m_talkChart; }
    QChartView* scoreChart() const { return m_scoreChart; }
    QChartView* gapChart() const { return m_gapChart; }
    QChartView* questionsChart() const { return m_questionsChart; }
    QChartView* monthChart() const { return m_monthChart; }
    QTabWidget* chartTabs() const { return m_chartTabs; }
    PlanList* planList() const { return m_plans; }
    QLabel* problem() const { return m_problem; }
    QSpinBox* cadenceBox() const { return m_cadence; }

Q_SIGNALS:
    void cadenceChanged();
    void measuringFinished(bool ok);

private:
    void showScores(const std::vector<annotations::SessionSummary>& sessions);
    void showCharts(const workflows::RepProgress& progress);
    void say(const QString& problem);

    QString m_libraryPath;
    int64_t m_repId = 0;
    bool m_managersView = true;
    QLabel* m_title = nullptr;
    QLabel* m_problem = nullptr;
    QSpinBox* m_cadence = nullptr;
    QTreeWidget* m_sessions = nullptr;
    QTreeWidget* m_focus = nullptr;
    QTreeWidget* m_scores = nullptr;
    QLabel* m_gap = nullptr;
    QChartView* m_chart = nullptr;
    QChartView* m_talkChart = nullptr;
    QChartView* m_scoreChart = nullptr;
    QChartView* m_gapChart = nullptr;
    QChartView* m_questionsChart = nullptr;
    QChartView* m_monthChart = nullptr;
    QTabWidget* m_chartTabs = nullptr;
    PlanList* m_plans = nullptr;
    QString m_repName;
    QLabel* m_talkNote = nullptr;
    QPushButton* m_measure = nullptr;
    QFutureWatcher<workflows::Expected<workflows::MeasuringReport>> m_measuring;
    std::shared_ptr<media::CancelToken> m_cancelMeasuring;
    std::vector<workflows::PhrasingRule> m_rules; // the library's
    bool m_loading = false;
};

} // namespace coachtrack::app
