#pragma once

#include <QObject>

namespace coachtrack::app {

// Keeps private text off the clipboard: swallows Copy and Cut (keys and the context menu's
// entries are not offered) on the widgets it is installed on — the private notes list and the
// note line while it holds a private note. GUI thread.
class NoCopyFilter : public QObject
{
    Q_OBJECT
public:
    // `blockContextMenu` for widgets whose standard menu offers Copy (line edits).
    explicit NoCopyFilter(bool blockContextMenu, QObject* parent = nullptr)
        : QObject(parent)
        , m_blockMenu(blockContextMenu)
    {
    }
    void setActive(bool active) { m_active = active; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    bool m_blockMenu;
    bool m_active = true;
};

} // namespace coachtrack::app
