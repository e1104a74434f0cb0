// The WebVTT reader against the W3C web-platform-tests parsing suite (../shared/conformance),
// and the transcript variants meeting tools write (Teams, Zoom).
#include "exchange/import/TextDecoding.h"
#include "exchange/import/TranscriptReader.h"
#include "exchange/import/WebVttReader.h"
#include "support/Fixtures.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <catch2/catch.hpp>
#include <cmath>

using namespace coachtrack;
using namespace coachtrack::exchange;
using namespace coachtrack::testing;

namespace {

QString wpt(const QString& name = {})
{
    return sharedDir() + QStringLiteral("/conformance/webvtt-wpt/") + name;
}

qint64 ms(const QJsonValue& seconds)
{
    return qint64(std::llround(seconds.toDouble() * 1000));
}

} // namespace

TEST_CASE("WebVTT: every case of the W3C parsing suite", "[exchange][webvtt]")
{
    const QJsonObject expected =
        QJsonDocument::fromJson(readFile(wpt(QStringLiteral("expected-simple.json")))).object();
    REQUIRE(expected.size() == 51);
    int accepted = 0, rejected = 0;
    for (auto it = expected.begin(); it != expected.end(); ++it) {
        INFO(it.key().toStdString());
        // The suite's files are UTF-8 (the algorithm's decoding step): no encoding sniffing.
        const auto parsed =
            parseWebVtt(QString::fromUtf8(readFile(wpt(it.key()))), WebVttMode::Strict);
        if (it.value().isObject()) {
            REQUIRE(it.value().toObject().value(QStringLiteral("error")).toBool());
            CHECK_FALSE(parsed.has_value());
            if (!parsed)
                CHECK(parsed.error().line == 1);
            ++rejected;
            continue;
        }
        REQUIRE(parsed.has_value());
        const QJsonArray cues = it.value().toArray();
        REQUIRE(parsed->size() == size_t(cues.size()));
        for (qsizetype i = 0; i < cues.size(); ++i) {
            const QJsonObject want = cues[i].toObject();
            const WebVttCue& got = (*parsed)[size_t(i)];
            INFO("cue " << i);
            CHECK(got.id == want.value(QStringLiteral("id")).toString());
            CHECK(got.startMs == ms(want.value(QStringLiteral("start"))));
            CHECK(got.endMs == ms(want.value(QStringLiteral("end"))));
            CHECK(got.text == want.value(QStringLiteral("text")).toString());
        }
        ++accepted;
    }
    CHECK(rejected == 11);
    CHECK(accepted == 40); // 37 cue cases and 3 of style sheets only
}

TEST_CASE("WebVTT cue text: voice spans name the speaker, tags and references go",
          "[exchange][webvtt]")
{
    CHECK(plainCueText(QStringLiteral("<v Roger Bingham>We are in New York City</v>")).speaker ==
          u"Roger Bingham");
    const auto p = plainCueText(
        QStringLiteral("<v.loud Esme>It&apos;s a <b>blue</b> &amp; <i>green</i> &#x263A;</v>"));
    CHECK(p.speaker == u"Esme");
    CHECK(p.text == QStringLiteral("It's a blue & green \u263A"));
    CHECK(plainCueText(QStringLiteral("no markup &lt;here&gt;")).text == u"no markup <here>");
    CHECK(plainCueText(QStringLiteral("<c.x>a</c> <00:00:01.000>b")).text == u"a b");
    CHECK(plainCueText(QStringLiteral("&#0; &#99999999;")).text ==
          QStringLiteral("\uFFFD &#99999999;"));
}

TEST_CASE("Teams transcripts: unpadded timestamps, voice spans and JSON payloads",
          "[exchange][webvtt][transcript]")
{
    const QString dir = sharedDir() + QStringLiteral("/conformance/teams/");
    auto content =
        readTranscriptFile(dir + QStringLiteral("msgraph-docs_calltranscript-content.vtt"));
    REQUIRE(content.has_value());
    REQUIRE_FALSE(content->cues.empty());
    CHECK(content->cues.front().startMs == 0);
    CHECK(content->cues.front().endMs == 5320);
    CHECK(content->cues.front().speaker == u"User Name");
    CHECK(content->cues.front().text == u"This is a transcript test.");
    // A strict parser drops those cues: the Transcript mode is what takes them.
    auto strict = parseWebVtt(QString::fromUtf8(readFile(
                                  dir + QStringLiteral("msgraph-docs_calltranscript-content.vtt"))),
                              WebVttMode::Strict);
    REQUIRE(strict.has_value());
    CHECK(strict->empty());

    auto meta =
        readTranscriptFile(dir + QStringLiteral("msgraph-docs_calltranscript-metadataContent.vtt"));
    REQUIRE(meta.has_value());
    REQUIRE_FALSE(meta->cues.empty());
    CHECK(meta->cues.front().startMs == 16246);
    CHECK(meta->cues.front().speaker == u"User Name");
    CHECK(meta->cues.front().text == u"This is a transcription test.");
}

