#include "annotations/TimeCode.h"

#include <QRandomGenerator>
#include <catch2/catch.hpp>

using coachtrack::annotations::formatClock;
using coachtrack::annotations::parseTimeCode;

TEST_CASE("parses every documented time form", "[annotations][timecode]")
{
    CHECK(parseTimeCode(u"0").value() == 0);
    CHECK(parseTimeCode(u"75").value() == 75'000);
    CHECK(parseTimeCode(u"1:15").value() == 75'000);
    CHECK(parseTimeCode(u"01:02:03").value() == 3'723'000);
    CHECK(parseTimeCode(u"01:02:03.5").value() == 3'723'500);
    CHECK(parseTimeCode(u"2.25").value() == 2'250);
    CHECK(parseTimeCode(u"0:00.007").value() == 7);
    CHECK(parseTimeCode(u"  12:00  ").value() == 720'000);
}

TEST_CASE("rejects malformed times with a message that shows the input", "[annotations][timecode]")
{
    for (const char16_t* bad : {u"", u"-3", u"abc", u"1:2:3:4", u"1:60", u"1:60:00", u"1.2345",
                                u"1:", u":5", u"1..2", u"5s", u"١٢"}) {
        INFO(QString::fromUtf16(bad).toStdString());
        auto parsed = parseTimeCode(bad);
        REQUIRE_FALSE(parsed.has_value());
        CHECK(parsed.error().contains(QStringLiteral("[[hh:]mm:]ss")));
    }
}

TEST_CASE("formatting then parsing gives the same milliseconds", "[annotations][timecode]")
{
    QRandomGenerator rng(7);
    for (int i = 0; i < 2000; ++i) {
        const int64_t ms = rng.bounded(100 * 3600 * 1000);
        CHECK(parseTimeCode(formatClock(ms, true)).value() == ms);
    }
    CHECK(formatClock(0) == QStringLiteral("0:00"));
    CHECK(formatClock(61'999) == QStringLiteral("1:01"));
    CHECK(formatClock(3'723'500, true) == QStringLiteral("1:02:03.500"));
    CHECK(formatClock(-5'000) == QStringLiteral("-0:05"));
}
