#include "app/gui/panels/NoteEntryBar.h"

#include "annotations/TimeCode.h"
#include "app/gui/window/NoCopyFilter.h"
#include "workflows/NotePhrasing.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSizePolicy>
#include <QVBoxLayout>

namespace coachtrack::app {

namespace {
const QString kIdleStyle =
    QStringLiteral("QWidget#noteEntry { background: #f5f7f8; border-top: 2px solid #e3e8eb; }");
const QString kPrivateStyle =
    QStringLiteral("QWidget#noteEntry { background: #f3e9f8; border-top: 2px solid #8e44ad; }");
const QString kShareableStyle =
    QStringLiteral("QWidget#noteEntry { background: #e6f3f4; border-top: 2px solid #147a84; }");
} // namespace

NoteEntryBar::NoteEntryBar(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("noteEntry"));
    setAttribute(Qt::WA_StyledBackground);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 4, 10, 6);
    layout->setSpacing(3);
    m_label = new QLabel(this);
    m_label->setObjectName(QStringLiteral("noteCaption"));
    m_label->setTextFormat(Qt::RichText);
    // Room for two lines whatever the caption says, so that its length never changes the
    // height; wrapped rather than widening the window.
    m_label->setWordWrap(true);
    m_label->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    m_label->setFixedHeight(2 * m_label->fontMetrics().lineSpacing() + 2);
    m_edit = new QLineEdit(this);
    m_edit->setClearButtonEnabled(true);
    // A shareable note that reads as a command gets a quiet offer to ask instead.
    m_askInstead = new QPushButton(this);
    m_askInstead->setObjectName(QStringLiteral("askInstead"));
    m_askInstead->setFlat(true);
    m_askInstead->setFocusPolicy(Qt::NoFocus);
    m_askInstead->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_askInstead->setMaximumHeight(m_label->height());
    m_askInstead->setStyleSheet(QStringLiteral("color: #7a4b00;"));
    m_askInstead->hide();
    // Beside the caption, not the line: the line keeps its whole width.
    auto* captionRow = new QHBoxLayout;
    captionRow->setSpacing(6);
    captionRow->addWidget(m_label, 1);
    captionRow->addWidget(m_askInstead);
    layout->addLayout(captionRow);
    layout->addWidget(m_edit);
    connect(m_edit, &QLineEdit::textChanged, this, &NoteEntryBar::checkPhrasing);
    connect(m_askInstead, &QPushButton::clicked, this, [this] {
        if (const auto asked = workflows::directiveAsQuestion(m_edit->text())) {
            m_edit->setText(*asked);
            m_edit->setFocus();
        }
    });
    m_noCopy = new NoCopyFilter(true, this);
    m_edit->installEventFilter(m_noCopy);
    m_edit->installEventFilter(this);
    connect(m_edit, &QLineEdit::returnPressed, this, &NoteEntryBar::submit);
    // One height whatever it shows: the same two rows, open or idle.
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    close();
}

void NoteEntryBar::begin(annotations::Track track, int64_t stampMs, bool callEnded)
{
    m_track = track;
    m_stampMs = stampMs;
    m_callEnded = callEnded;
    m_active = true;
    const bool isPrivate = track == annotations::Track::Private;
    m_noCopy->setActive(isPrivate); // private words stay off the clipboard
    setStyleSheet(isPrivate ? kPrivateStyle : kShareableStyle);
    m_edit->setPlaceholderText(isPrivate ? tr("Only you will see this")
                                         : tr("Feedback the rep will read"));
    m_edit->clear();
    m_edit->setEnabled(true);
    showCaption();
    m_edit->setFocus(Qt::ShortcutFocusReason);
}

void NoteEntryBar::setStampMs(int64_t stampMs)
{
    m_stampMs = stampMs;
    if (m_active)
        showCaption();
}

QString NoteEntryBar::caption() const
{
    return m_label->text();
}

void NoteEntryBar::setIdleHint(const QString& hint)
{
    m_idleHint = hint;
    if (!m_active)
        showCaption();
}

