// `coachtrack moments` on the demo call: from the file alone (the speakers' moments), and as a
// library recording with its transcript (questions and keywords, the library's keyword list).
#include "CliLibrary.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace coachtrack::testing;

namespace {

QStringList kindsOf(const QString& json)
{
    QStringList kinds;
    for (const QJsonValue& v : QJsonDocument::fromJson(json.toUtf8()).array())
        kinds << v.toObject().value(QStringLiteral("kind")).toString();
    return kinds;
}

} // namespace

TEST_CASE("moments lists a call's moments from its file, or with its transcript from the library",
          "[app][cli][moments]")
{
    Library lib;
    const QString call = copyOfDemoCall(lib, QStringLiteral("demo.mp3"));
    const QString fromFile = lib.ok({QStringLiteral("moments"), call, QStringLiteral("--json")});
    const QStringList kinds = kindsOf(fromFile);
    CHECK(kinds.count(QStringLiteral("monologue")) == 1);
    CHECK(kinds.count(QStringLiteral("interruption")) == 1);
    CHECK(kinds.contains(QStringLiteral("buyer-turn")));
    CHECK_FALSE(kinds.contains(QStringLiteral("question"))); // no transcript, no words
    const QJsonObject monologue = QJsonDocument::fromJson(fromFile.toUtf8())
                                      .array()[kinds.indexOf(QStringLiteral("monologue"))]
                                      .toObject();
    CHECK(monologue.value(QStringLiteral("speaker")).toString() == u"rep");
    CHECK(monologue.value(QStringLiteral("start_ms")).toInteger() == Approx(51'859).margin(300));

    const QString rec = lib.ok({QStringLiteral("add"), call});
    lib.ok({QStringLiteral("transcript"), QStringLiteral("import"), rec, demoVttPath(),
            QStringLiteral("--speaker"), QStringLiteral("Alex=rep"), QStringLiteral("--speaker"),
            QStringLiteral("Jordan=buyer")});
    const QStringList withWords = kindsOf(lib.ok(
        {QStringLiteral("moments"), QStringLiteral("--rec"), rec, QStringLiteral("--json")}));
    CHECK(withWords.count(QStringLiteral("question")) >= 10);
    CHECK(withWords.count(QStringLiteral("keyword")) == 4); // cost ×2, decision, budget
    // The keyword list is the library's.
    CHECK(lib.ok({QStringLiteral("moments"), QStringLiteral("keywords"), QStringLiteral("--set"),
                  QStringLiteral("onboarding, finance")}) == u"onboarding, finance");
    const QString text = lib.ok({QStringLiteral("moments"), QStringLiteral("--rec"), rec});
    CHECK(text.contains(QStringLiteral("keyword                 onboarding (Alex): ")));
    CHECK_FALSE(text.contains(QStringLiteral("budget (Alex)")));
    CHECK(lib.ok({QStringLiteral("moments"), QStringLiteral("keywords"), QStringLiteral("--reset")})
              .startsWith(QStringLiteral("price, pricing, budget")));

    lib.checkRefused({{QStringLiteral("moments")},
                      {QStringLiteral("moments"), call, QStringLiteral("--rec"), rec},
                      {QStringLiteral("moments"), lib.file(QStringLiteral("none.mp3"))},
                      {QStringLiteral("moments"), QStringLiteral("--rec"), QStringLiteral("99")},
                      {QStringLiteral("moments"), call, QStringLiteral("--rep-channel"),
                       QStringLiteral("middle")}});
}
