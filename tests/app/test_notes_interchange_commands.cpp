// `coachtrack export --format eaf|audacity|textgrid` and `coachtrack note import` end to end on
// the demo call: private text only with --include-private, round trips through every format,
// the conformance files of ../shared imported by tier, and refusals that change nothing.
#include "CliLibrary.h"

#include <QFileInfo>
#include <QJsonObject>
#include <set>
#include <sys/stat.h>
#include <tuple>

using namespace coachtrack::testing;

namespace {

const QString kCanary = QStringLiteral("NARWHALCANARY");
const QStringList kFormats = {QStringLiteral("eaf"), QStringLiteral("audacity"),
                              QStringLiteral("textgrid")};

QString conformance(const QString& name)
{
    return sharedDir() + QStringLiteral("/conformance/") + name;
}

// The demo call with shareable notes (a point, spans, a quote and a tab) and a private canary.
struct Reviewed
{
    Library lib;
    QString rec;
    Reviewed()
    {
        rec = lib.ok({QStringLiteral("add"), demoCallPath(), QStringLiteral("--rep"),
                      QStringLiteral("Alex")});
        lib.ok(noteArgs(rec, QStringLiteral("shareable"), QStringLiteral("0:05"),
                        QStringLiteral("Great opener")));
        lib.ok(noteArgs(rec, QStringLiteral("shareable"), QStringLiteral("0:20"),
                        QStringLiteral("Ask about \"budget\" first, Zoë")) +
               QStringList{QStringLiteral("--end"), QStringLiteral("0:31.5")});
        lib.ok(noteArgs(rec, QStringLiteral("shareable"), QStringLiteral("1:10"),
                        QStringLiteral("Pause after the question")) +
               QStringList{QStringLiteral("--end"), QStringLiteral("1:12")});
        lib.ok(noteArgs(rec, QStringLiteral("private"), QStringLiteral("0:40"),
                        kCanary + QStringLiteral(" rambling")));
    }
    ToolRun exportAs(const QString& format, const QString& out, const QStringList& extra = {}) const
    {
        return lib.run(QStringList{QStringLiteral("export"), rec, QStringLiteral("--format"),
                                   format, QStringLiteral("-o"), out} +
                       extra);
    }
};

using NoteRow = std::tuple<qint64, qint64, QString>; // start, end (-1: none), text

std::multiset<NoteRow> rows(const QJsonArray& notes)
{
    std::multiset<NoteRow> out;
    for (const auto& v : notes) {
        const QJsonObject n = v.toObject();
        out.insert(
            {n[QStringLiteral("start_ms")].toInteger(),
             n[QStringLiteral("end_ms")].isNull() ? -1 : n[QStringLiteral("end_ms")].toInteger(),
             n[QStringLiteral("text")].toString()});
    }
    return out;
}

} // namespace

TEST_CASE("notes go to ELAN, Audacity and Praat without a private word unless asked for",
          "[app][cli][interchange][privacy]")
{
    Reviewed r;
    for (const QString& format : kFormats) {
        INFO(format.toStdString());
        const QString out = r.lib.file(QStringLiteral("notes.") + format);
        const ToolRun shared = r.exportAs(format, out);
        INFO(shared.err.toStdString());
        REQUIRE(shared.exitCode == 0);
        CHECK(shared.text() == QStringLiteral("wrote %1\n").arg(QFileInfo(out).absoluteFilePath()));
        CHECK(shared.err.isEmpty());
        const QByteArray bytes = readFile(out);
        CHECK(bytes.contains("Pause after the question"));
        CHECK_FALSE(bytes.contains(kCanary.toUtf8()));
        CHECK_FALSE(
            QString::fromUtf8(bytes).contains(QStringLiteral("private"), Qt::CaseInsensitive));

        const QString archive = r.lib.file(QStringLiteral("archive.") + format);
        REQUIRE(r.exportAs(format, archive, {QStringLiteral("--include-private")}).exitCode == 0);
        CHECK(readFile(archive).contains(
            (QStringLiteral("[private] ") + kCanary + QStringLiteral(" rambling")).toUtf8()));
        struct stat st
        {
        };
        REQUIRE(::stat(QFile::encodeName(archive).constData(), &st) == 0);
        CHECK((st.st_mode & 0777) == 0600);
    }
    CHECK(readFile(r.lib.file(QStringLiteral("notes.audacity")))
              .startsWith("5.000000\t5.000000\tGreat opener\n20.000000\t31.500000\tAsk about"));
    const ToolRun valid =
        runTool(QStringLiteral("xmllint"), {QStringLiteral("--noout"), QStringLiteral("--schema"),
                                            conformance(QStringLiteral("eaf/pympi_EAFv3.0.xsd")),
                                            r.lib.file(QStringLiteral("notes.eaf"))});
    INFO(valid.err.toStdString());
    CHECK(valid.exitCode == 0);
}

