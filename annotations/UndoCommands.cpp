#include "annotations/UndoCommands.h"

#include <QCoreApplication>

namespace coachtrack::annotations {

namespace {

// The undo menu's words, in the window's language; lupdate finds them by QT_TRANSLATE_NOOP.
QString undoText(const char* text)
{
    return QCoreApplication::translate("UndoCommands", text);
}

// Reads a note of either track as it is now, for restoring it later.
Result<AnyNote> snapshot(Store& store, int64_t id)
{
    auto track = store.trackOf(id);
    if (!track)
        return std::unexpected(track.error());
    if (*track == Track::Shareable) {
        auto n = store.shareableNote(id);
        return n ? Result<AnyNote>(*n) : std::unexpected(n.error());
    }
    auto n = store.privateNote(id);
    return n ? Result<AnyNote>(*n) : std::unexpected(n.error());
}

Result<void> restoreNote(Store& store, const AnyNote& note)
{
    return std::visit([&](const auto& n) { return store.restore(n); }, note);
}

} // namespace

NoteCommand::NoteCommand(UndoContext context, const QString& text)
    : QUndoCommand(text)
    , m_context(std::move(context))
{
}

bool NoteCommand::attempt(const std::function<Result<void>()>& step)
{
    auto ok = step();
    if (ok)
        return true;
    setObsolete(true);
    if (m_context.onError)
        m_context.onError(ok.error());
    return false;
}

AddNoteCommand::AddNoteCommand(UndoContext context, Track track, NoteDraft draft, bool focus)
    : NoteCommand(std::move(context),
                  track == Track::Private
                      ? undoText(QT_TRANSLATE_NOOP("UndoCommands", "Add private note"))
                      : undoText(QT_TRANSLATE_NOOP("UndoCommands", "Add shareable note")))
    , m_track(track)
    , m_draft(std::move(draft))
    , m_focus(focus)
{
}

void AddNoteCommand::redo()
{
    attempt([&]() -> Result<void> {
        if (m_snapshot)
            return restoreNote(store(), *m_snapshot);
        if (m_track == Track::Shareable) {
            auto n = store().addShareableNote(m_draft, m_focus);
            if (!n)
                return std::unexpected(n.error());
            m_id = n->id;
        } else {
            auto n = store().addPrivateNote(m_draft);
            if (!n)
                return std::unexpected(n.error());
            m_id = n->id;
        }
        return {};
    });
}

void AddNoteCommand::undo()
{
    attempt([&]() -> Result<void> {
        auto s = snapshot(store(), m_id); // keeps edits made since, and the focus status
        if (!s)
            return std::unexpected(s.error());
        m_snapshot = *s;
        return store().deleteNote(m_id);
    });
}

DeleteNoteCommand::DeleteNoteCommand(UndoContext context, int64_t noteId)
    : NoteCommand(std::move(context), undoText(QT_TRANSLATE_NOOP("UndoCommands", "Delete note")))
    , m_id(noteId)
{
}

void DeleteNoteCommand::redo()
{
    attempt([&]() -> Result<void> {
        auto s = snapshot(store(), m_id);
        if (!s)
            return std::unexpected(s.error());
        m_snapshot = *s;
        return store().deleteNote(m_id);
    });
}

void DeleteNoteCommand::undo()
{
    attempt([&] { return restoreNote(store(), *m_snapshot); });
}

EditNoteTextCommand::EditNoteTextCommand(UndoContext context, int64_t noteId, QString before,
                                         QString after)
    : NoteValueCommand(std::move(context), undoText(QT_TRANSLATE_NOOP("UndoCommands", "Edit note")),
                       noteId, std::move(before), std::move(after))
{
}

Result<void> EditNoteTextCommand::apply(const QString& text)
{
    return store().editText(noteId(), text);
}

RetimeNoteCommand::RetimeNoteCommand(UndoContext context, int64_t noteId, Timing before,
                                     Timing after)
    : NoteValueCommand(std::move(context), undoText(QT_TRANSLATE_NOOP("UndoCommands", "Move note")),
                       noteId, before, after)
{
}

Result<void> RetimeNoteCommand::apply(const Timing& timing)
{
    return store().retime(noteId(), timing.startMs, timing.endMs);
}

RephraseNoteCommand::RephraseNoteCommand(UndoContext context, int64_t privateNoteId, QString text)
    : NoteCommand(std::move(context),
                  undoText(QT_TRANSLATE_NOOP("UndoCommands", "Rephrase for the rep")))
    , m_privateId(privateNoteId)
    , m_text(std::move(text))
{
}

void RephraseNoteCommand::redo()
{
    attempt([&]() -> Result<void> {
        if (m_twin) {
            if (auto ok = store().restore(*m_twin); !ok)
                return ok;
            return store().setRephrasedAs(m_privateId, m_twin->id);
        }
        auto twin = store().rephrase(m_privateId, m_text);
        if (!twin)
            return std::unexpected(twin.error());
        m_twin = *twin;
        return {};
    });
}

void RephraseNoteCommand::undo()
{
    attempt([&]() -> Result<void> {
        auto now = store().shareableNote(m_twin->id); // keep later edits of the twin for redo
        if (now)
            m_twin = *now;
        return store().deleteNote(m_twin->id); // the private note's link clears with it
    });
}

FocusCommand::FocusCommand(UndoContext context, int64_t noteId, bool promote)
    : NoteCommand(std::move(context),
                  promote ? undoText(QT_TRANSLATE_NOOP("UndoCommands", "Make focus item"))
                          : undoText(QT_TRANSLATE_NOOP("UndoCommands", "Remove focus item")))
    , m_noteId(noteId)
    , m_promote(promote)
{
}

bool FocusCommand::apply(bool promote)
{
    return attempt([&]() -> Result<void> {
        if (promote) {
            if (auto ok = store().promote(m_noteId); !ok)
                return ok;
            return m_promote ? Result<void>{}
                             : store().setFocusStatus(m_noteId, m_statusBeforeDemote);
        }
        auto note = store().shareableNote(m_noteId);
        if (!note)
            return std::unexpected(note.error());
        m_statusBeforeDemote = note->focus.value_or(FocusStatus::Open);
        return store().demote(m_noteId);
    });
}

void FocusCommand::redo()
{
    apply(m_promote);
}
void FocusCommand::undo()
{
    apply(!m_promote);
}

SetFocusStatusCommand::SetFocusStatusCommand(UndoContext context, int64_t noteId,
                                             FocusStatus before, FocusStatus after)
    : NoteCommand(std::move(context),
                  undoText(QT_TRANSLATE_NOOP("UndoCommands", "Change focus status")))
    , m_noteId(noteId)
    , m_before(before)
    , m_after(after)
{
}

void SetFocusStatusCommand::redo()
{
    attempt([&] { return store().setFocusStatus(m_noteId, m_after); });
}
void SetFocusStatusCommand::undo()
{
    attempt([&] { return store().setFocusStatus(m_noteId, m_before); });
}

SetFocusGuideCommand::SetFocusGuideCommand(UndoContext context, int64_t noteId, FocusGuide before,
                                           FocusGuide after)
    : NoteCommand(std::move(context),
                  undoText(QT_TRANSLATE_NOOP("UndoCommands", "Set the question and practice plan")))
    , m_noteId(noteId)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
}

