import { financeSettingsSchema, type FinanceSettings } from '../../../../shared/contract/finance';
import { BPU_CONTRIBUTIONS, BPU_RELIEFS, DEFAULT_BPU_PREMIUM, JKM_BENEFIT } from '../../../../shared/domain/premiums';
import type { CoreContext } from '../../platform/context';
import type { Store } from '../../platform/db/store';

/**
 * The office's own settings of the loop with the branch (Pengaturan › Tagihan dan pendaftaran BPJS),
 * and the premium rules with their regulations (shared/domain/premiums.ts) as the page shows them.
 */

const KEY = 'finance.settings';

export const DEFAULT_FINANCE_SETTINGS: FinanceSettings = { registrationWaitDays: 30, branchName: null };

export function readFinanceSettings(store: Store): FinanceSettings {
  const parsed = financeSettingsSchema.safeParse(store.settings.get<unknown>(KEY));
  return parsed.success ? parsed.data : DEFAULT_FINANCE_SETTINGS;
}

export function premiumRules() {
  return {
    contributions: BPU_CONTRIBUTIONS.map((r) => ({ ...r })),
    defaultPremium: DEFAULT_BPU_PREMIUM,
    reliefs: BPU_RELIEFS.map((r) => ({ ...r, windows: [...r.windows], excludedPayers: [...r.excludedPayers], unsettledPayers: [...r.unsettledPayers], transportWords: [...r.transportWords] })),
    jkmBenefit: { total: JKM_BENEFIT.total, parts: JKM_BENEFIT.parts.map((p) => ({ ...p })), source: JKM_BENEFIT.source },
  };
}

export function financeSettingsView(store: Store) {
  return { settings: readFinanceSettings(store), rules: premiumRules() };
}

export function saveFinanceSettings(ctx: CoreContext, settings: FinanceSettings) {
  const before = readFinanceSettings(ctx.store);
  ctx.store.transaction(() => {
    ctx.store.settings.set(KEY, settings);
    ctx.audit('finance.settings', { before, after: settings });
  });
  return financeSettingsView(ctx.store);
}
