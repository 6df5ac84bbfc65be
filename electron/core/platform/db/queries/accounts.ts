import type { Db } from '../types';

export type Role = 'admin' | 'operator' | 'reader';

export interface AccountRow {
  id: number;
  username: string;
  full_name: string;
  role: Role;
  password_hash: string;
  failed_count: number;
  locked_until: string | null;
  created_at: string;
  created_by: string;
  disabled_at: string | null;
  disabled_by: string | null;
}

export interface SessionRow {
  token_hash: string;
  account_id: number;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
  address: string | null;
}

/** Office-mode accounts and their sessions. */
export function accountQueries(db: Db) {
  const all = db.prepare<[], AccountRow>('SELECT * FROM accounts ORDER BY disabled_at IS NOT NULL, username COLLATE NOCASE');
  const byUsername = db.prepare<[string], AccountRow>('SELECT * FROM accounts WHERE username = ? COLLATE NOCASE');
  const byId = db.prepare<[number], AccountRow>('SELECT * FROM accounts WHERE id = ?');
  const insert = db.prepare(
    `INSERT INTO accounts (username, full_name, role, password_hash, created_at, created_by) VALUES (@username, @full_name, @role, @password_hash, @created_at, @created_by)`,
  );
  const setDisabled = db.prepare<[string | null, string | null, number]>('UPDATE accounts SET disabled_at = ?, disabled_by = ? WHERE id = ?');
  const setPassword = db.prepare<[string, number]>('UPDATE accounts SET password_hash = ?, failed_count = 0, locked_until = NULL WHERE id = ?');
  const setFailures = db.prepare<[number, string | null, number]>('UPDATE accounts SET failed_count = ?, locked_until = ? WHERE id = ?');
  const activeAdmins = db.prepare<[], { n: number }>("SELECT COUNT(*) AS n FROM accounts WHERE role = 'admin' AND disabled_at IS NULL");
  const insertSession = db.prepare(
    'INSERT INTO sessions (token_hash, account_id, created_at, last_seen_at, expires_at, address) VALUES (@token_hash, @account_id, @created_at, @last_seen_at, @expires_at, @address)',
  );
  const session = db.prepare<[string], SessionRow>('SELECT * FROM sessions WHERE token_hash = ?');
  const touchSession = db.prepare<[string, string, string]>('UPDATE sessions SET last_seen_at = ?, expires_at = ? WHERE token_hash = ?');
  const deleteSession = db.prepare<[string]>('DELETE FROM sessions WHERE token_hash = ?');
  const deleteSessionsOf = db.prepare<[number]>('DELETE FROM sessions WHERE account_id = ?');
  const deleteExpired = db.prepare<[string]>('DELETE FROM sessions WHERE expires_at <= ?');
  return {
    all: () => all.all(),
    byUsername: (username: string) => byUsername.get(username),
    byId: (id: number) => byId.get(id),
    insert: (row: Pick<AccountRow, 'username' | 'full_name' | 'role' | 'password_hash' | 'created_at' | 'created_by'>) => Number(insert.run(row).lastInsertRowid),
    setDisabled: (id: number, at: string | null, by: string | null) => setDisabled.run(at, by, id),
    setPassword: (id: number, hash: string) => setPassword.run(hash, id),
    setFailures: (id: number, count: number, lockedUntil: string | null) => setFailures.run(count, lockedUntil, id),
    activeAdmins: () => activeAdmins.get()!.n,
    insertSession: (row: SessionRow) => insertSession.run(row),
    session: (tokenHash: string) => session.get(tokenHash),
    touchSession: (tokenHash: string, at: string, expiresAt: string) => touchSession.run(at, expiresAt, tokenHash),
    deleteSession: (tokenHash: string) => deleteSession.run(tokenHash),
    deleteSessionsOf: (accountId: number) => deleteSessionsOf.run(accountId),
    deleteExpired: (now: string) => deleteExpired.run(now),
  };
}
