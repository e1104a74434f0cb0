#include "app/gui/panels/SessionPanel.h"

#include "annotations/TimeCode.h"
#include "app/gui/DisplayNames.h"
#include "app/gui/LocaleText.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTextCursor>
#include <QTimer>
#include <cmath>

namespace coachtrack::app {

using annotations::TemplateSection;

namespace {

QPlainTextEdit* textBox(QWidget* parent, const QString& name, const QString& placeholder,
                        int height)
{
    auto* edit = new QPlainTextEdit(parent);
    edit->setObjectName(name);
    edit->setPlaceholderText(placeholder);
    edit->setMaximumHeight(height);
    edit->setTabChangesFocus(true);
    return edit;
}

QLabel* wrapped(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    return label;
}

// A form row whose label names its field with a mnemonic (Alt+letter).
void addRow(QFormLayout* form, const QString& label, QWidget* field, QLayout* row = nullptr)
{
    auto* name = new QLabel(label);
    name->setBuddy(field);
    if (row)
        form->addRow(name, row);
    else
        form->addRow(name, field);
}

} // namespace

SessionPanel::SessionPanel(QWidget* parent)
    : QWidget(parent)
{
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    outer->addWidget(scroll);
    auto* content = new QWidget(scroll);
    scroll->setWidget(content);
    auto* column = new QVBoxLayout(content);

    auto* chooser = new QHBoxLayout;
    m_templateBox = new QComboBox(content);
    m_templateBox->setObjectName(QStringLiteral("templateBox"));
    m_templateBox->setToolTip(tr("The structure this session follows, and its debrief"));
    m_editTemplates = new QPushButton(tr("Edit…"), content);
    m_editTemplates->setObjectName(QStringLiteral("editTemplates"));
    m_editTemplates->setToolTip(tr("Edit the library's session templates"));
    auto* chooserLabel = new QLabel(tr("&Template:"), content);
    chooserLabel->setBuddy(m_templateBox);
    chooser->addWidget(chooserLabel);
    chooser->addWidget(m_templateBox, 1);
    chooser->addWidget(m_editTemplates);
    column->addLayout(chooser);

    m_partsLayout = new QVBoxLayout;
    m_partsLayout->setSpacing(10);
    column->addLayout(m_partsLayout);
    buildParts();

    auto* call = new QFormLayout;
    m_talk = wrapped(content);
    call->addRow(tr("Talk:"), m_talk);
    m_words = wrapped(content);
    m_words->setObjectName(QStringLiteral("transcriptMetrics"));
    m_wordsLabel = new QLabel(tr("Words:"), content);
    m_wordsLabel->setToolTip(tr("From the call's transcript"));
    call->addRow(m_wordsLabel, m_words);
    column->addSpacing(6);
    column->addLayout(call);
    column->addStretch(1);
    setTranscriptMetrics({});
    connectFields();
    clear();
}

void SessionPanel::buildParts()
{
    auto part = [this](TemplateSection section) -> std::pair<Part&, QFormLayout*> {
        Part& p = m_parts[section];
        p.box = new QWidget(this);
        p.box->setObjectName(QStringLiteral("part-") + annotations::templateSectionKey(section));
        auto* layout = new QVBoxLayout(p.box);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->setSpacing(2);
        p.heading = new QLabel(p.box);
        p.heading->setStyleSheet(QStringLiteral("QLabel { font-weight: bold; color: #14535a; }"));
        p.prompt = new QLabel(p.box);
        p.prompt->setWordWrap(true);
        p.prompt->setStyleSheet(QStringLiteral("QLabel { color: palette(mid); }"));
        auto* form = new QFormLayout;
        layout->addWidget(p.heading);
        layout->addWidget(p.prompt);
        layout->addLayout(form);
        return {p, form};
    };

    auto [objectives, objectivesForm] = part(TemplateSection::Objectives);
    m_objectives = textBox(this, QStringLiteral("objectives"), tr("What this review looks at"), 56);
    addRow(objectivesForm, tr("&Objectives:"), m_objectives);
    objectives.firstField = m_objectives;

    // The rep's own view comes before the manager's: asked first, typed during or after.
    auto [self, selfForm] = part(TemplateSection::SelfAssessment);
    m_selfWentWell =
        textBox(this, QStringLiteral("selfWentWell"), tr("Ask the rep first: what went well?"), 44);
    m_selfWouldChange =
        textBox(this, QStringLiteral("selfWouldChange"), tr("…and what would they change?"), 44);
    addRow(selfForm, tr("Rep: went &well:"), m_selfWentWell);
    addRow(selfForm, tr("Rep: wo&uld change:"), m_selfWouldChange);
    self.firstField = m_selfWentWell;

    auto [observations, observationsForm] = part(TemplateSection::Observations);
    m_observations = wrapped(this);
    m_observations->setObjectName(QStringLiteral("observationCount"));
    m_style = wrapped(this);
    m_style->setObjectName(QStringLiteral("coachingStyle"));
    m_style->setToolTip(tr("How your shareable notes are phrased: for you only, never on a "
                           "debrief, hidden in share-safe mode"));
    observationsForm->addRow(m_observations);
    observationsForm->addRow(m_style);

    auto [focus, focusForm] = part(TemplateSection::Focus);
    auto* capRow = new QHBoxLayout;
    m_cap = new QSpinBox(this);
    m_cap->setRange(1, 5);
    m_focusCount = wrapped(this);
    m_focusCount->setObjectName(QStringLiteral("focusCount"));
    capRow->addWidget(m_cap);
    capRow->addWidget(m_focusCount, 1);
    addRow(focusForm, tr("Focus c&ap:"), m_cap, capRow);
    focus.firstField = m_cap;

    auto [commitment, commitmentForm] = part(TemplateSection::Commitment);
    m_nextSteps = textBox(this, QStringLiteral("commitment"),
                          tr("What the rep commits to, and what happens next"), 56);
    addRow(commitmentForm, tr("Commitment, next &steps:"), m_nextSteps);
    auto* dateRow = new QHBoxLayout;
    m_hasDate = new QCheckBox(this);
    m_date = new QDateEdit(QDate::currentDate().addDays(7), this);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(dayMonthYearPattern());
    dateRow->addWidget(m_hasDate);
    dateRow->addWidget(m_date, 1);
    addRow(commitmentForm, tr("Next &coaching:"), m_hasDate, dateRow);
    commitment.firstField = m_nextSteps;
    setTemplates({}, annotations::builtInTemplate());
}

void SessionPanel::connectFields()
{
    auto emitChange = [this](auto set) {
        annotations::SessionChanges changes;
        set(changes);
        Q_EMIT changed(changes);
    };
    auto onText = [this, emitChange](QPlainTextEdit* edit,
                                     std::optional<QString> annotations::SessionChanges::*field) {
        connect(edit, &QPlainTextEdit::textChanged, this, [this, edit, field, emitChange] {
            if (!m_updating)
                emitChange([edit, field](auto& c) { c.*field = edit->toPlainText(); });
        });
    };
    onText(m_objectives, &annotations::SessionChanges::objectives);
    onText(m_selfWentWell, &annotations::SessionChanges::selfWentWell);
    onText(m_selfWouldChange, &annotations::SessionChanges::selfWouldChange);
    onText(m_nextSteps, &annotations::SessionChanges::nextSteps);
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
    connect(m_templateBox, &QComboBox::activated, this, [this, emitChange](int index) {
        const int64_t id = m_templateBox->itemData(index).toLongLong();
        emitChange([id](auto& c) { c.templateId = id; });
    });
    connect(m_editTemplates, &QPushButton::clicked, this, &SessionPanel::editTemplatesRequested);
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
    m_figures = {};
    m_observations->clear();
    m_style->clear();
    m_focusCount->clear();
    m_talkLines.clear();
    m_talkNote.clear();
    m_talk->setText(tr("—"));
    setTranscriptMetrics({});
    setEnabled(false);
    m_updating = false;
}

void SessionPanel::focusFirstField()
{
    for (int i = 0; i < m_partsLayout->count(); ++i) {
        QWidget* box = m_partsLayout->itemAt(i)->widget();
        for (const auto& [section, part] : m_parts)
            if (part.box == box && part.firstField && !box->isHidden()) {
                part.firstField->setFocus(Qt::ShortcutFocusReason);
                return;
            }
    }
    m_templateBox->setFocus(Qt::ShortcutFocusReason);
}

QStringList SessionPanel::partHeadings() const
{
    QStringList headings;
    for (int i = 0; i < m_partsLayout->count(); ++i)
        for (const auto& [section, part] : m_parts)
            if (part.box == m_partsLayout->itemAt(i)->widget() && !part.box->isHidden())
                headings << part.heading->text();
    return headings;
}

void SessionPanel::setTemplates(const std::vector<annotations::SessionTemplate>& all,
                                const annotations::SessionTemplate& followed)
{
    if (followed == m_shownTemplate && all == m_templates && m_templateBox->count() > 0)
        return; // nothing to lay out again (and the field being typed in keeps the keyboard)
    m_shownTemplate = followed;
    m_templates = all;
    m_updating = true;
    m_templateBox->clear();
    for (const annotations::SessionTemplate& t : all)
        m_templateBox->addItem(t.isDefault ? tr("%1 (default)").arg(t.name) : t.name,
                               QVariant::fromValue<qlonglong>(t.id));
    m_templateBox->setCurrentIndex(
        m_templateBox->findData(QVariant::fromValue<qlonglong>(followed.id)));
    m_updating = false;

    // The parts in the template's order, numbered; the others hidden.
    for (auto& [section, part] : m_parts) {
        m_partsLayout->removeWidget(part.box);
        part.box->hide();
    }
    int number = 0;
    for (const annotations::TemplatePart& p : followed.parts) {
        const auto it = m_parts.find(p.section);
        if (it == m_parts.end())
            continue;
        Part& part = it->second;
        part.heading->setText(QStringLiteral("%1  %2").arg(++number).arg(p.heading));
        part.prompt->setText(p.prompt);
        part.prompt->setVisible(!p.prompt.isEmpty());
        m_partsLayout->addWidget(part.box);
        part.box->show();
    }
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

void SessionPanel::setSession(const annotations::ReviewSession& session,
                              const ReviewFigures& figures)
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
    m_figures = figures;
    showFigures();
    m_updating = false;
}

void SessionPanel::setShareSafe(bool on)
{
    m_shareSafe = on;
    showFigures();
}

void SessionPanel::showFigures()
{
    const ReviewFigures& f = m_figures;
    m_observations->setText(
        f.shareableNotes == 1
            ? tr("1 shareable note, in the Notes panel (Alt+1)")
            : tr("%1 shareable notes, in the Notes panel (Alt+1)").arg(f.shareableNotes));
    const workflows::CoachingStyle& s = f.style;
    QString style;
    if (f.shareableNotes > 0) {
        auto count = [](int n, const QString& one, const QString& many) {
            return n == 1 ? one : many.arg(n);
        };
        style = tr("Your phrasing: <b>%1%</b> observations or questions (%2, %3, %4) · %5 "
                   "praise against %6 to change")
                    .arg(std::lround(s.askShare() * 100))
                    .arg(count(s.questions, tr("1 question"), tr("%1 questions")),
                         count(s.observations, tr("1 observation"), tr("%1 observations")),
                         count(s.directives, tr("1 directive"), tr("%1 directives")))
                    .arg(s.praise)
                    .arg(s.toChange);
        if (s.laundryList())
            style += QStringLiteral("<br><span style=\"color:#b35c00\">%1</span>")
                         .arg(tr("%1 things to change for one call reads like a laundry list: "
                                 "the focus items are what the rep works on")
                                  .arg(s.toChange));
    }
    m_style->setText(style);
    m_style->setVisible(!m_shareSafe && f.styleShown && !style.isEmpty());
    QString focus = tr("%1 chosen").arg(f.focusChosen);
    QStringList missing;
    if (f.focusWithoutQuestion > 0)
        missing << tr("%n without a question", nullptr, f.focusWithoutQuestion);
    if (f.focusWithoutPlan > 0)
        missing << tr("%n without a practice plan", nullptr, f.focusWithoutPlan);
    if (!missing.isEmpty())
        focus += QStringLiteral(" · <span style=\"color:#b35c00\">%1</span> (Ctrl+K)")
                     .arg(missing.join(QStringLiteral(", ")));
    m_focusCount->setText(focus);
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
        QString line = tr("%1: <b>%2%</b>", "a speaker: their share of the talk")
                           .arg(channel.role == u"rep" ? tr("Rep") : tr("Buyer"))
                           .arg(std::lround(channel.share.value_or(0) * 100));
        if (channel.longestMonologueMs)
            line += tr(", longest %1").arg(annotations::formatSpan(*channel.longestMonologueMs));
        lines << line;
    }
    if (metrics->patienceMs)
        lines << tr("Patience %1").arg(annotations::formatSpan(*metrics->patienceMs));
    if (metrics->switchesPerMinute)
        lines << tr("%L1 switches/min").arg(*metrics->switchesPerMinute, 0, 'f', 1);
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
            m.role ? tr("%1 (%2)", "a speaker (their role)").arg(m.name, roleLabel(*m.role))
                   : m.name;
        const QString asked =
            m.questions == 1 ? tr("1 question") : tr("%1 questions").arg(m.questions);
        lines << tr("%1: <b>%2%</b> · %3 · %4 wpm · %L5 fillers/min")
                     .arg(who.toHtmlEscaped())
                     .arg(std::lround(m.share * 100))
                     .arg(asked)
                     .arg(std::lround(m.wordsPerMinute))
                     .arg(m.fillersPerMinute, 0, 'f', 1);
        details << tr("%1: %2 (%L3 per 10 minutes), %4 words a minute of their talk, %L5 filler "
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
