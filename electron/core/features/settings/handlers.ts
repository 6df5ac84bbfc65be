import type { Handlers } from '../../platform/handlers';
import { chooseRegency, readSettings, VILLAGE_LABEL } from './settings';

export const settingsHandlers = {
  'settings.get': (_input, ctx) => readSettings(ctx.store),
  'settings.setRegency': (input, ctx) => chooseRegency(ctx, input.code),
  'settings.setVillageLabel': (input, ctx) => {
    ctx.store.transaction(() => {
      if (input.label) ctx.store.settings.set(VILLAGE_LABEL, input.label);
      else ctx.store.settings.remove(VILLAGE_LABEL);
      ctx.audit('settings.villageLabel', { label: input.label });
    });
    return readSettings(ctx.store);
  },
} satisfies Partial<Handlers>;
