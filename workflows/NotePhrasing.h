#pragma once

#include "annotations/Store.h"

#include <QString>
#include <QStringList>
#include <expected>
#include <optional>
#include <vector>

namespace coachtrack::workflows {

// How a shareable note is phrased to the rep. Coaching practice: statements inform, questions
// persuade; a directive ("you need to…") puts the manager in tell mode.
enum class NotePhrasing
{
    Question,    // asks the rep ("What did you want to happen next?")
    Directive,   // commands or prescribes ("You need to…", "Don't…", "Always…")
    Praise,      // says what went well ("Great opener")
    Observation, // says what happened, neither of the above
};
QString notePhrasingName(NotePhrasing phrasing); // "question", "directive", "praise", "observation"

// One rule of the English list: a phrase (whole words, any case; "…" stands for any words)
// and what it makes a note. The first rule that matches decides, questions before the rest.
struct PhrasingRule
{
    QString phrase;
    NotePhrasing phrasing = NotePhrasing::Directive;
    bool operator==(const PhrasingRule&) const = default;
};

// The rules that ship (English): directives ("you need to", "you should", "don't", "stop",
// "always", "never", "make sure", …) and praise ("great", "well done", "nice", …).
const std::vector<PhrasingRule>& defaultPhrasingRules();
// A rule as a line of the library's editable list: "directive: you need to", "praise: great"
// ("^" before a phrase: only at a sentence's start).
QString phrasingRuleLine(const PhrasingRule& rule);
// The rules of such lines, in order; a line that is not "directive: PHRASE" or "praise:
// PHRASE" makes an error that names it. Blank lines and lines starting with # are skipped.
std::expected<std::vector<PhrasingRule>, QString> phrasingRulesFromLines(const QStringList& lines);
// The rules a library uses: its own list (Store::phrasingRules), else the built-in one.
std::vector<PhrasingRule> libraryPhrasingRules(annotations::Store& store);

// How `text` is phrased, and the words that made it so (empty for a question mark or an
// observation). Pure; any thread.
struct PhrasingVerdict
{
    NotePhrasing phrasing = NotePhrasing::Observation;
    QString matched;
};
PhrasingVerdict classifyNote(const QString& text,
                             const std::vector<PhrasingRule>& rules = defaultPhrasingRules());

// How a session's shareable notes are phrased: the manager's own view (never on a debrief or
// a team server). `toChange` counts the notes that are not praise.
struct CoachingStyle
{
    int observations = 0;
    int questions = 0;
    int directives = 0;
    int praise = 0;
    int toChange = 0;
    // More than this many things to change for one call reads like a laundry list.
    static constexpr int kLaundryList = 8;
    bool laundryList() const { return toChange > kLaundryList; }
    // Notes phrased as observations or questions, of all notes (0 without notes).
    double askShare() const;
};
CoachingStyle coachingStyleOf(const QStringList& shareableTexts,
                              const std::vector<PhrasingRule>& rules = defaultPhrasingRules());

// A directive turned into a question for the rep ("You need to ask about budget earlier." →
// "What would change if you asked about budget earlier?" is beyond rules; this gives "How could
// you ask about budget earlier?"); nullopt when the text is not a directive this knows how to
// turn. Pure; any thread.
std::optional<QString> directiveAsQuestion(const QString& text);

} // namespace coachtrack::workflows
