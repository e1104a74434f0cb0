#pragma once

#include "annotations/Store.h"
#include "workflows/WorkflowError.h"

#include <QString>
#include <functional>
#include <optional>

namespace coachtrack::workflows {

// Asks the user for the library's passphrase (the window's dialog, the terminal, or
// COACHTRACK_PASSPHRASE for scripts); nullopt when they would not give one.
using PassphrasePrompt = std::function<std::optional<QString>()>;

// Opens the private notes of an encrypted library: with a key this process already used for
// it, else the key in the desktop's secret store, else a passphrase from `prompt` (asked
// again, up to three times, when wrong). The key is remembered in this process's memory only,
// so one review after another asks once. Does nothing for a library that is not encrypted.
// On failure the library stays open and locked, and the error says why (a wrong passphrase,
// no key in the secret store, no secret store).
Expected<void> unlockPrivateNotes(annotations::Store& store, const PassphrasePrompt& prompt);

// Opens the library at `path` with its private notes unlocked when this process already knows
// their key (a review or a command unlocked them before); never asks. For background work
// (exports, the library's search) that must not prompt.
annotations::Result<std::unique_ptr<annotations::Store>> openWithKnownKey(const QString& path);

// Encrypts the library's private notes with a new key: kept in the desktop's secret store
// when `passphrase` is empty (refused, saying why, when there is none), else wrapped by the
// passphrase in the library itself. The key is saved before any note is sealed, so a failure
// loses nothing.
Expected<void> encryptPrivateNotes(annotations::Store& store, const QString& passphrase);

// What the window shows for a private note: its text, or why it cannot be read ("Locked: …",
// "Damaged: …").
QString shownText(const annotations::PrivateNote& note);

// Forgets the keys this process remembered (tests; a "lock now" later).
void forgetRememberedKeys();

// One line for the user: "not encrypted", "encrypted; key in the desktop's secret store;
// unlocked", …
QString describePrivateLock(const annotations::Store& store);

} // namespace coachtrack::workflows
