#include "app/gui/panels/LibraryPanel.h"

#include "annotations/Store.h"
#include "annotations/TimeCode.h"
#include "app/gui/FileDrops.h"
#include "app/gui/LocaleText.h"
#include "app/gui/panels/RichTextDelegate.h"
#include "workflows/LibraryLink.h"
#include "workflows/PrivateLock.h"
#include "workflows/RecordingCheck.h"

#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <map>

namespace coachtrack::app {

using namespace workflows;

namespace {

constexpr int kIdRole = Qt::UserRole;
constexpr int kPathRole = Qt::UserRole + 1;
constexpr int kAtRole = Qt::UserRole + 2;

// A search snippet as HTML, its matches in bold.
QString matchesInBold(const QString& marked)
{
    QString html = marked.toHtmlEscaped();
    html.replace(annotations::kMatchStart, QStringLiteral("<b>"))
        .replace(annotations::kMatchEnd, QStringLiteral("</b>"));
    return html;
}

} // namespace

LibraryPanel::LibraryPanel(QWidget* parent)
    : QWidget(parent)
{
    setAcceptDrops(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    auto* top = new QHBoxLayout;
    auto* add = new QPushButton(tr("Add…"), this);
    add->setToolTip(tr("Add recordings to the library (or drop files here)"));
    top->addWidget(new QLabel(tr("<b>Library</b>"), this), 1);
    top->addWidget(add);
    layout->addLayout(top);
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("libraryTree"));
    m_tree->setHeaderLabels({tr("Call"), tr("Length")});
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(false);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    layout->addWidget(m_tree, 3);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 1000);
    m_progress->hide();
    layout->addWidget(m_progress);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("noteSearch"));
    m_search->setPlaceholderText(tr("Search notes and transcripts…"));
    m_search->setClearButtonEnabled(true);
    layout->addWidget(m_search);
    m_results = new QListWidget(this);
    m_results->setObjectName(QStringLiteral("searchResults"));
    m_results->setWordWrap(true);
    m_results->setItemDelegate(new RichTextDelegate(kResultHtmlRole, m_results));
    m_results->hide();
    layout->addWidget(m_results, 2);

    connect(add, &QPushButton::clicked, this, [this] {
        const QStringList files = QFileDialog::getOpenFileNames(this, tr("Add Recordings"),
                                                                QString(), recordingFileFilter());
        if (!files.isEmpty())
            Q_EMIT addRequested(files);
    });
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        if (item->data(0, kIdRole).toLongLong() > 0)
            Q_EMIT openRequested(item->data(0, kPathRole).toString(), std::nullopt);
    });
    connect(m_tree, &QTreeWidget::customContextMenuRequested, this, [this](const QPoint& at) {
        QTreeWidgetItem* item = m_tree->itemAt(at);
        if (!item || item->data(0, kIdRole).toLongLong() <= 0)
            return;
        const int64_t id = item->data(0, kIdRole).toLongLong();
        const QString path = item->data(0, kPathRole).toString();
        QMenu menu(this);
        menu.addAction(tr("Open"), this,
                       [this, path] { Q_EMIT openRequested(path, std::nullopt); });
        menu.addAction(tr("Call &Details…"), this, [this, id] { Q_EMIT detailsRequested(id); });
        menu.addAction(tr("Relink…"), this, [this, id, path] { Q_EMIT relinkRequested(id, path); });
        menu.addSeparator();
        menu.addAction(tr("&Remove from Library…"), this,
                       [this, id] { Q_EMIT removeRequested(id); });
        menu.exec(m_tree->viewport()->mapToGlobal(at));
    });
    connect(m_search, &QLineEdit::textChanged, this, &LibraryPanel::runSearch);
    connect(m_results, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        Q_EMIT openRequested(item->data(kPathRole).toString(), item->data(kAtRole).toLongLong());
    });
    connect(m_results, &QListWidget::itemClicked, m_results, &QListWidget::itemActivated);
}

void LibraryPanel::setLibraryPath(const QString& path)
{
    m_libraryPath = path;
    refresh();
}

void LibraryPanel::setCurrentRecording(int64_t recordingId)
{
    m_current = recordingId;
    refresh();
}

void LibraryPanel::setShareSafe(bool on)
{
    m_shareSafe = on;
    runSearch();
}

void LibraryPanel::setBusy(const QString& what, double fraction)
{
    m_progress->setVisible(fraction >= 0);
    m_progress->setValue(int(std::max(0.0, fraction) * 1000));
    m_progress->setFormat(what);
    m_progress->setTextVisible(!what.isEmpty());
}

std::optional<QString> LibraryPanel::problemWith(const QString& path) const
{
    const auto found = m_problems.find(path);
    return found == m_problems.end() ? std::nullopt : std::optional(found->second);
}

