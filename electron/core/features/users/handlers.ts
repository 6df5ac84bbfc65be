import { currentActor } from '../../platform/context';
import type { Handlers } from '../../platform/handlers';
import { addAccount, changeOwnPassword, describeAccount, resetPassword, setAccountActive } from './accounts';

export const usersHandlers = {
  'users.current': (_input, ctx) => {
    if (!ctx.caller) return { username: ctx.actor || currentActor(), fullName: ctx.actor, role: 'admin' as const, officeMode: false };
    const row = ctx.store.accounts.byUsername(ctx.caller.username);
    return { username: ctx.caller.username, fullName: row?.full_name ?? ctx.caller.username, role: ctx.caller.role, officeMode: true };
  },
  'users.list': (_input, ctx) => ctx.store.accounts.all().map((row) => describeAccount(row, ctx.now())),
  'users.add': (input, ctx) => addAccount(ctx, input),
  'users.setActive': (input, ctx) => setAccountActive(ctx, input.id, input.active),
  'users.resetPassword': (input, ctx) => resetPassword(ctx, input.id, input.password),
  'users.changePassword': async (input, ctx) => {
    await changeOwnPassword(ctx, input.current, input.next);
    return { ok: true as const };
  },
} satisfies Partial<Handlers>;
