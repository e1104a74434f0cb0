#pragma once

#include "annotations/Store.h"

#include <QUndoCommand>
#include <functional>
#include <variant>

namespace coachtrack::annotations {

// What every note command needs: the store it edits and where its failures go. A command
// whose store call fails reports the error and marks itself obsolete, so QUndoStack drops
// it instead of recording an edit that did not happen.
struct UndoContext
{
    Store* store = nullptr;
    std::function<void(const StoreError&)> onError;
};

// Base of the note commands: runs store calls and handles failure. GUI thread.
class NoteCommand : public QUndoCommand
{
public:
    NoteCommand(UndoContext context, const QString& text);

protected:
    // Runs `step`; on failure reports it and makes the command obsolete. Returns success.
    bool attempt(const std::function<Result<void>()>& step);
    Store& store() { return *m_context.store; }

private:
    UndoContext m_context;
};

using AnyNote = std::variant<ShareableNote, PrivateNote>;

// Adds a note to either track (optionally as a focus item); undo deletes it, redo puts the
// very same note (same id) back.
class AddNoteCommand : public NoteCommand
{
public:
    AddNoteCommand(UndoContext context, Track track, NoteDraft draft, bool focus = false);
    void redo() override;
    void undo() override;
    int64_t noteId() const { return m_id; }

private:
    Track m_track;
    NoteDraft m_draft;
    bool m_focus;
    int64_t m_id = 0;
    std::optional<AnyNote> m_snapshot;
};

// Deletes a note; undo restores it with its focus status and twin link.
class DeleteNoteCommand : public NoteCommand
{
public:
    DeleteNoteCommand(UndoContext context, int64_t noteId);
    void redo() override;
    void undo() override;

private:
    int64_t m_id;
    std::optional<AnyNote> m_snapshot;
};

// Base of the commands that set one value of a note: redo sets `after`, undo `before`, and
// consecutive commands on the same note merge into one undo step. GUI thread.
template<typename Value, int Id>
class NoteValueCommand : public NoteCommand
{
public:
    static constexpr int kId = Id;
    void redo() override
    {
        attempt([&] { return apply(m_after); });
    }
    void undo() override
    {
        attempt([&] { return apply(m_before); });
    }
    int id() const override { return kId; }
    bool mergeWith(const QUndoCommand* other) override
    {
        const auto* next = static_cast<const NoteValueCommand*>(other);
        if (next->m_noteId != m_noteId)
            return false;
        m_after = next->m_after;
        return true;
    }

protected:
    NoteValueCommand(UndoContext context, const QString& text, int64_t noteId, Value before,
                     Value after)
        : NoteCommand(std::move(context), text)
        , m_noteId(noteId)
        , m_before(std::move(before))
        , m_after(std::move(after))
    {
    }
    // Gives the note `value` in the store.
    virtual Result<void> apply(const Value& value) = 0;
    int64_t noteId() const { return m_noteId; }

private:
    int64_t m_noteId;
    Value m_before, m_after;
};

// Replaces a note's text; consecutive edits of one note merge into one undo step.
class EditNoteTextCommand : public NoteValueCommand<QString, 1001>
{
public:
    EditNoteTextCommand(UndoContext context, int64_t noteId, QString before, QString after);

private:
    Result<void> apply(const QString& text) override;
};

// Where a note starts and ends, as RetimeNoteCommand moves it.
struct NoteTiming
{
    int64_t startMs;
    std::optional<int64_t> endMs;
};

// Moves a note in time; a drag's many steps merge into one undo step.
class RetimeNoteCommand : public NoteValueCommand<NoteTiming, 1002>
{
public:
    using Timing = NoteTiming;
    RetimeNoteCommand(UndoContext context, int64_t noteId, Timing before, Timing after);

private:
    Result<void> apply(const Timing& timing) override;
};

// "Rephrase for the rep": creates the shareable twin of a private note; undo removes it.
class RephraseNoteCommand : public NoteCommand
{
public:
    RephraseNoteCommand(UndoContext context, int64_t privateNoteId, QString text);
    void redo() override;
    void undo() override;
    int64_t twinId() const { return m_twin ? m_twin->id : 0; }

private:
    int64_t m_privateId;
    QString m_text;
    std::optional<ShareableNote> m_twin;
};

// Promotes a shareable note to a focus item, or demotes one (undo restores its status).
class FocusCommand : public NoteCommand
{
public:
    FocusCommand(UndoContext context, int64_t noteId, bool promote);
    void redo() override;
    void undo() override;

private:
    bool apply(bool promote);
    int64_t m_noteId;
    bool m_promote;
    FocusStatus m_statusBeforeDemote = FocusStatus::Open;
};

// Changes a focus item's status (open, practising, achieved, dropped).
class SetFocusStatusCommand : public NoteCommand
{
public:
    SetFocusStatusCommand(UndoContext context, int64_t noteId, FocusStatus before,
                          FocusStatus after);
    void redo() override;
    void undo() override;

private:
    int64_t m_noteId;
    FocusStatus m_before, m_after;
};

// Sets (or, with empty text, removes) a focus item's opening question for the rep.
class SetFocusGuideCommand : public NoteCommand
{
public:
    SetFocusGuideCommand(UndoContext context, int64_t noteId, FocusGuide before, FocusGuide after);
    void redo() override;
    void undo() override;

private:
    int64_t m_noteId;
    FocusGuide m_before, m_after;
};

// Changes a review session's objectives, next steps, next coaching date or focus cap;
// consecutive edits of the same field merge into one undo step.
class EditSessionCommand : public NoteCommand
{
public:
    static constexpr int kId = 1003;
    EditSessionCommand(UndoContext context, int64_t sessionId, SessionChanges before,
                       SessionChanges after);
    void redo() override;
    void undo() override;
    int id() const override { return kId; }
    bool mergeWith(const QUndoCommand* other) override;

private:
    Result<void> apply(const SessionChanges& changes);
    bool sameFields(const EditSessionCommand& other) const;
    int64_t m_sessionId;
    SessionChanges m_before, m_after;
};

} // namespace coachtrack::annotations
