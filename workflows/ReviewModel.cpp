#include "workflows/ReviewModel.h"

#include "workflows/LibraryLink.h"
#include "workflows/RecordingCheck.h"

#include <QCryptographicHash>
#include <algorithm>

namespace coachtrack::workflows {

using namespace annotations;

ReviewModel::ReviewModel(QObject* parent)
    : QObject(parent)
    , m_undo(new QUndoStack(this))
    , m_watch(new QTimer(this))
{
    connect(m_undo, &QUndoStack::indexChanged, this, [this] {
        reload();
        // A private edit whose old text could not be wiped everywhere yet says so.
        if (m_store && !m_store->residueWarning().isEmpty())
            Q_EMIT warningRaised(m_store->residueWarning());
    });
    m_watch->setInterval(1000);
    connect(m_watch, &QTimer::timeout, this, &ReviewModel::pickUpOutsideChanges);
}

QByteArray ReviewModel::contentDigest() const
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    auto add = [&hash](const auto&... values) {
        (hash.addData(QByteArray::number(qint64(values)) + '\x1f'), ...);
    };
    auto addText = [&hash](const QString& text) { hash.addData(text.toUtf8() + '\x1e'); };
    for (const auto& n : m_shareable) {
        add(n.id, n.startMs, n.endMs.value_or(-1), n.edited.toMSecsSinceEpoch(),
            n.focus ? int(*n.focus) : -1);
        addText(n.text);
        addText(n.tags);
    }
    for (const auto& n : m_private) // its edit time stands for its text
        add(n.id, n.startMs, n.endMs.value_or(-1), n.edited.toMSecsSinceEpoch(), int(n.access),
            n.rephrasedAs.value_or(-1));
    add(m_session.updated.toMSecsSinceEpoch(), m_session.focusCap);
    for (const auto& [noteId, guide] : m_guides) {
        add(noteId);
        addText(guide.question);
        addText(guide.practicePlan);
    }
    add(m_recording.repId.value_or(-1), m_recording.durationMs, m_recording.repChannel,
        int(m_recording.outcome), m_recording.callDate.toJulianDay());
    addText(m_recording.title);
    addText(m_recording.path);
    addText(m_recording.account);
    return hash.result();
}

bool ReviewModel::pickUpOutsideChanges()
{
    if (!m_store)
        return false;
    const auto version = m_store->dataVersion();
    if (!version || *version == m_dataVersion)
        return false;
    m_dataVersion = *version;
    const QByteArray before = contentDigest();
    if (auto recording = m_store->recording(m_recording.id))
        m_recording = *recording;
    reload();
    Q_EMIT sessionChanged();
    // Another connection that only opened the library (its checkpoint moves the data version)
    // changed nothing the review shows: nothing to announce.
    if (contentDigest() != before)
        Q_EMIT changedOutside();
    return true;
}

std::optional<QString> ReviewModel::recordDecodedLength(int64_t decodedMs)
{
    if (!m_store)
        return std::nullopt;
    return noteDecodedLength(*m_store, m_recording, decodedMs);
}

ReviewModel::~ReviewModel() = default;

UndoContext ReviewModel::context()
{
    return {m_store.get(), [this](const StoreError& error) {
                m_failed = true;
                Q_EMIT errorOccurred(fromStore(error));
            }};
}

