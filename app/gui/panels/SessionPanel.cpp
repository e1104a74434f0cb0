#include "app/gui/panels/SessionPanel.h"

#include "annotations/TimeCode.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTextCursor>
#include <QTimer>
#include <cmath>

namespace coachtrack::app {

SessionPanel::SessionPanel(QWidget* parent)
    : QWidget(parent)
{
    auto* form = new QFormLayout(this);
    m_objectives = new QPlainTextEdit(this);
    m_objectives->setPlaceholderText(tr("What this review looks at"));
    m_objectives->setMaximumHeight(70);
    m_objectives->setTabChangesFocus(true);
    // The rep's own view comes before the manager's: asked first, typed during or after.
    auto selfView = [this](const QString& placeholder, const QString& name) {
        auto* edit = new QPlainTextEdit(this);
        edit->setObjectName(name);
        edit->setPlaceholderText(placeholder);
        edit->setMaximumHeight(50);
        edit->setTabChangesFocus(true);
        return edit;
    };
    m_selfWentWell =
        selfView(tr("Ask the rep first: what went well?"), QStringLiteral("selfWentWell"));
    m_selfWouldChange =
        selfView(tr("…and what would they change?"), QStringLiteral("selfWouldChange"));
    m_nextSteps = new QPlainTextEdit(this);
    m_nextSteps->setPlaceholderText(tr("What happens next"));
    m_nextSteps->setMaximumHeight(70);
    m_nextSteps->setTabChangesFocus(true);
    auto* dateRow = new QHBoxLayout;
    m_hasDate = new QCheckBox(this);
    m_date = new QDateEdit(QDate::currentDate().addDays(7), this);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("d MMM yyyy"));
    dateRow->addWidget(m_hasDate);
    dateRow->addWidget(m_date, 1);
    auto* capRow = new QHBoxLayout;
    m_cap = new QSpinBox(this);
    m_cap->setRange(1, 5);
    m_focusCount = new QLabel(this);
    capRow->addWidget(m_cap);
    capRow->addWidget(m_focusCount, 1);
    m_talk = new QLabel(this);
    m_talk->setWordWrap(true);
    m_talk->setTextFormat(Qt::RichText);
    form->addRow(tr("&Objectives:"), m_objectives);
    form->addRow(tr("Rep: went &well:"), m_selfWentWell);
    form->addRow(tr("Rep: wo&uld change:"), m_selfWouldChange);
    form->addRow(tr("Next &steps:"), m_nextSteps);
    auto* dateLabel = new QLabel(tr("Next &coaching:"), this);
    dateLabel->setBuddy(m_hasDate);
    form->addRow(dateLabel, dateRow);
    auto* capLabel = new QLabel(tr("Focus c&ap:"), this);
    capLabel->setBuddy(m_cap);
    form->addRow(capLabel, capRow);
    form->addRow(tr("Talk:"), m_talk);
    m_words = new QLabel(this);
    m_words->setObjectName(QStringLiteral("transcriptMetrics"));
    m_words->setWordWrap(true);
    m_words->setTextFormat(Qt::RichText);
    m_wordsLabel = new QLabel(tr("Words:"), this);
    m_wordsLabel->setToolTip(tr("From the call's transcript"));
    form->addRow(m_wordsLabel, m_words);
    setTranscriptMetrics({});

    auto emitChange = [this](auto set) {
        annotations::SessionChanges changes;
        set(changes);
        Q_EMIT changed(changes);
    };
    connect(m_objectives, &QPlainTextEdit::textChanged, this, [this, emitChange] {
        if (!m_updating)
            emitChange([this](auto& c) { c.objectives = m_objectives->toPlainText(); });
    });
    connect(m_selfWentWell, &QPlainTextEdit::textChanged, this, [this, emitChange] {
        if (!m_updating)
            emitChange([this](auto& c) { c.selfWentWell = m_selfWentWell->toPlainText(); });
    });
    connect(m_selfWouldChange, &QPlainTextEdit::textChanged, this, [this, emitChange] {
        if (!m_updating)
            emitChange([this](auto& c) { c.selfWouldChange = m_selfWouldChange->toPlainText(); });
    });
    connect(m_nextSteps, &QPlainTextEdit::textChanged, this, [this, emitChange] {
        if (!m_updating)
            emitChange([this](auto& c) { c.nextSteps = m_nextSteps->toPlainText(); });
    });
    auto dateChanged = [this, emitChange] {
        if (!m_updating)
            emitChange([this](auto& c) {
                c.nextCoachingDate = m_hasDate->isChecked() ? m_date->date() : QDate();
            });
    };
    connect(m_hasDate, &QCheckBox::toggled, this, dateChanged);
    connect(m_date, &QDateEdit::dateChanged, this, [this, dateChanged] {
        if (!m_updating && !m_hasDate->isChecked())
            m_hasDate->setChecked(true); // choosing a date means there is one (emits the change)
        else
            dateChanged();
    });
    // A click selects the section under it (day, month or year), so that typing replaces it.
    m_date->installEventFilter(this);
    if (QLineEdit* line = m_date->findChild<QLineEdit*>())
        line->installEventFilter(this);
    connect(m_cap, &QSpinBox::valueChanged, this, [this, emitChange](int value) {
        if (!m_updating)
            emitChange([value](auto& c) { c.focusCap = value; });
    });
    clear();
}

