// Microsoft Teams' Word transcripts (.docx), made at test time with QuaZip: "Name   0:03" turns
// in runs split as Word splits them, the older "-->" layout, detection from the bytes alone,
// and damaged, foreign, empty and oversized files failing whole.
#include "exchange/DocxWriter.h"
#include "exchange/import/TeamsDocxReader.h"
#include "exchange/import/TranscriptReader.h"
#include "support/Fixtures.h"

#include <catch2/catch.hpp>

using namespace coachtrack::exchange;
using namespace coachtrack::testing;
using namespace coachtrack::testing::docx;

namespace {

std::string s(const QString& text)
{
    return text.toStdString();
}

Transcript readOk(TranscriptResult result)
{
    INFO((result ? std::string() : s(result.error().message(QStringLiteral("input.docx")))));
    REQUIRE(result.has_value());
    return std::move(*result);
}

TranscriptError readFails(const TranscriptResult& result)
{
    REQUIRE_FALSE(result.has_value());
    CHECK(result.error().line == 0);
    CHECK_FALSE(result.error().problem.isEmpty());
    return result.error();
}

// What Teams writes today: a title, the date and length, a notice, then the turns. Alice's
// heading is split over runs with a tab before the time; Bob's text follows a line break in
// his heading's own paragraph; Alice's second turn is past the hour.
QByteArray teamsDocx()
{
    return docxOf({
        paragraph(QStringLiteral("Weekly pipeline review")),
        paragraph({run(QStringLiteral("March 5, 2024, 10:00AM")), kBreak,
                   run(QStringLiteral("1h 2m 10s"))}),
        paragraph(QStringLiteral("Alice Smith started transcription")),
        paragraph({run(QStringLiteral("Alice ")), run(QStringLiteral("Smith")), kTab,
                   run(QStringLiteral("0:03"))}),
        paragraph({run(QStringLiteral("Hello everyone, ")), run(QStringLiteral("Q&A first."))}),
        paragraph(QStringLiteral("Then <pricing>.")),
        paragraph({run(QStringLiteral("Bob Jones   0:15")), kBreak, run(QStringLiteral("Hi "))}),
        paragraph({run(QStringLiteral("Alice Smith")), run(QStringLiteral("  1:02:03"))}),
        paragraph(QStringLiteral("Thanks all, that is everything for today.")),
        paragraph(QStringLiteral("Alice Smith stopped transcription")),
    });
}

void checkTeamsCues(const Transcript& t)
{
    CHECK(t.format == TranscriptFormat::TeamsDocx);
    REQUIRE(t.cues.size() == 3);
    CHECK(t.cues[0].speaker == QStringLiteral("Alice Smith"));
    CHECK(t.cues[0].startMs == 3000);
    CHECK(t.cues[0].endMs == 15000);
    CHECK(t.cues[0].text == QStringLiteral("Hello everyone, Q&A first.\nThen <pricing>."));
    CHECK(t.cues[1].speaker == QStringLiteral("Bob Jones"));
    CHECK(t.cues[1].startMs == 15000);
    CHECK(t.cues[1].endMs == 3'723'000);
    CHECK(t.cues[1].text == QStringLiteral("Hi"));
    CHECK(t.cues[2].speaker == QStringLiteral("Alice Smith"));
    CHECK(t.cues[2].startMs == 3'723'000);
    CHECK(t.cues[2].endMs == 3'723'000 + 7 * 400); // seven words at 150 a minute
    CHECK(t.cues[2].text == QStringLiteral("Thanks all, that is everything for today."));
    for (const TranscriptCue& cue : t.cues)
        CHECK(cue.estimated); // every end is inferred
}

} // namespace

