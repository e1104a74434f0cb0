#include "app/gui/panels/TranscriptPanel.h"

#include "annotations/TimeCode.h"
#include "app/gui/DisplayNames.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace coachtrack::app {

namespace {

constexpr int kLineRole = Qt::UserRole; // the line's index in m_lines

// Rows as tall as their wrapped text at the "Said" column's width (QTreeView measures items
// as if they had unlimited width, so they would never wrap).
class WrappingDelegate : public QStyledItemDelegate
{
public:
    explicit WrappingDelegate(QTreeView* view)
        : QStyledItemDelegate(view)
        , m_view(view)
    {
    }
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        const int width = std::max(40, m_view->columnWidth(index.column()) - 10);
        const QRect text = QFontMetrics(opt.font).boundingRect(
            QRect(0, 0, width, 1 << 20), Qt::TextWordWrap | Qt::AlignLeft, opt.text);
        return {width, text.height() + 6};
    }

private:
    QTreeView* m_view;
};

QString speakerLabel(const QString& name,
                     const std::vector<annotations::TranscriptSpeaker>& speakers)
{
    if (name.isEmpty())
        return QStringLiteral("—");
    for (const auto& s : speakers)
        if (s.name == name && s.role)
            return TranscriptPanel::tr("%1 (%2)", "a speaker (their role)")
                .arg(name, roleLabel(*s.role));
    return name;
}

} // namespace

TranscriptPanel::TranscriptPanel(QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    auto* top = new QHBoxLayout;
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("transcriptSearch"));
    m_search->setPlaceholderText(tr("Search the transcript"));
    m_search->setClearButtonEnabled(true);
    m_import = new QPushButton(tr("Import…"), this);
    m_import->setToolTip(tr("Import a transcript: WebVTT, Zoom, Teams (.vtt or .docx), SubRip, "
                            "Google Meet, Otter.ai or Gong JSON"));
    m_fillers = new QPushButton(tr("Fillers…"), this);
    m_fillers->setObjectName(QStringLiteral("fillerWords"));
    m_fillers->setToolTip(tr("The filler words counted per minute for each speaker"));
    top->addWidget(m_search, 1);
    top->addWidget(m_import);
    top->addWidget(m_fillers);
    layout->addLayout(top);

    m_empty = new QLabel(tr("No transcript for this call.\nImport the one your meeting tool "
                            "exported (File ▸ Import Transcript…)."),
                         this);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setStyleSheet(QStringLiteral("color: #616e7c; padding: 16px;"));
    layout->addWidget(m_empty);

    m_speakers = new QWidget(this);
    m_speakers->setObjectName(QStringLiteral("transcriptSpeakers"));
    m_speakerGrid = new QGridLayout(m_speakers);
    m_speakerGrid->setContentsMargins(0, 0, 0, 0);
    m_speakerGrid->setColumnStretch(2, 1);
    layout->addWidget(m_speakers);

    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("transcriptList"));
    m_list->setHeaderLabels({tr("Time"), tr("Speaker"), tr("Said")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(false);
    m_list->setWordWrap(true); // whole lines: what was said is the point
    m_list->setTextElideMode(Qt::ElideNone);
    m_list->setItemDelegateForColumn(2, new WrappingDelegate(m_list));
    m_list->setAlternatingRowColors(true);
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    m_list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(true);
    m_list->installEventFilter(this);
    // Wrapped rows take their height from the column's width: lay them out again on resize.
    connect(m_list->header(), &QHeaderView::sectionResized, m_list,
            [this] { m_list->doItemsLayout(); });
    layout->addWidget(m_list, 1);

    connect(m_search, &QLineEdit::textChanged, this, &TranscriptPanel::applySearch);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        for (int i = 0; i < m_list->topLevelItemCount(); ++i)
            if (QTreeWidgetItem* item = m_list->topLevelItem(i); !item->isHidden()) {
                m_list->setCurrentItem(item);
                Q_EMIT seekRequested(m_lines[size_t(item->data(0, kLineRole).toInt())].startMs);
                return;
            }
    });
    connect(m_import, &QPushButton::clicked, this, &TranscriptPanel::importRequested);
    connect(m_fillers, &QPushButton::clicked, this, &TranscriptPanel::fillerWordsRequested);
    connect(m_list, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem* item) {
        Q_EMIT seekRequested(m_lines[size_t(item->data(0, kLineRole).toInt())].startMs);
    });
    connect(m_list, &QWidget::customContextMenuRequested, this, &TranscriptPanel::showContextMenu);
    clear();
}

void TranscriptPanel::clear()
{
    setTranscript(std::nullopt);
}

void TranscriptPanel::setTranscript(const std::optional<annotations::RecordingTranscript>& t)
{
    m_list->clear();
    m_lines = t ? t->lines : std::vector<annotations::TranscriptLine>{};
    m_current = -1;
    m_empty->setVisible(!t);
    m_list->setVisible(bool(t));
    m_search->setEnabled(bool(t));
    showSpeakers(t ? t->speakers : std::vector<annotations::TranscriptSpeaker>{});
    if (!t)
        return;
    QList<QTreeWidgetItem*> items;
    for (size_t i = 0; i < m_lines.size(); ++i) {
        const auto& line = m_lines[i];
        const QString mark = line.estimated   ? QStringLiteral("~")
                             : line.retimed() ? QStringLiteral("*")
                                              : QString();
        auto* item = new QTreeWidgetItem({annotations::formatClock(line.startMs) + mark,
                                          speakerLabel(line.speaker, t->speakers), line.text});
        item->setData(0, kLineRole, int(i));
        for (int c = 0; c < 3; ++c)
            item->setTextAlignment(c, Qt::AlignLeft | Qt::AlignTop);
        if (line.estimated)
            item->setToolTip(0, tr("Time estimated between the transcript's time marks"));
        else if (line.retimed())
            item->setToolTip(0, tr("Moved onto the speech on %1's channel; the transcript file "
                                   "said %2–%3")
                                    .arg(line.speaker, annotations::formatClock(*line.fileStartMs),
                                         annotations::formatClock(*line.fileEndMs)));
        items << item;
    }
    m_list->addTopLevelItems(items);
    applySearch();
}