void LibraryPanel::refresh()
{
    m_tree->clear();
    m_problems.clear();
    if (!QFileInfo::exists(m_libraryPath))
        return; // nothing to list yet: never create a library just to show it empty
    auto store = annotations::Store::open(m_libraryPath);
    if (!store)
        return;
    auto recordings = (*store)->recordings();
    if (!recordings)
        return;
    std::map<QString, QTreeWidgetItem*> groups;
    std::sort(recordings->begin(), recordings->end(), [](const auto& a, const auto& b) {
        return a.callDate != b.callDate ? a.callDate > b.callDate : a.id > b.id;
    });
    for (const annotations::Recording& r : *recordings) {
        QString rep = tr("No rep");
        if (r.repId)
            if (auto found = (*store)->rep(*r.repId))
                rep = found->name;
        QTreeWidgetItem*& group = groups[rep];
        if (!group) {
            group = new QTreeWidgetItem(m_tree, {rep});
            QFont bold = group->font(0);
            bold.setBold(true);
            group->setFont(0, bold);
            group->setFlags(Qt::ItemIsEnabled);
        }
        const RecordingFileCheck file = checkRecordingFile(**store, r);
        const bool missing = file.state == RecordingFileState::Missing;
        const bool replaced = file.state == RecordingFileState::Replaced;
        if (replaced)
            m_problems[r.path] = file.message;
        const QString date =
            r.callDate.isValid()
                ? QLocale().toString(r.callDate, dayMonthPattern()) + QStringLiteral(" · ")
                : QString();
        auto* item = new QTreeWidgetItem(
            group, {date + (r.title.isEmpty() ? QFileInfo(r.path).fileName() : r.title),
                    annotations::formatClock(r.durationMs)});
        item->setData(0, kIdRole, qint64(r.id));
        item->setData(0, kPathRole, r.path);
        item->setToolTip(
            0, missing
                   ? tr("Missing: %1 — right-click ▸ Relink… to point at its new place").arg(r.path)
                   : r.path);
        if (missing || replaced) {
            item->setText(0, item->text(0) + (missing ? tr(" (missing)") : tr(" (replaced)")));
            item->setForeground(0, QColor(0x9a, 0xa5, 0xb1));
        }
        if (replaced)
            item->setToolTip(0, file.message);
        if (r.id == m_current) {
            QFont bold = item->font(0);
            bold.setBold(true);
            item->setFont(0, bold);
            m_tree->setCurrentItem(item);
        }
    }
    m_tree->expandAll();
}

void LibraryPanel::runSearch()
{
    m_results->clear();
    const QString query = m_search->text().trimmed();
    m_results->setVisible(!query.isEmpty());
    if (query.isEmpty() || !QFileInfo::exists(m_libraryPath))
        return;
    auto store = workflows::openWithKnownKey(m_libraryPath);
    if (!store)
        return;
    std::vector<annotations::SearchHit> hits;
    if (auto shareable = (*store)->searchShareable(query, 50))
        hits = std::move(*shareable);
    if (!m_shareSafe)
        if (auto privateHits = (*store)->searchPrivate(query, 50))
            hits.insert(hits.end(), privateHits->begin(), privateHits->end());
    // What was said on the calls, after the notes (shown in share-safe mode too: not private).
    if (auto said = (*store)->searchTranscripts(query, 50))
        hits.insert(hits.end(), said->begin(), said->end());
    for (const annotations::SearchHit& hit : hits) {
        auto recording = (*store)->recording(hit.recordingId);
        const QString title =
            recording ? (recording->title.isEmpty() ? QFileInfo(recording->path).fileName()
                                                    : recording->title)
                      : QString();
        const QString kind =
            hit.inTranscript
                ? tr("Said by %1 · ").arg(hit.speaker.isEmpty() ? tr("someone") : hit.speaker)
            : hit.track == annotations::Track::Private ? tr("Private · ")
                                                       : QString();
        const QString where =
            QStringLiteral("%1%2 · %3").arg(kind, annotations::formatClock(hit.startMs), title);
        QString plain = hit.marked;
        plain.remove(annotations::kMatchStart).remove(annotations::kMatchEnd);
        auto* item = new QListWidgetItem(where + u'\n' + plain, m_results);
        item->setData(kResultHtmlRole,
                      where.toHtmlEscaped() + QStringLiteral("<br>") + matchesInBold(hit.marked));
        item->setData(kPathRole, recording ? recording->path : QString());
        item->setData(kAtRole, qint64(hit.startMs));
    }
    if (hits.empty())
        new QListWidgetItem(tr("No note or transcript line matches “%1”").arg(query), m_results);
}

void LibraryPanel::focusCalls()
{
    if (!m_tree->currentItem() && m_tree->topLevelItemCount() > 0)
        m_tree->setCurrentItem(m_tree->topLevelItem(0));
    m_tree->setFocus(Qt::ShortcutFocusReason);
}

void LibraryPanel::dragEnterEvent(QDragEnterEvent* event)
{
    acceptFileDrag(event);
}

void LibraryPanel::dropEvent(QDropEvent* event)
{
    if (const QStringList paths = takeDroppedFiles(event); !paths.isEmpty())
        Q_EMIT addRequested(paths);
}

} // namespace coachtrack::app
