import type { PlanScenario } from '../../../../shared/contract/plans';
import { formatNumber, formatRupiah } from '../../../../shared/domain/format';
import { FUNDING_SOURCE_LABELS } from '../../../../shared/domain/programs';
import { invalidInput } from '../../platform/errors';
import { RegionMatcher } from '../regions/matcher';
import { workersForBudget, type PlanInputs, type ResolvedLine, type ResolvedScenario } from './arithmetic';

/**
 * Checks a scenario against the database's facts (a target for the year, known nagari and programs,
 * figures a regency could have) and turns it into what the arithmetic takes. Any problem is one
 * Indonesian sentence naming the line; nothing is computed or saved from a scenario that fails here.
 */
export function resolveScenario(inputs: PlanInputs, scenario: PlanScenario): { resolved: ResolvedScenario; notes: string[] } {
  const notes: string[] = [];
  const targetPercent = scenario.targetPercent ?? inputs.storedTargetPercent;
  if (targetPercent === null || targetPercent === undefined) {
    throw invalidInput(
      `Target UCJ tahun ${scenario.year} belum ditetapkan; isi dulu di Pengaturan › Target (atau perintah target), atau tulis targetPercent di skenario.`,
    );
  }
  const label = inputs.villageLabel;
  const villages = [...inputs.villages.values()];
  const matcher = new RegionMatcher(villages.map((v) => ({ code: v.code, name: v.name })));
  const districtName = new Map(inputs.districts.map((d) => [d.code, d.name]));
  const workforce = inputs.workforce.total;

  const lines: ResolvedLine[] = scenario.programs.map((line, index) => {
    const where = `Baris program ke-${index + 1} (${FUNDING_SOURCE_LABELS[line.source]})`;
    const premium = line.premium ?? scenario.premium;
    const months = line.months ?? scenario.months;
    const resolved: ResolvedLine = { index, source: line.source, premium, months };
    const tooMany = (workers: number, what: string) => {
      if (workers > workforce) {
        throw invalidInput(
          `${where}: ${what} ${formatNumber(workers)} pekerja, melebihi seluruh penduduk bekerja tahun ${scenario.year} (${formatNumber(workforce)}); periksa angkanya.`,
        );
      }
    };
    if (line.workers !== undefined) {
      tooMany(line.workers, 'jumlahnya');
      resolved.workers = line.workers;
    } else if (line.budget !== undefined) {
      tooMany(workersForBudget(line.budget, premium, months), `anggaran ${formatRupiah(line.budget)} cukup untuk`);
      resolved.budget = line.budget;
    } else {
      const per = line.perNagari!;
      const entries: { villageCode: string; budget: number }[] = [];
      if (typeof per === 'number') {
        for (const v of villages) entries.push({ villageCode: v.code, budget: per });
      } else {
        const seen = new Map<string, string>();
        for (const [name, budget] of Object.entries(per)) {
          const match = matcher.match(name);
          if (match.kind === 'unknown') {
            const hint = match.suggestions.length > 0 ? ` (maksud Anda ${match.suggestions.map((s) => s.name).join(' atau ')}?)` : '';
            throw invalidInput(`${where}: ${label} "${name}" tidak dikenal di ${inputs.regencyName}${hint}.`);
          }
          if (match.kind === 'ambiguous') {
            const candidates = match.candidates.map((c) => `${c.name} (Kec. ${districtName.get(inputs.villages.get(c.code)?.districtCode ?? '') ?? '?'}, kode ${c.code})`);
            throw invalidInput(`${where}: "${name}" bisa berarti ${candidates.join(' atau ')}; tulis kodenya.`);
          }
          if (match.kind === 'loose') notes.push(`"${name}" dibaca sebagai ${label} ${match.region.name}.`);
          const earlier = seen.get(match.region.code);
          if (earlier !== undefined) throw invalidInput(`${where}: ${label} ${match.region.name} tertulis dua kali ("${earlier}" dan "${name}").`);
          seen.set(match.region.code, name);
          entries.push({ villageCode: match.region.code, budget });
        }
      }
      tooMany(entries.reduce((n, e) => n + workersForBudget(e.budget, premium, months), 0), `anggaran per ${label.toLowerCase()} cukup untuk`);
      resolved.perNagari = entries;
    }
    return resolved;
  });

  for (const id of scenario.renew) {
    if (!inputs.programs.has(id)) throw invalidInput(`Program #${id} pada renew tidak ada; lihat nomornya dengan: program list.`);
  }

  return {
    resolved: {
      name: scenario.name,
      year: scenario.year,
      asOf: scenario.asOf,
      targetPercent,
      targetSource: scenario.targetPercent === undefined ? 'stored' : 'scenario',
      premium: scenario.premium,
      months: scenario.months,
      lines,
      employerShare: scenario.employerShare,
      constructionShare: scenario.constructionShare,
      renew: new Set(scenario.renew),
    },
    notes,
  };
}
