/**
 * Accounts for office mode (colleagues using Cakap from their browsers over the office network):
 * each person signs in with their own name and password, so the audit log says who did what.
 * Passwords are stored only as scrypt hashes with their own salt; a session is stored only as the
 * SHA-256 of its token (the token itself lives in the browser's cookie).
 */
export default /* sql */ `
CREATE TABLE accounts (
  id             INTEGER PRIMARY KEY,
  username       TEXT NOT NULL,
  full_name      TEXT NOT NULL,
  role           TEXT NOT NULL CHECK (role IN ('admin', 'operator', 'reader')),
  password_hash  TEXT NOT NULL,
  failed_count   INTEGER NOT NULL DEFAULT 0,
  locked_until   TEXT,
  created_at     TEXT NOT NULL,
  created_by     TEXT NOT NULL,
  disabled_at    TEXT,
  disabled_by    TEXT
) STRICT;
CREATE UNIQUE INDEX accounts_username ON accounts (username COLLATE NOCASE);

CREATE TABLE sessions (
  token_hash    TEXT PRIMARY KEY,
  account_id    INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
  created_at    TEXT NOT NULL,
  last_seen_at  TEXT NOT NULL,
  expires_at    TEXT NOT NULL,
  address       TEXT
) STRICT, WITHOUT ROWID;
CREATE INDEX sessions_account ON sessions (account_id);
`;
