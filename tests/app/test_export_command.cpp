// `coachtrack export` end to end on the demo call: every format, the timeline and talk
// metrics from the media engine, clips, the manager's archive, and failures that say what
// went wrong. Private canaries are looked for in every byte that comes out.
#include "CliLibrary.h"

#include <QDir>
#include <QJsonObject>

using namespace coachtrack::testing;

namespace {

const QString kCanary = QStringLiteral("WALRUSCANARY");

// The demo call reviewed: shareable notes (two focus items) and private notes with canaries.
struct ReviewedCall
{
    Library lib;
    QString call = copyOfDemoCall(lib, QStringLiteral("demo call.mp3"));
    QString rec;

    ReviewedCall()
    {
        rec = lib.ok({QStringLiteral("add"), call, QStringLiteral("--rep"), QStringLiteral("Alex"),
                      QStringLiteral("--title"), QStringLiteral("Discovery: Acme/Jordan"),
                      QStringLiteral("--call-date"), QStringLiteral("2026-11-20")});
        lib.ok(noteArgs(rec, QStringLiteral("shareable"), QStringLiteral("0:09.5"),
                        QStringLiteral("Great opener")));
        lib.ok(noteArgs(rec, QStringLiteral("shareable"), QStringLiteral("0:44"),
                        QStringLiteral("Ask what it costs them")) +
               QStringList{QStringLiteral("--focus")});
        lib.ok(noteArgs(rec, QStringLiteral("shareable"), QStringLiteral("2:09"),
                        QStringLiteral("Anchor before the price")) +
               QStringList{QStringLiteral("--focus")});
        lib.ok(noteArgs(rec, QStringLiteral("private"), QStringLiteral("1:05"),
                        kCanary + QStringLiteral(" reading the brochure")) +
               QStringList{QStringLiteral("--tags"), kCanary});
        const QString vent = lib.ok(noteArgs(rec, QStringLiteral("private"), QStringLiteral("2:10"),
                                             kCanary + QStringLiteral(" price dump")));
        lib.ok({QStringLiteral("note"), QStringLiteral("rephrase"), vent, QStringLiteral("--text"),
                QStringLiteral("Budget first")});
    }

