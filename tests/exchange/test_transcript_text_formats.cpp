// The transcript readers that are not WebVTT: SubRip against pysrt's files (../shared/conformance),
// Google Meet's and Otter's text, Gong-style JSON, content detection and text decoding.
#include "exchange/import/TextDecoding.h"
#include "exchange/import/TextTranscriptReaders.h"
#include "support/Fixtures.h"

#include <QDir>
#include <QStringEncoder>
#include <catch2/catch.hpp>

using namespace coachtrack::exchange;
using namespace coachtrack::testing;

namespace {

QString srtFile(const QString& name)
{
    return sharedDir() + QStringLiteral("/conformance/srt/") + name;
}

QString decodedFile(const QString& path)
{
    const QByteArray bytes = readFile(path);
    INFO(path.toStdString());
    REQUIRE_FALSE(bytes.isEmpty());
    return decodeTranscriptText(bytes);
}

std::string s(const QString& text)
{
    return text.toStdString();
}

Transcript readOk(TranscriptResult result)
{
    INFO((result ? std::string() : s(result.error().message(QStringLiteral("input")))));
    REQUIRE(result.has_value());
    return std::move(*result);
}

TranscriptError readFails(const TranscriptResult& result)
{
    REQUIRE_FALSE(result.has_value());
    return result.error();
}

void checkOrdered(const Transcript& t)
{
    for (std::size_t i = 0; i < t.cues.size(); ++i) {
        CHECK(t.cues[i].endMs >= t.cues[i].startMs);
        if (i > 0)
            CHECK(t.cues[i].startMs >= t.cues[i - 1].startMs);
    }
}

const QString kMeet = QStringLiteral("Weekly sync (2024-03-05 10:00 GMT+1) - Transcript\n"
                                     "Attendees\n"
                                     "Alice Smith, Bob\n"
                                     "Transcript\n"
                                     "00:00:00\n"
                                     "\n"
                                     "Alice Smith: Hello everyone, thanks for joining.\n"
                                     "Bob: Hi Alice.\n"
                                     "And a second line from Bob.\n"
                                     "00:05:00\n"
                                     "\n"
                                     "Alice Smith: Right, on to pricing.\n"
                                     "Bob: Sounds good to me.\n");

const QString kOtter = QStringLiteral("Alice Smith  0:00\n"
                                      "Hello there, this is the first turn.\n"
                                      "\n"
                                      "Unknown Speaker  0:07\n"
                                      "Who is this?\n"
                                      "Second line.\n"
                                      "\n"
                                      "Bob  1:02:03  \n"
                                      "Long call now.\n"
                                      "\n"
                                      "Transcribed by https://otter.ai\n");

const QString kGong = QStringLiteral(R"({"callId": "7",
 "transcript": [
  {"speakerId": "123", "topic": null,
   "sentences": [{"start": 1000, "end": 2500, "text": "Hello there."},
                 {"start": 2600, "end": 4000, "text": "How are you?"}]},
  {"speakerId": "456", "topic": "Intro",
   "sentences": [{"start": 2000, "end": 2400, "text": "Hi!"}]}
 ]})");

const QString kSrt = QStringLiteral("1\n00:00:01,000 --> 00:00:02,500\n<i>Hello</i> there\n\n"
                                    "2\n00:00:03,000 --> 00:00:04,000\nBye\n");

} // namespace

