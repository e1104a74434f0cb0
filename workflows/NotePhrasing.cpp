#include "workflows/NotePhrasing.h"

#include <QRegularExpression>

namespace coachtrack::workflows {

namespace {

using P = NotePhrasing;

// Verbs that command when they open a sentence ("Ask about budget earlier.").
const char* const kImperatives[] = {
    "ask",     "tell",     "say",     "use",   "try",       "let",    "listen", "focus",
    "wait",    "pause",    "mention", "cut",   "drop",      "skip",   "bring",  "give",
    "show",    "talk",     "explain", "keep",  "find",      "follow", "get",    "make",
    "confirm", "book",     "send",    "check", "push",      "lead",   "open",   "close",
    "clarify", "quantify", "dig",     "probe", "slow down", "avoid",  "quit",   "remember",
    "be",      "go",       "put",     "start", "stay",      "speak",  "set"};

std::vector<PhrasingRule> buildDefaults()
{
    std::vector<PhrasingRule> rules = {
        {QStringLiteral("you need to"), P::Directive},
        {QStringLiteral("you should"), P::Directive},
        {QStringLiteral("you must"), P::Directive},
        {QStringLiteral("you have to"), P::Directive},
        {QStringLiteral("you've got to"), P::Directive},
        {QStringLiteral("you gotta"), P::Directive},
        {QStringLiteral("you ought to"), P::Directive},
        {QStringLiteral("make sure"), P::Directive},
        {QStringLiteral("be sure to"), P::Directive},
        {QStringLiteral("^don't"), P::Directive},
        {QStringLiteral("^do not"), P::Directive},
        {QStringLiteral("^stop"), P::Directive},
        {QStringLiteral("^never"), P::Directive},
        {QStringLiteral("^always"), P::Directive},
        {QStringLiteral("^please"), P::Directive},
        {QStringLiteral("next time,"), P::Directive},
        {QStringLiteral("^consider"), P::Directive},
        {QStringLiteral("it might help to"), P::Directive},
        {QStringLiteral("it would help to"), P::Directive},
    };
    for (const char* verb : kImperatives)
        rules.push_back({QStringLiteral("^") + QLatin1String(verb), P::Directive});
    for (const char* praise :
         {"great",     "well done", "nice",         "good job",      "excellent",  "loved",
          "love how",  "strong",    "brilliant",    "perfect",       "impressive", "awesome",
          "kudos",     "nailed",    "well handled", "good question", "good use",   "spot on",
          "fantastic", "superb",    "bravo"})
        rules.push_back({QString::fromLatin1(praise), P::Praise});
    return rules;
}

// The rule's pattern: whole words, any case, apostrophes straight or curly; "^" at a
// sentence's start (after an opening quote or dash too).
QRegularExpression patternOf(const PhrasingRule& rule)
{
    QString phrase = rule.phrase.trimmed();
    const bool atStart = phrase.startsWith(u'^');
    if (atStart)
        phrase.remove(0, 1);
    QString words = QRegularExpression::escape(phrase.trimmed());
    words.replace(QStringLiteral("\\ "), QStringLiteral("\\s+"));
    words.replace(QStringLiteral("\\'"), QStringLiteral("['’]")); // escape() made it \'
    words.replace(QStringLiteral("\\’"), QStringLiteral("['’]"));
    const QString tail = words.endsWith(u',') ? QString() : QStringLiteral("\\b");
    return QRegularExpression((atStart ? QStringLiteral("(?:^|[.!?;:]\\s+|[-–—\"“(]\\s*)(%1)%2")
                                       : QStringLiteral("\\b(%1)%2"))
                                  .arg(words, tail),
                              QRegularExpression::CaseInsensitiveOption |
                                  QRegularExpression::UseUnicodePropertiesOption);
}

const std::vector<PhrasingRule>& builtInRules()
{
    static const std::vector<PhrasingRule> rules = buildDefaults();
    return rules;
}

// The built-in rules' patterns, compiled once: the note line asks on every key press.
const std::vector<QRegularExpression>& builtInPatterns()
{
    static const std::vector<QRegularExpression> patterns = [] {
        std::vector<QRegularExpression> out;
        for (const PhrasingRule& rule : builtInRules())
            out.push_back(patternOf(rule));
        return out;
    }();
    return patterns;
}

// The patterns of `rules`: the built-in ones compiled once; a library's own list compiled
// when it changes (the last one is kept per thread).
const std::vector<QRegularExpression>& patternsOf(const std::vector<PhrasingRule>& rules)
{
    if (&rules == &builtInRules())
        return builtInPatterns();
    thread_local std::vector<PhrasingRule> lastRules;
    thread_local std::vector<QRegularExpression> lastPatterns;
    if (lastRules != rules || lastPatterns.size() != rules.size()) {
        lastRules = rules;
        lastPatterns.clear();
        for (const PhrasingRule& rule : rules)
            lastPatterns.push_back(patternOf(rule));
    }
    return lastPatterns;
}

std::optional<QString> firstMatch(const QString& text, const std::vector<PhrasingRule>& rules,
                                  NotePhrasing phrasing)
{
    const std::vector<QRegularExpression>& patterns = patternsOf(rules);
    for (size_t i = 0; i < rules.size(); ++i)
        if (rules[i].phrasing == phrasing)
            if (const auto m = patterns[i].match(text); m.hasMatch())
                return m.captured(1);
    return std::nullopt;
}

} // namespace

QString notePhrasingName(NotePhrasing phrasing)
{
    switch (phrasing) {
    case P::Question: return QStringLiteral("question");
    case P::Directive: return QStringLiteral("directive");
    case P::Praise: return QStringLiteral("praise");
    case P::Observation: return QStringLiteral("observation");
    }
    return {};
}

const std::vector<PhrasingRule>& defaultPhrasingRules()
{
    return builtInRules();
}

PhrasingVerdict classifyNote(const QString& text, const std::vector<PhrasingRule>& rules)
{
    // A command is flagged even beside a question; a question is not a command.
    if (auto matched = firstMatch(text, rules, P::Directive))
        return {P::Directive, *matched};
    if (text.contains(u'?') || text.contains(QChar(0xFF1F)))
        return {P::Question, {}};
    if (auto matched = firstMatch(text, rules, P::Praise))
        return {P::Praise, *matched};
    return {P::Observation, {}};
}

double CoachingStyle::askShare() const
{
    const int all = observations + questions + directives + praise;
    return all > 0 ? double(observations + questions) / double(all) : 0;
}

QString phrasingRuleLine(const PhrasingRule& rule)
{
    return QStringLiteral("%1: %2").arg(notePhrasingName(rule.phrasing), rule.phrase);
}

std::expected<std::vector<PhrasingRule>, QString> phrasingRulesFromLines(const QStringList& lines)
{
    std::vector<PhrasingRule> rules;
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = lines[i].trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const qsizetype colon = line.indexOf(u':');
        const QString label = line.left(colon).trimmed().toLower();
        const QString phrase = line.mid(colon + 1).trimmed();
        const bool known = label == u"directive" || label == u"praise";
        if (colon < 0 || !known || phrase.isEmpty() || phrase == u"^")
            return std::unexpected(QStringLiteral("line %1 (\"%2\"): write \"directive: "
                                                  "PHRASE\" or \"praise: PHRASE\"")
                                       .arg(i + 1)
                                       .arg(line.left(60)));
        if (phrase.size() > 80)
            return std::unexpected(
                QStringLiteral("line %1: a phrase holds at most 80 characters").arg(i + 1));
        for (const PhrasingRule& earlier : rules)
            if (earlier.phrase.compare(phrase, Qt::CaseInsensitive) == 0)
                return std::unexpected(
                    QStringLiteral("line %1: \"%2\" is already a rule").arg(i + 1).arg(phrase));
        rules.push_back({phrase, label == u"praise" ? P::Praise : P::Directive});
    }
    return rules;
}

