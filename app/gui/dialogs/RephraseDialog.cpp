#include "app/gui/dialogs/RephraseDialog.h"

#include <QDialogButtonBox>
#include <QKeyEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace coachtrack::app {

RephraseDialog::RephraseDialog(const QString& privateText, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Rephrase for the Rep"));
    auto* layout = new QVBoxLayout(this);
    auto* mine = new QLabel(tr("Your private note:"), this);
    auto* original = new QLabel(privateText, this);
    original->setWordWrap(true);
    original->setTextFormat(Qt::PlainText);
    original->setStyleSheet(QStringLiteral("QLabel { color: palette(mid); }"));
    auto* prompt = new QLabel(tr("What the rep will read (Ctrl+Enter to save):"), this);
    m_edit = new QPlainTextEdit(this);
    m_edit->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_edit->setTabChangesFocus(true);
    prompt->setBuddy(m_edit);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton* ok = buttons->button(QDialogButtonBox::Ok);
    ok->setEnabled(false);
    connect(m_edit, &QPlainTextEdit::textChanged, this,
            [this, ok] { ok->setEnabled(!rephrased().isEmpty()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_edit->installEventFilter(this); // Ctrl+Enter saves; the box would take it as a newline
    layout->addWidget(mine);
    layout->addWidget(original);
    layout->addWidget(prompt);
    layout->addWidget(m_edit, 1);
    layout->addWidget(buttons);
    resize(480, 300);
    m_edit->setFocus();
}

bool RephraseDialog::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_edit &&
        (event->type() == QEvent::KeyPress || event->type() == QEvent::ShortcutOverride)) {
        auto* key = static_cast<QKeyEvent*>(event);
        const bool ctrlEnter = (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
                               (key->modifiers() & Qt::ControlModifier);
        if (ctrlEnter) {
            if (event->type() == QEvent::KeyPress && !rephrased().isEmpty())
                accept();
            event->accept();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

QString RephraseDialog::rephrased() const
{
    return m_edit->toPlainText().trimmed();
}

} // namespace coachtrack::app
