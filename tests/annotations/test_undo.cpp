// Undo/redo of every note command, merging, and the cap through random undo/redo walks.
#include "StoreFixture.h"
#include "annotations/UndoCommands.h"

#include <QRandomGenerator>
#include <QUndoStack>

using namespace coachtrack;
using namespace coachtrack::annotations;
using namespace coachtrack::testing;

namespace {

struct UndoFixture : StoreFixture
{
    QUndoStack stack;
    std::vector<StoreError> errors;
    UndoContext context()
    {
        return {store.get(), [this](const StoreError& e) { errors.push_back(e); }};
    }
};

} // namespace

TEST_CASE("add, edit, retime, focus and delete undo and redo exactly", "[annotations][undo]")
{
    UndoFixture f;
    auto* add =
        new AddNoteCommand(f.context(), Track::Shareable, f.draft(10'000, QStringLiteral("First")));
    f.stack.push(add);
    const int64_t id = add->noteId();
    REQUIRE(id > 0);
    f.stack.push(new FocusCommand(f.context(), id, true));
    REQUIRE(f.store->setFocusStatus(id, FocusStatus::Practising).has_value());
    f.stack.push(
        new EditNoteTextCommand(f.context(), id, QStringLiteral("First"), QStringLiteral("Fir")));
    f.stack.push(new EditNoteTextCommand(f.context(), id, QStringLiteral("Fir"),
                                         QStringLiteral("First, better")));
    CHECK(f.stack.count() == 3); // typing merged
    f.stack.push(new RetimeNoteCommand(f.context(), id, {10'000, {}}, {11'000, {}}));
    f.stack.push(new RetimeNoteCommand(f.context(), id, {11'000, {}}, {12'500, 13'000}));
    CHECK(f.stack.count() == 4); // the drag merged
    f.stack.push(new DeleteNoteCommand(f.context(), id));
    CHECK_FALSE(f.store->shareableNote(id).has_value());

    f.stack.undo(); // delete
    auto back = f.store->shareableNote(id);
    REQUIRE(back.has_value());
    CHECK(back->focus == FocusStatus::Practising); // same note, same focus status
    CHECK(back->startMs == 12'500);
    CHECK(back->endMs == 13'000);
    f.stack.undo(); // retime
    CHECK(f.store->shareableNote(id)->startMs == 10'000);
    f.stack.undo(); // edit
    CHECK(f.store->shareableNote(id)->text == QStringLiteral("First"));
    f.stack.undo(); // focus
    CHECK_FALSE(f.store->shareableNote(id)->focus.has_value());
    f.stack.undo(); // add
    CHECK_FALSE(f.store->shareableNote(id).has_value());
    while (f.stack.index() < f.stack.count() - 1)
        f.stack.redo(); // everything but the delete
    back = f.store->shareableNote(id);
    REQUIRE(back.has_value());
    CHECK(back->id == id);
    CHECK(back->text == QStringLiteral("First, better"));
    CHECK(back->startMs == 12'500);
    CHECK(back->focus == FocusStatus::Open);
    f.stack.redo(); // the delete again
    CHECK_FALSE(f.store->shareableNote(id).has_value());
    CHECK(f.errors.empty());
}

TEST_CASE("rephrase and demote undo with the private original untouched", "[annotations][undo]")
{
    UndoFixture f;
    const int64_t vent = f.privateNote(30'000, QStringLiteral("Interrupted the buyer AGAIN"));
    auto* rephrase =
        new RephraseNoteCommand(f.context(), vent, QStringLiteral("Let the buyer finish"));
    f.stack.push(rephrase);
    const int64_t twin = rephrase->twinId();
    CHECK(f.store->privateNote(vent)->rephrasedAs == twin);
    f.stack.push(new FocusCommand(f.context(), twin, true));
    REQUIRE(f.store->setFocusStatus(twin, FocusStatus::Achieved).has_value());
    f.stack.push(new FocusCommand(f.context(), twin, false));
    f.stack.undo(); // demote
    CHECK(f.store->shareableNote(twin)->focus == FocusStatus::Achieved);
    f.stack.undo();
    f.stack.undo(); // rephrase
    CHECK_FALSE(f.store->shareableNote(twin).has_value());
    CHECK_FALSE(f.store->privateNote(vent)->rephrasedAs.has_value());
    CHECK(f.store->privateNote(vent)->text == QStringLiteral("Interrupted the buyer AGAIN"));
    f.stack.redo();
    CHECK(f.store->shareableNote(twin).has_value());
    CHECK(f.store->privateNote(vent)->rephrasedAs == twin);
}

TEST_CASE("a command that fails is reported and not recorded", "[annotations][undo]")
{
    UndoFixture f;
    SessionChanges one;
    one.focusCap = 1;
    REQUIRE(f.store->updateSession(f.sessionId, one).has_value());
    f.shareable(1000, QStringLiteral("focused"), true);
    const int64_t other = f.shareable(2000, QStringLiteral("other"));
    f.stack.push(new FocusCommand(f.context(), other, true));
    CHECK(f.stack.count() == 0);
    REQUIRE(f.errors.size() == 1);
    CHECK(f.errors[0].code == StoreErrorCode::CapReached);
}

TEST_CASE("random walks of commands, undo and redo never exceed the cap",
          "[annotations][undo][property]")
{
    QRandomGenerator rng(2026);
    for (int walk = 0; walk < 25; ++walk) {
        UndoFixture f;
        SessionChanges cap;
        cap.focusCap = 1 + int(rng.bounded(3));
        REQUIRE(f.store->updateSession(f.sessionId, cap).has_value());
        std::vector<int64_t> ids;
        for (int step = 0; step < 60; ++step) {
            const int action = int(rng.bounded(7));
            if (action == 0 || ids.empty()) {
                const int before = f.stack.index();
                f.stack.push(new AddNoteCommand(
                    f.context(), Track::Shareable,
                    f.draft(rng.bounded(600'000), QStringLiteral("n%1").arg(step)),
                    rng.bounded(2) == 0));
                // A failed command is deleted by QUndoStack, so only read it back from the stack.
                if (f.stack.index() > before)
                    ids.push_back(
                        static_cast<const AddNoteCommand*>(f.stack.command(before))->noteId());
            } else if (action == 1) {
                f.stack.push(
                    new FocusCommand(f.context(), ids[rng.bounded(int(ids.size()))], true));
            } else if (action == 2) {
                f.stack.push(
                    new FocusCommand(f.context(), ids[rng.bounded(int(ids.size()))], false));
            } else if (action == 3) {
                f.stack.push(new DeleteNoteCommand(f.context(), ids[rng.bounded(int(ids.size()))]));
            } else if (action == 4 || action == 5) {
                if (f.stack.canUndo())
                    f.stack.undo();
            } else if (f.stack.canRedo()) {
                f.stack.redo();
            }
            REQUIRE(*f.store->focusCount(f.sessionId) <= cap.focusCap.value());
        }
        CHECK(*f.store->integrityOk());
    }
}
