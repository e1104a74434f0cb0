#pragma once

#include "annotations/Store.h"
#include "annotations/UndoCommands.h"
#include "workflows/PrivateLock.h"
#include "workflows/WorkflowError.h"

#include <QObject>
#include <QTimer>
#include <QUndoStack>
#include <map>
#include <memory>
#include <optional>
#include <vector>

namespace coachtrack::workflows {

// The review open in the window: one recording's current session in the library, its notes
// of both tracks, and the undo stack every edit goes through (each edit is committed at
// once). Notes are re-read after every change, undo and redo. GUI thread.
class ReviewModel : public QObject
{
    Q_OBJECT
public:
    explicit ReviewModel(QObject* parent = nullptr);
    ~ReviewModel() override;

    // Opens the library and finds (or adds) `mediaPath` in it by fingerprint. On failure
    // emits errorOccurred and stays closed.
    bool open(const QString& libraryPath, const QString& mediaPath);
    void close();
    bool isOpen() const { return m_store != nullptr; }
    // How the passphrase of an encrypted library is asked for when open() needs it (the
    // window's dialog); without one, private notes of such a library stay locked.
    void setPassphrasePrompt(PassphrasePrompt prompt) { m_passphrasePrompt = std::move(prompt); }

    annotations::Store* store() const { return m_store.get(); }
    const annotations::Recording& recording() const { return m_recording; }
    const annotations::ReviewSession& session() const { return m_session; }
    const std::vector<annotations::ShareableNote>& shareableNotes() const { return m_shareable; }
    const std::vector<annotations::PrivateNote>& privateNotes() const { return m_private; }
    std::vector<const annotations::ShareableNote*> focusItems() const;
    // A note of either track by id (ids are unique across both tracks); null when unknown.
    struct FoundNote
    {
        annotations::Track track;
        int64_t startMs = 0;
        std::optional<int64_t> endMs;
        QString text;
    };
    std::optional<FoundNote> findNote(int64_t noteId) const;
    QUndoStack* undoStack() const { return m_undo; }

    // Edits, all undoable. A refused edit emits errorOccurred and changes nothing.
    std::optional<int64_t> addNote(annotations::Track track, int64_t startMs, const QString& text);
    void editText(int64_t noteId, const QString& text);
    void retime(int64_t noteId, int64_t startMs);
    void deleteNote(int64_t noteId);
    std::optional<int64_t> rephrase(int64_t privateNoteId, const QString& text);
    enum class FocusOutcome
    {
        Done,
        CapReached,
        Failed
    };
    // At the cap nothing changes and CapReached tells the caller to offer a swap.
    FocusOutcome promote(int64_t noteId);
    void demote(int64_t noteId);
    // Demotes `outgoing` and promotes `incoming` as one undo step.
    bool swapFocus(int64_t outgoing, int64_t incoming);
    void setFocusStatus(int64_t noteId, annotations::FocusStatus status);
    // A focus item's opening question for the rep and its practice plan (empty: none), as one
    // undo step.
    void setFocusGuide(int64_t noteId, const annotations::FocusGuide& guide);
    // What the focus item says to the rep besides its note; empty when nothing.
    annotations::FocusGuide focusGuide(int64_t noteId) const;
    // The template the session follows (its own, else the library's default).
    const annotations::SessionTemplate& sessionTemplate() const { return m_template; }
    void editSession(const annotations::SessionChanges& changes);

    // Re-reads the review when another connection (the command line, another window) has
    // committed to the library since; true when it had (changedOutside() only when something
    // the review shows is different). Also runs every second by itself.
    bool pickUpOutsideChanges();
    // Remembers the recording's real length after the audio was decoded to its end; returns a
    // warning for a file shorter than its header claims (see noteDecodedLength()).
    std::optional<QString> recordDecodedLength(int64_t decodedMs);

Q_SIGNALS:
    void opened();
    void closed();
    void notesChanged();
    void sessionChanged();
    void errorOccurred(const workflows::Error& error);
    // Something to know that does not stop the review (a read-only library, a truncated file).
    void warningRaised(const QString& message);
    // Another program changed the library; the review has been re-read.
    void changedOutside();

public:
    // Re-reads the review now: after an edit made on this connection outside the undo stack
    // (the session templates dialog).
    void reload();

private:
    // What the review shows, in one hash: to tell a change of it from a connection that only
    // opened the library.
    QByteArray contentDigest() const;
    annotations::UndoContext context();
    annotations::SessionChanges currentValues(const annotations::SessionChanges& fields) const;

    std::unique_ptr<annotations::Store> m_store;
    annotations::Recording m_recording;
    annotations::ReviewSession m_session;
    std::vector<annotations::ShareableNote> m_shareable;
    std::vector<annotations::PrivateNote> m_private;
    std::map<int64_t, annotations::FocusGuide> m_guides; // by focus item's note id
    annotations::SessionTemplate m_template;
    QUndoStack* m_undo = nullptr;
    QTimer* m_watch = nullptr;
    int64_t m_dataVersion = -1;
    bool m_failed = false; // the last command was refused
    PassphrasePrompt m_passphrasePrompt;
};

} // namespace coachtrack::workflows