void SetFocusGuideCommand::redo()
{
    attempt([&] { return store().setFocusGuide(m_noteId, m_after); });
}
void SetFocusGuideCommand::undo()
{
    attempt([&] { return store().setFocusGuide(m_noteId, m_before); });
}

EditSessionCommand::EditSessionCommand(UndoContext context, int64_t sessionId,
                                       SessionChanges before, SessionChanges after)
    : NoteCommand(std::move(context), undoText(QT_TRANSLATE_NOOP("UndoCommands", "Edit session")))
    , m_sessionId(sessionId)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
}

void EditSessionCommand::redo()
{
    attempt([&] { return apply(m_after); });
}

void EditSessionCommand::undo()
{
    attempt([&] { return apply(m_before); });
}

Result<void> EditSessionCommand::apply(const SessionChanges& changes)
{
    auto ok = store().updateSession(m_sessionId, changes);
    return ok ? Result<void>() : std::unexpected(ok.error());
}

bool EditSessionCommand::sameFields(const EditSessionCommand& other) const
{
    return m_sessionId == other.m_sessionId &&
           m_after.objectives.has_value() == other.m_after.objectives.has_value() &&
           m_after.nextSteps.has_value() == other.m_after.nextSteps.has_value() &&
           m_after.nextCoachingDate.has_value() == other.m_after.nextCoachingDate.has_value() &&
           m_after.focusCap.has_value() == other.m_after.focusCap.has_value() &&
           m_after.selfWentWell.has_value() == other.m_after.selfWentWell.has_value() &&
           m_after.selfWouldChange.has_value() == other.m_after.selfWouldChange.has_value() &&
           m_after.templateId.has_value() == other.m_after.templateId.has_value();
}

bool EditSessionCommand::mergeWith(const QUndoCommand* other)
{
    const auto* next = static_cast<const EditSessionCommand*>(other);
    // Typing merges; a cap or template change is a step of its own.
    if (!sameFields(*next) || next->m_after.focusCap || next->m_after.templateId)
        return false;
    m_after = next->m_after;
    return true;
}

} // namespace coachtrack::annotations
