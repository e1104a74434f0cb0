#include "app/gui/window/InputKeyRouter.h"

#include <QAbstractButton>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextEdit>

namespace coachtrack::app {

namespace {

constexpr Qt::KeyboardModifiers kCommandModifiers =
    Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier;

bool isNavigationKey(int key)
{
    switch (key) {
    case Qt::Key_Left:
    case Qt::Key_Right:
    case Qt::Key_Up:
    case Qt::Key_Down:
    case Qt::Key_Home:
    case Qt::Key_End:
    case Qt::Key_PageUp:
    case Qt::Key_PageDown: return true;
    default: return false;
    }
}

// Keys `widget` uses without a modifier: in a text field anything that types and moving about
// in it; Space on a button or check box; the arrows on a slider or combo box.
bool isFieldKey(const QWidget* widget, const QKeyEvent* key)
{
    if (InputKeyRouter::isTextWidget(widget)) {
        const QString text = key->text();
        return isNavigationKey(key->key()) || key->key() == Qt::Key_Backspace ||
               key->key() == Qt::Key_Delete || (!text.isEmpty() && text.at(0).isPrint());
    }
    if (qobject_cast<const QAbstractButton*>(widget))
        return key->key() == Qt::Key_Space;
    return isNavigationKey(key->key());
}

bool isTextEditingKey(QKeyEvent* key)
{
    for (QKeySequence::StandardKey standard :
         {QKeySequence::Copy, QKeySequence::Cut, QKeySequence::Paste, QKeySequence::SelectAll,
          QKeySequence::Undo, QKeySequence::Redo, QKeySequence::MoveToNextWord,
          QKeySequence::MoveToPreviousWord, QKeySequence::SelectNextWord,
          QKeySequence::SelectPreviousWord, QKeySequence::DeleteStartOfWord,
          QKeySequence::DeleteEndOfWord})
        if (key->matches(standard))
            return true;
    return false;
}

} // namespace

InputKeyRouter::InputKeyRouter(QWidget* window)
    : QObject(window)
    , m_window(window)
{
    qApp->installEventFilter(this);
}

bool InputKeyRouter::isTextWidget(const QWidget* widget)
{
    return qobject_cast<const QLineEdit*>(widget) || qobject_cast<const QTextEdit*>(widget) ||
           qobject_cast<const QPlainTextEdit*>(widget) ||
           qobject_cast<const QAbstractSpinBox*>(widget);
}

bool InputKeyRouter::isInputWidget(const QWidget* widget)
{
    return isTextWidget(widget) || qobject_cast<const QComboBox*>(widget) ||
           qobject_cast<const QAbstractButton*>(widget) ||
           qobject_cast<const QAbstractSlider*>(widget);
}

bool InputKeyRouter::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::ShortcutOverride)
        return false;
    auto* widget = qobject_cast<QWidget*>(watched);
    if (!widget || widget->window() != m_window || !isInputWidget(widget))
        return false;
    auto* key = static_cast<QKeyEvent*>(event);
    if (!(key->modifiers() & kCommandModifiers)) {
        if (!isFieldKey(widget, key))
            return false; // F-keys, Escape, Tab: as Qt decides
        key->accept();    // the field's: no shortcut fires, the field gets the key
        return true;
    }
    if (isTextWidget(widget) && isTextEditingKey(key))
        return false; // the field claims it as usual
    key->ignore();    // the window's shortcut fires, even where the field would claim it
    return true;
}

} // namespace coachtrack::app
