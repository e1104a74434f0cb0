#pragma once

// A manager with a team of two reps on a fresh team database (the tests' PostgreSQL server):
// Alex (the store fixture's rep) and Blake, each with a published session holding a focus
// item, a shareable note and a private canary.
#include "TeamDatabase.h"
#include "annotations/StoreFixture.h"
#include "support/Fixtures.h"
#include "sync/TeamPublisher.h"
#include "sync/TeamRoster.h"

namespace coachtrack::testing {

inline const QString kCanary = QStringLiteral("PRIVATECANARY_OTTER");

struct Team
{
    TeamDatabase db;
    QString manager = db.uniqueLogin(QStringLiteral("mgr"));
    QString alex = db.uniqueLogin(QStringLiteral("alex"));
    QString blake = db.uniqueLogin(QStringLiteral("blake"));
    const QString password = QStringLiteral("pw-") + QUuid::createUuid().toString(QUuid::Id128);
    StoreFixture local;
    int64_t blakeSession = 0;
    int64_t focusNote = 0;
    int64_t plainNote = 0;
    std::unique_ptr<sync::PgConnection> server;

    Team()
    {
        auto admin = db.admin();
        REQUIRE(sync::TeamSchema::ensure(*admin).has_value());
        REQUIRE(sync::TeamSchema::addManager(*admin, manager, password).has_value());
        server = db.connect(manager, password);
        REQUIRE(sync::TeamRoster::addRep(*server, QStringLiteral("Alex"), alex, password));
        REQUIRE(sync::TeamRoster::addRep(*server, QStringLiteral("Blake"), blake, password));

        focusNote = local.shareable(30'000, QStringLiteral("Ask about their timeline"), true);
        plainNote = local.shareable(60'000, QStringLiteral("Good summary of next steps"));
        local.privateNote(45'000, kCanary + QStringLiteral(" they rambled"));
        auto rec = local.store->addRecording(
            newRecording(QStringLiteral("/calls/zenith.mp3"), QStringLiteral("fp-zenith"), 300'000,
                         QDate(2026, 11, 3), QStringLiteral("Zenith renewal"),
                         QStringLiteral("Blake"), QStringLiteral("Zenith")));
        REQUIRE(rec.has_value());
        auto session = local.store->currentSession(rec->id);
        REQUIRE(session.has_value());
        blakeSession = session->id;
        REQUIRE(local.store->addShareableNote(
            {blakeSession, 10'000, {}, QStringLiteral("Blake's own feedback"), {}, {}}, true));
        REQUIRE(local.store->addPrivateNote(
            {blakeSession, 12'000, {}, kCanary + QStringLiteral(" about Blake"), {}, {}}));
        sync::TeamPublisher publisher(*local.store, *server);
        REQUIRE(publisher.publish(local.sessionId).has_value());
        REQUIRE(publisher.publish(blakeSession).has_value());
    }

    qint64 count(sync::PgConnection& c, const QString& table)
    {
        auto rows = c.exec(QStringLiteral("SELECT count(*) FROM coachtrack.%1").arg(table));
        INFO((rows ? std::string() : rows.error().message.toStdString()));
        REQUIRE(rows.has_value());
        return rows->number(0, 0);
    }
};

} // namespace coachtrack::testing
