#include "app/gui/dialogs/PlanList.h"

#include "annotations/Store.h"
#include "app/gui/LocaleText.h"
#include "workflows/RepProgress.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace coachtrack::app {

using namespace annotations;

namespace {

QString day(const QDate& date)
{
    return QLocale().toString(date, dayMonthYearPattern());
}

} // namespace

PlanList::PlanList(const QString& libraryPath, int64_t repId, QWidget* parent)
    : QWidget(parent)
    , m_libraryPath(libraryPath)
    , m_repId(repId)
{
    setObjectName(QStringLiteral("planList"));
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("plans"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Skill"), tr("What it looks like"), tr("Dates"), tr("Sessions")});
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(true);
    m_list->setWordWrap(true);
    m_problem = new QLabel(this);
    m_problem->setStyleSheet(QStringLiteral("QLabel { color: #b00020; }"));
    m_problem->setWordWrap(true);
    m_problem->hide();
    auto* add = new QPushButton(tr("&Add Plan…"), this);
    add->setObjectName(QStringLiteral("addPlan"));
    m_edit = new QPushButton(tr("Edit…"), this);
    m_end = new QPushButton(tr("End Plan"), this);
    m_delete = new QPushButton(tr("Delete"), this);
    auto* buttons = new QVBoxLayout;
    for (QPushButton* b : {add, m_edit, m_end, m_delete})
        buttons->addWidget(b);
    buttons->addStretch(1);
    auto* row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_list, 1);
    row->addLayout(buttons);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row, 1);
    layout->addWidget(m_problem);

    connect(add, &QPushButton::clicked, this, [this] {
        if (const auto input = ask(tr("New Coaching Plan"), {0, {}, QDate::currentDate()}, true))
            addPlan(*input);
    });
    connect(m_edit, &QPushButton::clicked, this, [this] {
        if (const auto plan = current())
            if (const auto input = ask(tr("Edit Coaching Plan"),
                                       {plan->skill.id, plan->target, plan->started}, false))
                editPlan(plan->id, *input);
    });
    connect(m_list, &QTreeWidget::itemActivated, m_edit, &QPushButton::click);
    connect(m_end, &QPushButton::clicked, this, [this] {
        if (const auto plan = current())
            endOrRunAgain(plan->id);
    });
    connect(m_delete, &QPushButton::clicked, this, [this] {
        const auto plan = current();
        if (plan && QMessageBox::question(this, tr("Delete Coaching Plan"),
                                          tr("Delete the plan for %1? Ending it keeps it in the "
                                             "rep's history; deleting does not.")
                                              .arg(plan->skill.name)) == QMessageBox::Yes)
            deletePlan(plan->id);
    });
    connect(m_list, &QTreeWidget::currentItemChanged, this, &PlanList::updateButtons);
    updateButtons();
}

void PlanList::show(const std::vector<CoachingPlan>& plans,
                    const std::vector<SessionSummary>& sessions)
{
    const auto selected = current();
    m_plans = plans;
    m_list->clear();
    for (const CoachingPlan& plan : plans) {
        const auto worked = workflows::sessionsOnPlan(plan, sessions);
        auto* item = new QTreeWidgetItem(
            m_list, {plan.skill.name, plan.target,
                     plan.running() ? tr("since %1").arg(day(plan.started))
                                    : tr("%1 – %2").arg(day(plan.started), day(plan.ended)),
                     QString::number(worked.size())});
        item->setData(0, Qt::UserRole, qlonglong(plan.id));
        item->setToolTip(1, plan.target);
        item->setToolTip(
            3, tr("Coaching sessions in the plan's dates that scored %1").arg(plan.skill.name));
        if (!plan.running())
            for (int c = 0; c < 4; ++c)
                item->setForeground(c, palette().brush(QPalette::Disabled, QPalette::Text));
        if (selected && selected->id == plan.id)
            m_list->setCurrentItem(item);
    }
    if (plans.empty())
        new QTreeWidgetItem(m_list, {tr("No plan yet"), tr("Add one: a skill from the "
                                                           "scorecard and what doing it well "
                                                           "looks like.")});
    updateButtons();
}

