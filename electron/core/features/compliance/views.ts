import type { ComplianceListKind, EmployerRow, Evidence, ProjectRow, ReviewRow } from '../../../../shared/contract/compliance';
import { EMPLOYER_STATUS_LABELS, FUNDING_KIND_LABELS, PROJECT_STATUS_LABELS, SCALE_LABELS } from '../../../../shared/domain/compliance';
import { formatDate, formatNumber, formatRupiah } from '../../../../shared/domain/format';
import type { ActionRow, EmployerRecord, ProjectRecord, ReviewRowDb } from '../../platform/db/queries/compliance';
import type { Store } from '../../platform/db/store';
import { notFound } from '../../platform/errors';
import { isEmployerCase, isProjectCase, type ComplianceState, type EmployerState, type ProjectState } from './state';
import { listSpec } from './vocabulary';

/** What the Kepatuhan page, the letters and the follow-up list show of each employer and project. */

export const MATCH_LABELS: Record<string, string> = {
  nib: 'NIB sama',
  npwp: 'NPWP sama',
  name: 'nama dan kecamatan sama',
  paket: 'paket, penyedia dan nilai sama',
  contract: 'nomor kontrak sama',
  confirmed: 'dikonfirmasi petugas',
};

export const ACTION_LABELS: Record<string, string> = {
  letter: 'Surat dikirim',
  visit: 'Dikunjungi',
  reported: 'Melapor sudah mendaftar',
  note: 'Catatan',
  closed: 'Kasus ditutup',
  reopened: 'Kasus dibuka kembali',
  autoClosed: 'Selesai: terdaftar menurut daftar BPJS',
};

const plural = (n: number | null) => (n === null ? '–' : formatNumber(n));

/** " per 30 November 2026", or nothing for an undated list. */
export const perDate = (asOf: string): string => (asOf ? ` per ${formatDate(asOf)}` : '');

function districtNames(store: Store): Map<string, string> {
  return new Map(store.regions.byLevel('district').map((d) => [d.code, d.name]));
}

function lastActions(store: Store): Map<string, ActionRow> {
  return new Map(store.compliance.lastActions().map((a) => [`${a.subject}\u0000${a.subject_key}`, a]));
}

const actionView = (a: ActionRow | undefined) => (a ? { action: a.action, label: ACTION_LABELS[a.action] ?? a.action, onDate: a.on_date } : null);

export function employerRows(store: Store, state: ComplianceState): (EmployerRow & { state: EmployerState })[] {
  const names = districtNames(store);
  const actions = lastActions(store);
  const open = new Set(store.compliance.openCases().filter((c) => c.subject === 'employer').map((c) => c.subject_key));
  return state.employers.map((e) => ({
    state: e,
    key: e.key,
    name: e.name,
    districtCode: e.districtCode,
    districtName: e.districtCode ? (names.get(e.districtCode) ?? null) : null,
    scale: e.scale,
    status: e.status,
    flags: e.flags,
    reportedWorkers: e.reportedWorkers,
    registeredWorkers: e.registeredWorkers,
    uncoveredWorkers: e.uncoveredWorkers,
    missingPrograms: e.missingPrograms,
    npp: e.bpjs?.npp ?? null,
    nib: e.oss?.nib ?? e.wlkp?.nib ?? e.bpjs?.nib ?? null,
    onLists: [e.oss && 'oss', e.wlkp && 'wlkp', e.bpjs && 'bpjs_employers'].filter(Boolean) as EmployerRow['onLists'],
    matchedBy: e.bpjsMatch ? (MATCH_LABELS[e.bpjsMatch] ?? e.bpjsMatch) : null,
    caseOpen: open.has(e.key),
    lastAction: actionView(actions.get(`employer\u0000${e.key}`)),
  }));
}

