#include "app/gui/panels/NotesPanel.h"

#include "annotations/TimeCode.h"
#include "app/gui/DisplayNames.h"
#include "app/gui/window/NoCopyFilter.h"
#include "workflows/PrivateLock.h"
#include "workflows/PrivateRetention.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QMenu>
#include <QPushButton>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace coachtrack::app {

namespace {

constexpr int kIdRole = Qt::UserRole;
constexpr int kStartRole = Qt::UserRole + 1;
constexpr int kFocusRole = Qt::UserRole + 2;

QTreeWidgetItem* makeItem(int64_t id, int64_t startMs, const QString& text)
{
    auto* item = new QTreeWidgetItem;
    item->setText(0, annotations::formatClock(startMs));
    item->setText(1, text);
    item->setToolTip(1, text);
    item->setData(0, kIdRole, qint64(id));
    item->setData(0, kStartRole, qint64(startMs));
    item->setFlags(item->flags() | Qt::ItemIsEditable);
    return item;
}

} // namespace

NotesPanel::NotesPanel(QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_tabs = new QTabWidget(this);
    m_shareable = makeList(false);
    m_private = makeList(true);
    m_private->installEventFilter(new NoCopyFilter(false, this)); // its own menu offers no Copy
    m_tabs->addTab(m_shareable, tr("Shareable"));
    m_privatePage = m_private;
    m_tabs->addTab(m_private, tr("Private"));
    layout->addWidget(m_tabs, 1);

    auto* buttons = new QHBoxLayout;
    m_focus = new QPushButton(tr("Make Focus Item"), this);
    m_rephrase = new QPushButton(tr("Rephrase for the Rep…"), this);
    m_delete = new QPushButton(tr("Delete"), this);
    buttons->addWidget(m_focus);
    buttons->addWidget(m_rephrase);
    buttons->addStretch(1);
    buttons->addWidget(m_delete);
    layout->addLayout(buttons);
    // From a list, Tab goes to what acts on its note: focus, rephrase, then delete.
    setTabOrder(m_shareable, m_private); // the hidden one of the two is skipped
    setTabOrder(m_private, m_focus);
    setTabOrder(m_focus, m_rephrase);
    setTabOrder(m_rephrase, m_delete);

    connect(m_tabs, &QTabWidget::currentChanged, this, &NotesPanel::updateButtons);
    connect(m_focus, &QPushButton::clicked, this, [this] {
        const int64_t id = selectedNote();
        if (!id)
            return;
        const auto* item = m_shareable->currentItem();
        if (item && item->data(0, kFocusRole).toBool())
            Q_EMIT demoteRequested(id);
        else
            Q_EMIT promoteRequested(id);
    });
    connect(m_rephrase, &QPushButton::clicked, this, [this] {
        if (const int64_t id = selectedNote(); id && currentList() == m_private)
            Q_EMIT rephraseRequested(id);
    });
    connect(m_delete, &QPushButton::clicked, this, [this] {
        if (const int64_t id = selectedNote())
            Q_EMIT deleteRequested(id);
    });
    updateButtons();
}

QTreeWidget* NotesPanel::makeList(bool isPrivate)
{
    auto* list = new QTreeWidget(this);
    list->setObjectName(isPrivate ? QStringLiteral("privateNotes")
                                  : QStringLiteral("shareableNotes"));
    list->setColumnCount(3);
    list->setHeaderLabels(isPrivate ? QStringList{tr("Time"), tr("Note"), tr("Kept")}
                                    : QStringList{tr("Time"), tr("Note"), tr("Focus")});
    list->setRootIsDecorated(false);
    list->setUniformRowHeights(false);
    list->setWordWrap(true);
    list->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    list->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    list->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    if (isPrivate) // shown when the library forgets private notes after some days
        list->setColumnHidden(2, true);
    list->header()->setStretchLastSection(false);
    list->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(list, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem* item) {
        Q_EMIT noteActivated(item->data(0, kIdRole).toLongLong(),
                             item->data(0, kStartRole).toLongLong());
    });
    connect(list, &QTreeWidget::currentItemChanged, this, &NotesPanel::updateButtons);
    connect(list, &QTreeWidget::itemChanged, this, [this](QTreeWidgetItem* item, int column) {
        if (column == 1)
            Q_EMIT editRequested(item->data(0, kIdRole).toLongLong(), item->text(1).trimmed());
    });
    connect(list, &QTreeWidget::customContextMenuRequested, this,
            [this, list, isPrivate](const QPoint& at) {
                QTreeWidgetItem* item = list->itemAt(at);
                if (!item)
                    return;
                list->setCurrentItem(item);
                const int64_t id = item->data(0, kIdRole).toLongLong();
                QMenu menu(this);
                menu.addAction(tr("Edit Text"), this, [this] { editSelected(); });
                if (isPrivate)
                    menu.addAction(tr("Rephrase for the Rep…"), this,
                                   [this, id] { Q_EMIT rephraseRequested(id); });
                else if (item->data(0, kFocusRole).toBool()) {
                    menu.addAction(tr("Question for the Rep… (Ctrl+K)"), this,
                                   [this, id] { Q_EMIT questionRequested(id); });
                    menu.addAction(tr("Remove from Focus Items"), this,
                                   [this, id] { Q_EMIT demoteRequested(id); });
                } else
                    menu.addAction(tr("Make Focus Item"), this,
                                   [this, id] { Q_EMIT promoteRequested(id); });
                menu.addSeparator();
                menu.addAction(tr("Delete"), this, [this, id] { Q_EMIT deleteRequested(id); });
                menu.exec(list->viewport()->mapToGlobal(at));
            });
    return list;
}

