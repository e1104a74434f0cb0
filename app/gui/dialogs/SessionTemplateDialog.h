#pragma once

#include "annotations/Store.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace coachtrack::app {

// "Session Templates": the library's templates, the structure a review session and its
// debrief follow. Each lists the five parts of a coaching conversation; the manager chooses
// which to use (the focus part always), their order (Alt+Up/Down), their headings (what the
// window and the debrief show) and prompts (the manager's guide, never printed). New,
// Duplicate, Delete and Make Default act on the list. Nothing is written until OK, which
// checks every template first and then saves them all; Cancel leaves the library as it was.
// GUI thread.
class SessionTemplateDialog : public QDialog
{
    Q_OBJECT
public:
    SessionTemplateDialog(annotations::Store& store, std::vector<annotations::SessionTemplate> all,
                          int64_t selectedId, QWidget* parent = nullptr);

    QListWidget* templateList() const { return m_list; }
    QLineEdit* nameEdit() const { return m_name; }
    QTableWidget* partsTable() const { return m_parts; }
    // The templates as edited, in the list's order (id 0: new).
    std::vector<annotations::SessionTemplate> edited();

public Q_SLOTS:
    void accept() override;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void addTemplate(annotations::SessionTemplate t);
    void showTemplate(int row);
    void keepShown(); // the shown template's edits into m_all
    void movePart(int delta);
    void refreshList();
    void updateButtons();

    annotations::Store& m_store;
    std::vector<annotations::SessionTemplate> m_all;
    std::vector<int64_t> m_deleted;
    int m_shown = -1;
    QListWidget* m_list = nullptr;
    QLineEdit* m_name = nullptr;
    QTableWidget* m_parts = nullptr;
    QLabel* m_problem = nullptr;
    QPushButton* m_delete = nullptr;
    QPushButton* m_makeDefault = nullptr;
};

} // namespace coachtrack::app
