// `coachtrack export`: the debrief sheet, the notes or the manager's archive of one session.
#include "annotations/TimeCode.h"
#include "app/cli/CliContext.h"
#include "app/cli/CliVerbs.h"
#include "workflows/DebriefExport.h"

#include <QFileInfo>

namespace coachtrack::app::cli {

using namespace annotations;
using namespace exchange;
using namespace workflows;

int runExport(const GlobalOptions& global, const QStringList& args)
{
    CliContext cmd(
        QStringLiteral("export"),
        QStringLiteral(
            "Export a review session for the rep: the debrief sheet (pdf, html, md, odt), its "
            "notes (csv, json, vtt) or its notes for annotation tools (eaf for ELAN, audacity "
            "labels, a Praat textgrid). Only shareable notes are ever exported, unless "
            "--include-private asks for the manager's own archive (json, eaf, audacity or "
            "textgrid)."));
    const QCommandLineOption session(
        QStringLiteral("session"),
        QStringLiteral("Export this review session instead of REC's latest."),
        QStringLiteral("ID"));
    const QCommandLineOption format(
        QStringLiteral("format"),
        QStringLiteral("pdf, html, md, odt, csv, json, vtt, eaf, audacity or textgrid; "
                       "default: OUT's extension (.txt names none: use --format audacity)."),
        QStringLiteral("F"));
    const QCommandLineOption paper(QStringLiteral("paper"),
                                   QStringLiteral("a4 (default) or letter, for pdf."),
                                   QStringLiteral("SIZE"), QStringLiteral("a4"));
    const QCommandLineOption clips(QStringLiteral("clips"),
                                   QStringLiteral("Also cut each focus moment into DIR."),
                                   QStringLiteral("DIR"));
    const QCommandLineOption embedClips(
        QStringLiteral("embed-clips"),
        QStringLiteral("html: put each focus moment's clip inside the sheet, playable offline."));
    const QCommandLineOption before(QStringLiteral("clip-before"),
                                    QStringLiteral("Context before a focus moment (default 5)."),
                                    QStringLiteral("SECONDS"), QStringLiteral("5"));
    const QCommandLineOption after(QStringLiteral("clip-after"),
                                   QStringLiteral("Context after a focus moment (default 10)."),
                                   QStringLiteral("SECONDS"), QStringLiteral("10"));
    const QCommandLineOption includePrivate(
        QStringLiteral("include-private"),
        QStringLiteral("The manager's own archive with private notes marked (json, eaf, "
                       "audacity or textgrid)."));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    QStringLiteral("The file to write."), QStringLiteral("OUT"));
    cmd.parser().addOptions(
        {session, format, paper, clips, embedClips, before, after, includePrivate, output});
    cmd.parser().addPositionalArgument(QStringLiteral("REC"),
                                       QStringLiteral("Recording id (or use --session)."));
    if (int rc = cmd.parse(args, 0, 1); rc >= 0)
        return rc;