bool SessionPanel::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::MouseButtonRelease || event->type() == QEvent::FocusIn) {
        Q_UNUSED(watched)
        QTimer::singleShot(0, m_date,
                           [this] { m_date->setSelectedSection(m_date->currentSection()); });
    }
    return QWidget::eventFilter(watched, event);
}

void SessionPanel::clear()
{
    m_updating = true;
    m_objectives->clear();
    m_selfWentWell->clear();
    m_selfWouldChange->clear();
    m_nextSteps->clear();
    m_hasDate->setChecked(false);
    m_cap->setValue(annotations::kDefaultFocusCap);
    m_focusCount->clear();
    m_talkLines.clear();
    m_talkNote.clear();
    m_talk->setText(tr("—"));
    setTranscriptMetrics({});
    setEnabled(false);
    m_updating = false;
}

namespace {

// Shows `text` (changed elsewhere, e.g. by another program) without losing the place of
// someone typing in the box.
void showText(QPlainTextEdit* edit, const QString& text)
{
    if (edit->toPlainText() == text)
        return;
    const int cursor = edit->textCursor().position();
    edit->setPlainText(text);
    QTextCursor place = edit->textCursor();
    place.setPosition(std::min<int>(cursor, int(text.size())));
    edit->setTextCursor(place);
}

} // namespace

void SessionPanel::setSession(const annotations::ReviewSession& session, int focusCount)
{
    m_updating = true;
    setEnabled(true);
    showText(m_objectives, session.objectives);
    showText(m_selfWentWell, session.selfWentWell);
    showText(m_selfWouldChange, session.selfWouldChange);
    showText(m_nextSteps, session.nextSteps);
    m_hasDate->setChecked(session.nextCoachingDate.isValid());
    if (session.nextCoachingDate.isValid())
        m_date->setDate(session.nextCoachingDate);
    m_cap->setValue(session.focusCap);
    m_focusCount->setText(tr("%1 chosen").arg(focusCount));
    m_updating = false;
}

void SessionPanel::setTalk(const media::TalkMetrics* metrics)
{
    m_talkLines.clear();
    m_talkNote.clear();
    if (!metrics) {
        m_talk->setText(tr("measuring…"));
        return;
    }
    QStringList lines;
    for (const media::ChannelTalk& channel : metrics->channels) {
        if (channel.role.isEmpty())
            continue;
        QString line = QStringLiteral("%1: <b>%2%</b>")
                           .arg(channel.role == u"rep" ? tr("Rep") : tr("Buyer"))
                           .arg(std::lround(channel.share.value_or(0) * 100));
        if (channel.longestMonologueMs)
            line += tr(", longest %1").arg(annotations::formatSpan(*channel.longestMonologueMs));
        lines << line;
    }
    if (metrics->patienceMs)
        lines << tr("Patience %1").arg(annotations::formatSpan(*metrics->patienceMs));
    if (metrics->switchesPerMinute)
        lines << tr("%1 switches/min").arg(*metrics->switchesPerMinute, 0, 'f', 1);
    m_talkLines = lines;
    m_talkNote = metrics->note;
    showTalk();
}

void SessionPanel::showTalk()
{
    QStringList lines = m_talkLines;
    // The audio's "per-speaker metrics need a transcript" is answered by the Words row.
    if (!m_talkNote.isEmpty())
        lines << QStringLiteral("<i>%1</i>")
                     .arg(m_words->text().isEmpty() ? m_talkNote.toHtmlEscaped()
                                                    : tr("per speaker: see Words, from the "
                                                         "transcript"));
    m_talk->setText(lines.join(QStringLiteral("<br>")));
}

void SessionPanel::setTranscriptMetrics(const std::vector<workflows::SpeakerMetrics>& speakers)
{
    m_words->setVisible(!speakers.empty());
    m_wordsLabel->setVisible(!speakers.empty());
    QStringList lines, details;
    for (const workflows::SpeakerMetrics& m : speakers) {
        const QString who =
            m.role ? QStringLiteral("%1 (%2)").arg(m.name, annotations::speakerRoleName(*m.role))
                   : m.name;
        const QString asked =
            m.questions == 1 ? tr("1 question") : tr("%1 questions").arg(m.questions);
        lines << tr("%1: <b>%2%</b> · %3 · %4 wpm · %5 fillers/min")
                     .arg(who.toHtmlEscaped())
                     .arg(std::lround(m.share * 100))
                     .arg(asked)
                     .arg(std::lround(m.wordsPerMinute))
                     .arg(m.fillersPerMinute, 0, 'f', 1);
        details << tr("%1: %2 (%3 per 10 minutes), %4 words a minute of their talk, %5 filler "
                      "words a minute, longest monologue %6")
                       .arg(who, asked)
                       .arg(m.questionsPer10Min, 0, 'f', 1)
                       .arg(std::lround(m.wordsPerMinute))
                       .arg(m.fillersPerMinute, 0, 'f', 1)
                       .arg(annotations::formatSpan(m.longestMonologueMs));
    }
    m_words->setToolTip(details.join(u'\n'));
    if (const auto share = workflows::managerShareOfSellingSide(speakers))
        lines << tr("Manager: <b>%1%</b> of the selling side (the rep leads: 10–15%)")
                     .arg(std::lround(*share * 100));
    m_words->setText(lines.join(QStringLiteral("<br>")));
    if (!m_talkLines.isEmpty() || !m_talkNote.isEmpty())
        showTalk();
}

} // namespace coachtrack::app
