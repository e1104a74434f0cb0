#pragma once

#include "annotations/Tracker.h"

#include <QDialog>

class QLineEdit;
class QSpinBox;

namespace coachtrack::app {

// One coaching session's scorecard to fill in: per skill of the library's list, the manager's
// rating and the rep's own (1 to 5, or – for none) and a comment for the rep. Writes nothing
// itself: scores() gives what the manager set. GUI thread.
class ScorecardDialog : public QDialog
{
    Q_OBJECT
public:
    ScorecardDialog(const QString& callTitle, const std::vector<annotations::Skill>& skills,
                    const std::vector<annotations::Score>& scores, QWidget* parent = nullptr);

    // Every skill's score as the dialog shows it (both ratings unset: no score).
    std::vector<annotations::Score> scores() const;
    // The spin boxes and comment of the n-th skill, for tests.
    QSpinBox* managerBox(size_t n) const { return m_rows.at(n).manager; }
    QSpinBox* selfBox(size_t n) const { return m_rows.at(n).self; }
    QLineEdit* commentEdit(size_t n) const { return m_rows.at(n).comment; }

private:
    struct Row
    {
        annotations::Skill skill;
        QSpinBox* manager = nullptr;
        QSpinBox* self = nullptr;
        QLineEdit* comment = nullptr;
    };
    std::vector<Row> m_rows;
};

} // namespace coachtrack::app
