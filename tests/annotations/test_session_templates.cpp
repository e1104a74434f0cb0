// Session templates: the structure a review session and its debrief follow, editable, one
// default; and each focus item's practice plan beside its question.
#include "StoreFixture.h"
#include "annotations/Debrief.h"
#include "support/Fixtures.h"

#include <QJsonObject>

using namespace coachtrack::annotations;
using coachtrack::testing::StoreFixture;

namespace {

SessionTemplate discoveryTemplate()
{
    return {0,
            QStringLiteral("Discovery drill"),
            false,
            {{TemplateSection::SelfAssessment, QStringLiteral("Your view first"),
              QStringLiteral("Ask before anything else")},
             {TemplateSection::Focus, QStringLiteral("What to practise"), {}},
             {TemplateSection::Commitment, QStringLiteral("Your commitment"), {}}}};
}

SessionTemplate saved(Store& store, const SessionTemplate& t)
{
    auto kept = store.saveSessionTemplate(t);
    INFO((kept ? QString() : kept.error().message).toStdString());
    REQUIRE(kept.has_value());
    return *kept;
}

} // namespace

TEST_CASE("a new library has one default template, the built-in one, which sessions follow",
          "[annotations][templates]")
{
    StoreFixture f;
    auto all = f.store->sessionTemplates();
    REQUIRE(all.has_value());
    REQUIRE(all->size() == 1);
    const SessionTemplate& standard = all->front();
    CHECK(standard.name == u"Standard review");
    CHECK(standard.isDefault);
    CHECK(standard.parts == builtInTemplate().parts);
    CHECK(standard.parts.size() == std::size(kTemplateSections));
    // The conversation's order: objectives, the rep's view (asked first), observations, focus
    // items, commitment.
    for (size_t i = 0; i < standard.parts.size(); ++i)
        CHECK(standard.parts[i].section == kTemplateSections[i]);
    CHECK(f.store->session(f.sessionId)->templateId == standard.id); // the default of its day
    CHECK(*f.store->templateOfSession(f.sessionId) == standard);
    CHECK(f.store->debriefSheet(f.sessionId)->layout == standard);
}

TEST_CASE("a session follows the template it is given, deleting one sends it to the default",
          "[annotations][templates]")
{
    StoreFixture f;
    const SessionTemplate drill = saved(*f.store, discoveryTemplate());
    CHECK(drill.id > 0);
    CHECK_FALSE(drill.isDefault);

    SessionChanges choose;
    choose.templateId = drill.id;
    REQUIRE(f.store->updateSession(f.sessionId, choose).has_value());
    CHECK(f.store->session(f.sessionId)->templateId == drill.id);
    CHECK(f.store->templateOfSession(f.sessionId)->name == u"Discovery drill");
    CHECK(f.store->debriefSheet(f.sessionId)->layout.parts == drill.parts);

    // An unknown template is refused and changes nothing.
    choose.templateId = drill.id + 100;
    auto refused = f.store->updateSession(f.sessionId, choose);
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().code == StoreErrorCode::NotFound);
    CHECK(f.store->session(f.sessionId)->templateId == drill.id);

    // The default cannot be deleted; another one can, and its sessions follow the default.
    const SessionTemplate standard = *f.store->sessionTemplate(QStringLiteral("standard REVIEW"));
    auto keep = f.store->deleteSessionTemplate(standard.id);
    REQUIRE_FALSE(keep.has_value());
    CHECK(keep.error().message.contains(QStringLiteral("make another one the default first")));
    REQUIRE(f.store->deleteSessionTemplate(drill.id).has_value());
    CHECK_FALSE(f.store->session(f.sessionId)->templateId.has_value());
    CHECK(f.store->templateOfSession(f.sessionId)->id == standard.id);

    // 0 goes back to following the default.
    const SessionTemplate again = saved(*f.store, discoveryTemplate());
    choose.templateId = again.id;
    REQUIRE(f.store->updateSession(f.sessionId, choose).has_value());
    choose.templateId = 0;
    REQUIRE(f.store->updateSession(f.sessionId, choose).has_value());
    CHECK_FALSE(f.store->session(f.sessionId)->templateId.has_value());
}

TEST_CASE("exactly one template is the default, which new sessions take, earlier ones keep theirs",
          "[annotations][templates]")
{
    StoreFixture f;
    const int64_t standardId = f.store->sessionTemplate(QStringLiteral("Standard review"))->id;
    const SessionTemplate drill = saved(*f.store, discoveryTemplate());
    REQUIRE(f.store->setDefaultSessionTemplate(drill.id).has_value());
    CHECK(f.store->templateOfSession(f.sessionId)->id == standardId);
    auto later = f.store->addRecording(coachtrack::testing::newRecording(
        QStringLiteral("/calls/later.mp3"), QStringLiteral("fp-later"), 60'000, QDate(2026, 11, 9),
        QStringLiteral("Later call"), QStringLiteral("Alex"), QString()));
    REQUIRE(later.has_value());
    const int64_t laterSession = f.store->currentSession(later->id)->id;
    CHECK(f.store->templateOfSession(laterSession)->id == drill.id);
    // A session that follows no template of its own (one from before version 8) follows the
    // default of the moment.
    SessionChanges none;
    none.templateId = 0;
    REQUIRE(f.store->updateSession(f.sessionId, none).has_value());
    int defaults = 0;
    const auto all = f.store->sessionTemplates();
    REQUIRE(all.has_value());
    for (const SessionTemplate& t : *all)
        defaults += t.isDefault ? 1 : 0;
    CHECK(defaults == 1);
    CHECK(f.store->sessionTemplate(QStringLiteral("Discovery drill"))->isDefault);
    CHECK(f.store->templateOfSession(f.sessionId)->id == drill.id);
    CHECK(f.store->setDefaultSessionTemplate(9999).error().code == StoreErrorCode::NotFound);
    CHECK(f.store->sessionTemplate(QStringLiteral("Discovery drill"))->isDefault);
}

