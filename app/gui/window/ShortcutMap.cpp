#include "app/gui/window/ShortcutMap.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QKeySequenceEdit>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QTableWidget>
#include <QVBoxLayout>

namespace coachtrack::app {

namespace {
QString key(const QString& id)
{
    return QStringLiteral("shortcuts/") + id;
}
QString plain(QString text)
{
    return text.remove(QLatin1Char('&'));
}
void bind(const ShortcutMap::Entry& e, const QKeySequence& sequence)
{
    if (sequence == e.defaultKey)
        e.action->setShortcuts(QList<QKeySequence>{e.defaultKey} + e.alternates);
    else
        e.action->setShortcut(sequence);
}
} // namespace

ShortcutMap::ShortcutMap(QObject* parent)
    : QObject(parent)
{
}

QAction* ShortcutMap::add(const QString& id, QAction* action, const QKeySequence& defaultKey,
                          const QList<QKeySequence>& alternates)
{
    m_entries.push_back({id, action, defaultKey, alternates});
    const QSettings settings;
    bind(m_entries.back(), settings.contains(key(id))
                               ? QKeySequence(settings.value(key(id)).toString())
                               : defaultKey);
    action->setShortcutContext(Qt::WindowShortcut);
    return action;
}

QAction* ShortcutMap::action(const QString& id) const
{
    for (const Entry& e : m_entries)
        if (e.id == id)
            return e.action;
    return nullptr;
}

void ShortcutMap::rebind(const QString& id, const QKeySequence& sequence)
{
    for (const Entry& e : m_entries)
        if (e.id == id) {
            bind(e, sequence);
            QSettings settings;
            if (sequence == e.defaultKey)
                settings.remove(key(id));
            else
                settings.setValue(key(id), sequence.toString());
        }
}

void ShortcutMap::restoreDefaults()
{
    for (const Entry& e : m_entries)
        rebind(e.id, e.defaultKey);
}

CheatSheetDialog::CheatSheetDialog(ShortcutMap* shortcuts, QWidget* parent)
    : QDialog(parent)
    , m_shortcuts(shortcuts)
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(
        tr("Click a shortcut and press new keys to change it. Changes are saved at once."), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_table = new QTableWidget(this);
    m_table->setColumnCount(2);
    m_table->setHorizontalHeaderLabels({tr("Action"), tr("Shortcut")});
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Fixed);
    m_table->setColumnWidth(1, 170);
    m_table->verticalHeader()->hide();
    layout->addWidget(m_table, 1);
    auto* buttons =
        new QDialogButtonBox(QDialogButtonBox::Close | QDialogButtonBox::RestoreDefaults, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            [this] {
                m_shortcuts->restoreDefaults();
                fill();
            });
    layout->addWidget(buttons);
    fill();
    resize(480, 560);
}

void CheatSheetDialog::fill()
{
    const auto& entries = m_shortcuts->entries();
    m_table->setRowCount(int(entries.size()));
    for (int row = 0; row < int(entries.size()); ++row) {
        const ShortcutMap::Entry& e = entries[size_t(row)];
        auto* name = new QTableWidgetItem(plain(e.action->text()));
        name->setFlags(Qt::ItemIsEnabled);
        m_table->setItem(row, 0, name);
        auto* edit = new QKeySequenceEdit(e.action->shortcut(), m_table);
        edit->setObjectName(e.id);
        connect(edit, &QKeySequenceEdit::editingFinished, this,
                [this, edit, id = e.id] { m_shortcuts->rebind(id, edit->keySequence()); });
        m_table->setCellWidget(row, 1, edit);
    }
}

} // namespace coachtrack::app