    ToolRun exportAs(const QString& format, const QString& out, const QStringList& extra = {}) const
    {
        return lib.run(QStringList{QStringLiteral("export"), rec, QStringLiteral("--format"),
                                   format, QStringLiteral("-o"), out} +
                       extra);
    }
};

QString pdfText(const QString& path)
{
    const ToolRun r = runTool(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    REQUIRE(r.exitCode == 0);
    return r.text().normalized(QString::NormalizationForm_KC);
}

// `ffprobe -show_entries ENTRIES -of json PATH`, REQUIREd to succeed.
ToolRun probeEntries(const QString& path, const QString& entries)
{
    const ToolRun probe =
        runTool(QStringLiteral("ffprobe"),
                {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-show_entries"),
                 entries, QStringLiteral("-of"), QStringLiteral("json"), path});
    REQUIRE(probe.exitCode == 0);
    return probe;
}

} // namespace

TEST_CASE("export writes every format from the demo call, with the media parts and no private text",
          "[app][cli][export]")
{
    ReviewedCall call;
    for (const QString& format :
         {QStringLiteral("pdf"), QStringLiteral("html"), QStringLiteral("md"),
          QStringLiteral("odt"), QStringLiteral("csv"), QStringLiteral("json"),
          QStringLiteral("vtt")}) {
        INFO("format " << format.toStdString());
        const QString out = call.lib.file(QStringLiteral("debrief.") + format);
        const ToolRun r = call.exportAs(format, out);
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        CHECK(r.text().startsWith(QStringLiteral("wrote ")));
        const QByteArray bytes = readFile(out);
        REQUIRE_FALSE(bytes.isEmpty());
        CHECK_FALSE(bytes.contains(kCanary.toUtf8()));
        CHECK_FALSE(bytes.contains(call.lib.db().toUtf8()));
        const QString text =
            format == u"pdf" ? pdfText(out)
            : format == u"odt"
                ? runTool(QStringLiteral("unzip"), {QStringLiteral("-p"), out}).text()
                : QString::fromUtf8(bytes);
        CHECK_FALSE(text.contains(kCanary));
        CHECK_FALSE(text.contains(QStringLiteral("private"), Qt::CaseInsensitive));
        CHECK(text.contains(QStringLiteral("Budget first")));
        if (format == u"pdf" || format == u"html" || format == u"md" || format == u"json")
            CHECK(text.contains(format == u"json" ? QStringLiteral("repShare")
                                                  : QStringLiteral("Your share of the talking")));
    }
    // The HTML is self-contained: the timeline is inlined, nothing is fetched.
    const QString html = QString::fromUtf8(readFile(call.lib.file(QStringLiteral("debrief.html"))));
    CHECK(html.contains(QStringLiteral("<img src=\"data:image/png;base64,")));
    CHECK_FALSE(html.contains(QStringLiteral("http://")));
    CHECK_FALSE(html.contains(QStringLiteral("https://")));
    // The ODT carries the timeline picture inside the package.
    const ToolRun listing =
        runTool(QStringLiteral("unzip"),
                {QStringLiteral("-l"), call.lib.file(QStringLiteral("debrief.odt"))});
    CHECK(listing.text().contains(QStringLiteral("Pictures/")));
}

TEST_CASE("export cuts one clip per focus moment, stream-copied, with no private metadata",
          "[app][cli][export][clips]")
{
    ReviewedCall call;
    const QString clips = call.lib.file(QStringLiteral("clips"));
    const ToolRun r =
        call.exportAs(QStringLiteral("vtt"), call.lib.file(QStringLiteral("notes.vtt")),
                      {QStringLiteral("--clips"), clips, QStringLiteral("--clip-before"),
                       QStringLiteral("5"), QStringLiteral("--clip-after"), QStringLiteral("10")});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QStringList made = QDir(clips).entryList(QDir::Files, QDir::Name);
    REQUIRE(made == QStringList{QStringLiteral("Discovery-Acme-Jordan_focus-1_00-00-44.mp3"),
                                QStringLiteral("Discovery-Acme-Jordan_focus-2_00-02-09.mp3")});
    for (const QString& name : made) {
        const QString path = QDir(clips).filePath(name);
        CHECK_FALSE(readFile(path).contains(kCanary.toUtf8()));
        const ToolRun probe = probeEntries(
            path, QStringLiteral("format=duration:format_tags=title:stream=codec_name"));
        const QJsonObject info = QJsonDocument::fromJson(probe.out).object();
        const double seconds =
            info[QStringLiteral("format")][QStringLiteral("duration")].toString().toDouble();
        CHECK(seconds == Approx(15.0).margin(0.2));
        CHECK(info[QStringLiteral("streams")][0][QStringLiteral("codec_name")].toString() ==
              u"mp3"); // not re-encoded
        CHECK(info[QStringLiteral("format")][QStringLiteral("tags")][QStringLiteral("title")]
                  .toString()
                  .startsWith(QStringLiteral("Focus ")));
    }
}

TEST_CASE("a video call's clip keeps its container and starts on a key frame",
          "[app][cli][export][clips]")
{
    Library lib;
    const QString video =
        videoCall(lib.file(QStringLiteral("call.mp4")),
                  QStringLiteral("testsrc=size=160x120:rate=25:duration=40"),
                  QStringLiteral("sine=f=440:duration=40"),
                  {QStringLiteral("-c:v"), QStringLiteral("libx264"), QStringLiteral("-g"),
                   QStringLiteral("50"), QStringLiteral("-c:a"), QStringLiteral("aac"),
                   QStringLiteral("-shortest")});
    const QString rec = lib.ok(
        {QStringLiteral("add"), video, QStringLiteral("--title"), QStringLiteral("Video call")});
    lib.ok(noteArgs(rec, QStringLiteral("shareable"), QStringLiteral("0:21"),
                    QStringLiteral("Look at the buyer")) +
           QStringList{QStringLiteral("--focus")});
    const QString clips = lib.file(QStringLiteral("clips"));
    const ToolRun r =
        lib.run({QStringLiteral("export"), rec, QStringLiteral("--format"), QStringLiteral("csv"),
                 QStringLiteral("-o"), lib.file(QStringLiteral("n.csv")), QStringLiteral("--clips"),
                 clips});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QString clip = QDir(clips).filePath(QStringLiteral("Video-call_focus-1_00-00-21.mp4"));
    REQUIRE(QFile::exists(clip));
    const ToolRun probe =
        probeEntries(clip, QStringLiteral("stream=codec_type,codec_name:format=duration"));
    const QJsonObject info = QJsonDocument::fromJson(probe.out).object();
    CHECK(QString::fromUtf8(probe.out).contains(QStringLiteral("h264")));
    CHECK(QString::fromUtf8(probe.out).contains(QStringLiteral("aac")));
    // Requested 0:16–0:31; key frames every 2 s, so the clip starts at 0:16 (a key frame).
    CHECK(info[QStringLiteral("format")][QStringLiteral("duration")].toString().toDouble() ==
          Approx(15.0).margin(0.6));
}

TEST_CASE("the manager's archive needs --include-private and marks what is private",
          "[app][cli][export][archive]")
{
    ReviewedCall call;
    const QString out = call.lib.file(QStringLiteral("archive.json"));
    const ToolRun r =
        call.exportAs(QStringLiteral("json"), out, {QStringLiteral("--include-private")});
    REQUIRE(r.exitCode == 0);
    const QJsonObject json = QJsonDocument::fromJson(readFile(out)).object();
    CHECK(json[QStringLiteral("includesPrivate")].toBool());
    CHECK(json[QStringLiteral("privateNotes")].toArray().size() == 2);
    const QString eaf = call.lib.file(QStringLiteral("archive.eaf"));
    REQUIRE(
        call.exportAs(QStringLiteral("eaf"), eaf, {QStringLiteral("--include-private")}).exitCode ==
        0);
    CHECK(QString::fromUtf8(readFile(eaf)).contains(QStringLiteral("[private] ") + kCanary));
}

TEST_CASE("export refuses bad requests with one line and writes nothing",
          "[app][cli][export][errors]")
{
    ReviewedCall call;
    const QString out = call.lib.file(QStringLiteral("never.pdf"));
    const QString rec = call.rec;
    const std::vector<std::pair<QStringList, QString>> cases = {
        {{QStringLiteral("export"), rec, QStringLiteral("-o"),
          call.lib.file(QStringLiteral("never.docx"))},
         QStringLiteral("--format is required")},
        {{QStringLiteral("export"), rec, QStringLiteral("--format"), QStringLiteral("docx"),
          QStringLiteral("-o"), out},
         QStringLiteral("unknown format")},
        {{QStringLiteral("export"), rec, QStringLiteral("--format"), QStringLiteral("pdf"),
          QStringLiteral("--include-private"), QStringLiteral("-o"), out},
         QStringLiteral("json, eaf, audacity or textgrid only")},
        {{QStringLiteral("export"), rec, QStringLiteral("--format"), QStringLiteral("pdf")},
         QStringLiteral("-o OUT is required")},
        {{QStringLiteral("export"), rec, QStringLiteral("--session"), QStringLiteral("1"),
          QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("-o"), out},
         QStringLiteral("either")},
        {{QStringLiteral("export"), rec, QStringLiteral("--format"), QStringLiteral("pdf"),
          QStringLiteral("--paper"), QStringLiteral("a5"), QStringLiteral("-o"), out},
         QStringLiteral("a4 or letter")},
    };
    for (const auto& [args, message] : cases) {
        INFO(args.join(u' ').toStdString());
        const ToolRun r = call.lib.run(args);
        CHECK(r.exitCode == 2);
        CHECK(r.err.contains(message));
        CHECK(r.err.trimmed().count(u'\n') == 0);
    }
    const ToolRun unknown =
        call.lib.run({QStringLiteral("export"), QStringLiteral("99"), QStringLiteral("--format"),
                      QStringLiteral("pdf"), QStringLiteral("-o"), out});
    CHECK(unknown.exitCode == 1);
    CHECK(unknown.err.contains(QStringLiteral("no recording with id 99")));
    const ToolRun noFolder =
        call.exportAs(QStringLiteral("pdf"), call.lib.file(QStringLiteral("missing/dir/out.pdf")));
    CHECK(noFolder.exitCode == 1);
    CHECK(noFolder.err.contains(QStringLiteral("missing/dir/out.pdf")));
    CHECK_FALSE(QFile::exists(out));
}

TEST_CASE("a moved recording still exports, without the media parts, and says so",
          "[app][cli][export][errors]")
{
    ReviewedCall call;
    REQUIRE(QFile::rename(call.call, call.lib.file(QStringLiteral("elsewhere.mp3"))));
    const QString out = call.lib.file(QStringLiteral("sheet.pdf"));
    const ToolRun r = call.exportAs(QStringLiteral("pdf"), out);
    CHECK(r.exitCode == 0);
    CHECK(r.err.contains(QStringLiteral("warning: no talk metrics or timeline")));
    CHECK(r.err.contains(QStringLiteral("demo call.mp3")));
    const QString text = pdfText(out);
    CHECK(text.contains(QStringLiteral("Anchor before the price")));
    CHECK_FALSE(text.contains(QStringLiteral("Your call at a glance")));
}

TEST_CASE("a full disk fails the export plainly and leaves no partial file",
          "[app][cli][export][disk-full]")
{
    ReviewedCall call;
    const QString mount = call.lib.file(QStringLiteral("small"));
    REQUIRE(QDir().mkpath(mount));
    const QString script = QStringLiteral("mount -t tmpfs -o size=64k tmpfs '%1' && exec '%2' --db "
                                          "'%3' export %4 --format pdf -o '%1/sheet.pdf'; ls '%1'")
                               .arg(mount, binaryPath(), call.lib.db(), call.rec);
    const ToolRun r = runTool(QStringLiteral("unshare"),
                              {QStringLiteral("-rm"), QStringLiteral("sh"), QStringLiteral("-c"),
                               script + QStringLiteral("; ls -A '%1'").arg(mount)},
                              isolatedEnvironment(call.lib.file(QStringLiteral("home"))));
    if (r.err.contains(QStringLiteral("mount")) || r.err.contains(QStringLiteral("unshare"))) {
        WARN("cannot mount a small tmpfs here (" << r.err.trimmed().toStdString()
                                                 << "): disk-full not checked");
        return;
    }
    INFO(r.err.toStdString());
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("the disk is full")));
    CHECK(r.err.contains(QStringLiteral("sheet.pdf")));
    CHECK(r.text().trimmed().isEmpty()); // nothing left behind in the full file system
}
