// `coachtrack report REP [--from DATE] [--to DATE] --format pdf|html -o OUT`: a rep's progress
// report, for the rep (shareable only).
#include "app/ProgressReportFile.h"
#include "app/cli/CliContext.h"
#include "app/cli/CliVerbs.h"

#include <QFileInfo>

namespace coachtrack::app::cli {

int runReport(const GlobalOptions& global, const QStringList& args)
{
    CliContext cmd(QStringLiteral("report"),
                   QStringLiteral("A rep's progress report for a period, for the rep: their "
                                  "coaching plan, focus items with each status they had, scores "
                                  "with their own view beside the manager's (the gap), charts "
                                  "over time and the coaching sessions. Shareable only: no "
                                  "private note, and not how the manager phrased the notes."));
    cmd.parser().addPositionalArgument(QStringLiteral("REP"), QStringLiteral("The rep's name."));
    cmd.parser().addOptions(
        {{QStringLiteral("from"),
          QStringLiteral("The first day, YYYY-MM-DD (default: the 1st of this month)."),
          QStringLiteral("DATE")},
         {QStringLiteral("to"), QStringLiteral("The last day, YYYY-MM-DD (default: today)."),
          QStringLiteral("DATE")},
         {QStringLiteral("format"),
          QStringLiteral("pdf or html (default: OUT's extension, .html or .htm for html, else "
                         "pdf)."),
          QStringLiteral("FORMAT")},
         {QStringLiteral("paper"), QStringLiteral("a4 (the default) or letter, for pdf."),
          QStringLiteral("SIZE"), QStringLiteral("a4")},
         {{QStringLiteral("o"), QStringLiteral("output")},
          QStringLiteral("Write to FILE."),
          QStringLiteral("FILE")}});
    if (int rc = cmd.parse(args, 1, 1); rc >= 0)
        return rc;
    // The format: --format, else OUT's extension; a disagreement is written as --format says,
    // with a warning (as `export` does).
    const QString suffix = QFileInfo(cmd.value(QStringLiteral("output"))).suffix().toLower();
    const QString bySuffix = suffix == u"html" || suffix == u"htm" ? QStringLiteral("html")
                             : suffix == u"pdf"                    ? QStringLiteral("pdf")
                                                                   : QString();
    const QString format = cmd.isSet(QStringLiteral("format"))
                               ? cmd.value(QStringLiteral("format")).toLower()
                               : (bySuffix.isEmpty() ? QStringLiteral("pdf") : bySuffix);
    if (format != u"pdf" && format != u"html")
        return cmd.fail(QStringLiteral("--format is pdf or html"), 2);
    const bool mismatch = !bySuffix.isEmpty() && bySuffix != format;
    const auto paper = exchange::paperFromName(cmd.value(QStringLiteral("paper")));
    if (!paper)
        return cmd.fail(QStringLiteral("--paper must be a4 or letter"), 2);
    if (!cmd.isSet(QStringLiteral("output")))
        return cmd.fail(QStringLiteral("say where to write the report with -o FILE"), 2);
    const QDate today = QDate::currentDate();
    std::optional<QDate> from = QDate(today.year(), today.month(), 1), to = today;
    if (cmd.isSet(QStringLiteral("from")))
        from = cmd.date(cmd.value(QStringLiteral("from")));
    if (cmd.isSet(QStringLiteral("to")))
        to = cmd.date(cmd.value(QStringLiteral("to")));
    if (!from || !to)
        return 2;
    if (!from->isValid() || !to->isValid() || *to < *from)
        return cmd.fail(QStringLiteral("the period runs from --from to --to, two dates in order"),
                        2);
    auto store = cmd.openStore(global);
    if (!store)
        return 1;
    auto rep = store->repNamed(cmd.positional(0));
    if (!rep)
        return cmd.fail(rep.error().message);
    const QString output = cmd.value(QStringLiteral("output"));
    if (auto ok = writeProgressReport(*store, rep->id, *from, *to,
                                      format == u"html" ? workflows::ReportFormat::Html
                                                        : workflows::ReportFormat::Pdf,
                                      *paper, output);
        !ok)
        return cmd.fail(ok.error().message);
    if (mismatch)
        cmd.inform(QStringLiteral("warning: %1 holds %2, not what its extension says")
                       .arg(QFileInfo(output).fileName(), format));
    cmd.out() << "wrote " << output << '\n';
    return 0;
}

} // namespace coachtrack::app::cli
