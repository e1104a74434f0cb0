#include "app/gui/panels/RichTextDelegate.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QPainter>
#include <QTextDocument>

namespace coachtrack::app {

namespace {

constexpr int kPadding = 4;

void layOut(QTextDocument& doc, const QStyleOptionViewItem& option, const QString& html)
{
    doc.setDefaultFont(option.font);
    doc.setDocumentMargin(kPadding);
    doc.setHtml(html);
    const int width = option.rect.width() > 0 ? option.rect.width() : 240;
    doc.setTextWidth(width);
}

} // namespace

RichTextDelegate::RichTextDelegate(int role, QObject* parent)
    : QStyledItemDelegate(parent)
    , m_role(role)
{
}

void RichTextDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                             const QModelIndex& index) const
{
    const QString html = index.data(m_role).toString();
    if (html.isEmpty())
        return QStyledItemDelegate::paint(painter, option, index);
    QStyleOptionViewItem item = option;
    initStyleOption(&item, index);
    item.text.clear(); // the background, selection and focus frame only
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &item, painter, widget);

    QTextDocument doc;
    layOut(doc, option, html);
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette = option.palette;
    if (option.state & QStyle::State_Selected)
        context.palette.setColor(QPalette::Text, option.palette.color(QPalette::HighlightedText));
    painter->save();
    painter->translate(option.rect.topLeft());
    painter->setClipRect(option.rect.translated(-option.rect.topLeft()));
    doc.documentLayout()->draw(painter, context);
    painter->restore();
}

QSize RichTextDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const QString html = index.data(m_role).toString();
    if (html.isEmpty())
        return QStyledItemDelegate::sizeHint(option, index);
    QTextDocument doc;
    layOut(doc, option, html);
    return {int(doc.idealWidth()), int(doc.size().height())};
}

} // namespace coachtrack::app
