// How a shareable note is phrased: real feedback sentences (from sales-coaching write-ups and
// review notes) with the label a coach would give them, and directives turned into questions.
#include "workflows/FocusQuestion.h"
#include "workflows/NotePhrasing.h"

#include <catch2/catch.hpp>

using namespace coachtrack::workflows;

namespace {

struct Labelled
{
    const char* text;
    NotePhrasing expected;
};

const Labelled kSentences[] = {
    // Directives: commands and prescriptions.
    {"You need to ask about budget earlier.", NotePhrasing::Directive},
    {"You should have let the buyer finish.", NotePhrasing::Directive},
    {"Don't pitch before you know the pain.", NotePhrasing::Directive},
    {"Don’t talk over the buyer.", NotePhrasing::Directive},
    {"Stop filling every silence.", NotePhrasing::Directive},
    {"Consider pausing after the price.", NotePhrasing::Directive},
    {"It might help to ask about timeline.", NotePhrasing::Directive},
    {"Never discount on the first call.", NotePhrasing::Directive},
    {"Always confirm the next step before hanging up.", NotePhrasing::Directive},
    {"Make sure you book the follow-up on the call.", NotePhrasing::Directive},
    {"You must quantify the cost of doing nothing.", NotePhrasing::Directive},
    {"You have to slow down here.", NotePhrasing::Directive},
    {"Ask what success looks like for them.", NotePhrasing::Directive},
    {"Slow down when you get to pricing.", NotePhrasing::Directive},
    {"Let them finish the sentence.", NotePhrasing::Directive},
    {"Listen more than you talk.", NotePhrasing::Directive},
    {"Mention the case study earlier.", NotePhrasing::Directive},
    {"Try to summarise what they said before you move on.", NotePhrasing::Directive},
    {"Next time, open with the agenda.", NotePhrasing::Directive},
    {"Dig into the spreadsheets problem.", NotePhrasing::Directive},
    {"Be curious about their process first.", NotePhrasing::Directive},
    {"Keep the demo to the two features they asked about.", NotePhrasing::Directive},
    {"Do not read the slides.", NotePhrasing::Directive},
    {"Good discovery, but you need to get a date.", NotePhrasing::Directive},
    {"Pause after the price.", NotePhrasing::Directive},
    {"Please stop saying 'to be honest'.", NotePhrasing::Directive},
    {"Great call overall. Don't rush the close though.", NotePhrasing::Directive},
    {"You've got to get the economic buyer on the next call.", NotePhrasing::Directive},
    // Questions: the rep does the thinking.
    {"What did you want to happen next?", NotePhrasing::Question},
    {"At 0:51 the buyer asked about pricing — what were you hoping they'd say?",
     NotePhrasing::Question},
    {"How else could you have handled the budget objection?", NotePhrasing::Question},
    {"Why do you think they went quiet here?", NotePhrasing::Question},
    {"What would you do differently at this moment?", NotePhrasing::Question},
    {"Do you think they understood the pricing?", NotePhrasing::Question},
    {"What made you move to the demo at this point?", NotePhrasing::Question},
    {"Why don't we look at how the call opened?", NotePhrasing::Question},
    {"What did the buyer mean by 'later'?", NotePhrasing::Question},
    {"Where could a question have worked better than the pitch?", NotePhrasing::Question},
    {"Which of their three problems mattered most to them?", NotePhrasing::Question},
    // Praise: what went well.
    {"Great opener, very relaxed.", NotePhrasing::Praise},
    {"Well done recovering after the interruption.", NotePhrasing::Praise},
    {"Nice use of the customer's own words.", NotePhrasing::Praise},
    {"Excellent summary of their situation.", NotePhrasing::Praise},
    {"Loved the pause after the price.", NotePhrasing::Praise},
    {"Strong close: clear next step and date.", NotePhrasing::Praise},
    {"You nailed the agenda setting.", NotePhrasing::Praise},
    {"Good job bringing Jordan back to the pain.", NotePhrasing::Praise},
    {"Spot on with the ROI numbers.", NotePhrasing::Praise},
    {"Perfect timing on the case study.", NotePhrasing::Praise},
    // Observations: what happened, for the rep to weigh.
    {"The buyer mentioned budget twice before you responded.", NotePhrasing::Observation},
    {"You talked for 36 seconds without a pause here.", NotePhrasing::Observation},
    {"Pricing came up before any discovery.", NotePhrasing::Observation},
    {"The buyer said they never got a proposal last time.", NotePhrasing::Observation},
    {"Three features demoed; the buyer asked about one.", NotePhrasing::Observation},
    {"Jordan went quiet after the price.", NotePhrasing::Observation},
    {"I don't think the buyer heard the question.", NotePhrasing::Observation},
    {"Asked about their timeline at 1:20.", NotePhrasing::Observation},
    {"The next step was left open.", NotePhrasing::Observation},
    {"They always review vendors in March, per Jordan.", NotePhrasing::Observation},
};

} // namespace