std::vector<PhrasingRule> libraryPhrasingRules(annotations::Store& store)
{
    const auto lines = store.phrasingRules();
    if (!lines || !*lines)
        return defaultPhrasingRules();
    auto rules = phrasingRulesFromLines(**lines);
    return rules && !rules->empty() ? *rules : defaultPhrasingRules();
}

CoachingStyle coachingStyleOf(const QStringList& shareableTexts,
                              const std::vector<PhrasingRule>& rules)
{
    CoachingStyle style;
    for (const QString& text : shareableTexts) {
        const NotePhrasing phrasing = classifyNote(text, rules).phrasing;
        switch (phrasing) {
        case P::Question: ++style.questions; break;
        case P::Directive: ++style.directives; break;
        case P::Praise: ++style.praise; break;
        case P::Observation: ++style.observations; break;
        }
        style.toChange += phrasing != P::Praise;
    }
    return style;
}

std::optional<QString> directiveAsQuestion(const QString& text)
{
    static const QRegularExpression sentence(QStringLiteral("[^.!?]+[.!?]*"));
    static const QRegularExpression prescribe(
        QStringLiteral("^(.*?)\\b(?:you\\s+need\\s+to|you\\s+should|you\\s+must|you\\s+have\\s+to|"
                       "you['’]ve\\s+got\\s+to|you\\s+ought\\s+to|make\\s+sure\\s+(?:that\\s+)?"
                       "you|make\\s+sure\\s+to|be\\s+sure\\s+to|try\\s+to)\\s+(.+?)[.!]*$"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression forbid(
        QStringLiteral("^(?:don['’]t|do\\s+not|never)\\s+(.+?)[.!]*$"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression stop(QStringLiteral("^stop\\s+(.+?)[.!]*$"),
                                         QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression always(QStringLiteral("^always\\s+(.+?)[.!]*$"),
                                           QRegularExpression::CaseInsensitiveOption);
    for (auto it = sentence.globalMatch(text); it.hasNext();) {
        const auto part = it.next();
        const QString said = part.captured(0).trimmed();
        std::optional<QString> asked;
        if (const auto m = prescribe.match(said); m.hasMatch()) {
            const QString lead = m.captured(1).trimmed(); // "Next time," …
            asked = lead.isEmpty()
                        ? QStringLiteral("How could you %1?").arg(m.captured(2))
                        : QStringLiteral("%1 how could you %2?").arg(lead, m.captured(2));
        } else if (const auto n = forbid.match(said); n.hasMatch())
            asked = QStringLiteral("What would change if you didn't %1?").arg(n.captured(1));
        else if (const auto s = stop.match(said); s.hasMatch())
            asked = QStringLiteral("What would change if you stopped %1?").arg(s.captured(1));
        else if (const auto a = always.match(said); a.hasMatch())
            asked = QStringLiteral("What would help you %1 every time?").arg(a.captured(1));
        else if (classifyNote(said).phrasing == P::Directive && !said.contains(u'?')) {
            QString rest = said;
            while (!rest.isEmpty() && QStringLiteral(".!").contains(rest.back()))
                rest.chop(1);
            if (!rest.isEmpty() && rest.front().isUpper() && !rest.startsWith(QStringLiteral("I ")))
                rest[0] = rest[0].toLower();
            asked = QStringLiteral("How could you %1?").arg(rest);
        }
        if (asked) {
            QString out = text;
            out.replace(part.capturedStart(0), part.capturedLength(0),
                        (part.capturedStart(0) > 0 ? QStringLiteral(" ") : QString()) + *asked);
            return out.trimmed();
        }
    }
    return std::nullopt;
}

} // namespace coachtrack::workflows
