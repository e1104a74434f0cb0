#pragma once

#include <QStyledItemDelegate>

namespace coachtrack::app {

// Draws an item from the HTML in its `role` (bold matches in search results, say) where the
// item's plain text is what screen readers, copies and tests see. Wraps to the view's width.
// GUI thread.
class RichTextDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit RichTextDelegate(int role, QObject* parent = nullptr);

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    int m_role;
};

} // namespace coachtrack::app
