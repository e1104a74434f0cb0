#pragma once

// Every string a window could show: titles, labels, fields, buttons, tabs, list and tree rows
// and headers (with their tooltips), combo items, actions and menus, tooltips — visible or not.
// Used by the privacy tests (no private text on screen) and the translation tests (no text that
// bypassed tr()).
#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QComboBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QStringList>
#include <QTabBar>
#include <QWidget>
#include <functional>

namespace coachtrack::testing {

inline QStringList screenTexts(QWidget* root)
{
    QStringList texts{root->windowTitle()};
    QList<QWidget*> widgets = root->findChildren<QWidget*>();
    widgets << root;
    for (QWidget* w : widgets) {
        texts << w->toolTip() << w->windowTitle() << w->accessibleName() << w->statusTip();
        if (auto* l = qobject_cast<QLabel*>(w))
            texts << l->text();
        if (auto* e = qobject_cast<QLineEdit*>(w))
            texts << e->text() << e->placeholderText();
        if (auto* b = qobject_cast<QAbstractButton*>(w))
            texts << b->text();
        if (auto* g = qobject_cast<QGroupBox*>(w))
            texts << g->title();
        if (auto* t = qobject_cast<QPlainTextEdit*>(w))
            texts << t->toPlainText() << t->placeholderText();
        if (auto* bar = qobject_cast<QTabBar*>(w))
            for (int i = 0; i < bar->count(); ++i)
                texts << bar->tabText(i) << bar->tabToolTip(i);
        if (auto* c = qobject_cast<QComboBox*>(w))
            for (int i = 0; i < c->count(); ++i)
                texts << c->itemText(i);
        if (auto* header = qobject_cast<QHeaderView*>(w); header && header->model())
            for (int s = 0; s < header->count(); ++s)
                texts << header->model()->headerData(s, header->orientation()).toString();
        if (auto* view = qobject_cast<QAbstractItemView*>(w); view && view->model()) {
            const QAbstractItemModel* m = view->model();
            std::function<void(const QModelIndex&)> walk = [&](const QModelIndex& parent) {
                for (int r = 0; r < m->rowCount(parent); ++r)
                    for (int c = 0; c < m->columnCount(parent); ++c) {
                        const QModelIndex i = m->index(r, c, parent);
                        texts << i.data(Qt::DisplayRole).toString()
                              << i.data(Qt::ToolTipRole).toString();
                        if (c == 0)
                            walk(i);
                    }
            };
            walk({});
        }
    }
    for (QAction* a : root->findChildren<QAction*>())
        texts << a->text() << a->toolTip() << a->statusTip();
    return texts;
}

} // namespace coachtrack::testing