TEST_CASE("notes exported to each format come back by note import", "[app][cli][interchange]")
{
    for (const QString& format : kFormats) {
        INFO(format.toStdString());
        Reviewed r;
        const QString out = r.lib.file(QStringLiteral("notes.") + format);
        REQUIRE(r.exportAs(format, out).exitCode == 0);
        // Into the other track of the same call: the two tracks then list the same notes.
        const ToolRun imported =
            r.lib.run({QStringLiteral("note"), QStringLiteral("import"), r.rec, out,
                       QStringLiteral("--track"), QStringLiteral("private")});
        INFO(imported.err.toStdString());
        REQUIRE(imported.exitCode == 0);
        CHECK(
            imported.text() ==
            QStringLiteral("imported 3 notes into the private track of recording %1\n").arg(r.rec));
        std::multiset<NoteRow> expected =
            rows(r.lib.notes(r.rec, {QStringLiteral("--track"), QStringLiteral("shareable")}));
        if (format == u"eaf") { // ELAN has no points: the note at 0:05 lasts 6 s there
            expected.erase(expected.find({5'000, -1, QStringLiteral("Great opener")}));
            expected.insert({5'000, 11'000, QStringLiteral("Great opener")});
        }
        std::multiset<NoteRow> back =
            rows(r.lib.notes(r.rec, {QStringLiteral("--track"), QStringLiteral("private")}));
        back.erase(std::find_if(back.begin(), back.end(), [](const NoteRow& row) {
            return std::get<2>(row).startsWith(kCanary);
        }));
        CHECK(back == expected);
    }
}

TEST_CASE("note import reads ELAN, Praat and Audacity files by tier", "[app][cli][interchange]")
{
    Reviewed r;
    const auto import = [&](const QString& file, const QStringList& extra) {
        return r.lib.run(QStringList{QStringLiteral("note"), QStringLiteral("import"), r.rec, file,
                                     QStringLiteral("--track"), QStringLiteral("shareable")} +
                         extra);
    };
    // Several tiers with annotations: the user chooses, from the list the error gives.
    const QString turkish = conformance(QStringLiteral("eaf/poio_turkish.eaf"));
    const ToolRun ask = import(turkish, {});
    CHECK(ask.exitCode == 2);
    CHECK(ask.err.contains(QStringLiteral("5 tiers with annotations")));
    CHECK(ask.err.contains(QStringLiteral("\u201CP-Spch\u201D (9 annotations)")));
    CHECK(ask.err.count(u'\n') == 1);
    const ToolRun spch = import(turkish, {QStringLiteral("--tier"), QStringLiteral("P-Spch")});
    INFO(spch.err.toStdString());
    CHECK(spch.exitCode == 0);
    CHECK(spch.text().startsWith(QStringLiteral("imported 9 notes into the shareable track")));
    const QJsonArray notes =
        r.lib.notes(r.rec, {QStringLiteral("--track"), QStringLiteral("shareable")});
    CHECK(rows(notes).count({40, 3'590, QStringLiteral("dün akşam koşa koşa eve geldim")}) == 1);

    // A Praat tier with a gap: the empty interval is left out, and said so.
    const ToolRun grid =
        import(conformance(QStringLiteral("textgrid/phonfieldwork_test_short.TextGrid")),
               {QStringLiteral("--tier"), QStringLiteral("intervals")});
    CHECK(grid.exitCode == 0);
    CHECK(grid.text().startsWith(QStringLiteral("imported 4 notes")));
    CHECK(grid.err.contains(QStringLiteral("skipped 1 unlabelled interval or point")));
    CHECK(r.lib.notes(r.rec, {QStringLiteral("--track"), QStringLiteral("shareable")}).size() ==
          3 + 9 + 4);
}

TEST_CASE("note import refuses what it cannot use and changes nothing",
          "[app][cli][interchange][errors]")
{
    Reviewed r;
    const QString broken = writeFile(r.lib.file(QStringLiteral("broken.eaf")),
                                     "<?xml version=\"1.0\"?>\n<ANNOTATION_DOCUMENT>\n"
                                     "<TIER TIER_ID=\"a\">\n</TEIR>\n");
    const QString labels = conformance(QStringLiteral("audacity/phonfieldwork_test_audacity.txt"));
    const QString turkish = conformance(QStringLiteral("eaf/poio_turkish.eaf"));
    const auto import = [&](const QString& file, const QStringList& extra) {
        return QStringList{QStringLiteral("note"), QStringLiteral("import"), r.rec, file} + extra;
    };
    const QStringList shareable = {QStringLiteral("--track"), QStringLiteral("shareable")};
    r.lib.checkRefused({
        import(broken, shareable),
        import(labels, shareable), // its second label starts at 3:51, after the call's end
        import(turkish, shareable + QStringList{QStringLiteral("--tier"), QStringLiteral("Words")}),
        import(turkish, {QStringLiteral("--track"), QStringLiteral("public"),
                         QStringLiteral("--tier"), QStringLiteral("P-Spch")}),
        import(turkish, {QStringLiteral("--tier"), QStringLiteral("P-Spch")}),
        import(labels, shareable + QStringList{QStringLiteral("--tier"), QStringLiteral("x")}),
        import(r.lib.file(QStringLiteral("missing.eaf")), shareable),
        {QStringLiteral("note"), QStringLiteral("import"), QStringLiteral("99"), turkish,
         QStringLiteral("--track"), QStringLiteral("shareable"), QStringLiteral("--tier"),
         QStringLiteral("P-Spch")},
    });
    const auto err = [&](const QStringList& args) { return r.lib.run(args).err; };
    CHECK(err(import(broken, shareable))
              .contains(QStringLiteral("broken.eaf, line 4: the XML is broken")));
    const ToolRun beyond = r.lib.run(import(labels, shareable));
    CHECK(beyond.exitCode == 1);
    CHECK(beyond.err.contains(QStringLiteral("phonfieldwork_test_audacity.txt, line 2: 1 "
                                             "annotation starts after the recording's end")));
    CHECK(
        err(import(turkish,
                   shareable + QStringList{QStringLiteral("--tier"), QStringLiteral("Words")}))
            .contains(QStringLiteral("no tier \u201CWords\u201D; its tiers: \u201CP-Spch\u201D")));
    CHECK(r.lib.run(import(turkish, {QStringLiteral("--track"), QStringLiteral("public")}))
              .exitCode == 2);
    CHECK(err(import(turkish, {QStringLiteral("--tier"), QStringLiteral("P-Spch")}))
              .contains(QStringLiteral("--track private|shareable is required")));
}
