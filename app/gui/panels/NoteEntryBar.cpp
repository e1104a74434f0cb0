#include "app/gui/panels/NoteEntryBar.h"

#include "annotations/TimeCode.h"
#include "app/gui/window/NoCopyFilter.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>

namespace coachtrack::app {

NoteEntryBar::NoteEntryBar(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("noteEntry"));
    setAttribute(Qt::WA_StyledBackground);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 6);
    m_label = new QLabel(this);
    m_edit = new QLineEdit(this);
    m_edit->setClearButtonEnabled(true);
    layout->addWidget(m_label);
    layout->addWidget(m_edit, 1);
    auto* hint = new QLabel(tr("Enter saves · Esc cancels"), this);
    hint->setStyleSheet(QStringLiteral("color: #6b7882;"));
    layout->addWidget(hint);
    m_noCopy = new NoCopyFilter(true, this);
    m_edit->installEventFilter(m_noCopy);
    connect(m_edit, &QLineEdit::returnPressed, this, &NoteEntryBar::submit);
    hide();
}

void NoteEntryBar::begin(annotations::Track track, int64_t stampMs)
{
    m_track = track;
    m_stampMs = stampMs;
    const bool isPrivate = track == annotations::Track::Private;
    m_noCopy->setActive(isPrivate); // private words stay off the clipboard
    setStyleSheet(
        isPrivate
            ? QStringLiteral(
                  "QWidget#noteEntry { background: #f3e9f8; border-top: 2px solid #8e44ad; }")
            : QStringLiteral(
                  "QWidget#noteEntry { background: #e6f3f4; border-top: 2px solid #147a84; }"));
    m_label->setText(
        isPrivate ? tr("<b>Private</b> note at %1").arg(annotations::formatClock(stampMs))
                  : tr("<b>Shareable</b> note at %1").arg(annotations::formatClock(stampMs)));
    m_edit->setPlaceholderText(isPrivate ? tr("Only you will see this")
                                         : tr("Feedback the rep will read"));
    m_edit->clear();
    show();
    m_edit->setFocus(Qt::ShortcutFocusReason);
}

void NoteEntryBar::submit()
{
    const QString text = m_edit->text().trimmed();
    if (text.isEmpty()) {
        cancel();
        return;
    }
    hide();
    m_edit->clear();
    Q_EMIT submitted(m_track, m_stampMs, text);
    Q_EMIT finished();
}

void NoteEntryBar::cancel()
{
    if (!isVisible())
        return;
    hide();
    m_edit->clear();
    Q_EMIT finished();
}

void NoteEntryBar::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Escape) {
        cancel();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace coachtrack::app