export function projectRows(store: Store, state: ComplianceState): (ProjectRow & { state: ProjectState })[] {
  const names = districtNames(store);
  const actions = lastActions(store);
  const open = new Set(store.compliance.openCases().filter((c) => c.subject === 'project').map((c) => c.subject_key));
  return state.projects.map((p) => ({
    state: p,
    key: p.key,
    package: p.pkg.package,
    opd: p.pkg.opd,
    contractor: p.pkg.contractor,
    contractNumber: p.pkg.contract_number,
    contractDate: p.pkg.contract_date,
    value: p.pkg.value,
    fundingKind: p.fundingKind,
    funding: p.pkg.funding,
    districtCode: p.pkg.district_code,
    districtName: p.pkg.district_code ? (names.get(p.pkg.district_code) ?? null) : null,
    status: p.status,
    deadline: p.deadline,
    registeredDate: p.registration?.registered_date ?? null,
    registrationNumber: p.registration?.registration_number ?? null,
    lateDays: p.lateDays,
    valueMismatch: p.valueMismatch,
    registeredValue: p.registration?.value ?? null,
    workers: p.workers,
    workersEstimated: p.workersEstimated,
    active: p.active,
    contribution: p.contribution?.total ?? null,
    contributionDue: p.due.total,
    matchedBy: p.registrationMatch ? (MATCH_LABELS[p.registrationMatch] ?? p.registrationMatch) : null,
    caseOpen: open.has(p.key),
    lastAction: actionView(actions.get(`project\u0000${p.key}`)),
  }));
}

/** What the facts of many employers look up alike, read once for a batch of letters. */
export interface FactsLookup {
  names: Map<string, string>;
  /** The newest date of each kind of list in force. */
  latest: Map<string, string>;
}

export function factsLookup(store: Store): FactsLookup {
  return { names: districtNames(store), latest: new Map(store.compliance.listInfo().map((l) => [l.kind, l.latest])) };
}

/** The facts found about an employer, one sentence each, as the evidence view and the letter state them. */
export function employerFacts(store: Store, e: EmployerState, state: ComplianceState, lookup: FactsLookup = factsLookup(store)): string[] {
  const { rules } = state;
  const { names } = lookup;
  const facts: string[] = [];
  const place = e.districtCode ? `, Kecamatan ${names.get(e.districtCode) ?? e.districtCode}` : '';
  if (e.oss) {
    const parts = [
      e.oss.nib ? `NIB ${e.oss.nib}` : null,
      e.scale ? `skala usaha ${SCALE_LABELS[e.scale].toLowerCase()}` : null,
      e.oss.kbli ? `KBLI ${e.oss.kbli}${e.oss.field ? ` (${e.oss.field})` : ''}` : e.oss.field,
    ].filter(Boolean);
    facts.push(
      `Tercatat di daftar izin usaha (OSS)${perDate(e.oss.as_of)}${parts.length ? ` dengan ${parts.join(', ')}` : ''}${place}${e.oss.workers !== null ? `, dengan ${formatNumber(e.oss.workers)} tenaga kerja` : ''}.`,
    );
  }
  if (e.wlkp) {
    facts.push(`Melaporkan ${e.wlkp.workers === null ? 'jumlah tenaga kerja yang tidak diisi' : `${formatNumber(e.wlkp.workers)} tenaga kerja`} dalam Wajib Lapor Ketenagakerjaan di Perusahaan (WLKP)${e.wlkp.report_year ? ` tahun ${e.wlkp.report_year}` : ''}.`);
  }
  const bpjsAsOf = (kind: string) => perDate(lookup.latest.get(kind) ?? '');
  if (!e.bpjs) {
    if (e.status === 'pwbd') facts.push(`Tidak ditemukan di daftar pemberi kerja terdaftar BPJS Ketenagakerjaan${bpjsAsOf('bpjs_employers')}.`);
  } else if (!e.bpjs.active) {
    facts.push(`Tercatat di BPJS Ketenagakerjaan${e.bpjs.npp ? ` dengan NPP ${e.bpjs.npp}` : ''}, tetapi kepesertaannya tidak aktif (status: ${e.bpjs.status ?? 'tidak aktif'}).`);
  } else {
    facts.push(
      `Terdaftar di BPJS Ketenagakerjaan${e.bpjs.npp ? ` dengan NPP ${e.bpjs.npp}` : ''}${e.registeredWorkers !== null ? `: ${formatNumber(e.registeredWorkers)} tenaga kerja aktif` : ''}${e.bpjs.programs ? `, program ${e.bpjs.programs.split(',').join(', ')}` : ''} (daftar${perDate(e.bpjs.as_of) || ' tanpa tanggal'}).`,
    );
  }
  if (e.flags.includes('pdsWorkers')) {
    facts.push(`Tenaga kerja terdaftar (${plural(e.registeredWorkers)}) lebih sedikit dari yang dilaporkan (${plural(e.reportedWorkers)}): ${formatNumber(e.uncoveredWorkers)} pekerja belum didaftarkan.`);
  }
  if (e.status === 'pwbd' && e.reportedWorkers) facts.push(`${formatNumber(e.reportedWorkers)} pekerja yang dilaporkan belum terlindungi jaminan sosial ketenagakerjaan.`);
  if (e.flags.includes('pdsProgram')) {
    const scale = e.scale ? `usaha ${SCALE_LABELS[e.scale].toLowerCase()}` : 'skala usaha yang tidak diketahui';
    facts.push(
      `Program wajib untuk ${scale}: ${e.requiredPrograms.join(', ')} (${shortName(rules.programs.regulation.name)}, ${rules.programs.regulation.article.split(':')[0]}); belum diikuti: ${e.missingPrograms.join(', ')}.`,
    );
  }
  if (e.flags.includes('arrears') && e.bpjs) {
    const how = [e.bpjs.arrears_months ? `${formatNumber(e.bpjs.arrears_months)} bulan` : null, e.bpjs.arrears_amount ? formatRupiah(e.bpjs.arrears_amount) : null].filter(Boolean).join(', ');
    facts.push(`Menunggak iuran${how ? ` (${how})` : ''} menurut daftar BPJS${perDate(e.bpjs.as_of)}${e.bpjs.status ? `; status: ${e.bpjs.status}` : ''}.`);
  }
  if (e.status === 'noWorkers') facts.push('Tidak melaporkan pekerja; tidak dinilai.');
  return facts;
}

