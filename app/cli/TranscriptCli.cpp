// `coachtrack transcript parse|import|show`: reads a transcript as the importer would (format
// and encoding told from the content), keeps it with a recording in the library with the
// role of each speaker, and prints it with each speaker's metrics.
#include "annotations/TimeCode.h"
#include "app/cli/CliContext.h"
#include "app/cli/CliVerbs.h"
#include "exchange/import/TranscriptReader.h"
#include "workflows/CueSnapping.h"
#include "workflows/TranscriptImport.h"
#include "workflows/TranscriptMetrics.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

namespace coachtrack::app::cli {

using annotations::formatClock;

namespace {

QJsonArray cuesJson(const exchange::Transcript& t)
{
    QJsonArray cues;
    for (const auto& c : t.cues) {
        QJsonObject o{{QStringLiteral("start_ms"), c.startMs},
                      {QStringLiteral("end_ms"), c.endMs},
                      {QStringLiteral("speaker"), jsonOrNull(c.speaker)},
                      {QStringLiteral("text"), c.text}};
        if (c.estimated)
            o.insert(QStringLiteral("estimated"), true);
        cues.append(o);
    }
    return cues;
}

int parseTranscript(CliContext& cmd)
{
    auto read = exchange::readTranscriptFile(cmd.positional(0));
    if (!read)
        return cmd.fail(read.error());
    if (cmd.isSet(QStringLiteral("json"))) {
        cmd.out() << QString::fromUtf8(jsonText(cuesJson(*read)));
        return 0;
    }
    cmd.inform(QStringLiteral("%1 cues (%2)")
                   .arg(read->cues.size())
                   .arg(exchange::formatName(read->format)));
    for (const auto& c : read->cues)
        cmd.out() << formatClock(c.startMs, true) << (c.estimated ? "~" : " ") << ' '
                  << (c.speaker.isEmpty() ? QStringLiteral("-") : c.speaker) << ": "
                  << QString(c.text).replace(u'\n', u' ') << '\n';
    return 0;
}

// "NAME=ROLE" arguments (of --speaker, or `transcript speaker`) as roles; nullopt after
// printing why one is wrong.
std::optional<std::vector<annotations::TranscriptSpeaker>> givenRoles(CliContext& cmd,
                                                                      const QStringList& all)
{
    std::vector<annotations::TranscriptSpeaker> roles;
    for (const QString& given : all) {
        const qsizetype eq = given.lastIndexOf(u'=');
        const auto role =
            eq > 0 ? annotations::speakerRoleFromName(given.mid(eq + 1).trimmed()) : std::nullopt;
        if (!role) {
            cmd.fail(QStringLiteral("a speaker's role is NAME=rep|buyer|manager|other, not '%1'")
                         .arg(given),
                     2);
            return std::nullopt;
        }
        roles.push_back({given.left(eq).trimmed(), role, {}});
    }
    return roles;
}

int importTranscript(CliContext& cmd, const GlobalOptions& global, int64_t rec)
{
    const auto roles = givenRoles(cmd, cmd.parser().values(QStringLiteral("speaker")));
    if (!roles)
        return 2;
    auto parsed = exchange::readTranscriptFile(cmd.positional(1));
    if (!parsed)
        return cmd.fail(parsed.error());
    for (const auto& r : *roles)
        if (std::none_of(parsed->cues.begin(), parsed->cues.end(),
                         [&](const auto& c) { return c.speaker == r.name; }))
            return cmd.fail(QStringLiteral("the transcript has no speaker '%1'").arg(r.name), 2);
    auto store = cmd.openStore(global);
    if (!store)
        return 1;
    auto imported = workflows::importTranscriptFile(*store, rec, cmd.positional(1), *roles);
    if (!imported)
        return cmd.fail(imported.error().message);
    cmd.out() << "imported " << imported->lines << " lines (" << imported->format
              << ") for recording " << rec << '\n';
    for (const auto& p : imported->proposed)
        cmd.inform(QStringLiteral("%1 speaks on the %2 channel: proposed %3 (confidence %4)")
                       .arg(p.speaker, annotations::repChannelName(p.channel),
                            annotations::speakerRoleName(p.role))
                       .arg(p.confidence, 0, 'f', 2));
    for (const auto& o : imported->overruled)
        cmd.inform(QStringLiteral("warning: %1 speaks on the %2 channel, the %3's side, but is "
                                  "the %4 here: check the roles (`transcript speaker %5 "
                                  "NAME=ROLE`) or the call's rep channel")
                       .arg(o.proposed.speaker, annotations::repChannelName(o.proposed.channel),
                            o.proposed.role == annotations::SpeakerRole::Buyer
                                ? QStringLiteral("buyer")
                                : QStringLiteral("rep"),
                            annotations::speakerRoleName(o.kept))
                       .arg(rec));
    if (imported->retimed > 0)
        cmd.inform(QStringLiteral("%1 of %2 lines moved onto the speech on their speaker's channel "
                                  "(boundaries within %3 s; the file's times are kept)")
                       .arg(imported->retimed)
                       .arg(imported->lines)
                       .arg(double(workflows::kCueSnapToleranceMs) / 1000.0, 0, 'f', 1));
    if (imported->speakersWithoutRole > 0)
        cmd.inform(QStringLiteral("%1 speaker%2 without a role: give --speaker NAME=ROLE")
                       .arg(imported->speakersWithoutRole)
                       .arg(imported->speakersWithoutRole == 1 ? QString() : QStringLiteral("s")));
    return 0;
}

QJsonObject speakerJson(const workflows::SpeakerMetrics& m, std::optional<double> confidence)
{
    return {
        {QStringLiteral("name"), m.name},
        {QStringLiteral("role"),
         m.role ? QJsonValue(annotations::speakerRoleName(*m.role)) : QJsonValue()},
        // null when the role was given or remembered, not proposed from the audio
        {QStringLiteral("role_confidence"), confidence ? QJsonValue(*confidence) : QJsonValue()},
        {QStringLiteral("talk_ms"), qint64(m.talkMs)},
        {QStringLiteral("share"), m.share},
        {QStringLiteral("longest_monologue_ms"), qint64(m.longestMonologueMs)},
        {QStringLiteral("questions"), m.questions},
        {QStringLiteral("words_per_minute"), m.wordsPerMinute},
        {QStringLiteral("fillers_per_minute"), m.fillersPerMinute}};
}

// Recording `rec`'s transcript; nullopt after printing why there is none.
std::optional<annotations::RecordingTranscript>
storedTranscript(CliContext& cmd, annotations::Store& store, int64_t rec)
{
    auto t = store.transcript(rec);
    if (!t) {
        cmd.fail(t.error().message);
        return std::nullopt;
    }
    if (!*t)
        cmd.fail(QStringLiteral("recording %1 has no transcript: import one with "
                                "`transcript import %1 FILE`")
                     .arg(rec));
    return std::move(*t);
}

int showTranscript(CliContext& cmd, const GlobalOptions& global, int64_t rec)
{
    auto store = cmd.openStore(global);
    if (!store)
        return 1;
    auto recording = store->recording(rec);
    if (!recording)
        return cmd.fail(recording.error().message);
    const auto t = storedTranscript(cmd, *store, rec);
    if (!t)
        return 1;
    const auto metrics = workflows::transcriptMetrics(*t, recording->durationMs,
                                                      workflows::libraryFillerWords(*store));
    if (cmd.isSet(QStringLiteral("json"))) {
        QJsonArray speakers, cues;
        for (const auto& m : metrics) {
            std::optional<double> confidence;
            for (const auto& s : t->speakers)
                if (s.name == m.name)
                    confidence = s.confidence;
            speakers.append(speakerJson(m, confidence));
        }
        for (const auto& l : t->lines) {
            QJsonObject cue{{QStringLiteral("start_ms"), qint64(l.startMs)},
                            {QStringLiteral("end_ms"), qint64(l.endMs)},
                            {QStringLiteral("speaker"), jsonOrNull(l.speaker)},
                            {QStringLiteral("text"), l.text},
                            {QStringLiteral("retimed"), l.retimed()},
                            {QStringLiteral("estimated"), l.estimated}};
            if (l.retimed()) {
                cue[QStringLiteral("file_start_ms")] = qint64(*l.fileStartMs);
                cue[QStringLiteral("file_end_ms")] = qint64(*l.fileEndMs);
            }
            cues.append(cue);
        }
        cmd.out() << QJsonDocument(QJsonObject{{QStringLiteral("speakers"), speakers},
                                               {QStringLiteral("cues"), cues}})
                         .toJson(QJsonDocument::Indented);
        return 0;
    }
    cmd.out() << t->sourceName << " (" << t->format << "), " << t->lines.size() << " lines\n";
    for (const auto& m : metrics)
        cmd.out() << QStringLiteral("  %1 (%2): %3% of the talk, longest %4, %5, %6 words/min, "
                                    "%7 fillers/min\n")
                         .arg(m.name, m.role ? annotations::speakerRoleName(*m.role)
                                             : QStringLiteral("role unknown"))
                         .arg(m.share * 100, 0, 'f', 0)
                         .arg(formatClock(m.longestMonologueMs, false))
                         .arg(m.questions == 1 ? QStringLiteral("1 question")
                                               : QStringLiteral("%1 questions").arg(m.questions))
                         .arg(m.wordsPerMinute, 0, 'f', 0)
                         .arg(m.fillersPerMinute, 0, 'f', 1);
    cmd.out() << '\n';
    for (const auto& l : t->lines) // "~" an estimated time, "*" one moved onto the speech
        cmd.out() << formatClock(l.startMs, true)
                  << (l.estimated   ? "~"
                      : l.retimed() ? "*"
                                    : " ")
                  << ' ' << (l.speaker.isEmpty() ? QStringLiteral("-") : l.speaker) << ": "
                  << QString(l.text).replace(u'\n', u' ') << '\n';
    return 0;
}

int setSpeakerRoles(CliContext& cmd, const GlobalOptions& global, int64_t rec)
{
    const auto roles = givenRoles(cmd, cmd.parser().positionalArguments().mid(1));
    if (!roles)
        return 2;
    for (size_t i = 0; i < roles->size(); ++i)
        for (size_t j = 0; j < i; ++j)
            if ((*roles)[i].name == (*roles)[j].name)
                return cmd.fail(QStringLiteral("'%1' is given two roles").arg((*roles)[i].name), 2);
    auto store = cmd.openStore(global);
    if (!store)
        return 1;
    if (auto recording = store->recording(rec); !recording)
        return cmd.fail(recording.error().message);
    const auto t = storedTranscript(cmd, *store, rec);
    if (!t)
        return 1;
    QStringList names;
    for (const auto& s : t->speakers)
        names << s.name;
    for (const auto& r : *roles)
        if (!names.contains(r.name))
            return cmd.fail(QStringLiteral("the transcript has no speaker '%1' (it has: %2)")
                                .arg(r.name, names.join(QStringLiteral(", "))),
                            2);
    for (const auto& r : *roles) {
        if (auto ok = store->setSpeakerRole(rec, r.name, *r.role); !ok)
            return cmd.fail(ok.error().message);
        cmd.out() << r.name << " is the " << annotations::speakerRoleName(*r.role)
                  << " (remembered for the next call)\n";
    }
    return 0;
}

int fillerWords(CliContext& cmd, const GlobalOptions& global)
{
    auto store = cmd.openStore(global);
    if (!store)
        return 1;
    if (cmd.isSet(QStringLiteral("set")) && cmd.isSet(QStringLiteral("reset")))
        return cmd.fail(QStringLiteral("--set and --reset cannot go together"), 2);
    if (cmd.isSet(QStringLiteral("set")) || cmd.isSet(QStringLiteral("reset"))) {
        const std::optional<QStringList> words =
            cmd.isSet(QStringLiteral("reset"))
                ? std::nullopt
                : std::optional(cmd.parser().value(QStringLiteral("set")).split(u','));
        if (auto ok = store->setFillerWords(words); !ok)
            return cmd.fail(ok.error().message, 2);
    }
    cmd.out() << workflows::libraryFillerWords(*store).join(QStringLiteral(", ")) << '\n';
    return 0;
}

} // namespace

int runTranscript(const GlobalOptions& global, const QStringList& args)
{
    static const std::vector<Action> actions = {
        {QStringLiteral("parse"),
         QStringLiteral("read a transcript file (WebVTT, Zoom, Teams, SubRip, Google Meet, "
                        "Otter.ai, Gong JSON) and print its cues; touches no library")},
        {QStringLiteral("import"),
         QStringLiteral("keep a transcript with recording REC (replacing the one it had); "
                        "--speaker NAME=rep|buyer|manager|other gives roles, remembered by name")},
        {QStringLiteral("speaker"),
         QStringLiteral("give speakers of recording REC's transcript their roles: NAME=rep|buyer|"
                        "manager|other …, remembered by name for the next call")},
        {QStringLiteral("fillers"),
         QStringLiteral("print the library's filler words; --set \"um,uh,…\" replaces them, "
                        "--reset goes back to the default list")},
        {QStringLiteral("show"),
         QStringLiteral("print recording REC's transcript with each speaker's talk share, "
                        "longest monologue, questions, words and fillers per minute")},
    };
    if (int rc = checkAction(QStringLiteral("transcript"),
                             QStringLiteral("Transcripts of calls as meeting tools and dialers "
                                            "export them."),
                             actions, args);
        rc >= 0)
        return rc;
    const QString action = args.value(1);
    CliContext cmd(QStringLiteral("transcript ") + action, actionSentence(actions, action));
    if (action == u"parse" || action == u"show")
        cmd.parser().addOption({QStringLiteral("json"),
                                action == u"parse"
                                    ? QStringLiteral("Print [{\"start_ms\", \"end_ms\", "
                                                     "\"speaker\", \"text\"}].")
                                    : QStringLiteral("Print {\"speakers\": […], \"cues\": […]}.")});
    if (action == u"parse") {
        cmd.parser().addPositionalArgument(QStringLiteral("FILE"),
                                           QStringLiteral("The transcript."));
        if (int rc = cmd.parse(args.mid(1), 1, 1); rc >= 0)
            return rc;
        return parseTranscript(cmd);
    }
    if (action == u"import") {
        cmd.parser().addOption({QStringLiteral("speaker"),
                                QStringLiteral("The role of a speaker the transcript names "
                                               "(repeatable)."),
                                QStringLiteral("NAME=ROLE")});
        cmd.parser().addPositionalArgument(QStringLiteral("REC"), QStringLiteral("Recording id."));
        cmd.parser().addPositionalArgument(QStringLiteral("FILE"),
                                           QStringLiteral("The transcript."));
        if (int rc = cmd.parse(args.mid(1), 2, 2); rc >= 0)
            return rc;
        const auto rec = cmd.id(cmd.positional(0), QStringLiteral("recording"));
        return rec ? importTranscript(cmd, global, *rec) : 1;
    }
    if (action == u"speaker") {
        cmd.parser().addPositionalArgument(QStringLiteral("REC"), QStringLiteral("Recording id."));
        cmd.parser().addPositionalArgument(QStringLiteral("NAME=ROLE"),
                                           QStringLiteral("A speaker and their role."),
                                           QStringLiteral("NAME=ROLE…"));
        if (int rc = cmd.parse(args.mid(1), 2, 100); rc >= 0)
            return rc;
        const auto rec = cmd.id(cmd.positional(0), QStringLiteral("recording"));
        return rec ? setSpeakerRoles(cmd, global, *rec) : 1;
    }
    if (action == u"fillers") {
        cmd.parser().addOption({QStringLiteral("set"),
                                QStringLiteral("Replace the list: words or phrases, comma "
                                               "separated."),
                                QStringLiteral("WORDS")});
        cmd.parser().addOption(
            {QStringLiteral("reset"), QStringLiteral("Go back to the default list.")});
        if (int rc = cmd.parse(args.mid(1), 0, 0); rc >= 0)
            return rc;
        return fillerWords(cmd, global);
    }
    const auto rec = cmd.parseRecording(args.mid(1));
    if (!rec)
        return rec.error();
    return showTranscript(cmd, global, *rec);
}

} // namespace coachtrack::app::cli
