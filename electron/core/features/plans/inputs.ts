import { formatMonth, formatNumber } from '../../../../shared/domain/format';
import type { FundingSource } from '../../../../shared/domain/programs';
import { dataCache } from '../../platform/db/cache';
import type { Store } from '../../platform/db/store';
import { invalidInput } from '../../platform/errors';
import { readSettings, requireRegency } from '../settings/settings';
import type { EndingGroup, PlanInputs } from './arithmetic';
import { complianceFigures } from './compliance';

/**
 * Loads everything the planning arithmetic needs for a plan year and an as-of date, from the database:
 * the year's workforce and target, the baseline (latest BPJS recap at or before the date, per
 * kecamatan; the worker data when there is none), the beneficiaries whose enrolment ends before the
 * plan year, the programs, the regions and the compliance figures.
 *
 * A million workers take a moment to count, and the Rencana page recomputes as the officer types, so
 * the inputs are kept per connection, date and year until anything in the database changes (every
 * change is written to the audit log; its newest id is the version).
 */
const cache = dataCache<PlanInputs>();

export function planInputs(store: Store, asOf: string, year: number): PlanInputs {
  return cache(store, `${asOf}|${year}`, () => loadPlanInputs(store, asOf, year));
}

export function loadPlanInputs(store: Store, asOf: string, year: number): PlanInputs {
  const regency = requireRegency(store);
  const settings = readSettings(store);
  const month = asOf.slice(0, 7);
  const districts = store.regions.byLevel('district').map((d) => ({ code: d.code, name: d.name }));
  const villages = new Map(store.regions.byLevel('village').map((v) => [v.code, { code: v.code, name: v.name, districtCode: v.parent_code }]));

  // The plan year's working population: per kecamatan when known, else the regency's figure.
  const rows = store.workforce.byYear(year);
  const districtCodes = new Set(districts.map((d) => d.code));
  const perDistrict = rows.filter((r) => districtCodes.has(r.area_code));
  const regencyRow = rows.find((r) => r.area_code === regency.code);
  const total = perDistrict.length > 0 ? perDistrict.reduce((n, r) => n + r.count, 0) : (regencyRow?.count ?? null);
  if (total === null || total <= 0) {
    throw invalidInput(`Penduduk bekerja tahun ${year} belum ada; isi dulu di Pengaturan › Penduduk bekerja (atau perintah workforce) sebelum membuat rencana tahun itu.`);
  }

  return {
    regencyName: regency.name,
    villageLabel: settings.villageLabel,
    year,
    asOf,
    workforce: {
      total,
      source: rows.find((r) => r.source)?.source ?? null,
      byDistrict: perDistrict.length > 0 ? new Map(perDistrict.map((r) => [r.area_code, r.count])) : null,
    },
    storedTargetPercent: store.targets.get(year)?.percent ?? null,
    baseline: baseline(store, asOf, villages),
    ending: store.plans.ending(month, year).map(
      (r): EndingGroup => ({
        programIds: r.programs.split(',').map(Number),
        districtCode: r.district_code,
        villageCode: r.village_code,
        workers: r.workers,
      }),
    ),
    programs: new Map(
      store.programs.all().map((p) => [p.id, { id: p.id, name: p.name, source: p.source as FundingSource, premium: p.premium, year: p.year, to: p.period_to }]),
    ),
    compliance: complianceFigures(store, asOf),
    districts,
    villages,
  };
}

/** Active participants per kecamatan: the latest BPJS recap at or before the date, or the worker data. */
function baseline(store: Store, asOf: string, villages: ReadonlyMap<string, { districtCode: string | null }>): PlanInputs['baseline'] {
  const month = asOf.slice(0, 7);
  const recap = store.coverage.recaps(month, 1);
  if (recap.length > 0) {
    // A recap by segment may also carry an ALL row per kecamatan: the segments are counted, not both.
    const segments = recap.filter((r) => r.segment !== 'ALL');
    const counted = segments.length > 0 ? segments : recap;
    const byDistrict = new Map<string | null, number>();
    for (const r of counted) byDistrict.set(r.district_code, (byDistrict.get(r.district_code) ?? 0) + r.active);
    const total = counted.reduce((n, r) => n + r.active, 0);
    const recapMonth = recap[0]!.month;
    return {
      basis: 'bpjs_recap',
      recapMonth,
      note: `peserta aktif rekap BPJS Ketenagakerjaan ${formatMonth(recapMonth)}${recapMonth < month ? ' (rekap terbaru sebelum tanggal keadaan)' : ''}`,
      total,
      byDistrict,
    };
  }
  const memberList = store.coverage.memberListAtOrBefore(asOf) ?? null;
  store.coverage.prepareMonth(month, memberList?.batch_id ?? null);
  const byDistrict = new Map<string | null, number>();
  const add = (code: string | null, n: number) => n > 0 && byDistrict.set(code, (byDistrict.get(code) ?? 0) + n);
  let hasUnplaced = false;
  for (const v of store.coverage.byVillage()) {
    if (v.code === null) hasUnplaced = true;
    else add(villages.get(v.code)?.districtCode ?? null, v.covered);
  }
  if (hasUnplaced) for (const d of store.coverage.byDistrictWithoutVillage()) add(d.code, d.covered);
  add(null, store.coverage.membersOutsideWorkers());
  const total = [...byDistrict.values()].reduce((a, b) => a + b, 0);
  return {
    basis: 'worker_data',
    recapMonth: null,
    note: `Belum ada rekap BPJS sampai ${formatMonth(month)}: peserta aktif dihitung dari data pekerja di Cakap (${formatNumber(total)} pekerja yang iurannya dibayar program pada bulan itu${memberList ? ', ditambah peserta aktif daftar BPJS' : ''}), sehingga dapat lebih rendah dari angka resmi.`,
    total,
    byDistrict,
  };
}
