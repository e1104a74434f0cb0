#include "app/cli/CliRegistry.h"

#include "app/cli/CliVerbs.h"

namespace coachtrack::app::cli {

const std::vector<Verb>& verbs()
{
    static const std::vector<Verb> all = {
        {QStringLiteral("probe"),
         QStringLiteral("describe a recording (format, streams, length, fingerprint)"), runProbe},
        {QStringLiteral("peaks"),
         QStringLiteral("write waveform peaks (audiowaveform .dat / JSON)"), runPeaks},
        {QStringLiteral("talk"), QStringLiteral("speech activity and talk metrics of a call"),
         runTalk},
        {QStringLiteral("transcript"),
         QStringLiteral("read, import and show a call's transcript (WebVTT, Zoom, Teams, SubRip, "
                        "Meet, Otter, Gong); speakers' roles; filler words"),
         runTranscript},
        {QStringLiteral("add"),
         QStringLiteral("add a recording to the library, or give a known one the details asked "
                        "for (prints its id)"),
         runAdd},
        {QStringLiteral("list"), QStringLiteral("list the library's recordings"), runList},
        {QStringLiteral("relink"), QStringLiteral("point a recording at its new location"),
         runRelink},
        {QStringLiteral("recording"),
         QStringLiteral("show, set or delete a recording's call details (rep, title, date, …)"),
         runRecording},
        {QStringLiteral("reps"),
         QStringLiteral("the team overview: each rep against their coaching cadence, overdue "
                        "first, with the trends of the watched metrics; who is due this week"),
         runReps},
        {QStringLiteral("rep"),
         QStringLiteral("a rep over time: plans, sessions, focus items, scores; coaching plans; "
                        "cadence; delete (rep NAME show|plan|set|delete)"),
         runRep},
        {QStringLiteral("moments"),
         QStringLiteral("a call's moments worth hearing: monologues, interruptions, the buyer's "
                        "turns, questions, silences after them, keywords"),
         runMoments},
        {QStringLiteral("queue"),
         QStringLiteral("the calls to review next: unreviewed calls of the reps due soonest first"),
         runQueue},
        {QStringLiteral("measure"),
         QStringLiteral("measure the talk of reviewed calls never opened, for the rep tracker"),
         runMeasure},
        {QStringLiteral("note"),
         QStringLiteral("add, list, edit, delete, focus, unfocus, status, question, plan, "
                        "rephrase notes"),
         runNote},
        {QStringLiteral("session"),
         QStringLiteral("show or set a review session's template, objectives, the rep's own view, "
                        "next steps, date, cap"),
         runSession},
        {QStringLiteral("score"),
         QStringLiteral("a call's scorecard: the manager's and the rep's own 1-5 rating of each "
                        "skill, with the gap"),
         runScore},
        {QStringLiteral("skills"), QStringLiteral("list, add, rename or remove scorecard skills"),
         runSkills},
        {QStringLiteral("phrasing"),
         QStringLiteral("list, set, reset or check the rules that judge how shareable notes are "
                        "phrased"),
         runPhrasing},
        {QStringLiteral("template"),
         QStringLiteral("list, show, save, make default or delete session templates"), runTemplate},
        {QStringLiteral("search"), QStringLiteral("full-text search over notes and transcripts"),
         runSearch},
        {QStringLiteral("private"),
         QStringLiteral("purge, keep for N days, or encrypt private notes; their status"),
         runPrivate},
        {QStringLiteral("check"),
         QStringLiteral("check the library's pages; --recover-to copies what can be read"),
         runCheck},
        {QStringLiteral("share-copy"),
         QStringLiteral("write a new library of the shareable track and transcripts, for the rep"),
         runShareCopy},
        {QStringLiteral("export"),
         QStringLiteral("debrief sheet or notes of a session (pdf html md odt csv json vtt; "
                        "eaf audacity textgrid)"),
         runExport, true},
        {QStringLiteral("team"),
         QStringLiteral("the team library on PostgreSQL: connect, add-rep, publish, withdraw, "
                        "status; only what is shareable"),
         runTeam, true},
        {QStringLiteral("sessions"),
         QStringLiteral("a rep's own published sessions on the team library (coachtrack --team "
                        "URL --rep sessions)"),
         runSessions},
        {QStringLiteral("report"),
         QStringLiteral("a rep's progress report for a period (pdf html): plan, focus items, "
                        "scores and the gap, charts; shareable only"),
         runReport, true, true},
    };
    return all;
}

const Verb* findVerb(const QString& name)
{
    for (const Verb& s : verbs())
        if (s.name == name)
            return &s;
    return nullptr;
}

} // namespace coachtrack::app::cli