void TranscriptPanel::setPosition(qint64 ms)
{
    // The last line that started at or before the playhead.
    const auto after = std::upper_bound(m_lines.begin(), m_lines.end(), ms,
                                        [](qint64 t, const auto& l) { return t < l.startMs; });
    const int line = after == m_lines.begin() ? -1 : int(after - m_lines.begin()) - 1;
    if (line == m_current)
        return;
    auto setBold = [this](int index, bool bold) {
        if (index < 0 || index >= m_list->topLevelItemCount())
            return;
        QTreeWidgetItem* item = m_list->topLevelItem(index);
        for (int c = 0; c < 3; ++c) {
            QFont f = item->font(c);
            f.setBold(bold);
            item->setFont(c, f);
        }
    };
    setBold(m_current, false);
    m_current = line;
    setBold(m_current, true);
    if (m_current >= 0 && m_search->text().isEmpty()) {
        QTreeWidgetItem* item = m_list->topLevelItem(m_current);
        m_list->setCurrentItem(item);
        m_list->scrollToItem(item, QAbstractItemView::PositionAtCenter);
    }
}

void TranscriptPanel::applySearch()
{
    const QString wanted = m_search->text().trimmed();
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = m_list->topLevelItem(i);
        item->setHidden(!wanted.isEmpty() && !item->text(2).contains(wanted, Qt::CaseInsensitive) &&
                        !item->text(1).contains(wanted, Qt::CaseInsensitive));
    }
}

void TranscriptPanel::quote(QTreeWidgetItem* item)
{
    if (!item)
        return;
    const auto& line = m_lines[size_t(item->data(0, kLineRole).toInt())];
    const QString said = QString(line.text).replace(u'\n', u' ');
    Q_EMIT quoteRequested(line.startMs,
                          line.speaker.isEmpty()
                              ? QStringLiteral("“%1” — ").arg(said)
                              : QStringLiteral("%1: “%2” — ").arg(line.speaker, said));
}

void TranscriptPanel::showContextMenu(const QPoint& at)
{
    QTreeWidgetItem* item = m_list->itemAt(at);
    if (!item)
        return;
    QMenu menu(this);
    menu.addAction(tr("Quote in a Shareable Note (Q)"), this, [this, item] { quote(item); });
    menu.addAction(tr("Play From Here"), this, [this, item] {
        Q_EMIT seekRequested(m_lines[size_t(item->data(0, kLineRole).toInt())].startMs);
    });
    menu.exec(m_list->viewport()->mapToGlobal(at));
}

bool TranscriptPanel::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_list && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Q && key->modifiers() == Qt::NoModifier) {
            quote(m_list->currentItem());
            return true;
        }
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            if (QTreeWidgetItem* item = m_list->currentItem())
                Q_EMIT seekRequested(m_lines[size_t(item->data(0, kLineRole).toInt())].startMs);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void TranscriptPanel::showSpeakers(const std::vector<annotations::TranscriptSpeaker>& speakers)
{
    // Later: a role chooser may be the one whose signal led here.
    while (QLayoutItem* item = m_speakerGrid->takeAt(0)) {
        if (QWidget* widget = item->widget()) {
            widget->hide();
            widget->setObjectName({});
            widget->deleteLater();
        }
        delete item;
    }
    m_speakers->setVisible(!speakers.empty());
    int row = 0;
    for (const auto& speaker : speakers) {
        auto* name = new QLabel(speaker.name, m_speakers);
        auto* box = new QComboBox(m_speakers);
        box->setObjectName(QStringLiteral("role:") + speaker.name);
        box->setAccessibleName(tr("Role of %1").arg(speaker.name));
        name->setBuddy(box);
        if (!speaker.role)
            box->addItem(tr("role?"));
        for (auto role : {annotations::SpeakerRole::Rep, annotations::SpeakerRole::Buyer,
                          annotations::SpeakerRole::Manager, annotations::SpeakerRole::Other})
            box->addItem(roleLabel(role), int(role));
        if (speaker.role)
            box->setCurrentIndex(box->findData(int(*speaker.role)));
        auto* how = new QLabel(m_speakers);
        how->setStyleSheet(QStringLiteral("color: #616e7c;"));
        if (speaker.confidence)
            how->setText(
                tr("proposed from the audio, %1% sure").arg(qRound(*speaker.confidence * 100)));
        else if (speaker.role)
            how->setText(tr("given; remembered for the next call"));
        else
            how->setText(tr("choose a role"));
        connect(box, &QComboBox::activated, this, [this, box, name = speaker.name](int index) {
            if (const QVariant role = box->itemData(index); role.isValid())
                Q_EMIT speakerRoleChosen(name, annotations::SpeakerRole(role.toInt()));
        });
        m_speakerGrid->addWidget(name, row, 0);
        m_speakerGrid->addWidget(box, row, 1);
        m_speakerGrid->addWidget(how, row, 2);
        ++row;
    }
}

QComboBox* TranscriptPanel::roleBox(const QString& speaker) const
{
    return m_speakers->findChild<QComboBox*>(QStringLiteral("role:") + speaker);
}

} // namespace coachtrack::app
