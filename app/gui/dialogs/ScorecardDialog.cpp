#include "app/gui/dialogs/ScorecardDialog.h"

#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace coachtrack::app {

using namespace annotations;

namespace {

// 0 shows as "–": not rated.
QSpinBox* ratingBox(QWidget* parent, std::optional<int> value, const QString& name)
{
    auto* box = new QSpinBox(parent);
    box->setObjectName(name);
    box->setRange(0, 5);
    box->setSpecialValueText(QStringLiteral("–"));
    box->setValue(value.value_or(0));
    return box;
}

} // namespace

ScorecardDialog::ScorecardDialog(const QString& callTitle, const std::vector<Skill>& skills,
                                 const std::vector<Score>& scores, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("scorecardDialog"));
    setWindowTitle(tr("Scorecard: %1").arg(callTitle));
    auto* grid = new QGridLayout;
    grid->addWidget(new QLabel(tr("<b>Skill</b>"), this), 0, 0);
    grid->addWidget(new QLabel(tr("<b>Manager</b>"), this), 0, 1);
    grid->addWidget(new QLabel(tr("<b>Rep's own</b>"), this), 0, 2);
    grid->addWidget(new QLabel(tr("<b>Comment for the rep</b>"), this), 0, 3);
    int line = 1;
    for (const Skill& skill : skills) {
        Score kept;
        for (const Score& s : scores)
            if (s.skill.id == skill.id)
                kept = s;
        Row row{skill, ratingBox(this, kept.manager, QStringLiteral("manager%1").arg(line)),
                ratingBox(this, kept.self, QStringLiteral("self%1").arg(line)),
                new QLineEdit(kept.comment, this)};
        row.comment->setMaxLength(2000);
        row.comment->setPlaceholderText(tr("What to keep doing, or try next"));
        auto* name = new QLabel(skill.name, this);
        name->setBuddy(row.manager);
        grid->addWidget(name, line, 0);
        grid->addWidget(row.manager, line, 1);
        grid->addWidget(row.self, line, 2);
        grid->addWidget(row.comment, line, 3);
        m_rows.push_back(row);
        ++line;
    }
    grid->setColumnStretch(3, 1);
    auto* hint = new QLabel(tr("Ratings are 1 to 5; – is not rated. The gap is the rep's rating "
                               "minus yours. Scores are the rep's: they are on their report and "
                               "in their copy of the library."),
                            this);
    hint->setWordWrap(true);
    hint->setStyleSheet(QStringLiteral("QLabel { color: palette(mid); }"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(grid);
    layout->addWidget(hint);
    layout->addWidget(buttons);
    resize(720, sizeHint().height());
}

std::vector<Score> ScorecardDialog::scores() const
{
    std::vector<Score> out;
    for (const Row& row : m_rows) {
        Score s;
        s.skill = row.skill;
        if (row.manager->value() > 0)
            s.manager = row.manager->value();
        if (row.self->value() > 0)
            s.self = row.self->value();
        s.comment = row.comment->text().trimmed();
        out.push_back(s);
    }
    return out;
}

} // namespace coachtrack::app