TEST_CASE("Teams .docx: 'Name   0:03' turns, split runs, tabs, breaks, H:MM:SS, ends inferred",
          "[exchange][teams-docx]")
{
    checkTeamsCues(readOk(readTeamsDocx(teamsDocx())));

    // A last turn of one word still lasts a second.
    const Transcript shortLast = readOk(readTeamsDocx(docxOf({
        paragraph(QStringLiteral("Sam\t12:00")),
        paragraph(QStringLiteral("Yes.")),
    })));
    REQUIRE(shortLast.cues.size() == 1);
    CHECK(shortLast.cues[0].startMs == 720'000);
    CHECK(shortLast.cues[0].endMs == 721'000);
}

TEST_CASE("a .docx is told from its bytes, whatever the file is called", "[exchange][teams-docx]")
{
    const QByteArray bytes = teamsDocx();
    checkTeamsCues(readOk(readTranscript(bytes)));
    CHECK(formatName(TranscriptFormat::TeamsDocx) == QStringLiteral("teams-docx"));

    TempDir dir;
    for (const QString& name : {QStringLiteral("call.vtt"), QStringLiteral("notes.txt"),
                                QStringLiteral("no-extension")}) {
        INFO(s(name));
        const auto read = readTranscriptFile(writeFile(dir.file(name), bytes));
        REQUIRE(read.has_value());
        checkTeamsCues(*read);
    }
    // And a text transcript named .docx is still read as what it is.
    const auto otter = readTranscriptFile(
        writeFile(dir.file(QStringLiteral("otter.docx")), "Alice Smith  0:00\nHello there.\n"));
    REQUIRE(otter.has_value());
    CHECK(otter->format == TranscriptFormat::Otter);
}

TEST_CASE("the older '0:0:5.1 --> 0:0:8.25' layout keeps the file's own times",
          "[exchange][teams-docx]")
{
    const Transcript t = readOk(readTranscript(docxOf({
        paragraph(QStringLiteral("0:0:0.0 --> 0:0:5.250")),
        paragraph(QStringLiteral("Alice Smith")),
        paragraph(QStringLiteral("Good morning.")),
        paragraph(QString()),
        paragraph({run(QStringLiteral("0:0:5.1 --> 0:0:8.25")), kBreak, run(QStringLiteral("Bob")),
                   kBreak, run(QStringLiteral("Morning."))}),
        paragraph(QStringLiteral("Second line.")),
        paragraph(QStringLiteral("01:02:03.004 --> 01:02:04.000")),
        paragraph(QStringLiteral("Only text, no name.")),
    })));
    CHECK(t.format == TranscriptFormat::TeamsDocx);
    REQUIRE(t.cues.size() == 3);
    CHECK(t.cues[0] ==
          TranscriptCue{
              0, 5250, QStringLiteral("Alice Smith"), QStringLiteral("Good morning."), {}, false});
    CHECK(t.cues[1] == TranscriptCue{5100,
                                     8250,
                                     QStringLiteral("Bob"),
                                     QStringLiteral("Morning.\nSecond line."),
                                     {},
                                     false});
    CHECK(t.cues[2] ==
          TranscriptCue{
              3'723'004, 3'724'000, QString(), QStringLiteral("Only text, no name."), {}, false});

    const TranscriptError ends = readFails(readTranscript(docxOf({
        paragraph(QStringLiteral("0:0:9.0 --> 0:0:8.0")),
        paragraph(QStringLiteral("Alice")),
        paragraph(QStringLiteral("Hi.")),
    })));
    CHECK(ends.problem.contains(QStringLiteral("ends before it starts")));
}

TEST_CASE("a damaged .docx, a ZIP that is not one, or a document without turns fails whole",
          "[exchange][teams-docx]")
{
    const QByteArray good = teamsDocx();

    const TranscriptError cut = readFails(readTranscript(good.left(good.size() / 2)));
    CHECK(cut.problem.contains(QStringLiteral("damaged")));
    CHECK(cut.message(QStringLiteral("call.docx")).startsWith(QStringLiteral("call.docx: ")));

    const TranscriptError notWord = readFails(
        readTranscript(zipOf({{QStringLiteral("readme.txt"), "Alice Smith  0:03\nHello.\n"}})));
    CHECK(notWord.problem ==
          QStringLiteral("a ZIP archive, but not a Word document: it has no word/document.xml"));

    const TranscriptError noTurns = readFails(readTranscript(docxOf({
        paragraph(QStringLiteral("Minutes of the board meeting")),
        paragraph(QStringLiteral("Agenda:  10:30")),
        paragraph(QStringLiteral("Everyone agreed.")),
    })));
    CHECK(
        noTurns.problem.startsWith(QStringLiteral("a Word document, but not a Teams transcript")));

    const TranscriptError badXml =
        readFails(readTranscript(docxWithDocument("<w:document xmlns:w=\"x\"><w:body><w:p>")));
    CHECK(badXml.problem.contains(QStringLiteral("not a Word document")));
    const TranscriptError cutXml = readFails(readTranscript(
        docxWithDocument(documentXml(paragraph(QStringLiteral("Alice  0:01"))).left(300))));
    CHECK(cutXml.problem.startsWith(QStringLiteral("a Word document whose text cannot be read")));

    const TranscriptError back = readFails(readTranscript(docxOf({
        paragraph(QStringLiteral("Alice  0:10")),
        paragraph(QStringLiteral("First.")),
        paragraph(QStringLiteral("Bob  0:05")),
        paragraph(QStringLiteral("Earlier?")),
    })));
    CHECK(back.problem ==
          QStringLiteral("at \"Bob  0:05\": the time 0:05 comes before the time above it (0:10)"));
}

TEST_CASE("one damaged byte, or a file cut short, gives every cue or an error, never a part",
          "[exchange][teams-docx]")
{
    const QByteArray good = teamsDocx();
    const Transcript expected = readOk(readTeamsDocx(good));
    int failed = 0;
    for (qsizetype i = 0; i < good.size(); ++i) {
        QByteArray bad = good;
        bad[i] = char(bad[i] ^ 0x5a);
        const TranscriptResult read = readTranscript(bad);
        if (read) {
            INFO("byte " << i);
            CHECK(read->cues == expected.cues);
        } else {
            ++failed;
            CHECK((read.error().line == 0 || !looksLikeZip(bad))); // "PK" damaged: read as text
        }
    }
    CHECK(failed > good.size() / 10); // the damage is noticed, not shrugged off
    // Cut short: the same (the last bytes of a ZIP's end record can be zeros it does without).
    for (qsizetype n = 0; n < good.size(); ++n) {
        INFO("first " << n << " bytes of " << good.size());
        const TranscriptResult read = readTranscript(good.left(n));
        CHECK((!read || read->cues == expected.cues));
        CHECK((!read || n > good.size() - 22)); // never without the whole central directory
    }
}

TEST_CASE("a document.xml that would unpack past the limit is refused, even when it lies",
          "[exchange][teams-docx]")
{
    QByteArray huge = documentXml(paragraph(QStringLiteral("Alice  0:01")));
    huge.insert(huge.indexOf("<w:body>"), QByteArray(kLargestDocxXml, ' '));
    const QByteArray bomb = docxWithDocument(huge);
    CHECK(bomb.size() < 1 << 20); // a few hundred kB that unpack to 64 MB
    const TranscriptError refused = readFails(readTranscript(bomb));
    CHECK(refused.problem.contains(QStringLiteral("more than 64 MB")));

    // The same archive claiming, in both its headers, that the entry is small.
    QByteArray liar = bomb;
    const QByteArray small("\x00\x10\x00\x00", 4); // 4 kB
    for (const QByteArray& signature : {QByteArray("PK\x03\x04"), QByteArray("PK\x01\x02")}) {
        const qsizetype sizeAt = signature == "PK\x03\x04" ? 22 : 24;
        for (qsizetype at = liar.indexOf(signature); at >= 0; at = liar.indexOf(signature, at + 4))
            if (liar.mid(at + (sizeAt == 22 ? 30 : 46), 17) == "word/document.xml")
                liar.replace(at + sizeAt, 4, small);
    }
    REQUIRE(liar != bomb);
    readFails(readTranscript(liar));
}
