#pragma once

#include "annotations/Store.h"

#include <QDialog>

class QLineEdit;
class QPlainTextEdit;

namespace coachtrack::app {

// "Question and Practice Plan" (Ctrl+K): what a focus item says to the rep under its note on
// the debrief: the opening question of the conversation about it (a suggestion from the note's
// moment is offered when it has none) and how they will practise it. Ctrl+Enter (or OK)
// accepts, Esc cancels. GUI thread.
class FocusGuideDialog : public QDialog
{
    Q_OBJECT
public:
    FocusGuideDialog(const QString& noteText, const annotations::FocusGuide& current,
                     const QString& suggestion, QWidget* parent = nullptr);
    annotations::FocusGuide guide() const;
    QLineEdit* questionEdit() const { return m_question; }
    QPlainTextEdit* planEdit() const { return m_plan; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QLineEdit* m_question = nullptr;
    QPlainTextEdit* m_plan = nullptr;
};

} // namespace coachtrack::app
