// The rep's progress report from the command line: what it carries (plan, focus items with
// their history, scores and the gap, charts, sessions) and what it never does (private notes
// and tags, the manager's phrasing figures), in PDF (read back by pdftotext) and HTML; and the
// usage errors.
#include "CliLibrary.h"
#include "support/Recordings.h"

#include <QFile>

using namespace coachtrack;
using namespace coachtrack::testing;

namespace {

const QString kCanary = QStringLiteral("CANARY-7f3a he talks too much");
const QString kTagCanary = QStringLiteral("canarytag9");

QString reportText(const QString& path)
{
    if (path.endsWith(QStringLiteral(".pdf"))) {
        // -raw: in the order drawn, so a table cell's lines stay together.
        const ToolRun r = runTool(QStringLiteral("pdftotext"),
                                  {QStringLiteral("-raw"), path, QStringLiteral("-")});
        REQUIRE(r.exitCode == 0);
        // Ligatures (ﬁ) back to letters.
        return QString::fromUtf8(r.out).normalized(QString::NormalizationForm_KC).simplified();
    }
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QString::fromUtf8(f.readAll());
}

} // namespace

TEST_CASE("a rep's progress report carries their plan, focus items and scores, never a private "
          "note",
          "[app][cli][report]")
{
    Library lib;
    const QString rec =
        lib.ok({QStringLiteral("add"), demoCallPath(), QStringLiteral("--rep"),
                QStringLiteral("Ana"), QStringLiteral("--title"), QStringLiteral("Acme renewal")});
    const QString note = lib.ok(
        {QStringLiteral("note"), QStringLiteral("add"), rec, QStringLiteral("--track"),
         QStringLiteral("shareable"), QStringLiteral("--at"), QStringLiteral("5"),
         QStringLiteral("--text"), QStringLiteral("Let the buyer finish the pricing question")});
    lib.ok({QStringLiteral("note"), QStringLiteral("add"), rec, QStringLiteral("--track"),
            QStringLiteral("private"), QStringLiteral("--at"), QStringLiteral("6"),
            QStringLiteral("--text"), kCanary, QStringLiteral("--tags"), kTagCanary});
    lib.ok({QStringLiteral("note"), QStringLiteral("focus"), note});
    lib.ok({QStringLiteral("note"), QStringLiteral("status"), note, QStringLiteral("practising")});
    lib.ok({QStringLiteral("note"), QStringLiteral("plan"), note, QStringLiteral("--text"),
            QStringLiteral("Count to three before answering")});
    lib.ok({QStringLiteral("score"), rec, QStringLiteral("--skill"),
            QStringLiteral("Listening and patience"), QStringLiteral("--manager"),
            QStringLiteral("2"), QStringLiteral("--self"), QStringLiteral("4"),
            QStringLiteral("--comment"), QStringLiteral("Cut in twice on price")});
    lib.ok({QStringLiteral("rep"), QStringLiteral("Ana"), QStringLiteral("plan"),
            QStringLiteral("add"), QStringLiteral("--skill"),
            QStringLiteral("Listening and patience"), QStringLiteral("--target"),
            QStringLiteral("Waits for the buyer to finish")});
    const QString today = QDate::currentDate().toString(Qt::ISODate);

    for (const QString& format : {QStringLiteral("pdf"), QStringLiteral("html")}) {
        INFO(format.toStdString());
        const QString out = lib.file(QStringLiteral("ana.") + format);
        CHECK(lib.ok({QStringLiteral("report"), QStringLiteral("Ana"), QStringLiteral("--from"),
                      QDate::currentDate().addMonths(-1).toString(Qt::ISODate),
                      QStringLiteral("--to"), today, QStringLiteral("--format"), format,
                      QStringLiteral("-o"), out}) == QStringLiteral("wrote ") + out);
        const QString text = reportText(out);
        CHECK(text.contains(QStringLiteral("Coaching progress: Ana")));
        CHECK(text.contains(QStringLiteral("Waits for the buyer to finish")));
        CHECK(text.contains(QStringLiteral("Let the buyer finish the pricing question")));
        CHECK(text.contains(QStringLiteral("Count to three before answering")));
        CHECK(text.contains(QStringLiteral("Cut in twice on price")));
        CHECK(text.contains(QStringLiteral("+2")));
        CHECK(text.contains(QStringLiteral("Practising")));
        CHECK(text.contains(QStringLiteral("Acme renewal")));
        // Never the private track, nor how the manager phrased the notes.
        CHECK_FALSE(text.contains(QStringLiteral("CANARY")));
        CHECK_FALSE(text.contains(kTagCanary));
        CHECK_FALSE(text.contains(QStringLiteral("he talks too much")));
        CHECK_FALSE(text.contains(QStringLiteral("Observations or questions")));
        CHECK_FALSE(text.contains(QStringLiteral("Things to change")));
        if (format == u"html") {
            // The charts are pictures inside the page: scores, the gap, sessions per month.
            CHECK(text.count(QStringLiteral("<img src=\"data:image/png;base64,")) == 3);
            CHECK(text.contains(QStringLiteral("The gap over time")));
        }
    }

    // Without --format the extension says which; a disagreement is written as --format says,
    // with a warning.
    const QString byName = lib.file(QStringLiteral("by-name.html"));
    lib.ok({QStringLiteral("report"), QStringLiteral("Ana"), QStringLiteral("-o"), byName});
    CHECK(reportText(byName).startsWith(QStringLiteral("<!DOCTYPE html>")));
    const ToolRun mixed =
        lib.run({QStringLiteral("report"), QStringLiteral("Ana"), QStringLiteral("--format"),
                 QStringLiteral("pdf"), QStringLiteral("-o"), lib.file(QStringLiteral("x.html"))});
    CHECK(mixed.exitCode == 0);
    CHECK(mixed.err.contains(QStringLiteral("x.html holds pdf, not what its extension says")));

    // A period with nothing in it still reports, and says so.
    const QString empty = lib.file(QStringLiteral("empty.pdf"));
    lib.ok({QStringLiteral("report"), QStringLiteral("Ana"), QStringLiteral("--from"),
            QStringLiteral("2020-01-01"), QStringLiteral("--to"), QStringLiteral("2020-02-29"),
            QStringLiteral("-o"), empty});
    const QString nothing = reportText(empty);
    CHECK(nothing.contains(QStringLiteral("No coaching session in this period.")));
    CHECK(nothing.contains(QStringLiteral("Waits for the buyer")) == false);

    lib.checkRefused({
        {QStringLiteral("report"), QStringLiteral("Bea"), QStringLiteral("-o"),
         lib.file(QStringLiteral("x.pdf"))},
        {QStringLiteral("report"), QStringLiteral("Ana"), QStringLiteral("--format"),
         QStringLiteral("docx"), QStringLiteral("-o"), lib.file(QStringLiteral("x.docx"))},
        {QStringLiteral("report"), QStringLiteral("Ana")},
        {QStringLiteral("report"), QStringLiteral("Ana"), QStringLiteral("--from"),
         QStringLiteral("2026-02-30"), QStringLiteral("-o"), lib.file(QStringLiteral("x.pdf"))},
        {QStringLiteral("report"), QStringLiteral("Ana"), QStringLiteral("--from"), today,
         QStringLiteral("--to"), QStringLiteral("2020-01-01"), QStringLiteral("-o"),
         lib.file(QStringLiteral("x.pdf"))},
        {QStringLiteral("report"), QStringLiteral("Ana"), QStringLiteral("-o"), lib.db()},
    });
}