bool ReviewModel::open(const QString& libraryPath, const QString& mediaPath)
{
    close();
    const auto linked = linkRecording(libraryPath, mediaPath);
    if (!linked) {
        Q_EMIT errorOccurred(linked.error());
        return false;
    }
    auto store = Store::open(libraryPath);
    if (!store) {
        Q_EMIT errorOccurred(fromStore(store.error()));
        return false;
    }
    auto recording = (*store)->recording(linked->recordingId);
    auto session = (*store)->session(linked->sessionId);
    if (!recording || !session) {
        Q_EMIT errorOccurred(fromStore(recording ? session.error() : recording.error()));
        return false;
    }
    // An encrypted library: its private notes open with the known key, the secret store's or
    // the passphrase asked for; without, the review goes on with them locked.
    std::optional<QString> lockedWhy;
    if ((*store)->isPrivateLocked())
        if (auto unlocked = unlockPrivateNotes(**store, m_passphrasePrompt); !unlocked)
            lockedWhy = unlocked.error().message;
    m_store = std::move(*store);
    m_recording = *recording;
    m_session = *session;
    m_dataVersion = m_store->dataVersion().value_or(-1);
    reload();
    m_watch->start();
    Q_EMIT opened();
    if (m_store->isReadOnly())
        Q_EMIT warningRaised(tr("The library %1 was opened read-only: %2")
                                 .arg(libraryPath, m_store->readOnlyReason()));
    int beyond = 0;
    for (const auto& n : m_shareable)
        beyond += n.startMs > m_recording.durationMs ? 1 : 0;
    for (const auto& n : m_private)
        beyond += n.startMs > m_recording.durationMs ? 1 : 0;
    if (auto truncated = truncationWarning(m_recording, beyond))
        Q_EMIT warningRaised(*truncated);
    if (lockedWhy) {
        QString why = *lockedWhy;
        why[0] = why[0].toUpper();
        Q_EMIT warningRaised(tr("%1. Shareable notes can be reviewed as usual; private notes "
                                "show as locked.")
                                 .arg(why));
    }
    return true;
}

void ReviewModel::close()
{
    if (!m_store)
        return;
    m_undo->clear();
    m_watch->stop();
    m_store.reset();
    m_shareable.clear();
    m_private.clear();
    m_recording = {};
    m_session = {};
    Q_EMIT closed();
}

void ReviewModel::reload()
{
    if (!m_store)
        return;
    auto shareable = m_store->shareableNotes(m_session.id);
    auto privateOnes = m_store->privateNotes(m_session.id);
    auto session = m_store->session(m_session.id);
    auto guides = m_store->focusGuides(m_session.id);
    auto followed = m_store->templateOfSession(m_session.id);
    if (!shareable || !privateOnes || !session || !guides || !followed) {
        Q_EMIT errorOccurred(fromStore(!shareable     ? shareable.error()
                                       : !privateOnes ? privateOnes.error()
                                       : !session     ? session.error()
                                       : !guides      ? guides.error()
                                                      : followed.error()));
        return;
    }
    m_shareable = std::move(*shareable);
    m_private = std::move(*privateOnes);
    m_guides = std::move(*guides);
    auto byTime = [](const auto& a, const auto& b) {
        return a.startMs < b.startMs || (a.startMs == b.startMs && a.id < b.id);
    };
    std::sort(m_shareable.begin(), m_shareable.end(), byTime);
    std::sort(m_private.begin(), m_private.end(), byTime);
    const bool sessionChangedNow = session->updated != m_session.updated ||
                                   session->focusCap != m_session.focusCap ||
                                   *followed != m_template;
    m_session = *session;
    m_template = std::move(*followed);
    Q_EMIT notesChanged();
    if (sessionChangedNow)
        Q_EMIT sessionChanged();
}

std::vector<const ShareableNote*> ReviewModel::focusItems() const
{
    std::vector<const ShareableNote*> items;
    for (const ShareableNote& note : m_shareable)
        if (note.focus)
            items.push_back(&note);
    return items;
}

std::optional<int64_t> ReviewModel::addNote(Track track, int64_t startMs, const QString& text)
{
    if (!m_store)
        return std::nullopt;
    m_failed = false;
    auto* command = new AddNoteCommand(
        context(), track,
        NoteDraft{m_session.id, std::max<int64_t>(0, startMs), {}, text.trimmed(), {}, {}});
    m_undo->push(command); // a refused command is deleted by the stack
    if (m_failed)
        return std::nullopt;
    return command->noteId();
}

std::optional<ReviewModel::FoundNote> ReviewModel::findNote(int64_t noteId) const
{
    for (const auto& n : m_shareable)
        if (n.id == noteId)
            return FoundNote{Track::Shareable, n.startMs, n.endMs, n.text};
    for (const auto& n : m_private)
        if (n.id == noteId)
            return FoundNote{Track::Private, n.startMs, n.endMs, n.text};
    return std::nullopt;
}