void NotesPanel::setNotes(const std::vector<annotations::ShareableNote>& shareable,
                          const std::vector<annotations::PrivateNote>& privateNotes, int focusCap)
{
    const int64_t selected = selectedNote();
    m_focusCap = focusCap;
    m_focusCount = 0;
    {
        const QSignalBlocker block(m_shareable);
        m_shareable->clear();
        int number = 0;
        for (const auto& note : shareable) {
            QTreeWidgetItem* item = makeItem(note.id, note.startMs, note.text);
            if (note.focus) {
                ++m_focusCount;
                const QString question = m_questionOf ? m_questionOf(note.id) : QString();
                item->setText(2, QStringLiteral("★ %1 · %2%3")
                                     .arg(++number)
                                     .arg(focusStatusText(*note.focus),
                                          question.isEmpty() ? tr(" · no question") : QString()));
                item->setToolTip(2, question.isEmpty()
                                        ? tr("No question for the rep yet: Notes ▸ Question for "
                                             "the Rep… (Ctrl+K)")
                                        : tr("Question for the rep: %1").arg(question));
                item->setData(0, kFocusRole, true);
                for (int c = 0; c < 3; ++c)
                    item->setBackground(c, QColor(0xff, 0xf1, 0xe0));
            }
            m_shareable->addTopLevelItem(item);
        }
    }
    {
        const QSignalBlocker block(m_private);
        m_private->clear();
        if (!m_shareSafe)
            for (const auto& note : privateNotes) {
                QTreeWidgetItem* item = makeItem(note.id, note.startMs, workflows::shownText(note));
                if (note.access != annotations::PrivateAccess::Readable)
                    item->setFlags(item->flags() & ~Qt::ItemIsEditable);
                if (note.rephrasedAs)
                    item->setToolTip(0, tr("Rephrased for the rep"));
                if (m_retentionDays) {
                    item->setText(2, workflows::timeLeftText(note.created, *m_retentionDays,
                                                             QDateTime::currentDateTimeUtc()));
                    item->setToolTip(2, tr("This library forgets private notes %1 days after "
                                           "they are written (Edit ▸ Preferences…)")
                                            .arg(*m_retentionDays));
                }
                m_private->addTopLevelItem(item);
            }
    }
    m_tabs->setTabText(0, tr("Shareable (%1)").arg(shareable.size()));
    if (!m_shareSafe)
        m_tabs->setTabText(m_tabs->indexOf(m_privatePage),
                           tr("Private (%1)").arg(privateNotes.size()));
    if (selected)
        selectNote(selected);
    updateButtons();
}

void NotesPanel::setRetention(std::optional<int> days)
{
    m_retentionDays = days;
    m_private->setColumnHidden(2, !days);
}

void NotesPanel::setShareSafe(bool on)
{
    m_shareSafe = on;
    if (on) {
        const QSignalBlocker block(m_private);
        m_private->clear();
        if (const int index = m_tabs->indexOf(m_privatePage); index >= 0)
            m_tabs->removeTab(index);
        m_privatePage->hide();
    } else if (m_tabs->indexOf(m_privatePage) < 0) {
        m_tabs->addTab(m_privatePage, tr("Private"));
    }
    updateButtons();
}

QTreeWidget* NotesPanel::currentList() const
{
    return m_tabs->currentWidget() == m_private ? m_private : m_shareable;
}

int64_t NotesPanel::selectedNote() const
{
    const QTreeWidgetItem* item = currentList()->currentItem();
    return item ? item->data(0, kIdRole).toLongLong() : 0;
}

void NotesPanel::selectNote(int64_t noteId)
{
    for (QTreeWidget* list : {m_shareable, m_private})
        for (int i = 0; i < list->topLevelItemCount(); ++i)
            if (list->topLevelItem(i)->data(0, kIdRole).toLongLong() == noteId) {
                if (m_tabs->indexOf(list) >= 0)
                    m_tabs->setCurrentWidget(list);
                list->setCurrentItem(list->topLevelItem(i));
                list->scrollToItem(list->topLevelItem(i));
                return;
            }
}

void NotesPanel::focusList(annotations::Track track)
{
    QTreeWidget* list = track == annotations::Track::Private ? m_private : m_shareable;
    if (list == m_private && m_shareSafe)
        return;
    m_tabs->setCurrentWidget(list);
    if (!list->currentItem() && list->topLevelItemCount() > 0)
        list->setCurrentItem(list->topLevelItem(0));
    list->setFocus(Qt::ShortcutFocusReason);
}

void NotesPanel::editSelected()
{
    QTreeWidget* list = currentList();
    if (QTreeWidgetItem* item = list->currentItem())
        list->editItem(item, 1);
}

void NotesPanel::updateButtons()
{
    const bool onPrivate = currentList() == m_private;
    const QTreeWidgetItem* item = currentList()->currentItem();
    m_rephrase->setVisible(onPrivate);
    m_focus->setVisible(!onPrivate);
    m_delete->setEnabled(item != nullptr);
    m_rephrase->setEnabled(item != nullptr);
    const bool isFocus = item && item->data(0, kFocusRole).toBool();
    m_focus->setEnabled(item != nullptr);
    m_focus->setText(isFocus ? tr("Remove from Focus")
                             : tr("Make Focus Item (%1 of %2)").arg(m_focusCount).arg(m_focusCap));
}

} // namespace coachtrack::app
