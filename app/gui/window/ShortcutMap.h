#pragma once

#include <QDialog>
#include <QKeySequence>
#include <QObject>
#include <vector>

class QAction;
class QTableWidget;

namespace coachtrack::app {

// Every keyboard shortcut of the window, by a stable id, with its default: the user's own
// bindings are read from and saved to QSettings ("shortcuts/<id>"). GUI thread.
class ShortcutMap : public QObject
{
    Q_OBJECT
public:
    struct Entry
    {
        QString id;
        QAction* action;
        QKeySequence defaultKey;
        // Also bound while the default is (never listed, never saved): the same physical
        // keys as a synthetic event may name them, e.g. Shift+! for Shift+1.
        QList<QKeySequence> alternates;
    };
    explicit ShortcutMap(QObject* parent = nullptr);

    // Registers `action` and gives it the user's binding, or `defaultKey` (with `alternates`).
    QAction* add(const QString& id, QAction* action, const QKeySequence& defaultKey,
                 const QList<QKeySequence>& alternates = {});
    const std::vector<Entry>& entries() const { return m_entries; }
    QAction* action(const QString& id) const;
    void rebind(const QString& id, const QKeySequence& key);
    void restoreDefaults();

private:
    std::vector<Entry> m_entries;
};

// F1: every shortcut in one table, each editable in place (click, press the new keys), with
// a way back to the defaults. GUI thread.
class CheatSheetDialog : public QDialog
{
    Q_OBJECT
public:
    CheatSheetDialog(ShortcutMap* shortcuts, QWidget* parent = nullptr);

private:
    void fill();
    ShortcutMap* m_shortcuts;
    QTableWidget* m_table = nullptr;
};

} // namespace coachtrack::app
