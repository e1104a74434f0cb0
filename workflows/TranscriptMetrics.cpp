#include "workflows/TranscriptMetrics.h"

#include <QObject>
#include <QRegularExpression>
#include <map>

namespace coachtrack::workflows {

QStringList defaultFillerWords()
{
    return {QStringLiteral("um"),       QStringLiteral("uh"),        QStringLiteral("erm"),
            QStringLiteral("like"),     QStringLiteral("you know"),  QStringLiteral("basically"),
            QStringLiteral("actually"), QStringLiteral("literally"), QStringLiteral("sort of"),
            QStringLiteral("kind of"),  QStringLiteral("I mean")};
}

int countQuestions(const QString& text)
{
    static const QRegularExpression asked(QStringLiteral("[^.!?？¿\\s][^.!?？]*[?？]"));
    int n = 0;
    for (auto it = asked.globalMatch(text); it.hasNext(); it.next())
        ++n;
    return n;
}

namespace {

int countWords(const QString& text)
{
    static const QRegularExpression word(QStringLiteral("[\\w'’-]+"),
                                         QRegularExpression::UseUnicodePropertiesOption);
    int n = 0;
    for (auto it = word.globalMatch(text); it.hasNext(); it.next())
        ++n;
    return n;
}

QRegularExpression fillerPattern(const QStringList& fillers)
{
    QStringList alternatives;
    for (const QString& f : fillers) {
        if (f.trimmed().isEmpty())
            continue;
        // "like" is mostly a plain word ("a decision like this"); it fills only when set off
        // by a comma ("we are, like, behind").
        if (f.trimmed().compare(QLatin1String("like"), Qt::CaseInsensitive) == 0) {
            alternatives << QStringLiteral("(?<=,|,\\s)like|like(?=\\s*,)");
            continue;
        }
        alternatives << QRegularExpression::escape(f.trimmed())
                            .replace(QStringLiteral("\\ "), QStringLiteral("\\s+"));
    }
    if (alternatives.isEmpty())
        return {};
    return QRegularExpression(QStringLiteral("\\b(?:%1)\\b").arg(alternatives.join(u'|')),
                              QRegularExpression::CaseInsensitiveOption |
                                  QRegularExpression::UseUnicodePropertiesOption);
}

double perMinute(double count, int64_t ms)
{
    return ms > 0 ? count * 60'000.0 / double(ms) : 0;
}

} // namespace

std::vector<SpeakerMetrics> transcriptMetrics(const annotations::RecordingTranscript& transcript,
                                              int64_t callMs, const QStringList& fillers,
                                              int64_t pauseMs)
{
    std::map<QString, SpeakerMetrics> by;
    for (const auto& s : transcript.speakers)
        by[s.name] = SpeakerMetrics{s.name, s.role};
    std::map<QString, int> words, fillerCount;
    const QRegularExpression filler = fillerPattern(fillers);
    int64_t totalTalk = 0;
    QString runSpeaker;
    int64_t runStart = 0, runEnd = 0;
    auto closeRun = [&] {
        if (!runSpeaker.isEmpty())
            by[runSpeaker].longestMonologueMs =
                std::max(by[runSpeaker].longestMonologueMs, runEnd - runStart);
    };
    for (const auto& line : transcript.lines) {
        if (line.speaker.isEmpty())
            continue;
        SpeakerMetrics& m = by[line.speaker];
        m.name = line.speaker;
        const int64_t length = line.endMs - line.startMs;
        m.talkMs += length;
        totalTalk += length;
        m.questions += countQuestions(line.text);
        words[line.speaker] += countWords(line.text);
        if (filler.isValid() && !filler.pattern().isEmpty())
            for (auto it = filler.globalMatch(line.text); it.hasNext(); it.next())
                ++fillerCount[line.speaker];
        if (line.speaker == runSpeaker && line.startMs - runEnd <= pauseMs) {
            runEnd = std::max(runEnd, line.endMs);
        } else {
            closeRun();
            runSpeaker = line.speaker;
            runStart = line.startMs;
            runEnd = line.endMs;
        }
    }
    closeRun();
    std::vector<SpeakerMetrics> out;
    for (auto& [name, m] : by) {
        m.share = totalTalk > 0 ? double(m.talkMs) / double(totalTalk) : 0;
        m.questionsPer10Min = callMs > 0 ? m.questions * 600'000.0 / double(callMs) : 0;
        m.wordsPerMinute = perMinute(words[name], m.talkMs);
        m.fillersPerMinute = perMinute(fillerCount[name], m.talkMs);
        out.push_back(m);
    }
    return out;
}

namespace {

const SpeakerMetrics* biggestWith(const std::vector<SpeakerMetrics>& speakers,
                                  annotations::SpeakerRole role)
{
    const SpeakerMetrics* best = nullptr;
    for (const auto& m : speakers)
        if (m.role == role && (!best || m.talkMs > best->talkMs))
            best = &m;
    return best;
}

int64_t talkWith(const std::vector<SpeakerMetrics>& speakers, annotations::SpeakerRole role)
{
    int64_t ms = 0;
    for (const auto& m : speakers)
        ms += m.role == role ? m.talkMs : 0;
    return ms;
}

} // namespace

std::optional<double> managerShareOfSellingSide(const std::vector<SpeakerMetrics>& speakers)
{
    using annotations::SpeakerRole;
    if (!biggestWith(speakers, SpeakerRole::Manager))
        return std::nullopt;
    const int64_t manager = talkWith(speakers, SpeakerRole::Manager);
    const int64_t selling = manager + talkWith(speakers, SpeakerRole::Rep);
    return selling > 0 ? std::optional(double(manager) / double(selling)) : std::nullopt;
}

QStringList libraryFillerWords(annotations::Store& store)
{
    auto words = store.fillerWords();
    return words && *words ? **words : defaultFillerWords();
}

std::vector<SpeakerMetrics> recordingTranscriptMetrics(annotations::Store& store,
                                                       int64_t recordingId, int64_t callMs)
{
    auto t = store.transcript(recordingId);
    if (!t || !*t)
        return {};
    return transcriptMetrics(**t, callMs, libraryFillerWords(store));
}

std::optional<annotations::DebriefTranscript>
debriefTranscriptOf(const std::vector<SpeakerMetrics>& speakers)
{
    using annotations::SpeakerRole;
    const SpeakerMetrics* rep = biggestWith(speakers, SpeakerRole::Rep);
    if (!rep)
        return std::nullopt;
    annotations::DebriefTranscript d;
    d.repQuestions = rep->questions;
    d.repQuestionsPer10Min = rep->questionsPer10Min;
    d.repWordsPerMinute = rep->wordsPerMinute;
    d.repFillersPerMinute = rep->fillersPerMinute;
    if (biggestWith(speakers, SpeakerRole::Buyer)) {
        int asked = 0;
        for (const auto& m : speakers)
            asked += m.role == SpeakerRole::Buyer ? m.questions : 0;
        d.buyerQuestions = asked;
    }
    d.managerShare = managerShareOfSellingSide(speakers);
    return d;
}

void fillTalkFromTranscript(std::optional<annotations::DebriefTalk>& talk,
                            const std::vector<SpeakerMetrics>& speakers)
{
    using annotations::SpeakerRole;
    const SpeakerMetrics* rep = biggestWith(speakers, SpeakerRole::Rep);
    if (talk && talk->perSpeaker)
        return;
    if (!rep) {
        if (talk && !speakers.empty())
            talk->note = QObject::tr("One channel: per-speaker figures come from the "
                                     "transcript once its speakers have roles.");
        return;
    }
    if (!talk)
        talk.emplace();
    talk->repShare = rep->share;
    talk->repLongestMonologueMs = rep->longestMonologueMs;
    if (const SpeakerMetrics* buyer = biggestWith(speakers, SpeakerRole::Buyer))
        talk->buyerLongestMonologueMs = buyer->longestMonologueMs;
    talk->note = QObject::tr("Your share and monologues are from the call's transcript.");
}

} // namespace coachtrack::workflows
