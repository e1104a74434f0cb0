#pragma once

#include "annotations/Types.h"

#include <QWidget>
#include <functional>
#include <optional>
#include <vector>

class QPushButton;
class QTabWidget;
class QTreeWidget;
class QTreeWidgetItem;

namespace coachtrack::app {

// The notes of the open review as two lists, one per track, with their times: click a note
// to jump to it, F2 or double-click edits its text in place; buttons (and the context menu)
// rephrase a private note for the rep, promote or demote a focus item, delete. In share-safe
// mode the private list is not shown and holds nothing. GUI thread.
class NotesPanel : public QWidget
{
    Q_OBJECT
public:
    explicit NotesPanel(QWidget* parent = nullptr);

    void setNotes(const std::vector<annotations::ShareableNote>& shareable,
                  const std::vector<annotations::PrivateNote>& privateNotes, int focusCap);
    void setShareSafe(bool on);
    // Where a focus item's question comes from (empty: none; the item then says so).
    void setQuestionSource(std::function<QString(int64_t)> questionOf)
    {
        m_questionOf = std::move(questionOf);
    }
    // The library forgets private notes `days` after they are written: each private note
    // then says how long it has left (nullopt: kept until deleted; the column is hidden).
    // Takes effect at the next setNotes().
    void setRetention(std::optional<int> days);
    // Selects a note's row (after the waveform's marker was clicked).
    void selectNote(int64_t noteId);
    int64_t selectedNote() const;
    QTreeWidget* shareableList() const { return m_shareable; }
    QTreeWidget* privateList() const { return m_private; }
    // Shows a track's list with the keyboard focus in it, on its selected note or the first.
    void focusList(annotations::Track track);
    // Starts editing the selected note's text in place.
    void editSelected();

Q_SIGNALS:
    void noteActivated(int64_t noteId, int64_t startMs);
    void editRequested(int64_t noteId, const QString& text);
    void deleteRequested(int64_t noteId);
    void promoteRequested(int64_t noteId);
    void demoteRequested(int64_t noteId);
    void rephraseRequested(int64_t privateNoteId);
    void questionRequested(int64_t focusNoteId); // write the focus item's question for the rep

private:
    QTreeWidget* makeList(bool isPrivate);
    QTreeWidget* currentList() const;
    void updateButtons();

    QTabWidget* m_tabs = nullptr;
    QTreeWidget* m_shareable = nullptr;
    QTreeWidget* m_private = nullptr;
    QWidget* m_privatePage = nullptr;
    QPushButton* m_focus = nullptr;
    QPushButton* m_rephrase = nullptr;
    QPushButton* m_delete = nullptr;
    bool m_shareSafe = false;
    int m_focusCount = 0;
    int m_focusCap = annotations::kDefaultFocusCap;
    std::optional<int> m_retentionDays;
    std::function<QString(int64_t)> m_questionOf;
};

} // namespace coachtrack::app
