// `coachtrack note ACTION`: notes of both tracks and focus items.
#include "annotations/TimeCode.h"
#include "app/cli/CliContext.h"
#include "app/cli/CliVerbs.h"
#include "exchange/import/NotesImport.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QUuid>

namespace coachtrack::app::cli {

using namespace annotations;

namespace {

const std::vector<Action>& noteActions()
{
    static const std::vector<Action> actions = {
        {QStringLiteral("add"),
         QStringLiteral("add a private or shareable note at a moment of the call; prints its id")},
        {QStringLiteral("list"), QStringLiteral("list a call's notes in time order")},
        {QStringLiteral("edit"), QStringLiteral("change a note's text (--text) or time (--at)")},
        {QStringLiteral("delete"), QStringLiteral("delete a note")},
        {QStringLiteral("focus"), QStringLiteral("make a shareable note a focus item")},
        {QStringLiteral("unfocus"), QStringLiteral("make a focus item a plain note again")},
        {QStringLiteral("status"),
         QStringLiteral("set a focus item's status: open, practising, achieved or dropped")},
        {QStringLiteral("question"),
         QStringLiteral("set the opening question the rep reads under a focus item on the "
                        "debrief (--text; empty text removes it)")},
        {QStringLiteral("plan"),
         QStringLiteral("set how the rep will practise a focus item, shown under it on the "
                        "debrief (--text; empty text removes it)")},
        {QStringLiteral("rephrase"),
         QStringLiteral("write the shareable twin of a private note (--text); prints its id")},
        {QStringLiteral("import"),
         QStringLiteral("add the annotations of an ELAN (.eaf), Audacity label or Praat "
                        "TextGrid file to one track of a call (--track, --tier)")},
    };
    return actions;
}

QJsonObject noteJson(int64_t id, Track track, int64_t start, std::optional<int64_t> end,
                     const QString& text, std::optional<FocusStatus> focus)
{
    return {
        {QStringLiteral("id"), qint64(id)},
        {QStringLiteral("track"), trackName(track)},
        {QStringLiteral("start_ms"), qint64(start)},
        {QStringLiteral("end_ms"), end ? QJsonValue(qint64(*end)) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("text"), text},
        {QStringLiteral("focus"), focus.has_value()},
        {QStringLiteral("status"),
         focus ? QJsonValue(focusStatusName(*focus)) : QJsonValue(QJsonValue::Null)}};
}

int noteAdd(const GlobalOptions& global, const QStringList& args)
{
    CliContext cmd(QStringLiteral("note add"),
                   QStringLiteral("Add a note to a recording's review session; prints its id."));
    cmd.parser().addOptions(
        {{QStringLiteral("track"), QStringLiteral("private or shareable."),
          QStringLiteral("TRACK")},
         {QStringLiteral("at"), QStringLiteral("When: [[hh:]mm:]ss[.mmm]."),
          QStringLiteral("TIME")},
         {QStringLiteral("end"), QStringLiteral("Optional end time."), QStringLiteral("TIME")},
         {QStringLiteral("text"), QStringLiteral("What the note says."), QStringLiteral("TEXT")},
         {QStringLiteral("tags"), QStringLiteral("Optional tags."), QStringLiteral("TAGS")},
         {QStringLiteral("key"),
          QStringLiteral("A UUID of your choosing that makes the add idempotent: adding again "
                         "with the same key prints the first note's id and adds nothing."),
          QStringLiteral("UUID")},
         {QStringLiteral("focus"),
          QStringLiteral("Make it a focus item (shareable notes only).")}});
    cmd.parser().addPositionalArgument(QStringLiteral("REC"), QStringLiteral("Recording id."));
    if (int rc = cmd.parse(args, 1, 1); rc >= 0)
        return rc;
    const auto track = trackFromName(cmd.value(QStringLiteral("track")));
    if (!track)
        return cmd.fail(QStringLiteral("--track must be private or shareable"), 2);
    if (!cmd.isSet(QStringLiteral("at")) || !cmd.isSet(QStringLiteral("text")))
        return cmd.fail(QStringLiteral("a note needs --at TIME and --text TEXT"), 2);
    if (*track == Track::Private && cmd.isSet(QStringLiteral("focus")))
        return cmd.fail(QStringLiteral(
            "a private note can never be a focus item; add it as shareable, or rephrase it later"));
    const auto rec = cmd.id(cmd.positional(0), QStringLiteral("recording"));
    const auto at = rec ? cmd.time(cmd.value(QStringLiteral("at"))) : std::nullopt;
    if (!at)
        return 1;
    std::optional<int64_t> end;
    if (cmd.isSet(QStringLiteral("end")) && !(end = cmd.time(cmd.value(QStringLiteral("end")))))
        return 1;
    QString key;
    if (cmd.isSet(QStringLiteral("key"))) {
        const QUuid uuid = QUuid::fromString(cmd.value(QStringLiteral("key")));
        if (uuid.isNull())
            return cmd.fail(QStringLiteral("--key must be a UUID such as %1, not '%2'")
                                .arg(QUuid::createUuid().toString(QUuid::WithoutBraces),
                                     cmd.value(QStringLiteral("key"))),
                            2);
        key = uuid.toString(QUuid::WithoutBraces);
    }
    auto opened = cmd.openCurrentSession(global, *rec);
    if (!opened)
        return 1;
    const auto& store = opened->store;
    ReviewSession& session = opened->session;
    const NoteDraft draft{
        session.id, *at, end, cmd.value(QStringLiteral("text")), cmd.value(QStringLiteral("tags")),
        key};
    int64_t id = 0;
    if (*track == Track::Shareable) {
        auto note = store->addShareableNote(draft, cmd.isSet(QStringLiteral("focus")));
        if (!note)
            return cmd.fail(note.error().message);
        id = note->id;
    } else {
        auto note = store->addPrivateNote(draft);
        if (!note)
            return cmd.fail(note.error().message);
        id = note->id;
    }
    cmd.out() << id << '\n';
    return 0;
}

int noteList(const GlobalOptions& global, const QStringList& args)
{
    CliContext cmd(QStringLiteral("note list"),
                   QStringLiteral("List the notes of a recording's review session in time order."));
    cmd.parser().addOptions(
        {{QStringLiteral("track"), QStringLiteral("Only this track: private or shareable."),
          QStringLiteral("TRACK")},
         {QStringLiteral("json"), QStringLiteral("Print JSON.")}});
    cmd.parser().addPositionalArgument(QStringLiteral("REC"), QStringLiteral("Recording id."));
    if (int rc = cmd.parse(args, 1, 1); rc >= 0)
        return rc;
    std::optional<Track> only;
    if (cmd.isSet(QStringLiteral("track")) &&
        !(only = trackFromName(cmd.value(QStringLiteral("track")))))
        return cmd.fail(QStringLiteral("--track must be private or shareable"), 2);
    const auto rec = cmd.id(cmd.positional(0), QStringLiteral("recording"));
    if (!rec)
        return 1;
    auto opened = cmd.openCurrentSession(global, *rec);
    if (!opened)
        return 1;
    const auto& store = opened->store;
    ReviewSession& session = opened->session;
    std::vector<QJsonObject> notes;
    if (only != Track::Private) {
        auto shareable = store->shareableNotes(session.id);
        if (!shareable)
            return cmd.fail(shareable.error().message);
        for (const auto& n : *shareable)
            notes.push_back(noteJson(n.id, Track::Shareable, n.startMs, n.endMs, n.text, n.focus));
    }
    if (only != Track::Shareable) {
        auto priv = store->privateNotes(session.id);
        if (!priv)
            return cmd.fail(priv.error().message);
        bool informedLocked = false;
        for (const auto& n : *priv) {
            QJsonObject note =
                noteJson(n.id, Track::Private, n.startMs, n.endMs, n.text, std::nullopt);
            if (n.access != PrivateAccess::Readable) { // an encrypted library without its key
                if (n.access == PrivateAccess::Locked && !cmd.lockedReason().isEmpty() &&
                    !informedLocked) {
                    cmd.inform(cmd.lockedReason());
                    informedLocked = true;
                }
                note[QStringLiteral("text")] = QJsonValue::Null;
                note[QStringLiteral("access")] = n.access == PrivateAccess::Locked
                                                     ? QStringLiteral("locked")
                                                     : QStringLiteral("damaged");
            }
            notes.push_back(note);
        }
    }
    std::stable_sort(notes.begin(), notes.end(), [](const QJsonObject& a, const QJsonObject& b) {
        return a[QStringLiteral("start_ms")].toInteger() <
               b[QStringLiteral("start_ms")].toInteger();
    });
    if (cmd.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const auto& n : notes)
            array.append(n);
        cmd.out() << jsonText(array);
        return 0;
    }
    if (notes.empty())
        cmd.inform(QStringLiteral("no %1notes in recording %2's review session")
                       .arg(only ? trackName(*only) + u' ' : QString())
                       .arg(*rec));
    for (const auto& n : notes)
        cmd.out() << QStringLiteral("%1  %2  %3  %4%5\n")
                         .arg(n[QStringLiteral("id")].toInteger(), 5)
                         .arg(formatClock(n[QStringLiteral("start_ms")].toInteger(), true), 10)
                         .arg(n[QStringLiteral("track")].toString(), -9)
                         .arg(n[QStringLiteral("focus")].toBool()
                                  ? QStringLiteral("[focus: %1] ")
                                        .arg(n[QStringLiteral("status")].toString())
                                  : QString())
                         .arg(n.contains(QStringLiteral("access"))
                                  ? QStringLiteral("[%1: cannot be read]")
                                        .arg(n[QStringLiteral("access")].toString())
                                  : n[QStringLiteral("text")].toString());
    return 0;
}

// note import REC FILE --track T [--tier NAME …]: all of the file's chosen notes, or none.
int noteImport(const GlobalOptions& global, const QStringList& args)
{
    CliContext cmd(QStringLiteral("note import"),
                   actionSentence(noteActions(), QStringLiteral("import")));
    cmd.parser().addOptions(
        {{QStringLiteral("track"), QStringLiteral("private or shareable."),
          QStringLiteral("TRACK")},
         {QStringLiteral("tier"),
          QStringLiteral("A tier of the file to import (repeatable); needed when more than one "
                         "tier has annotations."),
          QStringLiteral("NAME")}});
    cmd.parser().addPositionalArgument(QStringLiteral("REC"), QStringLiteral("Recording id."));
    cmd.parser().addPositionalArgument(
        QStringLiteral("FILE"), QStringLiteral("An .eaf, an Audacity label file or a TextGrid."));
    if (int rc = cmd.parse(args, 2, 2); rc >= 0)
        return rc;
    if (!cmd.isSet(QStringLiteral("track")))
        return cmd.fail(QStringLiteral("--track private|shareable is required: say which track "
                                       "the notes go to"),
                        2);
    const auto track = trackFromName(cmd.value(QStringLiteral("track")));
    if (!track)
        return cmd.fail(QStringLiteral("--track must be private or shareable"), 2);
    const auto rec = cmd.id(cmd.positional(0), QStringLiteral("recording"));
    if (!rec)
        return 1;
    const QString path = cmd.positional(1);
    auto file = exchange::readNotesFile(path);
    if (!file)
        return cmd.fail(file.error());
    auto chosen = exchange::notesOfTiers(*file, cmd.parser().values(QStringLiteral("tier")));
    if (!chosen)
        return cmd.fail(chosen.error(), 2);
    auto opened = cmd.openCurrentSession(global, *rec);
    if (!opened)
        return 1;
    auto recording = opened->store->recording(*rec);
    if (!recording)
        return cmd.fail(recording.error().message);
    auto plan = exchange::planNotes(std::move(*chosen), recording->durationMs);
    if (!plan)
        return cmd.fail(plan.error().message(QFileInfo(path).fileName()));
    std::vector<NoteDraft> drafts;
    for (const exchange::ImportedNote& note : plan->notes)
        drafts.push_back({opened->session.id, note.startMs, note.endMs, note.text, {}, {}});
    auto added = opened->store->addNotes(opened->session.id, *track, drafts);
    if (!added)
        return cmd.fail(added.error().message + QStringLiteral("; nothing was imported"));
    cmd.out() << "imported " << *added << (*added == 1 ? " note" : " notes") << " into the "
              << trackName(*track) << " track of recording " << *rec << '\n';
    if (plan->skippedEmpty > 0) // Praat fills the gaps between intervals with unlabelled ones
        cmd.inform((file->format == exchange::NotesFormat::TextGrid
                        ? QStringLiteral("skipped %1 unlabelled interval%2 or point%2")
                        : QStringLiteral("skipped %1 annotation%2 without text"))
                       .arg(plan->skippedEmpty)
                       .arg(plan->skippedEmpty == 1 ? QString() : QStringLiteral("s")));
    if (plan->endsCut > 0)
        cmd.inform(QStringLiteral("%1 note%2 ended after the recording's end (%3) and %4 cut "
                                  "there")
                       .arg(plan->endsCut)
                       .arg(plan->endsCut == 1 ? QString() : QStringLiteral("s"),
                            formatClock(recording->durationMs, true),
                            plan->endsCut == 1 ? QStringLiteral("was") : QStringLiteral("were")));
    return 0;
}

// note edit | delete | focus | unfocus | status | question | plan | rephrase: one note by id.
int noteChange(const GlobalOptions& global, const QString& action, const QStringList& args)
{
    CliContext cmd(QStringLiteral("note ") + action, actionSentence(noteActions(), action));
    if (action == u"edit")
        cmd.parser().addOptions(
            {{QStringLiteral("text"), QStringLiteral("New text."), QStringLiteral("TEXT")},
             {QStringLiteral("at"), QStringLiteral("New start time: [[hh:]mm:]ss[.mmm]."),
              QStringLiteral("TIME")},
             {QStringLiteral("end"), QStringLiteral("New end time (with --at)."),
              QStringLiteral("TIME")}});
    else if (action == u"rephrase")
        cmd.parser().addOption({QStringLiteral("text"),
                                QStringLiteral("The rep-facing words of the shareable twin."),
                                QStringLiteral("TEXT")});
    else if (action == u"question" || action == u"plan")
        cmd.parser().addOption({QStringLiteral("text"),
                                action == u"plan"
                                    ? QStringLiteral("The practice plan (empty: none).")
                                    : QStringLiteral("The question for the rep (empty: none)."),
                                QStringLiteral("TEXT")});
    cmd.parser().addPositionalArgument(QStringLiteral("ID"), QStringLiteral("Note id."));
    if (action == u"status")
        cmd.parser().addPositionalArgument(
            QStringLiteral("STATUS"), QStringLiteral("open, practising, achieved or dropped."));
    const int extra = action == u"status" ? 1 : 0;
    if (int rc = cmd.parse(args, 1 + extra, 1 + extra); rc >= 0)
        return rc;
    const auto id = cmd.id(cmd.positional(0), QStringLiteral("note"));
    if (!id)
        return 1;
    std::optional<FocusStatus> status;
    if (action == u"status" && !(status = focusStatusFromName(cmd.positional(1))))
        return cmd.fail(QStringLiteral("status must be open, practising, achieved or dropped"), 2);
    if (action == u"edit" && !cmd.isSet(QStringLiteral("text")) && !cmd.isSet(QStringLiteral("at")))
        return cmd.fail(QStringLiteral("give --text and/or --at"), 2);
    if (action == u"rephrase" && !cmd.isSet(QStringLiteral("text")))
        return cmd.fail(QStringLiteral("give the rep-facing words with --text"), 2);
    if ((action == u"question" || action == u"plan") && !cmd.isSet(QStringLiteral("text")))
        return cmd.fail(QStringLiteral("give the %1 with --text (\"\" removes it)")
                            .arg(action == u"plan" ? QStringLiteral("practice plan") : action),
                        2);
    std::optional<int64_t> at, end;
    if (action == u"edit") {
        if (cmd.isSet(QStringLiteral("end")) && !cmd.isSet(QStringLiteral("at")))
            return cmd.fail(QStringLiteral("--end goes with --at (the note's new start)"), 2);
        if (cmd.isSet(QStringLiteral("at")) && !(at = cmd.time(cmd.value(QStringLiteral("at")))))
            return 1;
        if (cmd.isSet(QStringLiteral("end")) && !(end = cmd.time(cmd.value(QStringLiteral("end")))))
            return 1;
    }
    auto store = cmd.openStore(global);
    if (!store)
        return 1;
    Result<void> done;
    if (action == u"edit") {
        // Text is checked first and the timing (which can fail on range) written first, so that
        // a rejected edit changes nothing.
        if (cmd.isSet(QStringLiteral("text")) &&
            cmd.value(QStringLiteral("text")).trimmed().isEmpty())
            return cmd.fail(QStringLiteral("a note needs some text"));
        if (at)
            done = store->retime(*id, *at, end);
        if (done && cmd.isSet(QStringLiteral("text")))
            done = store->editText(*id, cmd.value(QStringLiteral("text")));
    } else if (action == u"delete") {
        done = store->deleteNote(*id);
    } else if (action == u"focus") {
        done = store->promote(*id);
    } else if (action == u"unfocus") {
        done = store->demote(*id);
    } else if (action == u"status") {
        done = store->setFocusStatus(*id, *status);
    } else if (action == u"question") {
        done = store->setFocusQuestion(*id, cmd.value(QStringLiteral("text")));
    } else if (action == u"plan") {
        done = store->setFocusPlan(*id, cmd.value(QStringLiteral("text")));
    } else { // rephrase
        auto twin = store->rephrase(*id, cmd.value(QStringLiteral("text")));
        if (!twin)
            return cmd.fail(twin.error().message);
        cmd.out() << twin->id << '\n';
    }
    if (!done) {
        QString message = done.error().message;
        if (done.error().code == StoreErrorCode::CapReached)
            message += QStringLiteral(
                " ('coachtrack note unfocus ID' or 'coachtrack session set REC --cap N')");
        return cmd.fail(message);
    }
    if (!store->residueWarning().isEmpty())
        cmd.inform(store->residueWarning());
    return 0;
}

} // namespace

int runNote(const GlobalOptions& global, const QStringList& args)
{
    if (int rc = checkAction(QStringLiteral("note"),
                             QStringLiteral("The notes of a call's review session, in two tracks "
                                            "(private and shareable), and its focus items."),
                             noteActions(), args);
        rc >= 0)
        return rc;
    const QString action = args.value(1);
    if (action == u"add")
        return noteAdd(global, args.mid(1));
    if (action == u"list")
        return noteList(global, args.mid(1));
    if (action == u"import")
        return noteImport(global, args.mid(1));
    return noteChange(global, action, args.mid(1));
}

} // namespace coachtrack::app::cli