TEST_CASE("Teams quirks: guid cue ids, multi-line payloads, interjections out of order kept",
          "[exchange][webvtt][transcript]")
{
    const QByteArray file = "WEBVTT\r\n\r\n"
                            "9d3b1c2e-0f6a-4a8e-9c1d-2b7e5f4a3c21/12-0\r\n"
                            "0:0:3.120 --> 0:0:9.400\r\n"
                            "<v Dana Rep>So what does your week look like\r\n"
                            "when the quarter closes?</v>\r\n\r\n"
                            "9d3b1c2e-0f6a-4a8e-9c1d-2b7e5f4a3c21/14-0\r\n"
                            "0:0:9.800 --> 0:0:12.000\r\n"
                            "<v Sam Buyer>Busy.</v>\r\n\r\n"
                            "9d3b1c2e-0f6a-4a8e-9c1d-2b7e5f4a3c21/13-0\r\n"
                            "0:0:8.900 --> 0:0:9.300\r\n"
                            "<v Sam Buyer>Mm-hmm.</v>\r\n";
    auto t = readTranscript(file);
    REQUIRE(t.has_value());
    REQUIRE(t->cues.size() == 3);
    CHECK(t->cues[0].text == u"So what does your week look like\nwhen the quarter closes?");
    CHECK(t->cues[0].id == u"9d3b1c2e-0f6a-4a8e-9c1d-2b7e5f4a3c21/12-0");
    CHECK(t->cues[1].text == u"Mm-hmm."); // ordered by time, overlapping the one before
    CHECK(t->cues[1].startMs == 8900);
    CHECK(t->cues[2].speaker == u"Sam Buyer");
}

TEST_CASE("Zoom transcripts: 'Name: text' cues give speakers, a cue may have none",
          "[exchange][webvtt][transcript]")
{
    const QByteArray zoom =
        "WEBVTT\n\n1\n00:00:01.000 --> 00:00:04.000\nDana Rep: Hi Sam, thanks "
        "for the time.\n\n2\n00:00:04.500 --> 00:00:06.000\nSam Buyer: Sure.\n\n"
        "3\n00:00:06.500 --> 00:00:07.000\n(inaudible)\n";
    auto t = readTranscript(zoom);
    REQUIRE(t.has_value());
    REQUIRE(t->cues.size() == 3);
    CHECK(t->cues[0].speaker == u"Dana Rep");
    CHECK(t->cues[0].text == u"Hi Sam, thanks for the time.");
    CHECK(t->cues[2].speaker.isEmpty());
    CHECK(t->cues[2].text == u"(inaudible)");
    // A caption file where a colon is just text keeps it.
    auto captions = readTranscript("WEBVTT\n\n00:01.000 --> 00:02.000\nNote: two things\n\n"
                                   "00:02.000 --> 00:03.000\nfirst the price\n\n"
                                   "00:03.000 --> 00:04.000\nthen the date\n");
    REQUIRE(captions.has_value());
    CHECK(captions->cues[0].speaker.isEmpty());
    CHECK(captions->cues[0].text == u"Note: two things");
}

TEST_CASE("a broken transcript names its line and imports nothing",
          "[exchange][webvtt][transcript][bad-input]")
{
    auto t = readTranscript("WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nfine\n\n"
                            "00:00:03.000 --> 00:0x:04.000\nbroken\n");
    REQUIRE_FALSE(t.has_value());
    CHECK(t.error().line == 6);
    CHECK(t.error().message(QStringLiteral("call.vtt")).startsWith(u"call.vtt, line 6: "));
    CHECK_FALSE(readTranscript("").has_value());
    CHECK_FALSE(readTranscript("just some words\nand more words\n").has_value());
    CHECK_FALSE(readTranscriptFile(QStringLiteral("/nonexistent/call.vtt")).has_value());
}

TEST_CASE("transcripts in UTF-16 and with a BOM read the same", "[exchange][webvtt][transcript]")
{
    const QString text = QStringLiteral(
        "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v Zoë Müller>Grüße — “quoted”</v>\n");
    QByteArray utf16le("\xFF\xFE", 2);
    for (QChar c : text) {
        utf16le.append(char(c.unicode() & 0xFF));
        utf16le.append(char(c.unicode() >> 8));
    }
    for (const QByteArray& bytes :
         {text.toUtf8(), QByteArray("\xEF\xBB\xBF") + text.toUtf8(), utf16le}) {
        auto t = readTranscript(bytes);
        REQUIRE(t.has_value());
        REQUIRE(t->cues.size() == 1);
        CHECK(t->cues[0].speaker == QStringLiteral("Zoë Müller"));
        CHECK(t->cues[0].text == QStringLiteral("Grüße — “quoted”"));
    }
}

TEST_CASE("a transcript loses no line to a block without a time range",
          "[webvtt][transcript][bad-input]")
{
    // A mistyped arrow, and a file cut inside a time: the W3C algorithm skips such a block
    // (the Strict mode still does); a transcript refuses the file, naming the block's line.
    const QByteArray typo = "WEBVTT\n\n1\n00:00:01.000 --> 00:00:02.000\nfine\n\n"
                            "2\n00:00:03.000 -> 00:00:04.000\nlost line\n\n"
                            "3\n00:00:05.000 --> 00:00:06.000\nlast\n";
    auto t = readTranscript(typo);
    REQUIRE_FALSE(t.has_value());
    CHECK(t.error().line == 7);
    CHECK(t.error().problem.contains(QStringLiteral("without a time range")));
    CHECK(parseWebVtt(QString::fromUtf8(typo), WebVttMode::Strict)->size() == 2);
    auto cut = readTranscript("WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nfine\n\n00:00:0");
    REQUIRE_FALSE(cut.has_value());
    CHECK(cut.error().line == 6);
    // Comments, style sheets and regions are not cues and are no loss.
    auto fine = readTranscript("WEBVTT\n\nSTYLE\n::cue { color: red }\n\nREGION\nid:r1\n\n"
                               "NOTE a comment\nover two lines\n\n"
                               "00:00:01.000 --> 00:00:02.000\nfine\n\nNOTE\nend\n");
    REQUIRE(fine.has_value());
    CHECK(fine->cues.size() == 1);
}
