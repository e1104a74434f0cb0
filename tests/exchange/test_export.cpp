// Debrief sheet and exports: private text never reaches any format (checked with other
// people's tools: pdftotext, unzip, a strict CSV reader, ffmpeg's WebVTT demuxer, xmllint),
// and every format carries the shareable notes exactly.
#include "annotations/StoreFixture.h"
#include "exchange/export/Exporter.h"
#include "exchange/pictures/TimelinePicture.h"
#include "support/Fixtures.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTextDocument>
#include <array>

using namespace coachtrack::annotations;
using namespace coachtrack::exchange;
using namespace coachtrack::testing;

namespace {

const QString kCanary = QStringLiteral("ZEBRACANARY");
const QString kTagCanary = QStringLiteral("TAGCANARY");

// A library in a file (the path must not leak either) with notes of both tracks.
struct SampleLibrary
{
    TempDir dir;
    QString dbPath = dir.file(QStringLiteral("secret-folder-library.sqlite"));
    StoreFixture f{dbPath};
    int64_t twin = 0;

    SampleLibrary()
    {
        f.shareable(5'000, QStringLiteral("Great opener, you asked about their process."));
        f.shareable(65'000, QStringLiteral("Anchor the value before the price."), true);
        f.shareable(30'000, QStringLiteral("Pause after a question."), true);
        f.privateNote(31'000, kCanary + QStringLiteral(" rambling again"));
        auto tagged = f.store->addPrivateNote(
            {f.sessionId, 40'000, 45'000, kCanary + QStringLiteral(" second"), kTagCanary, {}});
        REQUIRE(tagged.has_value());
        const int64_t vent = f.privateNote(90'000, kCanary + QStringLiteral(" price dump"));
        auto rephrased = f.store->rephrase(vent, QStringLiteral("Ask for the budget first."));
        REQUIRE(rephrased.has_value());
        twin = rephrased->id;
        REQUIRE(f.store
                    ->updateSession(f.sessionId,
                                    {QStringLiteral("Discovery depth"),
                                     QStringLiteral("Send the business case"), QDate(2026, 12, 1),
                                     std::nullopt, std::nullopt, std::nullopt, std::nullopt})
                    .has_value());
    }

    DebriefSheet sheet()
    {
        auto s = f.store->debriefSheet(f.sessionId);
        INFO((s ? std::string() : s.error().message.toStdString()));
        REQUIRE(s.has_value());
        return *s;
    }
};

// The text a reader of the exported file sees (PDF through pdftotext, ODT unzipped).
QString readableText(ExportFormat format, const QByteArray& bytes, const TempDir& dir)
{
    const QString path =
        writeFile(dir.file(QStringLiteral("out.") + exportFormatName(format)), bytes);
    if (format == ExportFormat::Pdf) {
        const ToolRun r = runTool(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
        REQUIRE(r.exitCode == 0);
        return r.text().normalized(QString::NormalizationForm_KC); // ligatures (ﬁ) back to letters
    }
    if (format == ExportFormat::Odt) {
        const ToolRun list = runTool(QStringLiteral("unzip"), {QStringLiteral("-tq"), path});
        INFO(list.text().toStdString());
        REQUIRE(list.exitCode == 0);
        const ToolRun r = runTool(QStringLiteral("unzip"), {QStringLiteral("-p"), path});
        REQUIRE(r.exitCode == 0);
        return QString::fromUtf8(
            r.out); // every part of the package: content, styles, meta, manifest
    }
    return QString::fromUtf8(bytes);
}

QString randomText(QRandomGenerator& rng)
{
    static const QStringList pieces = {
        QStringLiteral("comma, here"),   QStringLiteral("\"quoted\""),
        QStringLiteral("line\nbreak"),   QStringLiteral("a <b>tag</b>"),
        QStringLiteral("R&D"),           QStringLiteral("arrow --> there"),
        QStringLiteral("Zoë café 東京"), QStringLiteral("# not a heading"),
        QStringLiteral("*stars*"),       QStringLiteral("1. listed"),
        QStringLiteral("pipe | cell"),   QStringLiteral("plain words")};
    QStringList parts;
    const int n = 1 + rng.bounded(4);
    for (int i = 0; i < n; ++i)
        parts << pieces[rng.bounded(int(pieces.size()))];
    return parts.join(QLatin1Char(' '));
}

} // namespace

TEST_CASE("the export view is read with every private table locked away",
          "[annotations][export][privacy]")
{
    SampleLibrary lib;
    for (const char* sql :
         {"SELECT count(*) FROM private_notes",
          "SELECT count(*) FROM private_fts WHERE private_fts MATCH 'x'",
          "SELECT count(*) FROM private_fts_data",
          "SELECT count(*) FROM sessions s JOIN private_notes p ON p.session_id = s.id"}) {
        auto denied = lib.f.store->probeUnderPrivacyGuard(QString::fromLatin1(sql));
        INFO(sql);
        REQUIRE_FALSE(denied.has_value());
        INFO(denied.error().message.toStdString());
        CHECK((denied.error().message.contains(QStringLiteral("prohibited")) ||
               denied.error().message.contains(QStringLiteral("not authorized"))));
    }
    auto allowed =
        lib.f.store->probeUnderPrivacyGuard(QStringLiteral("SELECT count(*) FROM shareable_notes"));
    REQUIRE(allowed.has_value());
    CHECK(*allowed == 4);
    // The guard is lifted afterwards: the manager's own views still work.
    CHECK(lib.f.store->privateNotes(lib.f.sessionId)->size() == 3);
}

TEST_CASE("the debrief sheet holds the session's shareable side, in time order, focus numbered",
          "[annotations][export]")
{
    SampleLibrary lib;
    const DebriefSheet sheet = lib.sheet();
    CHECK(sheet.repName == u"Alex");
    CHECK(sheet.callTitle == u"Acme discovery");
    CHECK(sheet.objectives == u"Discovery depth");
    CHECK(sheet.nextCoachingDate == QDate(2026, 12, 1));
    REQUIRE(sheet.notes.size() == 4);
    for (size_t i = 1; i < sheet.notes.size(); ++i)
        CHECK(sheet.notes[i - 1].startMs <= sheet.notes[i].startMs);
    REQUIRE(sheet.focus.size() == 2);
    CHECK(sheet.focus[0].number == 1);
    CHECK(sheet.focus[0].note.startMs == 30'000);
    CHECK(sheet.focus[1].note.startMs == 65'000);
    CHECK(int(sheet.focus.size()) <= sheet.focusCap);
    CHECK(sheet.lastTime.empty());
}

TEST_CASE("focus items of the rep's previous session are carried with their status now",
          "[annotations][export]")
{
    StoreFixture f;
    const int64_t earlier = f.shareable(10'000, QStringLiteral("Ask about budget first"), true);
    f.shareable(20'000, QStringLiteral("Not a focus item"));
    REQUIRE(f.store->setFocusStatus(earlier, FocusStatus::Achieved).has_value());
    auto rec = f.store->addRecording(newRecording(
        QStringLiteral("/calls/second.mp3"), QStringLiteral("fp-2"), 300'000, QDate(2026, 11, 9),
        QStringLiteral("Second call"), QStringLiteral("Alex"), {}, Outcome::Won));
    REQUIRE(rec.has_value());
    auto other = f.store->addRecording(
        newRecording(QStringLiteral("/calls/other.mp3"), QStringLiteral("fp-3"), 300'000, {},
                     QStringLiteral("Someone else"), QStringLiteral("Sam")));
    REQUIRE(other.has_value());
    auto otherSession = f.store->currentSession(other->id);
    REQUIRE(f.store
                ->addShareableNote(
                    {otherSession->id, 1000, {}, QStringLiteral("Sam's item"), {}, {}}, true)
                .has_value());
    auto session = f.store->currentSession(rec->id);
    REQUIRE(session.has_value());
    auto sheet = f.store->debriefSheet(session->id);
    REQUIRE(sheet.has_value());
    REQUIRE(sheet->lastTime.size() == 1);
    CHECK(sheet->lastTime[0].text == u"Ask about budget first");
    CHECK(sheet->lastTime[0].status == FocusStatus::Achieved);
    CHECK(sheet->lastTime[0].callTitle == u"Acme discovery");
    // The first session has nothing before it.
    CHECK(f.store->debriefSheet(f.sessionId)->lastTime.empty());
}

TEST_CASE("no private text, tag, count or database path reaches any export format",
          "[annotations][export][privacy]")
{
    SampleLibrary lib;
    DebriefSheet sheet = lib.sheet();
    TimelineLanes lanes{{std::vector<float>(300, 0.5f), std::vector<float>(300, 0.2f)},
                        {QStringLiteral("You"), QStringLiteral("Buyer")}};
    sheet.durationMs = 600'000;
    sheet.timeline = renderTimeline(sheet, lanes);
    sheet.talk = DebriefTalk{true, 0.61, 36'000, 8'000, 600, 9.5, {}};
    TempDir out;
    for (const QString& name : exportFormatNames() + interchangeFormatNames()) {
        const ExportFormat format = *exportFormatFromName(name);
        INFO("format " << name.toStdString());
        const QString text = readableText(format, renderDebrief(sheet, format), out).simplified();
        CHECK_FALSE(text.contains(kCanary));
        CHECK_FALSE(text.contains(kTagCanary));
        CHECK_FALSE(text.contains(QStringLiteral("private"), Qt::CaseInsensitive));
        CHECK_FALSE(text.contains(QStringLiteral("secret-folder")));
        CHECK_FALSE(text.contains(lib.dir.path()));
        // The shareable side is all there, including the rephrased twin.
        CHECK(text.contains(QStringLiteral("Ask for the budget first")));
        CHECK(text.contains(QStringLiteral("Pause after a question")));
    }
}

TEST_CASE("the manager's archive marks every private note as private",
          "[annotations][export][archive]")
{
    SampleLibrary lib;
    auto archive = lib.f.store->archiveSheet(lib.f.sessionId);
    REQUIRE(archive.has_value());
    REQUIRE(archive->privateNotes.size() == 3);
    const QJsonObject json =
        QJsonDocument::fromJson(renderArchive(*archive, ArchiveFormat::Json)).object();
    CHECK(json.value(QStringLiteral("includesPrivate")).toBool());
    const QJsonArray privateNotes = json.value(QStringLiteral("privateNotes")).toArray();
    REQUIRE(privateNotes.size() == 3);
    for (const auto& n : privateNotes)
        CHECK(n.toObject().value(QStringLiteral("track")).toString() == u"private");
    for (const auto& n : json.value(QStringLiteral("notes")).toArray())
        CHECK_FALSE(n.toObject().value(QStringLiteral("text")).toString().contains(kCanary));

    TempDir dir;
    const QString eaf = writeFile(dir.file(QStringLiteral("archive.eaf")),
                                  renderArchive(*archive, ArchiveFormat::Eaf));
    const ToolRun valid =
        runTool(QStringLiteral("xmllint"),
                {QStringLiteral("--noout"), QStringLiteral("--schema"),
                 sharedDir() + QStringLiteral("/conformance/eaf/pympi_EAFv3.0.xsd"), eaf});
    INFO(valid.err.toStdString());
    CHECK(valid.exitCode == 0);
    const QString text = QString::fromUtf8(readFile(eaf));
    CHECK(text.count(QStringLiteral("[private] ") + kCanary) == 3);
    CHECK(text.contains(QStringLiteral("TIER_ID=\"Private (manager only)\"")));
}

TEST_CASE("notes survive CSV, WebVTT, JSON and HTML exactly, whatever they say",
          "[annotations][export][property]")
{
    StoreFixture f;
    QRandomGenerator rng(20261124);
    QStringList texts;
    for (int i = 0; i < 25; ++i) {
        const QString text = randomText(rng);
        texts << text;
        f.shareable(int64_t(i) * 7'000 + rng.bounded(5000), text, i % 9 == 0);
    }
    auto sheet = f.store->debriefSheet(f.sessionId);
    REQUIRE(sheet.has_value());
    TempDir dir;

    // CSV through Python's csv module in strict mode: same rows, same texts.
    const QString csv =
        writeFile(dir.file(QStringLiteral("notes.csv")), renderDebrief(*sheet, ExportFormat::Csv));
    const ToolRun parsed =
        runTool(QStringLiteral("python3"),
                {QStringLiteral("-c"),
                 QStringLiteral("import csv, json, sys\n"
                                "rows = list(csv.reader(open(sys.argv[1], newline='', "
                                "encoding='utf-8'), strict=True))\n"
                                "assert all(len(r) == len(rows[0]) for r in rows)\n"
                                "print(json.dumps([r[6] for r in rows[1:]]))"),
                 csv});
    INFO(parsed.err.toStdString());
    REQUIRE(parsed.exitCode == 0);
    QStringList fromCsv;
    for (const auto& v : QJsonDocument::fromJson(parsed.out).array())
        fromCsv << v.toString();
    QStringList expected;
    for (const ShareableNote& n : sheet->notes)
        expected << n.text;
    CHECK(fromCsv == expected);
    CHECK(readFile(csv).contains("\r\n"));

    // WebVTT through ffmpeg's demuxer: every cue read back.
    const QString vtt =
        writeFile(dir.file(QStringLiteral("notes.vtt")), renderDebrief(*sheet, ExportFormat::Vtt));
    const ToolRun srt =
        runTool(QStringLiteral("ffmpeg"),
                {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-i"), vtt,
                 QStringLiteral("-f"), QStringLiteral("srt"), QStringLiteral("-")});
    INFO(srt.err.toStdString());
    REQUIRE(srt.exitCode == 0);
    CHECK(srt.err.isEmpty());
    static const QRegularExpression timing(
        QStringLiteral("^\\d\\d:\\d\\d:\\d\\d,\\d{3} --> \\d\\d:\\d\\d:\\d\\d,\\d{3}$"),
        QRegularExpression::MultilineOption);
    CHECK(srt.text().count(timing) == int(sheet->notes.size()));
    CHECK(srt.text().contains(QStringLiteral("Zoë café 東京")) ==
          expected.join(QString()).contains(QStringLiteral("Zoë café 東京")));

    // JSON: the same texts in the same order.
    const QJsonArray notes = QJsonDocument::fromJson(renderDebrief(*sheet, ExportFormat::Json))
                                 .object()
                                 .value(QStringLiteral("notes"))
                                 .toArray();
    REQUIRE(notes.size() == qsizetype(expected.size()));
    for (qsizetype i = 0; i < notes.size(); ++i)
        CHECK(notes[i].toObject().value(QStringLiteral("text")).toString() == expected[i]);

    // HTML: what a reader sees holds every note (tags shown as text, not markup).
    QTextDocument doc;
    doc.setHtml(QString::fromUtf8(renderDebrief(*sheet, ExportFormat::Html)));
    const QString shown = doc.toPlainText();
    for (const QString& text : expected)
        for (const QString& line : text.split(QLatin1Char('\n')))
            CHECK(shown.contains(line));
}

TEST_CASE("a CSV cell that a spreadsheet would run as a formula starts with an apostrophe",
          "[annotations][export][csv]")
{
    StoreFixture f;
    // Note text and tags as written, and the text and tags cells a CSV reader gets back.
    const QList<std::array<QString, 4>> cases = {
        {QStringLiteral("=SUM(A1:A9)"), {}, QStringLiteral("'=SUM(A1:A9)"), {}},
        {QStringLiteral("+1 555 0100 call back"), {}, QStringLiteral("'+1 555 0100 call back"), {}},
        {QStringLiteral("-5% discount"), {}, QStringLiteral("'-5% discount"), {}},
        {QStringLiteral("@CFO should join"), {}, QStringLiteral("'@CFO should join"), {}},
        // The store trims a note's text, not its tags: the tab and the carriage return in tags.
        {QStringLiteral("Tab"), QStringLiteral("\t=1+2"), QStringLiteral("Tab"),
         QStringLiteral("'\t=1+2")},
        {QStringLiteral("CR"), QStringLiteral("\r=1+2"), QStringLiteral("CR"),
         QStringLiteral("'\r=1+2")},
        {QStringLiteral("=HYPERLINK(\"http://x.test\",\"open\")"), QStringLiteral("-cmd"),
         QStringLiteral("'=HYPERLINK(\"http://x.test\",\"open\")"), QStringLiteral("'-cmd")},
        {QStringLiteral("Plain advice, a = b"), QStringLiteral("tone"),
         QStringLiteral("Plain advice, a = b"), QStringLiteral("tone")},
    };
    for (int i = 0; i < cases.size(); ++i)
        REQUIRE(
            f.store
                ->addShareableNote({f.sessionId, 1'000 * (i + 1), {}, cases[i][0], cases[i][1], {}})
                .has_value());
    const QByteArray csv = renderDebrief(*f.store->debriefSheet(f.sessionId), ExportFormat::Csv);

    // The exact bytes of a few rows' last two cells: prefixed, then quoted only when needed.
    CHECK(csv.contains(",,,'=SUM(A1:A9),\r\n"));
    CHECK(csv.contains(",,,'-5% discount,\r\n"));
    CHECK(csv.contains(",,,Tab,'\t=1+2\r\n"));
    CHECK(csv.contains(",,,CR,\"'\r=1+2\"\r\n"));
    CHECK(csv.contains(",,,\"'=HYPERLINK(\"\"http://x.test\"\",\"\"open\"\")\",'-cmd\r\n"));
    CHECK(csv.contains(",,,\"Plain advice, a = b\",tone\r\n"));

    // Every cell as a strict CSV reader gets it.
    TempDir dir;
    const ToolRun parsed =
        runTool(QStringLiteral("python3"),
                {QStringLiteral("-c"),
                 QStringLiteral("import csv, json, sys\n"
                                "rows = list(csv.reader(open(sys.argv[1], newline='', "
                                "encoding='utf-8'), strict=True))\n"
                                "print(json.dumps([[r[6], r[7]] for r in rows[1:]]))"),
                 writeFile(dir.file(QStringLiteral("notes.csv")), csv)});
    INFO(parsed.err.toStdString());
    REQUIRE(parsed.exitCode == 0);
    const QJsonArray rows = QJsonDocument::fromJson(parsed.out).array();
    REQUIRE(rows.size() == cases.size());
    for (int i = 0; i < cases.size(); ++i) {
        INFO(cases[i][0].toStdString());
        CHECK(rows[i].toArray()[0].toString() == cases[i][2]);
        CHECK(rows[i].toArray()[1].toString() == cases[i][3]);
    }
}

TEST_CASE("a WebVTT cue never outlasts the call and a note's end is kept", "[annotations][export]")
{
    StoreFixture f; // the call is 10 minutes long
    REQUIRE(
        f.store
            ->addShareableNote({f.sessionId, 597'000, {}, QStringLiteral("Near the end"), {}, {}})
            .has_value());
    REQUIRE(f.store->addShareableNote({f.sessionId, 1'000, 4'500, QStringLiteral("Ranged"), {}, {}})
                .has_value());
    const QString vtt =
        QString::fromUtf8(renderDebrief(*f.store->debriefSheet(f.sessionId), ExportFormat::Vtt));
    CHECK(vtt.startsWith(QStringLiteral("WEBVTT\n")));
    CHECK(vtt.contains(QStringLiteral("00:00:01.000 --> 00:00:04.500\nRanged")));
    CHECK(vtt.contains(QStringLiteral("00:09:57.000 --> 00:10:00.000\nNear the end")));
}

TEST_CASE("PDF comes in A4 and Letter with the fonts embedded", "[annotations][export][pdf]")
{
    SampleLibrary lib;
    TempDir dir;
    for (const auto& [paper, size] :
         {std::pair{Paper::A4, QStringLiteral("(A4)")},
          std::pair{Paper::Letter, QStringLiteral("612 x 792 pts (letter)")}}) {
        const QString pdf = writeFile(dir.file(QStringLiteral("sheet.pdf")),
                                      renderDebrief(lib.sheet(), ExportFormat::Pdf, {paper}));
        const ToolRun info = runTool(QStringLiteral("pdfinfo"), {pdf});
        REQUIRE(info.exitCode == 0);
        CHECK(info.text().contains(size));
        CHECK(info.text().contains(QStringLiteral("Debrief: Acme discovery")));
        const ToolRun fonts = runTool(QStringLiteral("pdffonts"), {pdf});
        const QStringList lines = fonts.text().split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2);
        CHECK_FALSE(lines.isEmpty());
        for (const QString& line : lines) {
            const QStringList columns = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
            INFO(line.toStdString());
            REQUIRE(columns.size() >= 5);
            CHECK(columns[columns.size() - 5] == u"yes"); // "emb"
        }
    }
}

TEST_CASE("an ODT export opens in LibreOffice when it is installed", "[annotations][export][odt]")
{
    if (!hasTool(QStringLiteral("soffice")) && !hasTool(QStringLiteral("libreoffice"))) {
        WARN("LibreOffice is not installed: the ODT was checked by unzip only (see the privacy "
             "test)");
        return;
    }
    SampleLibrary lib;
    TempDir dir;
    const QString odt = writeFile(dir.file(QStringLiteral("sheet.odt")),
                                  renderDebrief(lib.sheet(), ExportFormat::Odt));
    const QString office = hasTool(QStringLiteral("soffice")) ? QStringLiteral("soffice")
                                                              : QStringLiteral("libreoffice");
    const ToolRun r =
        runTool(office, {QStringLiteral("--headless"), QStringLiteral("--convert-to"),
                         QStringLiteral("pdf"), QStringLiteral("--outdir"), dir.path(), odt});
    REQUIRE(r.exitCode == 0);
    const ToolRun text = runTool(QStringLiteral("pdftotext"),
                                 {dir.file(QStringLiteral("sheet.pdf")), QStringLiteral("-")});
    CHECK(text.text().contains(QStringLiteral("Pause after a question")));
}

TEST_CASE("an export that cannot be written says where and why, and leaves no partial file",
          "[annotations][export][errors]")
{
    TempDir dir;
    auto missing = writeExportFile("data", dir.file(QStringLiteral("no/such/folder/out.pdf")));
    REQUIRE_FALSE(missing.has_value());
    CHECK(missing.error().message.contains(dir.file(QStringLiteral("no/such/folder/out.pdf"))));
    const QString existing = writeFile(dir.file(QStringLiteral("keep.csv")), "old contents");
    QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::ExeOwner);
    auto readOnly = writeExportFile("new", existing);
    QFile::setPermissions(dir.path(),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    if (readOnly.has_value()) {
        WARN("running as root: a read-only folder is writable here");
    } else {
        CHECK(readOnly.error().message.contains(existing));
        CHECK(readFile(existing) == "old contents");
    }
}