/** "Perpres Nomor 109 Tahun 2013 tentang Penahapan …" -> "Perpres Nomor 109 Tahun 2013": the short name a sentence cites. */
export function shortName(name: string): string {
  return name.replace(/ tentang [^;]*?(?= sebagaimana|;|$)/g, '');
}

export function projectFacts(p: ProjectState, state: ComplianceState, options: { forLetter?: boolean } = {}): string[] {
  const { rules } = state;
  const k = p.pkg;
  const facts: string[] = [];
  const funding = k.funding ?? (p.fundingKind ? FUNDING_KIND_LABELS[p.fundingKind] : null);
  facts.push(
    `Paket "${k.package}"${k.opd ? ` pada ${k.opd}` : ''}${funding ? `, sumber dana ${funding}` : ''}${k.contractor ? `, dilaksanakan oleh ${k.contractor}` : ''}.`,
  );
  const contract = [
    k.contract_number ? `nomor ${k.contract_number}` : null,
    k.contract_date ? `tanggal ${formatDate(k.contract_date)}` : null,
    k.value !== null ? `senilai ${formatRupiah(k.value)}` : null,
  ].filter(Boolean);
  const deadline = p.deadline
    ? `batas waktu pendaftaran pekerjanya ke BPJS Ketenagakerjaan ${rules.deadline.workingDays} hari kerja setelah SPK, yaitu ${formatDate(p.deadline)}${p.deadlineExact ? '' : ' (dihitung tanpa hari libur yang belum tercatat)'}`
    : null;
  if (contract.length) facts.push(`Kontrak/SPK ${contract.join(', ')}${deadline ? `; ${deadline}` : ''}.`);
  else if (deadline) facts.push(`${deadline.charAt(0).toUpperCase()}${deadline.slice(1)}.`);
  if (p.status === 'unregistered') facts.push(`Sampai ${formatDate(state.asOf)} proyek ini tidak ditemukan di daftar proyek jasa konstruksi terdaftar BPJS Ketenagakerjaan.`);
  if (p.status === 'pending') facts.push(`Belum terdaftar, tetapi batas waktunya (${formatDate(p.deadline!)}) belum lewat.`);
  if (p.registration) {
    const r = p.registration;
    facts.push(
      `Terdaftar di BPJS Ketenagakerjaan${r.registration_number ? ` dengan nomor proyek ${r.registration_number}` : ''}${r.registered_date ? ` sejak ${formatDate(r.registered_date)}` : ''}${p.status === 'late' && p.lateDays !== null ? `, terlambat ${formatNumber(p.lateDays)} hari kerja` : ''}.`,
    );
    if (p.valueMismatch && r.value !== null && k.value !== null) facts.push(`Nilai kontrak yang didaftarkan ${formatRupiah(r.value)}, berbeda dari nilai kontrak ${formatRupiah(k.value)}.`);
  }
  if (p.contribution) {
    facts.push(
      `Perkiraan iuran JKK ${formatRupiah(p.contribution.jkk)} dan JKM ${formatRupiah(p.contribution.jkm)} (jumlah ${formatRupiah(p.contribution.total)}) dari nilai kontrak dengan tarif berjenjang (${shortName(rules.jakon.regulation.name)}).`,
    );
  }
  if (p.due.total > 0 && p.status !== 'unregistered') facts.push(`Iuran yang masih kurang karena nilai terdaftar lebih kecil: ${formatRupiah(p.due.total)}.`);
  if (!options.forLetter) {
    facts.push(`Pekerja proyek: ${formatNumber(p.workers)}${p.workersEstimated ? ' (perkiraan dari nilai kontrak, karena daftar tidak memuat jumlah pekerja)' : ''}${p.active ? '; pekerjaan sedang berjalan' : ''}.`);
  }
  return facts;
}

