#pragma once

#include <QObject>

class QKeyEvent;
class QWidget;

namespace coachtrack::app {

// Decides, for every key pressed in one window, whether it belongs to the field that has the
// focus or to the window's shortcuts, the same way everywhere:
//  - in an input widget a key without Ctrl/Alt/Meta keeps its usual meaning: in text fields
//    and spin or date boxes everything that types and the arrows, on a button or check box
//    Space, on a slider or combo box the arrows. So the bare playback keys (Space, ←/→,
//    [ ], P, S, F…) act only outside them;
//  - a key with Ctrl, Alt or Meta is the window's (Ctrl+E exports from the search box too),
//    except the text-editing keys a text field lives by (copy, cut, paste, select all, undo,
//    redo, and moving, selecting or deleting by word).
// Function keys, Escape and Tab are left to Qt's defaults. Installed on the application;
// only looks at widgets of its own window. GUI thread.
class InputKeyRouter : public QObject
{
    Q_OBJECT
public:
    explicit InputKeyRouter(QWidget* window);

    bool eventFilter(QObject* watched, QEvent* event) override;

    static bool isInputWidget(const QWidget* widget);
    static bool isTextWidget(const QWidget* widget);

private:
    QWidget* m_window;
};

} // namespace coachtrack::app
