import crypto from 'node:crypto';
import { LOCK_MINUTES, MAX_FAILURES, SESSION_IDLE_MINUTES, SESSION_MAX_HOURS, type Caller } from '../../../../shared/domain/accounts';
import { formatDateTime } from '../../../../shared/domain/format';
import type { CoreContext } from '../../platform/context';
import { isDatabaseBusy, writeWhenFree } from '../../platform/db/busy';
import { verifyPassword } from './passwords';

/**
 * Signing in to office mode. A session is a random token (in the browser's cookie only; the
 * database keeps its SHA-256). How long it lasts and when an account locks: shared/domain/accounts.ts.
 */

export type SignIn = { ok: true; token: string; caller: Caller; expiresAt: string } | { ok: false; message: string };

const hashOf = (token: string) => crypto.createHash('sha256').update(token).digest('hex');

/** Sign-in entries of the audit log carry the account tried (or "tamu" for a name no account has), not the host PC's user. */
const auditAs = (ctx: CoreContext, actor: string, action: string, detail: unknown) => ctx.store.audit.add(ctx.now().toISOString(), actor, action, detail);
const minutes = (date: Date, n: number) => new Date(date.getTime() + n * 60_000);

export async function signIn(ctx: CoreContext, username: string, password: string, address: string | null): Promise<SignIn> {
  const now = ctx.now();
  const wrong = { ok: false as const, message: 'Nama pengguna atau kata sandi salah.' };
  const row = ctx.store.accounts.byUsername(username.trim());
  if (!row) {
    auditAs(ctx, 'tamu', 'users.signInFailed', { username: username.slice(0, 60), address, reason: 'unknown' });
    return wrong;
  }
  if (row.disabled_at !== null) {
    auditAs(ctx, row.username, 'users.signInFailed', { username: row.username, address, reason: 'disabled' });
    return { ok: false, message: 'Akun ini sudah dinonaktifkan; hubungi admin Cakap di kantor.' };
  }
  if (row.locked_until !== null && row.locked_until > now.toISOString()) {
    auditAs(ctx, row.username, 'users.signInFailed', { username: row.username, address, reason: 'locked' });
    return { ok: false, message: `Akun dikunci sampai ${formatDateTime(row.locked_until)} karena terlalu sering salah kata sandi. Tunggu, atau minta admin memberi kata sandi baru.` };
  }
  if (!(await verifyPassword(password, row.password_hash))) {
    const failures = row.failed_count + 1;
    const lock = failures >= MAX_FAILURES ? minutes(now, LOCK_MINUTES).toISOString() : null;
    ctx.store.transaction(() => {
      ctx.store.accounts.setFailures(row.id, lock ? 0 : failures, lock);
      auditAs(ctx, row.username, lock ? 'users.locked' : 'users.signInFailed', { username: row.username, address, reason: 'password', failures });
    });
    return lock
      ? { ok: false, message: `Kata sandi salah ${MAX_FAILURES} kali berturut-turut; akun dikunci ${LOCK_MINUTES} menit.` }
      : wrong;
  }
  const token = crypto.randomBytes(32).toString('base64url');
  const expiresAt = expiry(now, now);
  ctx.store.transaction(() => {
    ctx.store.accounts.deleteExpired(now.toISOString());
    ctx.store.accounts.setFailures(row.id, 0, null);
    ctx.store.accounts.insertSession({ token_hash: hashOf(token), account_id: row.id, created_at: now.toISOString(), last_seen_at: now.toISOString(), expires_at: expiresAt, address });
    auditAs(ctx, row.username, 'users.signIn', { username: row.username, address });
  });
  return { ok: true, token, caller: { username: row.username, role: row.role }, expiresAt };
}

/** The account behind a session token, the session extended by its idle time; null when it is unknown, expired or disabled. */
export function resumeSession(ctx: CoreContext, token: string): Caller | null {
  if (!token) return null;
  const now = ctx.now();
  const hash = hashOf(token);
  const session = ctx.store.accounts.session(hash);
  if (!session) return null;
  const account = ctx.store.accounts.byId(session.account_id);
  if (!account || account.disabled_at !== null || session.expires_at <= now.toISOString()) {
    writeWhenFree(() => ctx.store.accounts.deleteSession(hash));
    return null;
  }
  // Refreshed at most once a minute: a page's burst of calls writes once. While a colleague's import
  // holds the write lock the refresh waits for the next request; the session is valid meanwhile.
  if (now.getTime() - Date.parse(session.last_seen_at) > 60_000) {
    try {
      ctx.store.accounts.touchSession(hash, now.toISOString(), expiry(new Date(session.created_at), now));
    } catch (error) {
      if (!isDatabaseBusy(error)) throw error;
    }
  }
  return { username: account.username, role: account.role };
}

export function signOut(ctx: CoreContext, token: string): void {
  const hash = hashOf(token);
  const session = ctx.store.accounts.session(hash);
  if (!session) return;
  const account = ctx.store.accounts.byId(session.account_id);
  ctx.store.transaction(() => {
    ctx.store.accounts.deleteSession(hash);
    auditAs(ctx, account?.username ?? 'tamu', 'users.signOut', { username: account?.username ?? null });
  });
}

function expiry(signedInAt: Date, now: Date): string {
  const idle = minutes(now, SESSION_IDLE_MINUTES).getTime();
  const max = signedInAt.getTime() + SESSION_MAX_HOURS * 3_600_000;
  return new Date(Math.min(idle, max)).toISOString();
}