TEST_CASE("a template that cannot be kept is refused with the reason, and nothing changes",
          "[annotations][templates]")
{
    StoreFixture f;
    const SessionTemplate drill = saved(*f.store, discoveryTemplate());
    auto refuse = [&](SessionTemplate t, const QString& why) {
        auto kept = f.store->saveSessionTemplate(t);
        INFO(why.toStdString());
        REQUIRE_FALSE(kept.has_value());
        CHECK(kept.error().code == StoreErrorCode::InvalidInput);
        CHECK(kept.error().message.contains(why));
    };
    SessionTemplate t = discoveryTemplate();
    t.name = QStringLiteral("discovery DRILL"); // names are unique without case
    refuse(t, QStringLiteral("already a template named"));
    t.name = QStringLiteral("  ");
    refuse(t, QStringLiteral("needs a name"));
    t.name = QStringLiteral("Two\nlines");
    refuse(t, QStringLiteral("one line"));
    t.name = QStringLiteral("Empty");
    t.parts.clear();
    refuse(t, QStringLiteral("needs the focus part"));
    t.parts = {{TemplateSection::Objectives, QStringLiteral("Goals"), {}}};
    refuse(t, QStringLiteral("needs the focus part"));
    t.parts = {{TemplateSection::Focus, QStringLiteral("A"), {}},
               {TemplateSection::Focus, QStringLiteral("B"), {}}};
    refuse(t, QStringLiteral("focus part twice"));
    t.parts = {{TemplateSection::Objectives, QStringLiteral(" "), {}},
               {TemplateSection::Focus, QStringLiteral("B"), {}}};
    refuse(t, QStringLiteral("needs a heading"));
    t.parts = {{TemplateSection::Focus, QStringLiteral("Goals"),
                QString(SessionTemplate::kMaxPrompt + 1, QLatin1Char('x'))}};
    refuse(t, QStringLiteral("at most 500"));
    CHECK(f.store->sessionTemplates()->size() == 2);
    CHECK(*f.store->sessionTemplate(drill.name) == drill);

    // Rewriting keeps the id and trims what was typed.
    SessionTemplate renamed = drill;
    renamed.name = QStringLiteral("  Discovery, second pass ");
    renamed.parts.front().heading = QStringLiteral(" Before we start ");
    const SessionTemplate kept = saved(*f.store, renamed);
    CHECK(kept.id == drill.id);
    CHECK(kept.name == u"Discovery, second pass");
    CHECK(kept.parts.front().heading == u"Before we start");
}

TEST_CASE("template parts read from JSON name what is wrong", "[annotations][templates]")
{
    auto parts = templatePartsFromJson(templatePartsToJson(builtInTemplate().parts));
    REQUIRE(parts.has_value());
    CHECK(*parts == builtInTemplate().parts);
    const QJsonArray unknown{QJsonObject{{QStringLiteral("section"), QStringLiteral("agenda")},
                                         {QStringLiteral("heading"), QStringLiteral("x")}}};
    CHECK(templatePartsFromJson(unknown).error().message.startsWith(
        QStringLiteral("part 1 of the template: \"section\" is \"agenda\"; it is one of")));
    const QJsonArray extra{QJsonObject{{QStringLiteral("section"), QStringLiteral("focus")},
                                       {QStringLiteral("heading"), QStringLiteral("x")},
                                       {QStringLiteral("colour"), QStringLiteral("red")}}};
    CHECK(templatePartsFromJson(extra).error().message.contains(
        QStringLiteral("\"colour\" is not a part's key")));
    const QJsonArray numberPrompt{QJsonObject{{QStringLiteral("section"), QStringLiteral("focus")},
                                              {QStringLiteral("heading"), QStringLiteral("x")},
                                              {QStringLiteral("prompt"), 5}}};
    CHECK(templatePartsFromJson(numberPrompt)
              .error()
              .message.contains(QStringLiteral("\"prompt\" is text")));
    const QJsonArray noHeading{QJsonObject{{QStringLiteral("section"), QStringLiteral("focus")}},
                               QJsonValue(3)};
    CHECK(templatePartsFromJson(noHeading).error().message.contains(QStringLiteral("heading")));
}