TEST_CASE("pysrt's UTF-8 file reads as all its 1332 cues", "[exchange][transcript-text]")
{
    const Transcript t = readOk(readSrt(decodedFile(srtFile(QStringLiteral("pysrt_utf-8.srt")))));
    CHECK(t.format == TranscriptFormat::Srt);
    REQUIRE(t.cues.size() == 1332);
    checkOrdered(t);
    CHECK(t.cues[0].id.toStdString() == "0");
    CHECK(t.cues[0].startMs == 1000);
    CHECK(t.cues[0].endMs == 4000);
    CHECK(s(t.cues[0].text) == "Downloaded From www.AllSubs.org");
    CHECK(t.cues[0].speaker.isEmpty());
    CHECK(t.cues[1].startMs == 27'074);
    CHECK(t.cues[1].endMs == 30'566);
    CHECK(s(t.cues[1].text) == "CE FILM RELATE DES ÉVÉNEMENTS\nQUI ONT EXISTÉ.");
    CHECK(s(t.cues[3].text) == "Il fut un temps,\navant l'existence du câble,");
    CHECK(s(t.cues.back().id) == "1331");
    CHECK(t.cues.back().startMs == ((1 * 60 + 37) * 60 + 19) * 1000 + 634);
    CHECK(t.cues.back().endMs == ((1 * 60 + 37) * 60 + 29) * 1000 + 634);
}

TEST_CASE("pysrt's Windows-1252 file (CRLF) reads the same as its UTF-8 twin",
          "[exchange][transcript-text]")
{
    const Transcript utf8 =
        readOk(readSrt(decodedFile(srtFile(QStringLiteral("pysrt_utf-8.srt")))));
    const Transcript cp1252 =
        readOk(readSrt(decodedFile(srtFile(QStringLiteral("pysrt_windows-1252.srt")))));
    REQUIRE(cp1252.cues.size() == 1332);
    CHECK(cp1252.cues == utf8.cues);
}

TEST_CASE("pysrt's file without indexes reads (with its BOM)", "[exchange][transcript-text]")
{
    const Transcript t =
        readOk(readSrt(decodedFile(srtFile(QStringLiteral("pysrt_no-indexes.srt")))));
    REQUIRE(t.cues.size() == 7);
    CHECK(t.cues[0].id.isEmpty());
    CHECK(t.cues[0].startMs == 6500);
    CHECK(t.cues[0].endMs == 9000);
    CHECK(s(t.cues[0].text) ==
          "About 2 months ago I found myself on\nthe comment section of YouTube");
    CHECK(s(t.cues[2].text) == "And I\nposted underneath against\nthis woman's tirades,\nagainst "
                               "what is essentially\nthe human race.");
    CHECK(t.cues[6].startMs == 43'000);
}

TEST_CASE("pysrt's invalid file is rejected at its timing line", "[exchange][transcript-text]")
{
    const TranscriptError e =
        readFails(readSrt(decodedFile(srtFile(QStringLiteral("pysrt_invalid.srt")))));
    CHECK(e.line == 2);
    CHECK(e.problem.contains(QStringLiteral("00:00:01,000 --> 00:00:02,500")));
}

TEST_CASE("the SubRip capability tester and phonfieldwork's file read as plain text",
          "[exchange][transcript-text]")
{
    const Transcript t =
        readOk(readSrt(decodedFile(srtFile(QStringLiteral("pysrt_capability_tester.srt")))));
    REQUIRE(t.cues.size() == 37);
    checkOrdered(t);
    CHECK(t.cues[0].startMs == 0);
    CHECK(t.cues[0].endMs == 0);
    CHECK(s(t.cues[1].text.section(u'\n', 1, 2)) ==
          "Use VLC 1.1 or higher as reference for most things and MPC Home Cinema for others\n"
          "This text should be blue");
    CHECK(s(t.cues[4].text.section(u'\n', 1, 2)) ==
          "日本語\nThis text should be bold, italics and underline");
    CHECK(t.cues[7].text.contains(QStringLiteral("2<3,5>1,4<6"))); // not a tag
    CHECK(t.cues[9].startMs == 21'501); // positions after the range are ignored
    CHECK(t.cues[9].endMs == 22'500);
    CHECK(s(t.cues[10].text) ==
          "Implementation is the same of the ASS tag\nThis text should be at the\n"
          "top and horizontally centered");
    CHECK(s(t.cues[11].id) == "12"); // equal starts keep the file's order
    CHECK(s(t.cues[12].id) == "13");
    CHECK(t.cues[29].text.startsWith(QStringLiteral("\\ N is a forced line break")));

    const Transcript p =
        readOk(readSrt(decodedFile(srtFile(QStringLiteral("phonfieldwork_test.srt")))));
    REQUIRE(p.cues.size() == 4);
    CHECK(p.cues[3].startMs == 512);
    CHECK(p.cues[3].endMs == 653);
    CHECK(s(p.cues[3].text) == "t");
}

TEST_CASE("every conformance SubRip file is claimed by SRT detection alone",
          "[exchange][transcript-text]")
{
    const QStringList names = QDir(srtFile({})).entryList(QDir::Files, QDir::Name);
    REQUIRE(names.size() >= 6);
    for (const QString& name : names) {
        INFO(s(name));
        const QString text = decodedFile(srtFile(name));
        const bool srt = name.endsWith(QStringLiteral(".srt"));
        CHECK(looksLikeSrt(text) == srt);
        CHECK_FALSE(looksLikeGoogleMeet(text));
        CHECK_FALSE(looksLikeOtter(text));
        CHECK_FALSE(looksLikeGongJson(text));
        if (!srt)
            CHECK(readFails(readSrt(text)).line == 2); // the licence is no transcript
    }
}

TEST_CASE("SubRip: line endings, BOM, '.' and short hours, markup, order",
          "[exchange][transcript-text]")
{
    const Transcript lf = readOk(readSrt(kSrt));
    REQUIRE(lf.cues.size() == 2);
    CHECK(s(lf.cues[0].text) == "Hello there");
    CHECK(s(lf.cues[0].id) == "1");
    QString crlf = kSrt;
    crlf.replace(u'\n', QStringLiteral("\r\n"));
    CHECK(readOk(readSrt(QChar(0xFEFF) + crlf)).cues == lf.cues);
    QString cr = kSrt;
    cr.replace(u'\n', u'\r');
    CHECK(readOk(readSrt(cr)).cues == lf.cues);

    const Transcript loose = readOk(readSrt(QStringLiteral(
        "1:02:03.004 --> 1:02:04.500\n{\\an8}<font color=\"red\">Top</font> <b>line</b>\n\n"
        "0:00:01,000 --> 0:00:02,000\nEarlier\n")));
    REQUIRE(loose.cues.size() == 2);
    CHECK(s(loose.cues[0].text) == "Earlier"); // ordered by start time
    CHECK(loose.cues[1].startMs == 3'723'004);
    CHECK(s(loose.cues[1].text) == "Top line");
}

TEST_CASE("SubRip: 20,000 cues, and a line of 20,000 unclosed <font> tags, read whole",
          "[exchange][transcript-text]")
{
    QString big;
    for (int i = 0; i < 20'000; ++i)
        big += QStringLiteral("%1\n%2:%3:%4,000 --> %2:%3:%4,500\n<i>Cue</i> %1\n\n")
                   .arg(i + 1)
                   .arg(i / 3600, 2, 10, QChar(u'0'))
                   .arg(i / 60 % 60, 2, 10, QChar(u'0'))
                   .arg(i % 60, 2, 10, QChar(u'0'));
    const Transcript t = readOk(readSrt(big));
    REQUIRE(t.cues.size() == 20'000);
    checkOrdered(t);
    CHECK(s(t.cues.back().id) == "20000");
    CHECK(t.cues.back().startMs == 19'999'000);
    CHECK(t.cues.back().endMs == 19'999'500);
    CHECK(s(t.cues.back().text) == "Cue 20000");

    // No '>' closes them, so they stay text (the reader once rescanned the line from each one);
    // the tags before them and the override after them still go.
    const QString unclosed = QStringLiteral("<font ").repeated(20'000);
    const Transcript u =
        readOk(readSrt(QStringLiteral("1\n00:00:01,000 --> 00:00:02,000\n") +
                       QStringLiteral("<b>Bold</b> ") + unclosed + QStringLiteral("{\\an8}end\n")));
    REQUIRE(u.cues.size() == 1);
    CHECK(u.cues[0].text == QStringLiteral("Bold ") + unclosed + QStringLiteral("end"));
}

TEST_CASE("SubRip failures name the line and never give part of the file",
          "[exchange][transcript-text]")
{
    const TranscriptError late = readFails(
        readSrt(kSrt + QStringLiteral("\n3\n00:00:05,000 -> 00:00:06,000\nBroken arrow\n")));
    CHECK(late.line == 10);
    CHECK(late.problem.contains(QStringLiteral("expected a time range like")));

    const TranscriptError backwards =
        readFails(readSrt(QStringLiteral("1\n00:00:05,000 --> 00:00:04,000\nBack\n")));
    CHECK(backwards.line == 2);
    CHECK(backwards.problem.contains(QStringLiteral("before it starts")));

    CHECK(
        readFails(readSrt(QStringLiteral("1\n00:00:05,000 --> 00:00:06,000\nA\n\nstray\n"))).line ==
        5);
    CHECK(readFails(readSrt(QStringLiteral("1\n00:01:61,000 --> 00:01:62,000\nA\n"))).line == 2);
    CHECK(readFails(readSrt(QStringLiteral("1\n"))).line == 1);
    for (const QString& empty : {QString(), QStringLiteral("\n\n \n"), QStringLiteral("\uFEFF")}) {
        const TranscriptError none = readFails(readSrt(empty));
        CHECK(none.line == 0);
        CHECK(s(none.problem) == "no cues found");
    }
}

TEST_CASE("Google Meet: marks are exact, times between them spread by length, estimated",
          "[exchange][transcript-text]")
{
    const Transcript t = readOk(readGoogleMeet(kMeet));
    CHECK(t.format == TranscriptFormat::GoogleMeet);
    REQUIRE(t.cues.size() == 4);
    checkOrdered(t);
    for (const TranscriptCue& cue : t.cues)
        CHECK(cue.estimated);
    CHECK(s(t.cues[0].speaker) == "Alice Smith");
    CHECK(s(t.cues[1].text) == "Hi Alice.\nAnd a second line from Bob.");
    CHECK(t.cues[0].startMs == 0);
    const qint64 first = t.cues[0].text.size();
    const qint64 second = t.cues[1].text.size();
    CHECK(t.cues[0].endMs == 300'000 * first / (first + second));
    CHECK(t.cues[1].startMs == t.cues[0].endMs);
    CHECK(t.cues[1].endMs == 300'000);
    CHECK(t.cues[2].startMs == 300'000);         // right after the mark: at the mark
    CHECK(t.cues[2].endMs == 300'000 + 4 * 400); // four words at 150 a minute
    CHECK(t.cues[3].startMs == 301'600);
    CHECK(t.cues[3].endMs == 303'200);

    QString crlf = kMeet;
    crlf.replace(u'\n', QStringLiteral("\r\n"));
    CHECK(readOk(readGoogleMeet(QChar(0xFEFF) + crlf)).cues == t.cues);
}

TEST_CASE("Google Meet: many cues between marks stay monotonic and inside the marks",
          "[exchange][transcript-text]")
{
    QString text = QStringLiteral("00:00:00\n");
    for (int mark = 1; mark <= 3; ++mark) {
        for (int i = 0; i < 17; ++i)
            text +=
                QStringLiteral("Speaker %1: %2\n").arg(i % 3).arg(QString(i * 7 % 50 + 1, u'x'));
        text += QStringLiteral("0:%1:00\n").arg(mark * 5, 2, 10, QChar(u'0'));
    }
    text += QStringLiteral("Closing: Thanks all.\n");
    const Transcript t = readOk(readGoogleMeet(text));
    REQUIRE(t.cues.size() == 52);
    checkOrdered(t);
    for (int mark = 0; mark < 3; ++mark) {
        CHECK(t.cues[std::size_t(mark * 17)].startMs == mark * 300'000);
        CHECK(t.cues[std::size_t(mark * 17 + 16)].endMs == (mark + 1) * 300'000);
        for (int i = 1; i < 17; ++i) {
            const auto at = std::size_t(mark * 17 + i);
            CHECK(t.cues[at].startMs == t.cues[at - 1].endMs);
            CHECK(t.cues[at].endMs > t.cues[at].startMs);
        }
    }
    CHECK(t.cues.back().startMs == 900'000);
}

TEST_CASE("Google Meet failures name the line", "[exchange][transcript-text]")
{
    const TranscriptError back = readFails(
        readGoogleMeet(QStringLiteral("00:00:00\nA: one\n00:10:00\nB: two\n00:05:00\nA: three\n")));
    CHECK(back.line == 5);
    CHECK(back.problem.contains(QStringLiteral("00:05:00")));
    CHECK(readFails(readGoogleMeet(QStringLiteral("00:00:00\n\nno speaker here\nA: hi\n"))).line ==
          3);
    CHECK(readFails(readGoogleMeet(QStringLiteral("A: hi\nB: hello\n"))).line == 0);
    CHECK(readFails(readGoogleMeet(QStringLiteral("Title\n00:00:00\n"))).line == 0);
}

TEST_CASE("Otter: two-space headings, Unknown Speaker, H:MM:SS, ends at the next start",
          "[exchange][transcript-text]")
{
    const Transcript t = readOk(readOtter(kOtter));
    CHECK(t.format == TranscriptFormat::Otter);
    REQUIRE(t.cues.size() == 3);
    for (const TranscriptCue& cue : t.cues)
        CHECK_FALSE(cue.estimated);
    CHECK(s(t.cues[0].speaker) == "Alice Smith");
    CHECK(s(t.cues[0].text) == "Hello there, this is the first turn.");
    CHECK(t.cues[0].startMs == 0);
    CHECK(t.cues[0].endMs == 7000);
    CHECK(s(t.cues[1].speaker) == "Unknown Speaker");
    CHECK(s(t.cues[1].text) == "Who is this?\nSecond line.");
    CHECK(t.cues[1].endMs == 3'723'000);
    CHECK(s(t.cues[2].speaker) == "Bob");
    CHECK(s(t.cues[2].text) == "Long call now."); // Otter's footer is not speech
    CHECK(t.cues[2].startMs == 3'723'000);
    CHECK(t.cues[2].endMs == 3'723'000 + 1200); // three words at 150 a minute

    const Transcript one = readOk(readOtter(QStringLiteral("Speaker 1  12:34\nYes.\n")));
    REQUIRE(one.cues.size() == 1);
    CHECK(one.cues[0].startMs == 754'000);
    CHECK(one.cues[0].endMs == 755'000); // a second at least

    QString crlf = kOtter;
    crlf.replace(u'\n', QStringLiteral("\r\n"));
    CHECK(readOk(readOtter(QChar(0xFEFF) + crlf)).cues == t.cues);
}

TEST_CASE("Otter failures: times going back, no headings", "[exchange][transcript-text]")
{
    const TranscriptError back =
        readFails(readOtter(QStringLiteral("A  0:10\nOne.\n\nB  0:05\nTwo.\n")));
    CHECK(back.line == 4);
    CHECK(readFails(readOtter(QStringLiteral("A 0:10\nOne space is not Otter.\n"))).line == 0);
}

TEST_CASE("Gong JSON: object and array forms, speaker ids, time order",
          "[exchange][transcript-text]")
{
    const Transcript t = readOk(readGongJson(kGong));
    CHECK(t.format == TranscriptFormat::GongJson);
    REQUIRE(t.cues.size() == 3);
    CHECK(s(t.cues[0].speaker) == "123");
    CHECK(t.cues[0].startMs == 1000);
    CHECK(t.cues[0].endMs == 2500);
    CHECK(s(t.cues[1].speaker) == "456"); // sorted by start
    CHECK(s(t.cues[1].text) == "Hi!");
    CHECK(s(t.cues[2].text) == "How are you?");

    const Transcript array = readOk(readGongJson(QStringLiteral(
        R"([{"speakerId": 42, "sentences": [{"start": 0, "end": 10, "text": "a"}]},
            {"speakerId": "7", "sentences": []}])")));
    REQUIRE(array.cues.size() == 1);
    CHECK(s(array.cues[0].speaker) == "42");

    const Transcript api = readOk(readGongJson(QStringLiteral(
        R"({"callTranscripts": [{"callId": "1", "transcript": [{"speakerId": "9",
            "sentences": [{"start": 5, "end": 6, "text": "b"}]}]}]})")));
    REQUIRE(api.cues.size() == 1);
    CHECK(s(api.cues[0].speaker) == "9");
}

TEST_CASE("Gong JSON failures name the line or the field", "[exchange][transcript-text]")
{
    const TranscriptError syntax = readFails(
        readGongJson(QStringLiteral("{\r\n \"transcript\": [\r\n  {\"speakerId\": }\r\n]}")));
    CHECK(syntax.line == 3);
    const TranscriptError noSentences =
        readFails(readGongJson(QStringLiteral(R"({"transcript": [{"speakerId": "1"}]})")));
    CHECK(noSentences.line == 0);
    CHECK(noSentences.problem.contains(QStringLiteral("\"sentences\"")));
    const TranscriptError badStart = readFails(readGongJson(QStringLiteral(
        R"({"transcript": [{"speakerId": "1", "sentences": [{"start": 0, "end": 1, "text": "ok"}]},
                           {"speakerId": "2", "sentences": [{"start": "1", "end": 2, "text": "x"}]}]})")));
    CHECK(s(badStart.problem) ==
          R"(monologue 2, sentence 1: "start" is missing or not a number of milliseconds)");
    CHECK(readFails(readGongJson(QStringLiteral(R"({"transcript": [{"sentences": []}]})")))
              .problem.contains(QStringLiteral("speakerId")));
    CHECK(readFails(
              readGongJson(QStringLiteral(
                  R"([{"speakerId": "1", "sentences": [{"start": 5, "end": 1, "text": "x"}]}])")))
              .problem.contains(QStringLiteral("before it starts")));
    CHECK(readFails(readGongJson(QStringLiteral(R"({"records": 1})")))
              .problem.contains(QStringLiteral("\"transcript\"")));
    CHECK(s(readFails(readGongJson(QStringLiteral("[]"))).problem) == "no sentences found");
}

TEST_CASE("each detector claims its own format and no other", "[exchange][transcript-text]")
{
    using Detector = bool (*)(const QString&);
    const std::vector<std::pair<Detector, QStringList>> cases = {
        {looksLikeSrt,
         {kSrt, QStringLiteral("\uFEFF00:00:01,000 --> 00:00:02,000\r\nNo index\r\n")}},
        {looksLikeGoogleMeet, {kMeet, QStringLiteral("00:00:00\r\nAlice: hi\r\n")}},
        {looksLikeOtter, {kOtter, QStringLiteral("Speaker 1  1:02:03\nHello\n")}},
        {looksLikeGongJson, {kGong, QStringLiteral(R"(  [{"speakerId": "1", "sentences": []}])")}},
        {nullptr,
         {QStringLiteral("WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nAlice: hi\n"),
          QStringLiteral("WEBVTT\n\n1\n00:00:01,000 --> 00:00:02,000\nhi\n"),
          QStringLiteral("WEBVTT\n\n00:00:00\nAlice: hi at  10:30\n"), QString(),
          QStringLiteral("Just some notes: nothing timed.\n")}}};
    const std::vector<Detector> detectors = {looksLikeSrt, looksLikeGoogleMeet, looksLikeOtter,
                                             looksLikeGongJson};
    for (const auto& [owner, samples] : cases) {
        for (const QString& sample : samples) {
            INFO(s(sample));
            for (std::size_t d = 0; d < detectors.size(); ++d) {
                INFO("detector " << d);
                CHECK(detectors[d](sample) == (detectors[d] == owner));
            }
        }
    }
}

TEST_CASE("a reader given another format's file fails whole", "[exchange][transcript-text]")
{
    for (const QString& other : {kMeet, kOtter, kGong}) {
        INFO(s(other));
        CHECK(readFails(readSrt(other)).line > 0);
    }
    for (const QString& other : {kSrt, kOtter, kGong})
        CHECK_FALSE(readGoogleMeet(other).has_value());
    for (const QString& other : {kSrt, kMeet, kGong})
        CHECK_FALSE(readOtter(other).has_value());
    for (const QString& other : {kSrt, kMeet, kOtter})
        CHECK(readFails(readGongJson(other)).line == 1);
}

TEST_CASE("transcript bytes decode from UTF-16, UTF-8 with a BOM and Windows-1252",
          "[exchange][transcript-text]")
{
    const QString text = QStringLiteral("1\r\n00:00:01,000 --> 00:00:02,000\r\nZoë says hi\r\n");
    QStringEncoder le(QStringEncoder::Utf16LE);
    const QByteArray utf16le = le.encode(text);
    CHECK(s(decodeTranscriptText("\xFF\xFE" + utf16le)) == s(text));
    QStringEncoder be(QStringEncoder::Utf16BE);
    CHECK(s(decodeTranscriptText("\xFE\xFF" + QByteArray(be.encode(text)))) == s(text));
    const QString ascii = QStringLiteral("00:00:00\nAlice: hi\n");
    CHECK(s(decodeTranscriptText(QByteArray(le.encode(ascii)))) == s(ascii)); // no BOM
    CHECK(s(decodeTranscriptText("\xEF\xBB\xBF" + text.toUtf8())) == s(text));
    CHECK(decodeTranscriptText("\x93Hi\x94 \x80 caf\xE9") ==
          QStringLiteral("\u201CHi\u201D \u20AC café"));
    CHECK(s(withUnixLineEnds(QStringLiteral("a\r\nb\rc\n"))) == "a\nb\nc\n");
    CHECK(readOk(readSrt(decodeTranscriptText("\xFF\xFE" + utf16le))).cues.size() == 1);
}
