import type { Handlers } from '../../platform/handlers';

export const targetHandlers = {
  'targets.list': (_input, ctx) => ctx.store.targets.list(),
  'targets.set': (input, ctx) => {
    // Stored to two decimals, as targets are published ("28,30 %").
    const percent = Math.round(input.percent * 100) / 100;
    ctx.store.transaction(() => {
      ctx.store.targets.upsert(input.year, percent, ctx.now().toISOString());
      ctx.audit('targets.set', { year: input.year, percent });
    });
    return { year: input.year, percent };
  },
  'targets.remove': (input, ctx) => {
    ctx.store.transaction(() => {
      if (ctx.store.targets.remove(input.year) > 0) ctx.audit('targets.remove', { year: input.year });
    });
    return { ok: true as const };
  },
} satisfies Partial<Handlers>;
