#pragma once

#include <QDialog>
#include <vector>

class QButtonGroup;

namespace coachtrack::app {

// Shown when a note should become a focus item but the session's cap is reached: says so,
// and lets the manager pick the focus item to swap out, in one step. GUI thread.
class FocusSwapDialog : public QDialog
{
    Q_OBJECT
public:
    struct Item
    {
        int64_t noteId;
        QString label;
    };
    FocusSwapDialog(int cap, const QString& incoming, const std::vector<Item>& current,
                    QWidget* parent = nullptr);
    // The focus item chosen to make room (the first one unless another is picked).
    int64_t outgoing() const;
    void choose(int64_t noteId);

private:
    QButtonGroup* m_group = nullptr;
    std::vector<Item> m_items;
};

} // namespace coachtrack::app