function sourcesOf(store: Store, items: { kind: ComplianceListKind; identity: string; matchedBy: string | null }[]): Evidence['sources'] {
  const out: Evidence['sources'] = [];
  for (const item of items) {
    const rows: (EmployerRecord | ProjectRecord)[] =
      item.kind === 'packages' || item.kind === 'bpjs_projects' ? store.compliance.projectRecordsOf(item.kind, item.identity) : store.compliance.employerRecordsOf(item.kind, item.identity);
    // The newest list first; within a list, rows in order.
    for (const r of rows.slice().sort((a, b) => b.batch_id - a.batch_id || a.row - b.row)) {
      const batch = store.imports.byId(r.batch_id);
      out.push({
        kind: item.kind,
        listLabel: listSpec(item.kind).label,
        batchId: r.batch_id,
        fileName: batch?.file_name ?? '',
        asOf: r.as_of,
        sheet: r.sheet,
        row: r.row,
        cells: JSON.parse(r.cells) as [string, string][],
        matchedBy: item.matchedBy,
      });
    }
  }
  return out;
}

const identityOf = (key: string) => key.slice(key.indexOf('|') + 1);
const kindOf = (key: string) => key.slice(0, key.indexOf('|')) as ComplianceListKind;

export function evidence(store: Store, state: ComplianceState, subject: 'employer' | 'project', key: string): Evidence {
  let name: string;
  let facts: string[];
  let status: string;
  let statusLabel: string;
  let sources: Evidence['sources'];
  let keys: string[];
  if (subject === 'employer') {
    const e = state.employers.find((x) => x.key === key);
    if (!e) throw notFound('Pemberi kerja ini tidak ada lagi di daftar yang berlaku (daftarnya mungkin dibatalkan).');
    name = e.name;
    facts = employerFacts(store, e, state);
    status = e.status;
    statusLabel = e.flags.map((f) => EMPLOYER_STATUS_LABELS[f]).join(', ');
    const items: { kind: ComplianceListKind; identity: string; matchedBy: string | null }[] = [];
    if (e.oss) items.push({ kind: 'oss', identity: e.oss.identity, matchedBy: null });
    if (e.wlkp) items.push({ kind: 'wlkp', identity: e.wlkp.identity, matchedBy: e.oss ? (MATCH_LABELS[e.wlkpMatch ?? ''] ?? null) : null });
    if (e.bpjs) items.push({ kind: 'bpjs_employers', identity: e.bpjs.identity, matchedBy: e.oss || e.wlkp ? (MATCH_LABELS[e.bpjsMatch ?? ''] ?? null) : null });
    sources = sourcesOf(store, items);
    keys = [e.key, ...(e.wlkp ? [`wlkp|${e.wlkp.identity}`] : []), ...(e.bpjs ? [`bpjs_employers|${e.bpjs.identity}`] : [])];
  } else {
    const p = state.projects.find((x) => x.key === key);
    if (!p) throw notFound('Paket ini tidak ada lagi di daftar yang berlaku (daftarnya mungkin dibatalkan).');
    name = p.pkg.package;
    facts = projectFacts(p, state);
    status = p.status;
    statusLabel = [PROJECT_STATUS_LABELS[p.status], ...(p.valueMismatch ? ['nilai berbeda'] : [])].join(', ');
    sources = sourcesOf(store, [
      { kind: 'packages', identity: identityOf(p.key), matchedBy: null },
      ...(p.registration ? [{ kind: 'bpjs_projects' as const, identity: p.registration.identity, matchedBy: MATCH_LABELS[p.registrationMatch ?? ''] ?? null }] : []),
    ]);
    keys = [p.key, ...(p.registration ? [`bpjs_projects|${p.registration.identity}`] : [])];
  }
  const reviews = keys
    .flatMap((k) => store.compliance.reviewsOf(k))
    .filter((r, i, all) => all.findIndex((x) => x.id === r.id) === i)
    .map((r) => ({ id: r.id, other: nameOfKey(store, keys.includes(r.left_key) ? r.right_key : r.left_key), score: r.score, reason: r.reason, decision: r.decision }));
  const c = store.compliance.latestCase(subject, key);
  return {
    subject,
    key,
    name,
    facts,
    status,
    statusLabel,
    sources,
    reviews,
    case: c
      ? {
          id: c.id,
          openedAt: c.opened_at,
          closedAt: c.closed_at,
          closedReason: c.closed_reason,
          actions: store.compliance.actionsOf(c.id).map((a) => ({ id: a.id, action: a.action, label: ACTION_LABELS[a.action] ?? a.action, onDate: a.on_date, actor: a.actor, letterNumber: a.letter_number, note: a.note })),
        }
      : null,
  };
}