void NoteEntryBar::showCaption()
{
    if (!m_active) {
        m_label->setText(QStringLiteral("<span style=\"color:#6b7882\">%1</span>")
                             .arg(m_idleHint.toHtmlEscaped()));
        return;
    }
    const QString at = annotations::formatClock(m_stampMs);
    QString text = m_track == annotations::Track::Private
                       ? tr("<b>Private</b> note at %1").arg(at)
                       : tr("<b>Shareable</b> note at %1").arg(at);
    const QString keys =
        m_callEnded
            ? tr("The call has ended: the note goes at the playhead — move it with ←/→ or click "
                 "the waveform")
            : tr("Enter saves · Esc cancels");
    m_label->setText(QStringLiteral("%1 &nbsp;<span style=\"color:%2\">%3</span>")
                         .arg(text,
                              m_callEnded ? QStringLiteral("#7a4b00") : QStringLiteral("#6b7882"),
                              keys.toHtmlEscaped()));
}

void NoteEntryBar::checkPhrasing()
{
    const bool shareable = m_active && m_track == annotations::Track::Shareable;
    const auto verdict =
        shareable ? workflows::classifyNote(m_edit->text(), m_rules) : workflows::PhrasingVerdict{};
    const auto asked = verdict.phrasing == workflows::NotePhrasing::Directive
                           ? workflows::directiveAsQuestion(m_edit->text())
                           : std::nullopt;
    m_askInstead->setVisible(asked.has_value());
    if (!asked)
        return;
    m_askInstead->setText(tr("Ask instead (Alt+Q)"));
    m_askInstead->setToolTip(tr("“%1” tells the rep what to do; questions persuade, statements "
                                "inform. As a question: %2")
                                 .arg(verdict.matched.toLower(), *asked));
}

void NoteEntryBar::submit()
{
    const QString text = m_edit->text().trimmed();
    if (text.isEmpty()) {
        cancel();
        return;
    }
    close();
    Q_EMIT submitted(m_track, m_stampMs, text);
    Q_EMIT finished();
}

void NoteEntryBar::cancel()
{
    if (!m_active)
        return;
    close();
    Q_EMIT finished();
}

void NoteEntryBar::close()
{
    m_active = false;
    m_callEnded = false;
    m_edit->clear();
    m_edit->setPlaceholderText(QString());
    m_edit->setEnabled(false); // idle: takes neither focus nor keys
    m_askInstead->hide();
    setStyleSheet(kIdleStyle);
    showCaption();
}

void NoteEntryBar::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Escape) {
        cancel();
        return;
    }
    QWidget::keyPressEvent(event);
}

bool NoteEntryBar::eventFilter(QObject* watched, QEvent* event)
{
    // Alt+Q takes the offer to ask instead (the line has the focus; the button never does).
    if (watched == m_edit && m_askInstead->isVisible() &&
        (event->type() == QEvent::KeyPress || event->type() == QEvent::ShortcutOverride)) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->modifiers() == Qt::AltModifier && key->key() == Qt::Key_Q) {
            if (event->type() == QEvent::KeyPress)
                m_askInstead->click();
            event->accept();
            return true;
        }
    }
    // At the call's end, ← / → on the line not yet typed into move the playhead (and so the
    // stamp); once there is text they move the cursor as usual.
    if (watched == m_edit && isAtCallEnd() && m_edit->text().isEmpty() &&
        (event->type() == QEvent::KeyPress || event->type() == QEvent::ShortcutOverride)) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->modifiers() == Qt::NoModifier &&
            (key->key() == Qt::Key_Left || key->key() == Qt::Key_Right)) {
            if (event->type() == QEvent::KeyPress)
                Q_EMIT nudgeRequested(key->key() == Qt::Key_Left ? -1 : +1);
            event->accept(); // not the window's skip shortcut as well
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void NoteEntryBar::setPhrasingRules(std::vector<workflows::PhrasingRule> rules)
{
    m_rules = std::move(rules);
}

} // namespace coachtrack::app