TEST_CASE("a focus item's practice plan sits beside its question, on the debrief too",
          "[annotations][templates][focus]")
{
    StoreFixture f;
    const int64_t focus = f.shareable(30'000, QStringLiteral("Pricing came before value"), true);
    const int64_t plain = f.shareable(60'000, QStringLiteral("Good recap"));
    REQUIRE(f.store->setFocusPlan(focus, QStringLiteral("  Two calls: value first  ")).has_value());
    REQUIRE(
        f.store->setFocusQuestion(focus, QStringLiteral("What did the buyer need?")).has_value());
    CHECK(f.store->focusGuides(f.sessionId)->at(focus) ==
          FocusGuide{QStringLiteral("What did the buyer need?"),
                     QStringLiteral("Two calls: value first")});
    auto sheet = f.store->debriefSheet(f.sessionId);
    REQUIRE(sheet->focus.size() == 1);
    CHECK(sheet->focus[0].question == u"What did the buyer need?");
    CHECK(sheet->focus[0].practicePlan == u"Two calls: value first");

    // Setting the question leaves the plan, and the other way round; empty removes one.
    REQUIRE(f.store->setFocusQuestion(focus, QString()).has_value());
    CHECK(f.store->focusGuides(f.sessionId)->at(focus).practicePlan == u"Two calls: value first");
    REQUIRE(f.store->setFocusPlan(focus, QString()).has_value());
    CHECK(f.store->focusGuides(f.sessionId)->empty());

    auto notFocus = f.store->setFocusPlan(plain, QStringLiteral("x"));
    REQUIRE_FALSE(notFocus.has_value());
    CHECK(notFocus.error().message.contains(QStringLiteral("not a focus item")));
    auto tooLong = f.store->setFocusPlan(focus, QString(2001, QLatin1Char('p')));
    REQUIRE_FALSE(tooLong.has_value());
    CHECK(tooLong.error().message.contains(QStringLiteral("practice plan holds at most 2000")));
}

TEST_CASE("a shareable copy keeps the templates, each session's choice and the practice plans",
          "[annotations][templates][share-copy]")
{
    coachtrack::testing::TempDir dir;
    StoreFixture f(dir.file(QStringLiteral("library.sqlite")));
    const SessionTemplate drill = saved(*f.store, discoveryTemplate());
    REQUIRE(f.store->setDefaultSessionTemplate(drill.id).has_value());
    const SessionTemplate standard = *f.store->sessionTemplate(QStringLiteral("Standard review"));
    SessionChanges choose;
    choose.templateId = standard.id;
    REQUIRE(f.store->updateSession(f.sessionId, choose).has_value());
    const int64_t focus = f.shareable(30'000, QStringLiteral("Pricing came before value"), true);
    REQUIRE(f.store->setFocusPlan(focus, QStringLiteral("Value first")).has_value());

    // A call reviewed with private notes only: its session stays behind (its existence would
    // say private notes were written).
    auto vented = f.store->addRecording(coachtrack::testing::newRecording(
        QStringLiteral("/calls/vent.mp3"), QStringLiteral("fp-vent"), 60'000, QDate(2026, 11, 9),
        QStringLiteral("Vent"), QStringLiteral("Alex"), QString()));
    REQUIRE(vented.has_value());
    const int64_t ventSession = f.store->currentSession(vented->id)->id;
    REQUIRE(f.store->addPrivateNote({ventSession, 1000, {}, QStringLiteral("Sigh"), {}, {}}));

    const QString out = dir.file(QStringLiteral("copy.sqlite"));
    auto report = f.store->writeShareableCopy(out);
    REQUIRE(report.has_value());
    CHECK(report->sessions == 1);
    CHECK(report->recordings == 2);
    auto copy = Store::open(out);
    REQUIRE(copy.has_value());
    // The templates with their headings, without the manager's prompts; the copy knows what
    // it is.
    auto copied = (*copy)->sessionTemplates();
    auto mine = f.store->sessionTemplates();
    REQUIRE(copied->size() == mine->size());
    for (size_t i = 0; i < mine->size(); ++i) {
        CHECK((*copied)[i].name == (*mine)[i].name);
        CHECK((*copied)[i].isDefault == (*mine)[i].isDefault);
        REQUIRE((*copied)[i].parts.size() == (*mine)[i].parts.size());
        for (size_t p = 0; p < (*mine)[i].parts.size(); ++p) {
            CHECK((*copied)[i].parts[p].heading == (*mine)[i].parts[p].heading);
            CHECK((*copied)[i].parts[p].prompt.isEmpty());
        }
    }
    CHECK(*(*copy)->isShareableCopy());
    CHECK((*copy)->session(ventSession).error().code == StoreErrorCode::NotFound);
    CHECK_FALSE(*f.store->isShareableCopy());
    CHECK((*copy)->templateOfSession(f.sessionId)->name == u"Standard review");
    auto sheet = (*copy)->debriefSheet(f.sessionId);
    REQUIRE(sheet->focus.size() == 1);
    CHECK(sheet->focus[0].practicePlan == u"Value first");
}
