#include "app/gui/window/NoCopyFilter.h"

#include <QKeyEvent>

namespace coachtrack::app {

bool NoCopyFilter::eventFilter(QObject* watched, QEvent* event)
{
    if (!m_active)
        return QObject::eventFilter(watched, event);
    if (event->type() == QEvent::KeyPress || event->type() == QEvent::ShortcutOverride) {
        auto* key = static_cast<QKeyEvent*>(event);
        if (key->matches(QKeySequence::Copy) || key->matches(QKeySequence::Cut)) {
            event->accept();
            return true;
        }
    }
    if (m_blockMenu && event->type() == QEvent::ContextMenu)
        return true; // its Copy entry would bypass the key filter
    return QObject::eventFilter(watched, event);
}

} // namespace coachtrack::app