TEST_CASE("real feedback sentences get the phrasing a coach would give them",
          "[workflows][phrasing]")
{
    size_t count = 0;
    for (const Labelled& s : kSentences) {
        const QString text = QString::fromUtf8(s.text);
        INFO(s.text);
        const PhrasingVerdict verdict = classifyNote(text);
        CHECK(notePhrasingName(verdict.phrasing) == notePhrasingName(s.expected));
        if (verdict.phrasing == NotePhrasing::Directive || verdict.phrasing == NotePhrasing::Praise)
            CHECK_FALSE(verdict.matched.isEmpty());
        ++count;
    }
    CHECK(count >= 50);
}

TEST_CASE("a directive becomes a question for the rep", "[workflows][phrasing]")
{
    const auto asked = [](const char* text) {
        return directiveAsQuestion(QString::fromUtf8(text)).value_or(QStringLiteral("—"));
    };
    CHECK(asked("You need to ask about budget earlier.") ==
          u"How could you ask about budget earlier?");
    CHECK(asked("Don't pitch before you know the pain.") ==
          u"What would change if you didn't pitch before you know the pain?");
    CHECK(asked("Stop filling every silence.") ==
          u"What would change if you stopped filling every silence?");
    CHECK(asked("Always confirm the next step.") ==
          u"What would help you confirm the next step every time?");
    CHECK(asked("Ask what success looks like for them.") ==
          u"How could you ask what success looks like for them?");
    CHECK(asked("Great call overall. Don't rush the close.") ==
          u"Great call overall. What would change if you didn't rush the close?");
    CHECK(asked("Next time, you should open with the agenda.") ==
          u"Next time, how could you open with the agenda?");
    // Nothing to turn: a question or an observation.
    CHECK_FALSE(directiveAsQuestion(QStringLiteral("What did you want next?")));
    CHECK_FALSE(directiveAsQuestion(QStringLiteral("Jordan went quiet after the price.")));
    // Every question it makes is read as a question.
    for (const char* d : {"You need to ask about budget earlier.", "Never discount early.",
                          "Stop filling every silence.", "Listen more than you talk."}) {
        INFO(d);
        const auto q = directiveAsQuestion(QString::fromUtf8(d));
        REQUIRE(q.has_value());
        CHECK(classifyNote(*q).phrasing == NotePhrasing::Question);
    }
}

TEST_CASE("the rules are an editable list", "[workflows][phrasing]")
{
    const std::vector<PhrasingRule> rules = {
        {QStringLiteral("^circle back"), NotePhrasing::Directive},
        {QStringLiteral("smooth"), NotePhrasing::Praise}};
    CHECK(classifyNote(QStringLiteral("Circle back on pricing."), rules).phrasing ==
          NotePhrasing::Directive);
    CHECK(classifyNote(QStringLiteral("You need to circle back."), rules).phrasing ==
          NotePhrasing::Observation); // "you need to" is not in this list
    CHECK(classifyNote(QStringLiteral("Smooth handover."), rules).phrasing == NotePhrasing::Praise);
}

