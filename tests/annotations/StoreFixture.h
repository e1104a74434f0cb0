#pragma once

// A fresh library with one recording (10 minutes, rep "Alex") and its review session.

#include "annotations/Store.h"
#include "support/Recordings.h"

#include <catch2/catch.hpp>

namespace coachtrack::testing {

struct StoreFixture
{
    std::unique_ptr<annotations::Store> store;
    int64_t recordingId = 0;
    int64_t sessionId = 0;

    explicit StoreFixture(const QString& path = QStringLiteral(":memory:"))
    {
        auto opened = annotations::Store::open(path);
        INFO((opened ? std::string() : opened.error().message.toStdString()));
        REQUIRE(opened.has_value());
        store = std::move(*opened);
        auto rec = store->addRecording(
            newRecording(QStringLiteral("/calls/acme.mp3"), QStringLiteral("fp-acme"), 600'000,
                         QDate(2026, 11, 2), QStringLiteral("Acme discovery"),
                         QStringLiteral("Alex"), QStringLiteral("Acme")));
        REQUIRE(rec.has_value());
        recordingId = rec->id;
        auto session = store->currentSession(recordingId);
        REQUIRE(session.has_value());
        sessionId = session->id;
    }

    annotations::NoteDraft draft(int64_t atMs, const QString& text) const
    {
        return {sessionId, atMs, {}, text, {}, {}};
    }

    int64_t shareable(int64_t atMs, const QString& text, bool focus = false)
    {
        auto n = store->addShareableNote(draft(atMs, text), focus);
        INFO((n ? std::string() : n.error().message.toStdString()));
        REQUIRE(n.has_value());
        return n->id;
    }

    int64_t privateNote(int64_t atMs, const QString& text)
    {
        auto n = store->addPrivateNote(draft(atMs, text));
        REQUIRE(n.has_value());
        return n->id;
    }
};

} // namespace coachtrack::testing
