#pragma once

#include "workflows/Moments.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace coachtrack::app {

// The call's moments in a list to pick from (time, kind, what happened): Enter or a double
// click plays one, and a shareable or private note can be stamped at its start. The moment
// the playhead is in is highlighted. GUI thread.
class MomentsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit MomentsPanel(QWidget* parent = nullptr);

    // `why` says why the list is empty (not analysed yet, one channel and no transcript).
    void setMoments(const std::vector<workflows::Moment>& moments, const QString& why = {});
    // Selects moment `index` (after a jump to it), without moving the keyboard focus.
    void setCurrent(int index);
    // Marks moment `index` as the one being heard (bold; -1: none). The selection stays where
    // the user put it; the list follows only while it does not have the keyboard.
    void setPlaying(int index);
    int playing() const { return m_playing; }
    // Share-safe mode: no "Private Note Here".
    void setShareSafe(bool on);
    // The selected moment's index, -1 for none.
    int selected() const;
    QTreeWidget* list() const { return m_list; }
    // Gives the list the keyboard focus (Go ▸ Moments).
    void focusList();

    // A moment's kind as the manager reads it: "Monologue", "Buyer's turn", …
    static QString kindText(workflows::MomentKind kind);

Q_SIGNALS:
    void playRequested(int index);
    void noteRequested(int index, annotations::Track track);

private:
    QLabel* m_summary = nullptr;
    QTreeWidget* m_list = nullptr;
    QPushButton* m_shareable = nullptr;
    QPushButton* m_private = nullptr;
    int m_playing = -1;
};

} // namespace coachtrack::app
