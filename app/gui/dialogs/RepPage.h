#pragma once

#include "annotations/Store.h"
#include "workflows/NotePhrasing.h"

#include <QDialog>

class QChartView;
class QLabel;
class QSpinBox;
class QTreeWidget;

namespace coachtrack::app {

// A rep over time, in a window of its own: how often they are coached (the cadence, editable),
// their coaching sessions, each focus item's history (open → practising → achieved, or set
// aside, with the dates) with its question and practice plan, and — for the manager alone — a
// chart of how the manager phrased the shareable notes session after session (the share of
// observations and questions; what went well against the things to change, per call). The phrasing
// is left out in share-safe mode and in a shareable copy of the library. Reads the library when
// opened and on reload(). GUI thread.
class RepPage : public QDialog
{
    Q_OBJECT
public:
    RepPage(const QString& libraryPath, int64_t repId, bool managersView,
            QWidget* parent = nullptr);

    void reload();
    // Writes the chart as a PNG picture at `path` (twice its size on screen, for print); true
    // when written, else the page says why.
    bool saveChart(QChartView* view, const QString& path);
    int64_t repId() const { return m_repId; }
    QTreeWidget* sessionList() const { return m_sessions; }
    QTreeWidget* focusList() const { return m_focus; }
    QTreeWidget* scoreList() const { return m_scores; }
    QChartView* styleChart() const { return m_chart; }
    QChartView* talkChart() const { return m_talkChart; }
    QSpinBox* cadenceBox() const { return m_cadence; }

Q_SIGNALS:
    void cadenceChanged();

private:
    void showScores(const std::vector<annotations::SessionSummary>& sessions);

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
    QLabel* m_talkNote = nullptr;
    std::vector<workflows::PhrasingRule> m_rules; // the library's
    bool m_loading = false;
};

} // namespace coachtrack::app
