#pragma once

#include "workflows/TeamOverview.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QToolButton;
class QTreeWidget;

namespace coachtrack::app {

// The team overview (the first screen of a coaching week): every rep against their coaching
// cadence, overdue first, with the days since their last coaching session, when the next is
// due, their open focus items, the calls reviewed this month, the trend of each metric the
// manager watches (Watch ▸, one to three) and the call to review next; above it, who is due this
// week. Enter (or a double click) opens the rep's page; R opens the rep's
// next call to review. Reads the library on refresh(), which the window calls when it changes.
// GUI thread.
class TeamPanel : public QWidget
{
    Q_OBJECT
public:
    explicit TeamPanel(QWidget* parent = nullptr);

    void setLibraryPath(const QString& path);
    QString libraryPath() const { return m_libraryPath; }
    // Reads the library again (never creates one).
    void refresh();
    // Puts the keyboard in the list.
    void focusList();
    QTreeWidget* list() const { return m_list; }
    const std::vector<workflows::RepStanding>& team() const { return m_team; }
    // Watches these metrics (one to three) from now on; false when they cannot be kept.
    bool setWatched(const std::vector<workflows::WatchedMetric>& metrics);
    QToolButton* watchButton() const { return m_watch; }

Q_SIGNALS:
    void repRequested(int64_t repId);
    void callRequested(const QString& path);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    std::optional<workflows::RepStanding> current() const;
    void watchChosen();

    QString m_libraryPath;
    std::vector<workflows::RepStanding> m_team;
    QLabel* m_week = nullptr;
    QTreeWidget* m_list = nullptr;
    QPushButton* m_open = nullptr;
    QPushButton* m_review = nullptr;
    QToolButton* m_watch = nullptr;
    bool m_loading = false;
};

} // namespace coachtrack::app
