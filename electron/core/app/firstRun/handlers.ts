import type { FirstRunStatus } from '../../../../shared/contract/firstRun';
import type { CoreContext } from '../../platform/context';
import { DEMO_MARKER } from '../demo/marker';
import type { Handlers } from '../../platform/handlers';

/**
 * The first-run wizard's state: shown once, on an office database with nothing recorded yet, until
 * it is finished or skipped. What it sets (regency, letterhead, target, workforce) is saved by the
 * same methods Pengaturan uses, so all of it can be changed there later.
 */

const FIRST_RUN = 'firstRun';

type Finished = NonNullable<FirstRunStatus['finished']>;

export function firstRunStatus(ctx: CoreContext): FirstRunStatus {
  const finished = ctx.store.settings.get<Finished>(FIRST_RUN);
  const isDemo = ctx.store.settings.get(DEMO_MARKER) !== null;
  return { needed: finished === null && !isDemo && ctx.store.firstRun.nothingRecorded(), finished };
}

export const firstRunHandlers = {
  'firstRun.status': (_input, ctx) => firstRunStatus(ctx),
  'firstRun.finish': (input, ctx) => {
    ctx.store.transaction(() => {
      ctx.store.settings.set(FIRST_RUN, { how: input.how, at: ctx.now().toISOString(), actor: ctx.actor } satisfies Finished);
      ctx.audit('firstRun.finish', { how: input.how });
    });
    return firstRunStatus(ctx);
  },
} satisfies Partial<Handlers>;