    if (cmd.isSet(session) == !cmd.positional(0).isEmpty())
        return cmd.fail(QStringLiteral("name either a recording id or --session ID"), 2);
    if (!cmd.isSet(output))
        return cmd.fail(QStringLiteral("-o OUT is required"), 2);
    ExportRequest request;
    request.databasePath =
        global.databasePath.isEmpty() ? Store::defaultPath() : global.databasePath;
    request.outputPath = cmd.value(output);
    // The format the output's extension names, if any: out.pdf, notes.vtt, archive.eaf.
    const QString suffix = QFileInfo(request.outputPath).suffix().toLower();
    const bool suffixNamesFormat = cmd.isSet(includePrivate)
                                       ? archiveFormatFromName(suffix).has_value()
                                       : exportFormatFromName(suffix).has_value();
    const QString allFormats =
        (exportFormatNames() + interchangeFormatNames()).join(QStringLiteral(", "));
    if (!cmd.isSet(format) && !suffixNamesFormat)
        return cmd.fail(QStringLiteral("--format is required: the extension of %1 names no %2")
                            .arg(QFileInfo(request.outputPath).fileName(),
                                 cmd.isSet(includePrivate)
                                     ? QStringLiteral("archive format (json, eaf, textgrid)")
                                     : QStringLiteral("format (%1)").arg(allFormats)),
                        2);
    const QString formatName = cmd.isSet(format) ? cmd.value(format) : suffix;
    if (cmd.isSet(includePrivate)) {
        request.archive = archiveFormatFromName(formatName);
        if (!request.archive)
            return cmd.fail(QStringLiteral("--include-private writes json, eaf, audacity or "
                                           "textgrid only, not '%1'")
                                .arg(formatName),
                            2);
    } else {
        const auto chosen = exportFormatFromName(formatName);
        if (!chosen)
            return cmd.fail(
                QStringLiteral("unknown format '%1': use %2").arg(formatName, allFormats), 2);
        request.format = *chosen;
    }
    // Both given and at odds (--format html -o x.pdf): written as asked, but said.
    const QString chosenName =
        request.archive ? archiveFormatName(*request.archive) : exportFormatName(request.format);
    const auto suffixFormat = exportFormatFromName(suffix);
    const QString suffixName = suffixFormat ? exportFormatName(*suffixFormat) : suffix;
    const QString mismatch =
        cmd.isSet(format) && suffixNamesFormat && suffixName != chosenName
            ? QStringLiteral("%1 holds %2, not what its extension says (%3)")
                  .arg(QFileInfo(request.outputPath).fileName(), chosenName, suffixName)
            : QString();
    const auto paperSize = paperFromName(cmd.value(paper));
    if (!paperSize)
        return cmd.fail(QStringLiteral("--paper must be a4 or letter"), 2);
    request.options.paper = *paperSize;
    if (cmd.isSet(embedClips) && (request.archive || request.format != ExportFormat::Html))
        return cmd.fail(QStringLiteral("--embed-clips is for the html sheet"), 2);
    if (cmd.isSet(embedClips) && cmd.isSet(clips))
        return cmd.fail(QStringLiteral("either --embed-clips or --clips DIR, not both"), 2);
    request.embedClips = cmd.isSet(embedClips);
    if (cmd.isSet(clips) || request.embedClips) {
        request.clipsDir = cmd.isSet(clips) ? cmd.value(clips) : QString();
        const auto beforeMs = cmd.time(cmd.value(before));
        const auto afterMs = cmd.time(cmd.value(after));
        if (!beforeMs || !afterMs)
            return 2;
        request.clipBeforeMs = *beforeMs;
        request.clipAfterMs = *afterMs;
    }

    auto store = cmd.openStore(global);
    if (!store)
        return 1;
    if (cmd.isSet(session)) {
        const auto id = cmd.id(cmd.value(session), QStringLiteral("session"));
        if (!id)
            return 1;
        auto found = store->session(*id);
        if (!found)
            return cmd.fail(found.error().message);
        request.sessionId = found->id;
    } else {
        const auto rec = cmd.id(cmd.positional(0), QStringLiteral("recording"));
        if (!rec)
            return 1;
        auto current = store->currentSession(*rec);
        if (!current)
            return cmd.fail(current.error().message);
        request.sessionId = current->id;
    }
    store.reset();

    media::NoProgress progress;
    media::CancelToken cancel;
    auto report = runDebriefExport(request, progress, cancel);
    if (!report)
        return cmd.fail(report.error().message);
    if (!mismatch.isEmpty())
        report->warnings.prepend(mismatch);
    for (const QString& warning : report->warnings)
        QTextStream(stderr) << "coachtrack export: warning: " << warning << '\n';
    cmd.out() << "wrote " << QFileInfo(report->outputPath).absoluteFilePath() << '\n';
    for (const QString& clip : report->clips)
        cmd.out() << "clip  " << QFileInfo(clip).absoluteFilePath() << '\n';
    if (!request.archive)
        publishOnExport(cmd, global, request.sessionId);
    return 0;
}

} // namespace coachtrack::app::cli
