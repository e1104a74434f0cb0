-- Coachtrack library schema, version 3: private notes at rest.
-- Settings that belong to the library rather than to one computer: how many days private notes
-- are kept (private_retention_days; absent: until deleted), the library's own id (library_id,
-- which names its key in the desktop's secret store), and, once private notes are encrypted,
-- how their key is kept (private_key_storage: keyring or passphrase), a value sealed with it
-- that tells a right key from a wrong one (private_key_check), and for a passphrase the key
-- wrapped by one derived from it (private_key_wrapped, private_kdf_salt, private_kdf_ops,
-- private_kdf_mem). After this upgrade the store also wipes what older versions left of
-- deleted private text (VACUUM and an optimized private index); from now on it is wiped as it
-- is deleted.

CREATE TABLE library_settings (
    key    TEXT PRIMARY KEY,
    value  TEXT NOT NULL
) WITHOUT ROWID;

INSERT INTO library_settings (key, value) VALUES ('library_id', lower(hex(randomblob(16))));

-- An encrypted private note keeps its text and tags here, sealed with the library's key (a
-- 24-byte nonce, then XChaCha20-Poly1305 ciphertext of {"text", "tags"} bound to the note's
-- id); its text column then holds only the placeholder '•', which the index ignores.
ALTER TABLE private_notes ADD COLUMN sealed BLOB;
