import type { ChosenPlan } from '../../../../shared/contract/plans';
import { formatDate, formatNumber, formatPercent, formatRupiah } from '../../../../shared/domain/format';
import type { Store } from '../../platform/db/store';
import { describePlan } from './plans';

/**
 * The leadership report's last section: the plan marked as chosen on the Rencana page, computed from
 * the same day's data, as one table (where the regency starts, who leaves, what each line adds and
 * costs, and where that lands against the target).
 */
export function chosenPlanOf(store: Store): ChosenPlan | null {
  const row = store.plans.chosen();
  if (!row) return null;
  const plan = describePlan(store, row);
  return { id: plan.id, name: plan.name, problem: plan.problem, result: plan.result };
}

/**
 * Shaped as the report's own tables (reports/tables.ts, ReportTable), which draw it; declared here
 * without importing them, since the report imports this section.
 */
type Cell = string | number | null | { text: string; detail: string };
interface SectionTable {
  sheet: string;
  title: string;
  intro: string;
  columns: { header: string; kind: 'text' | 'count' | 'rupiah'; grow?: boolean }[];
  rows: Cell[][];
  total?: Cell[];
}

export function chosenPlanTable(chosen: ChosenPlan): SectionTable {
  const plan = chosen.result;
  const columns: SectionTable['columns'] = [
    { header: 'Uraian', kind: 'text', grow: true },
    { header: 'Pekerja', kind: 'count' },
    { header: 'Biaya', kind: 'rupiah' },
  ];
  if (!plan) {
    return {
      sheet: 'Rencana terpilih',
      title: `Rencana terpilih: ${chosen.name}`,
      intro: `Rencana ini tidak dapat dihitung dengan data sekarang: ${chosen.problem ?? ''}`,
      columns,
      rows: [],
    };
  }
  const rows: Cell[][] = [
    [{ text: 'Peserta aktif saat ini', detail: plan.baselineNote.length < 90 ? plan.baselineNote : 'dari data pekerja di Cakap' }, plan.baseline, null],
    [{ text: `Keluar: program berakhir sebelum ${plan.year}, tidak diperpanjang`, detail: `${formatNumber(plan.ending)} berakhir, ${formatNumber(plan.renewed)} diperpanjang` }, -plan.leavers, null],
    ...plan.lines.map((l): Cell[] => [{ text: l.label, detail: l.formula }, l.kind === 'renewal' ? null : l.workers, l.cost]),
  ];
  return {
    sheet: 'Rencana terpilih',
    title: `Rencana terpilih ${plan.year}: ${plan.name}`,
    intro:
      `Rencana yang dipilih di halaman Rencana (keadaan per ${formatDate(plan.asOf)}): proyeksi cakupan ${formatPercent(plan.projectedCoverage)} terhadap target ${formatPercent(plan.targetPercent)} tahun ${plan.year}` +
      (plan.targetReached
        ? '; target tercapai.'
        : `; masih kurang ${formatNumber(plan.remainingGapWorkers)} pekerja (${formatRupiah(plan.remainingGapRupiah)}).`) +
      ' Pemberi kerja dan proyek konstruksi tanpa biaya bagi daerah.',
    columns,
    rows,
    total: [`Proyeksi peserta aktif ${plan.year}`, plan.projectedActive, plan.totalCost],
  };
}