void ReviewModel::editText(int64_t noteId, const QString& text)
{
    const auto note = findNote(noteId);
    if (!m_store || !note || note->text == text)
        return;
    m_undo->push(new EditNoteTextCommand(context(), noteId, note->text, text));
}

void ReviewModel::retime(int64_t noteId, int64_t startMs)
{
    const auto note = findNote(noteId);
    if (!m_store || !note || note->startMs == startMs)
        return;
    std::optional<int64_t> end;
    if (note->endMs)
        end = startMs + (*note->endMs - note->startMs);
    m_undo->push(new RetimeNoteCommand(context(), noteId, {note->startMs, note->endMs},
                                       {std::max<int64_t>(0, startMs), end}));
}

void ReviewModel::deleteNote(int64_t noteId)
{
    if (m_store)
        m_undo->push(new DeleteNoteCommand(context(), noteId));
}

std::optional<int64_t> ReviewModel::rephrase(int64_t privateNoteId, const QString& text)
{
    if (!m_store)
        return std::nullopt;
    m_failed = false;
    auto* command = new RephraseNoteCommand(context(), privateNoteId, text.trimmed());
    m_undo->push(command);
    if (m_failed)
        return std::nullopt;
    return command->twinId();
}

ReviewModel::FocusOutcome ReviewModel::promote(int64_t noteId)
{
    if (!m_store)
        return FocusOutcome::Failed;
    if (int(focusItems().size()) >= m_session.focusCap)
        return FocusOutcome::CapReached;
    m_failed = false;
    m_undo->push(new FocusCommand(context(), noteId, true));
    return m_failed ? FocusOutcome::Failed : FocusOutcome::Done;
}

void ReviewModel::demote(int64_t noteId)
{
    if (m_store)
        m_undo->push(new FocusCommand(context(), noteId, false));
}

bool ReviewModel::swapFocus(int64_t outgoing, int64_t incoming)
{
    if (!m_store)
        return false;
    m_failed = false;
    const int before = m_undo->index();
    m_undo->beginMacro(tr("Swap focus item"));
    m_undo->push(new FocusCommand(context(), outgoing, false));
    if (!m_failed)
        m_undo->push(new FocusCommand(context(), incoming, true));
    m_undo->endMacro();
    if (m_failed) { // put the outgoing item back, if it was taken out
        if (m_undo->index() > before)
            m_undo->undo();
        return false;
    }
    return true;
}

void ReviewModel::setFocusStatus(int64_t noteId, FocusStatus status)
{
    for (const auto& n : m_shareable)
        if (n.id == noteId && n.focus && *n.focus != status)
            m_undo->push(new SetFocusStatusCommand(context(), noteId, *n.focus, status));
}

void ReviewModel::setFocusGuide(int64_t noteId, const FocusGuide& guide)
{
    const FocusGuide before = focusGuide(noteId);
    const FocusGuide after{guide.question.trimmed(), guide.practicePlan.trimmed()};
    if (m_store && before != after)
        m_undo->push(new SetFocusGuideCommand(context(), noteId, before, after));
}

FocusGuide ReviewModel::focusGuide(int64_t noteId) const
{
    const auto it = m_guides.find(noteId);
    return it == m_guides.end() ? FocusGuide{} : it->second;
}

SessionChanges ReviewModel::currentValues(const SessionChanges& fields) const
{
    SessionChanges before;
    if (fields.objectives)
        before.objectives = m_session.objectives;
    if (fields.nextSteps)
        before.nextSteps = m_session.nextSteps;
    if (fields.nextCoachingDate)
        before.nextCoachingDate = m_session.nextCoachingDate;
    if (fields.focusCap)
        before.focusCap = m_session.focusCap;
    if (fields.selfWentWell)
        before.selfWentWell = m_session.selfWentWell;
    if (fields.selfWouldChange)
        before.selfWouldChange = m_session.selfWouldChange;
    if (fields.templateId)
        before.templateId = m_session.templateId.value_or(0);
    return before;
}

void ReviewModel::editSession(const SessionChanges& changes)
{
    if (m_store)
        m_undo->push(
            new EditSessionCommand(context(), m_session.id, currentValues(changes), changes));
}

} // namespace coachtrack::workflows
