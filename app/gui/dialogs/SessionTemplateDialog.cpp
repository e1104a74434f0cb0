#include "app/gui/dialogs/SessionTemplateDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace coachtrack::app {

using namespace annotations;

namespace {

enum Column
{
    Use,
    Part,
    Heading,
    Prompt
};

QString sectionLabel(TemplateSection section)
{
    switch (section) {
    case TemplateSection::Objectives: return SessionTemplateDialog::tr("Objectives");
    case TemplateSection::SelfAssessment: return SessionTemplateDialog::tr("The rep's own view");
    case TemplateSection::Observations:
        return SessionTemplateDialog::tr("Observations (shareable notes)");
    case TemplateSection::Focus: return SessionTemplateDialog::tr("Focus items");
    case TemplateSection::Commitment: return SessionTemplateDialog::tr("Commitment and next date");
    }
    return {};
}

} // namespace

SessionTemplateDialog::SessionTemplateDialog(Store& store, std::vector<SessionTemplate> all,
                                             int64_t selectedId, QWidget* parent)
    : QDialog(parent)
    , m_store(store)
    , m_all(std::move(all))
{
    setObjectName(QStringLiteral("sessionTemplateDialog"));
    setWindowTitle(tr("Session Templates"));
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("templateList"));
    m_list->setMaximumWidth(260);
    auto* add = new QPushButton(tr("&New"), this);
    auto* duplicate = new QPushButton(tr("D&uplicate"), this);
    m_delete = new QPushButton(tr("De&lete"), this);
    m_makeDefault = new QPushButton(tr("Make &Default"), this);
    auto* listButtons = new QHBoxLayout;
    for (QPushButton* b : {add, duplicate, m_delete, m_makeDefault})
        listButtons->addWidget(b);
    auto* left = new QVBoxLayout;
    auto* listLabel = new QLabel(tr("&Templates:"), this);
    listLabel->setBuddy(m_list);
    left->addWidget(listLabel);
    left->addWidget(m_list, 1);
    left->addLayout(listButtons);

    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("templateName"));
    m_name->setMaxLength(int(SessionTemplate::kMaxName));
    m_parts = new QTableWidget(int(std::size(kTemplateSections)), 4, this);
    m_parts->setObjectName(QStringLiteral("templateParts"));
    m_parts->setHorizontalHeaderLabels({tr("Use"), tr("Part"), tr("Heading"), tr("Prompt")});
    m_parts->verticalHeader()->hide();
    m_parts->horizontalHeader()->setSectionResizeMode(Use, QHeaderView::ResizeToContents);
    m_parts->horizontalHeader()->setSectionResizeMode(Prompt, QHeaderView::Stretch);
    m_parts->setColumnWidth(Part, 170);
    m_parts->setColumnWidth(Heading, 190);
    m_parts->setWordWrap(true);
    // Rows as tall as their wrapped prompt at the column's width of the moment.
    connect(m_parts->horizontalHeader(), &QHeaderView::sectionResized, m_parts,
            &QTableWidget::resizeRowsToContents);
    m_parts->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_parts->setSelectionMode(QAbstractItemView::SingleSelection);
    m_parts->setTabKeyNavigation(false); // Tab leaves the table; arrows move inside it
    auto* up = new QPushButton(tr("Move &Up"), this);
    auto* down = new QPushButton(tr("Move Do&wn"), this);
    up->setToolTip(tr("Alt+Up in the table"));
    down->setToolTip(tr("Alt+Down in the table"));
    auto* moveButtons = new QHBoxLayout;
    moveButtons->addWidget(up);
    moveButtons->addWidget(down);
    moveButtons->addStretch(1);
    auto* hint = new QLabel(tr("Space ticks a part in or out; F2 edits a heading or prompt. "
                               "Headings show in the window and on the debrief; prompts are "
                               "your guide in the window, never printed."),
                            this);
    hint->setWordWrap(true);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("templateProblem"));
    m_problem->setStyleSheet(QStringLiteral("QLabel { color: #b00020; }"));
    m_problem->setWordWrap(true);
    auto* right = new QVBoxLayout;
    auto* form = new QFormLayout;
    form->addRow(tr("N&ame:"), m_name);
    right->addLayout(form);
    auto* partsLabel = new QLabel(tr("&Parts, in the order of the conversation:"), this);
    partsLabel->setBuddy(m_parts);
    right->addWidget(partsLabel);
    right->addWidget(m_parts, 1);
    right->addLayout(moveButtons);
    right->addWidget(hint);
    right->addWidget(m_problem);

    auto* columns = new QHBoxLayout;
    columns->addLayout(left);
    columns->addLayout(right, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SessionTemplateDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(buttons);

    connect(m_name, &QLineEdit::textEdited, this, [this] { keepShown(); });
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        keepShown();
        showTemplate(row);
    });
    connect(add, &QPushButton::clicked, this, [this] {
        SessionTemplate t = builtInTemplate();
        t.isDefault = false;
        t.name = tr("New template");
        addTemplate(t);
    });
    connect(duplicate, &QPushButton::clicked, this, [this] {
        keepShown();
        if (m_shown < 0)
            return;
        SessionTemplate t = m_all[size_t(m_shown)];
        t.id = 0;
        t.isDefault = false;
        t.name = tr("Copy of %1").arg(t.name);
        addTemplate(t);
    });
    connect(m_delete, &QPushButton::clicked, this, [this] {
        if (m_shown < 0 || m_all[size_t(m_shown)].isDefault)
            return;
        if (m_all[size_t(m_shown)].id)
            m_deleted.push_back(m_all[size_t(m_shown)].id);
        m_all.erase(m_all.begin() + m_shown);
        m_shown = -1;
        refreshList();
        m_list->setCurrentRow(0);
    });
    connect(m_makeDefault, &QPushButton::clicked, this, [this] {
        for (size_t i = 0; i < m_all.size(); ++i)
            m_all[i].isDefault = int(i) == m_shown;
        refreshList();
        updateButtons();
    });
    connect(up, &QPushButton::clicked, this, [this] { movePart(-1); });
    connect(down, &QPushButton::clicked, this, [this] { movePart(+1); });
    m_parts->installEventFilter(this); // Alt+Up/Down move the current part

    refreshList();
    int selected = 0;
    for (size_t i = 0; i < m_all.size(); ++i)
        if (m_all[i].id == selectedId)
            selected = int(i);
    m_list->setCurrentRow(selected);
    resize(1000, 460);
}

