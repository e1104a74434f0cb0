#pragma once

#include "annotations/StoreError.h"
#include "annotations/Tracker.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace coachtrack::app {

// What the manager types for a coaching plan.
struct PlanInput
{
    int64_t skillId = 0;
    QString target;
    QDate started;
};

// A rep's coaching plans on their page: each skill they work on with the behaviour that would
// show it, its dates and the sessions that worked on it (running plans first), with Add…,
// Edit…, End (or Run Again) and Delete. Writes to the library at once, then says changed().
// GUI thread.
class PlanList : public QWidget
{
    Q_OBJECT
public:
    PlanList(const QString& libraryPath, int64_t repId, QWidget* parent = nullptr);

    // Shows the plans, `sessions` telling which worked on each.
    void show(const std::vector<annotations::CoachingPlan>& plans,
              const std::vector<annotations::SessionSummary>& sessions);
    QTreeWidget* list() const { return m_list; }

    // The actions, also for tests (the buttons ask with a dialog first).
    bool addPlan(const PlanInput& input);
    bool editPlan(int64_t planId, const PlanInput& input);
    bool endOrRunAgain(int64_t planId);
    bool deletePlan(int64_t planId);

Q_SIGNALS:
    void changed();

private:
    // Asks for a plan's skill, target and start (`initial` filled in); nullopt on Cancel.
    std::optional<PlanInput> ask(const QString& title, const PlanInput& initial, bool newPlan);
    std::optional<annotations::CoachingPlan> current() const;
    bool done(const annotations::Result<void>& result);
    void updateButtons();

    QString m_libraryPath;
    int64_t m_repId = 0;
    std::vector<annotations::CoachingPlan> m_plans;
    QTreeWidget* m_list = nullptr;
    QLabel* m_problem = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_end = nullptr;
    QPushButton* m_delete = nullptr;
};

} // namespace coachtrack::app