std::optional<CoachingPlan> PlanList::current() const
{
    const QTreeWidgetItem* item = m_list->currentItem();
    if (!item)
        return std::nullopt;
    const int64_t id = item->data(0, Qt::UserRole).toLongLong();
    for (const CoachingPlan& p : m_plans)
        if (p.id == id)
            return p;
    return std::nullopt;
}

void PlanList::updateButtons()
{
    const auto plan = current();
    for (QPushButton* b : {m_edit, m_end, m_delete})
        b->setEnabled(plan.has_value());
    m_end->setText(plan && !plan->running() ? tr("Run Again") : tr("End Plan"));
}

bool PlanList::done(const Result<void>& result)
{
    m_problem->setVisible(!result);
    if (!result) {
        m_problem->setText(result.error().message);
        return false;
    }
    Q_EMIT changed();
    return true;
}

bool PlanList::addPlan(const PlanInput& input)
{
    auto store = Store::open(m_libraryPath);
    if (!store)
        return done(Result<void>(std::unexpected(store.error())));
    auto added = (*store)->addPlan(m_repId, input.skillId, input.target, input.started);
    return done(added ? Result<void>() : Result<void>(std::unexpected(added.error())));
}

bool PlanList::editPlan(int64_t planId, const PlanInput& input)
{
    auto store = Store::open(m_libraryPath);
    return done(store ? (*store)->updatePlan(planId, input.target, input.started)
                      : Result<void>(std::unexpected(store.error())));
}

bool PlanList::endOrRunAgain(int64_t planId)
{
    const auto plan = std::ranges::find(m_plans, planId, &CoachingPlan::id);
    if (plan == m_plans.end())
        return false;
    auto store = Store::open(m_libraryPath);
    // Ended today, but never before it started.
    const QDate end = std::max(QDate::currentDate(), plan->started);
    return done(store ? (*store)->endPlan(planId, plan->running() ? end : QDate())
                      : Result<void>(std::unexpected(store.error())));
}

bool PlanList::deletePlan(int64_t planId)
{
    auto store = Store::open(m_libraryPath);
    return done(store ? (*store)->deletePlan(planId)
                      : Result<void>(std::unexpected(store.error())));
}

std::optional<PlanInput> PlanList::ask(const QString& title, const PlanInput& initial, bool newPlan)
{
    auto store = Store::open(m_libraryPath);
    auto skills =
        store ? (*store)->skills() : Result<std::vector<Skill>>(std::unexpected(store.error()));
    if (!skills) {
        done(Result<void>(std::unexpected(skills.error())));
        return std::nullopt;
    }
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("planDialog"));
    dialog.setWindowTitle(title);
    auto* skill = new QComboBox(&dialog);
    for (const Skill& k : *skills) {
        skill->addItem(k.name, qlonglong(k.id));
        if (k.id == initial.skillId)
            skill->setCurrentIndex(skill->count() - 1);
    }
    skill->setEnabled(newPlan); // another skill is another plan
    auto* target = new QLineEdit(initial.target, &dialog);
    target->setMaxLength(500);
    target->setPlaceholderText(tr("e.g. Asks two open questions before the demo"));
    target->setMinimumWidth(380);
    auto* start = new QDateEdit(initial.started, &dialog);
    start->setCalendarPopup(true);
    start->setDisplayFormat(dayMonthYearPattern());
    auto* form = new QFormLayout;
    form->addRow(tr("&Skill:"), skill);
    form->addRow(tr("&Target behaviour:"), target);
    form->addRow(tr("S&tarts:"), start);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setEnabled(!initial.target.trimmed().isEmpty());
    connect(target, &QLineEdit::textChanged, &dialog, [buttons](const QString& text) {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!text.trimmed().isEmpty());
    });
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto* layout = new QVBoxLayout(&dialog);
    layout->addLayout(form);
    layout->addWidget(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return PlanInput{skill->currentData().toLongLong(), target->text(), start->date()};
}

} // namespace coachtrack::app
