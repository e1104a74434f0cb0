#include "app/gui/dialogs/FocusGuideDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace coachtrack::app {

FocusGuideDialog::FocusGuideDialog(const QString& noteText, const annotations::FocusGuide& current,
                                   const QString& suggestion, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("focusGuideDialog"));
    setWindowTitle(tr("Question and Practice Plan"));
    auto* layout = new QVBoxLayout(this);
    auto* note = new QLabel(noteText, this);
    note->setWordWrap(true);
    note->setTextFormat(Qt::PlainText);
    note->setStyleSheet(QStringLiteral("QLabel { font-weight: bold; }"));
    auto* intro = new QLabel(tr("The rep reads both under this focus item on the debrief, to "
                                "prepare before you talk. Leave a box empty for none."),
                             this);
    intro->setWordWrap(true);
    m_question = new QLineEdit(current.question.isEmpty() ? suggestion : current.question, this);
    m_question->setObjectName(QStringLiteral("focusQuestion"));
    m_question->setPlaceholderText(tr("What did you want to happen next?"));
    if (current.question.isEmpty() && !suggestion.isEmpty())
        m_question->setToolTip(tr("A suggestion from the note's moment: make it yours"));
    m_plan = new QPlainTextEdit(current.practicePlan, this);
    m_plan->setObjectName(QStringLiteral("focusPlan"));
    m_plan->setPlaceholderText(
        tr("How the rep will practise it, e.g. \"In your next three discovery calls, ask two "
           "follow-up questions before you pitch.\""));
    m_plan->setTabChangesFocus(true);
    m_plan->installEventFilter(this); // Ctrl+Enter saves; the box would take it as a newline
    auto* form = new QFormLayout;
    form->addRow(tr("Opening &question:"), m_question);
    form->addRow(tr("&Practice plan:"), m_plan);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(note);
    layout->addWidget(intro);
    layout->addLayout(form, 1);
    layout->addWidget(buttons);
    resize(560, 300);
    m_question->setFocus();
    m_question->selectAll();
}

bool FocusGuideDialog::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_plan &&
        (event->type() == QEvent::KeyPress || event->type() == QEvent::ShortcutOverride)) {
        auto* key = static_cast<QKeyEvent*>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            (key->modifiers() & Qt::ControlModifier)) {
            if (event->type() == QEvent::KeyPress)
                accept();
            event->accept();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

annotations::FocusGuide FocusGuideDialog::guide() const
{
    return {m_question->text().trimmed(), m_plan->toPlainText().trimmed()};
}

} // namespace coachtrack::app