bool SessionTemplateDialog::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_parts && event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        if (key->modifiers() == Qt::AltModifier &&
            (key->key() == Qt::Key_Up || key->key() == Qt::Key_Down)) {
            movePart(key->key() == Qt::Key_Up ? -1 : +1);
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void SessionTemplateDialog::refreshList()
{
    const QSignalBlocker block(m_list);
    const int row = m_list->currentRow();
    m_list->clear();
    for (const SessionTemplate& t : m_all)
        m_list->addItem(t.isDefault ? tr("%1 (default)").arg(t.name) : t.name);
    m_list->setCurrentRow(std::min(row, m_list->count() - 1));
}

void SessionTemplateDialog::addTemplate(SessionTemplate t)
{
    keepShown();
    m_all.push_back(std::move(t));
    m_shown = -1;
    refreshList();
    m_list->setCurrentRow(int(m_all.size()) - 1);
    m_name->setFocus();
    m_name->selectAll();
}

void SessionTemplateDialog::showTemplate(int row)
{
    m_shown = row;
    m_problem->clear();
    if (row < 0 || row >= int(m_all.size()))
        return;
    const SessionTemplate& t = m_all[size_t(row)];
    m_name->setText(t.name);
    // The parts it uses in its order, then the ones it leaves out.
    std::vector<TemplatePart> rows = t.parts;
    for (TemplateSection section : kTemplateSections)
        if (!t.part(section)) {
            const TemplatePart* standard = builtInTemplate().part(section);
            rows.push_back({section, standard->heading, standard->prompt});
        }
    for (int r = 0; r < int(rows.size()); ++r) {
        const TemplatePart& part = rows[size_t(r)];
        auto* use = new QTableWidgetItem;
        const bool required = part.section == TemplateSection::Focus;
        use->setFlags(required
                          ? Qt::ItemIsSelectable
                          : Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        use->setCheckState(t.part(part.section) ? Qt::Checked : Qt::Unchecked);
        if (required)
            use->setToolTip(
                tr("Every template has the focus part: the debrief is built around it"));
        auto* name = new QTableWidgetItem(sectionLabel(part.section));
        name->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
        name->setData(Qt::UserRole, int(part.section));
        m_parts->setItem(r, Use, use);
        m_parts->setItem(r, Part, name);
        m_parts->setItem(r, Heading, new QTableWidgetItem(part.heading));
        m_parts->setItem(r, Prompt, new QTableWidgetItem(part.prompt));
    }
    m_parts->resizeRowsToContents();
    updateButtons();
}

void SessionTemplateDialog::keepShown()
{
    if (m_shown < 0 || m_shown >= int(m_all.size()))
        return;
    SessionTemplate& t = m_all[size_t(m_shown)];
    t.name = m_name->text().trimmed();
    t.parts.clear();
    for (int r = 0; r < m_parts->rowCount(); ++r) {
        if (!m_parts->item(r, Part))
            continue;
        const auto section = TemplateSection(m_parts->item(r, Part)->data(Qt::UserRole).toInt());
        if (m_parts->item(r, Use)->checkState() == Qt::Checked)
            t.parts.push_back({section, m_parts->item(r, Heading)->text().trimmed(),
                               m_parts->item(r, Prompt)->text().trimmed()});
    }
    if (QListWidgetItem* item = m_list->item(m_shown))
        item->setText(t.isDefault ? tr("%1 (default)").arg(t.name) : t.name);
}

void SessionTemplateDialog::movePart(int delta)
{
    const int row = m_parts->currentRow();
    const int to = row + delta;
    if (row < 0 || to < 0 || to >= m_parts->rowCount())
        return;
    const int column = std::max(0, m_parts->currentColumn());
    for (int c = 0; c < m_parts->columnCount(); ++c) {
        QTableWidgetItem* a = m_parts->takeItem(row, c);
        QTableWidgetItem* b = m_parts->takeItem(to, c);
        m_parts->setItem(row, c, b);
        m_parts->setItem(to, c, a);
    }
    m_parts->setCurrentCell(to, column);
    m_parts->resizeRowsToContents();
}

void SessionTemplateDialog::updateButtons()
{
    const bool isDefault = m_shown >= 0 && m_all[size_t(m_shown)].isDefault;
    m_delete->setEnabled(m_shown >= 0 && !isDefault);
    m_delete->setToolTip(isDefault ? tr("Make another template the default first") : QString());
    m_makeDefault->setEnabled(m_shown >= 0 && !isDefault);
}

std::vector<SessionTemplate> SessionTemplateDialog::edited()
{
    keepShown();
    return m_all;
}

void SessionTemplateDialog::accept()
{
    const std::vector<SessionTemplate> all = edited();
    // Everything is checked before anything is written.
    QStringList names;
    for (size_t i = 0; i < all.size(); ++i) {
        QString problem = templateProblem(all[i]);
        if (problem.isEmpty() && names.contains(all[i].name, Qt::CaseInsensitive))
            problem = tr("there are two templates named %1").arg(all[i].name);
        names << all[i].name;
        if (!problem.isEmpty()) {
            m_list->setCurrentRow(int(i));
            m_problem->setText(problem);
            return;
        }
    }
    int64_t defaultId = 0;
    for (size_t i = 0; i < all.size(); ++i) {
        auto saved = m_store.saveSessionTemplate(all[i]);
        if (!saved) {
            m_problem->setText(saved.error().message);
            return;
        }
        m_all[i].id = saved->id; // a second OK after a failure rewrites, never adds again
        if (all[i].isDefault)
            defaultId = saved->id;
    }
    if (defaultId)
        if (auto ok = m_store.setDefaultSessionTemplate(defaultId); !ok) {
            m_problem->setText(ok.error().message);
            return;
        }
    for (int64_t id : m_deleted)
        if (auto ok = m_store.deleteSessionTemplate(id); !ok) {
            m_problem->setText(ok.error().message);
            return;
        }
    QDialog::accept();
}

} // namespace coachtrack::app
