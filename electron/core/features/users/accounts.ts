import type { Account } from '../../../../shared/contract/users';
import type { ParsedInput } from '../../../../shared/contract';
import type { Role } from '../../../../shared/domain/accounts';
import type { CoreContext } from '../../platform/context';
import type { AccountRow } from '../../platform/db/queries/accounts';
import { conflict, invalidInput, notFound } from '../../platform/errors';
import { hashPassword, passwordProblem, verifyPassword } from './passwords';

export function describeAccount(row: AccountRow, now: Date): Account {
  const locked = row.locked_until !== null && row.locked_until > now.toISOString() ? row.locked_until : null;
  return {
    id: row.id,
    username: row.username,
    fullName: row.full_name,
    role: row.role,
    active: row.disabled_at === null,
    lockedUntil: locked,
    createdAt: row.created_at,
    createdBy: row.created_by,
    disabledAt: row.disabled_at,
  };
}

function requireAccount(ctx: CoreContext, id: number): AccountRow {
  const row = ctx.store.accounts.byId(id);
  if (!row) throw notFound('Akun tidak ditemukan.');
  return row;
}

export async function addAccount(ctx: CoreContext, input: ParsedInput<'users.add'>): Promise<Account> {
  const problem = passwordProblem(input.password, input.username);
  if (problem) throw invalidInput(problem);
  if (ctx.store.accounts.byUsername(input.username)) throw conflict(`Nama pengguna "${input.username}" sudah dipakai; pilih nama lain.`);
  const hash = await hashPassword(input.password);
  const id = ctx.store.transaction(() => {
    const created = ctx.store.accounts.insert({
      username: input.username,
      full_name: input.fullName,
      role: input.role as Role,
      password_hash: hash,
      created_at: ctx.now().toISOString(),
      created_by: ctx.actor,
    });
    ctx.audit('users.add', { username: input.username, fullName: input.fullName, role: input.role });
    return created;
  });
  return describeAccount(requireAccount(ctx, id), ctx.now());
}

export function setAccountActive(ctx: CoreContext, id: number, active: boolean): Account {
  const row = requireAccount(ctx, id);
  if (!active && ctx.caller?.username.toLowerCase() === row.username.toLowerCase()) {
    throw conflict('Akun yang sedang dipakai tidak dapat dinonaktifkan sendiri.');
  }
  if (!active && row.role === 'admin' && row.disabled_at === null && ctx.store.accounts.activeAdmins() <= 1 && ctx.caller !== null) {
    throw conflict('Ini satu-satunya akun admin yang aktif; buat atau aktifkan admin lain dulu, supaya kantor tetap bisa mengatur Cakap dari peramban.');
  }
  ctx.store.transaction(() => {
    ctx.store.accounts.setDisabled(id, active ? null : ctx.now().toISOString(), active ? null : ctx.actor);
    // A disabled account is out at once, not when its session would have expired.
    if (!active) ctx.store.accounts.deleteSessionsOf(id);
    ctx.audit(active ? 'users.enable' : 'users.disable', { username: row.username });
  });
  return describeAccount(requireAccount(ctx, id), ctx.now());
}

export async function resetPassword(ctx: CoreContext, id: number, password: string): Promise<Account> {
  const row = requireAccount(ctx, id);
  const problem = passwordProblem(password, row.username);
  if (problem) throw invalidInput(problem);
  const hash = await hashPassword(password);
  ctx.store.transaction(() => {
    ctx.store.accounts.setPassword(id, hash);
    ctx.store.accounts.deleteSessionsOf(id);
    ctx.audit('users.resetPassword', { username: row.username });
  });
  return describeAccount(requireAccount(ctx, id), ctx.now());
}

export async function changeOwnPassword(ctx: CoreContext, current: string, next: string): Promise<void> {
  if (!ctx.caller) throw conflict('Di komputer ini Cakap tidak memakai kata sandi; kata sandi hanya untuk akun kantor bersama.');
  const row = ctx.store.accounts.byUsername(ctx.caller.username);
  if (!row || !(await verifyPassword(current, row.password_hash))) throw invalidInput('Kata sandi sekarang salah; kata sandi tidak diganti.');
  const problem = passwordProblem(next, row.username);
  if (problem) throw invalidInput(problem);
  const hash = await hashPassword(next);
  ctx.store.transaction(() => {
    ctx.store.accounts.setPassword(row.id, hash);
    ctx.audit('users.changePassword', { username: row.username });
  });
}
