#include "app/gui/panels/MomentsPanel.h"

#include "annotations/TimeCode.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace coachtrack::app {

using workflows::MomentKind;

MomentsPanel::MomentsPanel(QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("momentsSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("momentsList"));
    m_list->setColumnCount(3);
    m_list->setHeaderLabels({tr("Time"), tr("Kind"), tr("What")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setWordWrap(false);
    m_list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_list->setAccessibleName(tr("Moments of the call"));
    layout->addWidget(m_list, 1);
    auto* buttons = new QHBoxLayout;
    m_shareable = new QPushButton(tr("Shareable Note Here"), this);
    m_shareable->setToolTip(tr("A shareable note at the start of the selected moment (Shift+S)"));
    m_private = new QPushButton(tr("Private Note Here"), this);
    m_private->setObjectName(QStringLiteral("privateMomentNote"));
    m_private->setToolTip(tr("A private note at the start of the selected moment (Shift+P)"));
    buttons->addWidget(m_shareable);
    buttons->addWidget(m_private);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    connect(m_list, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        Q_EMIT playRequested(m_list->indexOfTopLevelItem(item));
    });
    connect(m_shareable, &QPushButton::clicked, this, [this] {
        if (selected() >= 0)
            Q_EMIT noteRequested(selected(), annotations::Track::Shareable);
    });
    connect(m_private, &QPushButton::clicked, this, [this] {
        if (selected() >= 0)
            Q_EMIT noteRequested(selected(), annotations::Track::Private);
    });
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this] {
        m_shareable->setEnabled(selected() >= 0);
        m_private->setEnabled(selected() >= 0);
    });
    setMoments({}, tr("The call's moments come once it is analysed."));
}

QString MomentsPanel::kindText(MomentKind kind)
{
    switch (kind) {
    case MomentKind::Monologue: return tr("Monologue");
    case MomentKind::Interruption: return tr("Interruption");
    case MomentKind::BuyerTurn: return tr("Buyer's turn");
    case MomentKind::SilenceAfterQuestion: return tr("Silence after a question");
    case MomentKind::Question: return tr("Question");
    case MomentKind::Keyword: return tr("Keyword");
    }
    return {};
}

void MomentsPanel::setMoments(const std::vector<workflows::Moment>& moments, const QString& why)
{
    m_list->clear();
    m_playing = -1;
    for (const workflows::Moment& m : moments) {
        auto* item = new QTreeWidgetItem(
            m_list, {annotations::formatClock(m.startMs), kindText(m.kind), m.label});
        item->setToolTip(2, m.label);
        item->setData(0, Qt::UserRole, qint64(m.startMs));
    }
    m_summary->setText(
        moments.empty()
            ? why
            : (moments.size() == 1 ? tr("1 moment.") : tr("%1 moments.").arg(moments.size())) +
                  tr(" N / Shift+N step through them; Enter plays the selected one."));
    m_shareable->setEnabled(false);
    m_private->setEnabled(false);
}

void MomentsPanel::setCurrent(int index)
{
    QTreeWidgetItem* item = m_list->topLevelItem(index);
    if (!item)
        return;
    const QSignalBlocker quiet(m_list);
    m_list->setCurrentItem(item);
    m_list->scrollToItem(item);
    m_shareable->setEnabled(true);
    m_private->setEnabled(true);
}

void MomentsPanel::setPlaying(int index)
{
    if (index == m_playing)
        return;
    for (QTreeWidgetItem* item : {m_list->topLevelItem(m_playing), m_list->topLevelItem(index)}) {
        if (!item)
            continue;
        QFont font = item->font(0);
        font.setBold(item == m_list->topLevelItem(index));
        for (int column = 0; column < m_list->columnCount(); ++column)
            item->setFont(column, font);
    }
    m_playing = index;
    if (QTreeWidgetItem* item = m_list->topLevelItem(index); item && !m_list->hasFocus())
        m_list->scrollToItem(item);
}

void MomentsPanel::setShareSafe(bool on)
{
    m_private->setVisible(!on);
}

int MomentsPanel::selected() const
{
    return m_list->currentItem() ? m_list->indexOfTopLevelItem(m_list->currentItem()) : -1;
}

void MomentsPanel::focusList()
{
    m_list->setFocus(Qt::ShortcutFocusReason);
    if (!m_list->currentItem() && m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
}

} // namespace coachtrack::app