TEST_CASE("a focus item's suggested question comes from the buyer's words, the note, or the moment",
          "[workflows][phrasing]")
{
    using namespace coachtrack::annotations;
    ShareableNote note;
    note.startMs = 51'000;
    note.text = QStringLiteral("Pitched too early");
    RecordingTranscript t;
    t.lines = {{40'000, 44'000, QStringLiteral("Alex"), QStringLiteral("Any questions?")},
               {46'000, 49'000, QStringLiteral("Jordan"), QStringLiteral("What does it cost?")},
               {70'000, 72'000, QStringLiteral("Jordan"), QStringLiteral("Later?")}};
    t.speakers = {{QStringLiteral("Alex"), SpeakerRole::Rep, {}},
                  {QStringLiteral("Jordan"), SpeakerRole::Buyer, {}}};
    CHECK(suggestedFocusQuestion(note, &t) ==
          u"At 0:46 Jordan asked “What does it cost?” — what did you want to happen next?");
    // No buyer question at that moment (the rep's does not count): the moment itself.
    t.lines.erase(t.lines.begin() + 1);
    CHECK(suggestedFocusQuestion(note, &t) == u"At 0:51 — what would you do differently here?");
    // A note that commands becomes the question.
    note.text = QStringLiteral("You need to ask about budget.");
    CHECK(suggestedFocusQuestion(note, nullptr) == u"How could you ask about budget?");
}

TEST_CASE("a session's coaching style counts each phrasing and warns of a laundry list",
          "[workflows][phrasing]")
{
    CHECK(coachingStyleOf({}).askShare() == 0);
    CHECK_FALSE(coachingStyleOf({}).laundryList());
    QStringList notes = {QStringLiteral("Nice recap."), QStringLiteral("Why then?"),
                         QStringLiteral("Stop pitching."), QStringLiteral("Jordan went quiet.")};
    CoachingStyle style = coachingStyleOf(notes);
    CHECK(style.praise == 1);
    CHECK(style.questions == 1);
    CHECK(style.directives == 1);
    CHECK(style.observations == 1);
    CHECK(style.toChange == 3);
    CHECK(style.askShare() == Approx(0.5));
    for (int i = 0; i < 6; ++i)
        notes << QStringLiteral("The buyer paused.");
    CHECK(coachingStyleOf(notes).toChange == 9);
    CHECK(coachingStyleOf(notes).laundryList());
}

TEST_CASE("the phrasing rules read back from their lines, and a bad line is named",
          "[workflows][phrasing]")
{
    QStringList lines;
    for (const PhrasingRule& rule : defaultPhrasingRules())
        lines << phrasingRuleLine(rule);
    auto read = phrasingRulesFromLines(lines);
    REQUIRE(read.has_value());
    CHECK(*read == defaultPhrasingRules());

    auto own = phrasingRulesFromLines({QStringLiteral("# my list"), QString(),
                                       QStringLiteral("Directive: ^consider"),
                                       QStringLiteral("praise:   good recap")});
    REQUIRE(own.has_value());
    REQUIRE(own->size() == 2);
    CHECK(classifyNote(QStringLiteral("Consider a pause."), *own).phrasing ==
          NotePhrasing::Directive);
    CHECK(classifyNote(QStringLiteral("Good recap of the priorities"), *own).phrasing ==
          NotePhrasing::Praise);
    // Not in this list: "you need to" is an observation here.
    CHECK(classifyNote(QStringLiteral("You need to ask."), *own).phrasing ==
          NotePhrasing::Observation);
    CHECK(coachingStyleOf({QStringLiteral("Consider a pause."), QStringLiteral("Good recap")}, *own)
              .praise == 1);

    for (const char* bad :
         {"you need to", "question: why", "directive:", "praise: ^", "directive: Great",
          "praise: 01234567890123456789012345678901234567890"
          "12345678901234567890123456789012345678901"}) {
        auto refused =
            phrasingRulesFromLines({QStringLiteral("praise: great"), QString::fromLatin1(bad)});
        INFO(bad);
        REQUIRE_FALSE(refused.has_value());
        CHECK(refused.error().startsWith(QStringLiteral("line 2")));
    }
}
