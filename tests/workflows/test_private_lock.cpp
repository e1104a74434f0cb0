// Encrypting private notes with the key in the desktop's secret store, or a passphrase, and
// opening them again. The [keyring] cases run against a real GNOME Keyring started by
// tests/support/with_keyring.sh (CTest's "private notes key in a real Secret Service").
#include "../annotations/StoreFixture.h"
#include "support/Fixtures.h"
#include "workflows/PrivateKeyring.h"
#include "workflows/PrivateLock.h"

using namespace coachtrack;
using namespace coachtrack::annotations;
using namespace coachtrack::testing;

namespace {

std::unique_ptr<Store> reopen(const QString& path)
{
    workflows::forgetRememberedKeys(); // as a new process would
    auto store = Store::open(path);
    REQUIRE(store.has_value());
    return std::move(*store);
}

} // namespace

TEST_CASE("the key kept in a real Secret Service opens the private notes in a later process",
          "[.][keyring][privacy][encryption]")
{
    REQUIRE(workflows::keyring::unavailableReason().toStdString() == "");
    TempDir dir;
    const QString path = dir.file(QStringLiteral("library.sqlite"));
    int64_t note = 0;
    QString libraryId;
    {
        StoreFixture lib(path);
        note = lib.privateNote(1000, QStringLiteral("Zqxkeyringcanary"));
        REQUIRE(workflows::encryptPrivateNotes(*lib.store, {}).has_value());
        CHECK(lib.store->privateKeyStorage() == Store::KeyStorage::Keyring);
        libraryId = lib.store->libraryId();
    }
    CHECK_FALSE(readFile(path).contains("Zqxkeyringcanary"));
    auto key = workflows::keyring::load(libraryId);
    REQUIRE(key.has_value());
    REQUIRE(key->has_value());

    auto store = reopen(path);
    REQUIRE(store->isPrivateLocked());
    REQUIRE(workflows::unlockPrivateNotes(*store, nullptr).has_value());
    CHECK(store->privateNote(note)->text == u"Zqxkeyringcanary");
    CHECK(workflows::describePrivateLock(*store).endsWith(QStringLiteral("unlocked")));

    // A key gone from the secret store: locked, told why, nothing lost.
    REQUIRE(workflows::keyring::forget(libraryId).has_value());
    store = reopen(path);
    auto missing = workflows::unlockPrivateNotes(*store, nullptr);
    REQUIRE_FALSE(missing.has_value());
    CHECK(missing.error().message.contains(QStringLiteral("has no key for this library")));
    CHECK(store->privateNotes(store->privateNote(note)->sessionId)->size() == 1);
}

TEST_CASE("without a secret store encrypting asks for a passphrase and changes nothing",
          "[workflows][privacy][encryption]")
{
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/coachtrack-test-bus");
    qunsetenv("DISPLAY");
    TempDir dir;
    StoreFixture lib(dir.file(QStringLiteral("library.sqlite")));
    const int64_t note = lib.privateNote(1000, QStringLiteral("stays readable"));
    auto refused = workflows::encryptPrivateNotes(*lib.store, {});
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().message.contains(QStringLiteral("encrypt with a passphrase instead")));
    CHECK(lib.store->privateKeyStorage() == Store::KeyStorage::None);
    CHECK(lib.store->privateNote(note)->text == u"stays readable");
}

TEST_CASE("a passphrase is asked again when wrong, and the key is remembered for the process",
          "[workflows][privacy][encryption]")
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("library.sqlite"));
    int64_t note = 0;
    {
        StoreFixture lib(path);
        note = lib.privateNote(1000, QStringLiteral("venting"));
        REQUIRE(workflows::encryptPrivateNotes(*lib.store, QStringLiteral("long enough phrase")));
    }
    auto store = reopen(path);
    QStringList answers{QStringLiteral("nope"), QStringLiteral("long enough phrase")};
    int asked = 0;
    auto prompt = [&]() -> std::optional<QString> {
        ++asked;
        return answers.isEmpty() ? std::nullopt : std::optional(answers.takeFirst());
    };
    REQUIRE(workflows::unlockPrivateNotes(*store, prompt).has_value());
    CHECK(asked == 2);
    CHECK(store->privateNote(note)->text == u"venting");

    // The next review in this process opens without asking.
    auto again = Store::open(path);
    REQUIRE(again.has_value());
    REQUIRE(workflows::unlockPrivateNotes(**again, prompt).has_value());
    CHECK(asked == 2);

    // Three wrong answers: locked, and the message says why.
    store = reopen(path);
    answers = {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d")};
    auto wrong = workflows::unlockPrivateNotes(*store, prompt);
    REQUIRE_FALSE(wrong.has_value());
    CHECK(wrong.error().message.contains(QStringLiteral("wrong passphrase")));
    CHECK(answers.size() == 1); // asked three times, not more
    CHECK(store->isPrivateLocked());
}