/** The name (and a short detail) behind an entry key, for the review list. */
export function describeKey(store: Store, key: string): { name: string; detail: string } {
  const kind = kindOf(key);
  const identity = identityOf(key);
  const names = districtNames(store);
  if (kind === 'packages' || kind === 'bpjs_projects') {
    const r = store.compliance.projectRecordsOf(kind, identity).at(-1);
    if (!r) return { name: key, detail: 'tidak ada lagi di daftar' };
    const detail = [listSpec(kind).label, r.contractor, r.contract_number, r.value !== null ? formatRupiah(r.value) : null, r.contract_date ? formatDate(r.contract_date) : null].filter(Boolean).join(' · ');
    return { name: r.package, detail };
  }
  const r = store.compliance.employerRecordsOf(kind, identity).at(-1);
  if (!r) return { name: key, detail: 'tidak ada lagi di daftar' };
  const detail = [
    listSpec(kind).label,
    r.nib ? `NIB ${r.nib}` : null,
    r.npwp ? `NPWP ${r.npwp}` : null,
    r.npp ? `NPP ${r.npp}` : null,
    r.district_code ? `Kec. ${names.get(r.district_code) ?? r.district_code}` : 'kecamatan tidak tercatat',
    r.address,
    r.workers !== null ? `${formatNumber(r.workers)} TK` : null,
  ]
    .filter(Boolean)
    .join(' · ');
  return { name: r.name, detail };
}

function nameOfKey(store: Store, key: string): string {
  return describeKey(store, key).name;
}

export function reviewRow(store: Store, r: ReviewRowDb): ReviewRow {
  return {
    id: r.id,
    domain: r.domain,
    left: { key: r.left_key, ...describeKey(store, r.left_key) },
    right: { key: r.right_key, ...describeKey(store, r.right_key) },
    score: r.score,
    reason: r.reason,
    decision: r.decision,
    decidedBy: r.decided_by,
    decidedAt: r.decided_at,
    note: r.note,
  };
}

export { isEmployerCase, isProjectCase };
