import type { PlanLineInput, PlanScenario, PlanScenarioInput, PlanSource } from '../../../../shared/contract/plans';
import { formatNumber } from '../../../../shared/domain/format';
import { localIsoDate } from '../../../../shared/domain/months';
import { parseDecimal, parseWholeNumber } from '../../../../shared/domain/numbers';
import { DEFAULT_PREMIUM } from '../../../../shared/domain/programs';

/**
 * The Rencana form as the officer types it (text, "1.512.000.000", "30" for 30 %), and its turning
 * into a scenario the core computes. A figure that cannot be read yet is said in Indonesian instead.
 */

export type LineMode = 'budget' | 'workers' | 'perNagari' | 'sameNagari';

export interface LineForm {
  key: number;
  source: PlanSource;
  mode: LineMode;
  /** Budget, workers, or the amount every nagari gives (sameNagari). */
  value: string;
  /** Each nagari's amount (perNagari), by village code. */
  perNagari: { code: string; name: string; amount: string }[];
  premium: string;
  months: string;
}

export interface PlanForm {
  name: string;
  year: string;
  asOf: string;
  targetPercent: string;
  premium: string;
  months: string;
  lines: LineForm[];
  employerPercent: string;
  constructionPercent: string;
  renew: number[];
}

let nextKey = 1;
export const newLineKey = () => nextKey++;

export function emptyForm(today = new Date()): PlanForm {
  const year = today.getFullYear() + 1;
  const lastMonthEnd = new Date(today.getFullYear(), today.getMonth(), 0);
  return {
    name: `Rencana ${year}`,
    year: String(year),
    asOf: localIsoDate(lastMonthEnd),
    targetPercent: '',
    premium: formatNumber(DEFAULT_PREMIUM),
    months: '12',
    lines: [],
    employerPercent: '0',
    constructionPercent: '0',
    renew: [],
  };
}

export function newLine(source: PlanSource = 'apbd_kabupaten'): LineForm {
  return { key: newLineKey(), source, mode: source === 'apb_nagari' ? 'perNagari' : 'budget', value: '', perNagari: [], premium: '', months: '' };
}

const money = (text: string) => parseWholeNumber(text.trim().replace(/^rp\.?\s*/i, '').replace(/,-$/, ''));

/** The form as a scenario, or the first thing that cannot be read yet. */
export function toScenario(form: PlanForm, villageLabel: string): { scenario: PlanScenarioInput } | { problem: string } {
  const year = parseWholeNumber(form.year);
  if (year === null || Number.isNaN(year)) return { problem: 'Tahun rencana harus berupa angka, misalnya 2027.' };
  const premium = money(form.premium);
  if (premium === null || Number.isNaN(premium)) return { problem: 'Iuran per pekerja per bulan harus berupa jumlah Rupiah, misalnya 16.800.' };
  const months = parseWholeNumber(form.months);
  if (months === null || Number.isNaN(months)) return { problem: 'Jumlah bulan harus berupa angka 1 sampai 12.' };
  const target = form.targetPercent.trim() === '' ? undefined : parseDecimal(form.targetPercent);
  if (target !== undefined && Number.isNaN(target)) return { problem: 'Target harus berupa angka persen, misalnya 30,5.' };
  const share = (text: string) => {
    const value = text.trim() === '' ? 0 : parseDecimal(text);
    return Number.isNaN(value) ? null : Math.round(value * 100) / 10_000;
  };
  const employerShare = share(form.employerPercent);
  if (employerShare === null) return { problem: 'Bagian pemberi kerja harus berupa angka persen, misalnya 30.' };
  const constructionShare = share(form.constructionPercent);
  if (constructionShare === null) return { problem: 'Bagian proyek konstruksi harus berupa angka persen, misalnya 50.' };

  const programs: PlanLineInput[] = [];
  for (const [i, line] of form.lines.entries()) {
    const where = `Baris ${i + 1}`;
    const extra: Pick<PlanLineInput, 'premium' | 'months'> = {};
    if (line.premium.trim()) {
      const p = money(line.premium);
      if (p === null || Number.isNaN(p)) return { problem: `${where}: iuran harus berupa jumlah Rupiah.` };
      extra.premium = p;
    }
    if (line.months.trim()) {
      const m = parseWholeNumber(line.months);
      if (m === null || Number.isNaN(m)) return { problem: `${where}: jumlah bulan harus berupa angka 1 sampai 12.` };
      extra.months = m;
    }
    if (line.mode === 'perNagari') {
      const per: Record<string, number> = {};
      for (const n of line.perNagari) {
        const amount = money(n.amount);
        if (amount === null) continue;
        if (Number.isNaN(amount)) return { problem: `${where}: anggaran ${villageLabel} ${n.name} "${n.amount}" bukan jumlah Rupiah.` };
        per[n.code] = amount;
      }
      if (Object.keys(per).length === 0) return { problem: `${where}: isi anggaran paling sedikit satu ${villageLabel.toLowerCase()}.` };
      programs.push({ source: line.source, perNagari: per, ...extra });
      continue;
    }
    const value = line.mode === 'workers' ? parseWholeNumber(line.value) : money(line.value);
    if (value === null) return { problem: `${where}: isi ${line.mode === 'workers' ? 'jumlah pekerja' : 'anggaran'}.` };
    if (Number.isNaN(value)) return { problem: `${where}: "${line.value}" bukan ${line.mode === 'workers' ? 'jumlah pekerja' : 'jumlah Rupiah'}.` };
    if (line.mode === 'workers') programs.push({ source: line.source, workers: value, ...extra });
    else if (line.mode === 'sameNagari') programs.push({ source: line.source, perNagari: value, ...extra });
    else programs.push({ source: line.source, budget: value, ...extra });
  }
  return {
    scenario: {
      name: form.name,
      year,
      asOf: form.asOf,
      ...(target !== undefined ? { targetPercent: target } : {}),
      premium,
      months,
      programs,
      employerShare,
      constructionShare,
      renew: form.renew,
    },
  };
}

/** A saved scenario back into the form. */
export function fromScenario(scenario: PlanScenario, villages: ReadonlyMap<string, string>): PlanForm {
  return {
    name: scenario.name,
    year: String(scenario.year),
    asOf: scenario.asOf,
    targetPercent: scenario.targetPercent === undefined ? '' : formatNumber(scenario.targetPercent, scenario.targetPercent % 1 === 0 ? 0 : 2),
    premium: formatNumber(scenario.premium),
    months: String(scenario.months),
    lines: scenario.programs.map((p) => ({
      key: newLineKey(),
      source: p.source,
      mode: p.workers !== undefined ? 'workers' : p.budget !== undefined ? 'budget' : typeof p.perNagari === 'number' ? 'sameNagari' : 'perNagari',
      value: p.workers !== undefined ? formatNumber(p.workers) : p.budget !== undefined ? formatNumber(p.budget) : typeof p.perNagari === 'number' ? formatNumber(p.perNagari) : '',
      perNagari:
        p.perNagari && typeof p.perNagari === 'object'
          ? Object.entries(p.perNagari).map(([code, amount]) => ({ code, name: villages.get(code) ?? code, amount: formatNumber(amount) }))
          : [],
      premium: p.premium === undefined ? '' : formatNumber(p.premium),
      months: p.months === undefined ? '' : String(p.months),
    })),
    employerPercent: formatNumber(scenario.employerShare * 100, scenario.employerShare * 100 % 1 === 0 ? 0 : 1),
    constructionPercent: formatNumber(scenario.constructionShare * 100, scenario.constructionShare * 100 % 1 === 0 ? 0 : 1),
    renew: scenario.renew,
  };
}
