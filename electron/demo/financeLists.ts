import ExcelJS from 'exceljs';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { MONTH_NAMES } from '../../shared/domain/format';
import { addMonths, monthOf } from '../../shared/domain/months';
import { expectedPremium } from '../../shared/domain/premiums';
import type { Core } from '../core/app/core';

/**
 * What the BPJS branch sends the demo regency: a bill detail per program and month (amounts as text,
 * the month in the title, some rows by KPJ only, a totals row and a signature) and a claim list.
 */

export interface DemoBillLine {
  nik: string | null;
  kpj: string | null;
  name: string;
  amount: number;
}

const rupiah = (n: number) => `Rp ${n.toLocaleString('id-ID')},-`;

export async function writeDemoBill(file: string, program: string, month: string, lines: readonly DemoBillLine[]): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Rincian Tagihan');
  const monthName = `${MONTH_NAMES[Number(month.slice(5, 7)) - 1]} ${month.slice(0, 4)}`;
  sheet.addRow(['BPJS KETENAGAKERJAAN KANTOR CABANG SOLOK']);
  sheet.addRow([`RINCIAN TAGIHAN IURAN PESERTA BUKAN PENERIMA UPAH - ${program.toUpperCase()}`]);
  sheet.addRow([`BULAN ${monthName.toUpperCase()}`]);
  sheet.addRow([]);
  sheet.addRow(['NO', 'NIK', 'NO KPJ', 'NAMA TENAGA KERJA', 'PROGRAM', 'IURAN (Rp)']);
  lines.forEach((l, i) => sheet.addRow([i + 1, l.nik, l.kpj, l.name.toUpperCase(), 'JKK, JKM', rupiah(l.amount)]));
  sheet.addRow(['', '', '', 'JUMLAH', '', rupiah(lines.reduce((n, l) => n + l.amount, 0))]);
  sheet.addRow([]);
  sheet.addRow(['', '', '', '', 'Solok, 5 ' + monthName]);
  sheet.addRow(['', '', '', '', 'Kepala Bidang Kepesertaan']);
  sheet.getColumn(2).width = 20;
  sheet.getColumn(3).width = 14;
  sheet.getColumn(4).width = 30;
  fs.mkdirSync(path.dirname(file), { recursive: true });
  await workbook.xlsx.writeFile(file);
}

export interface DemoClaim {
  nik: string | null;
  kpj: string | null;
  name: string;
  type: string;
  eventDate: string;
  paidDate: string;
  amount: number;
}

const dmy = (iso: string) => `${iso.slice(8, 10)}-${iso.slice(5, 7)}-${iso.slice(0, 4)}`;

export async function writeDemoClaims(file: string, year: number, claims: readonly DemoClaim[]): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Klaim');
  sheet.addRow([`DAFTAR KLAIM PESERTA BPU KABUPATEN SOLOK SELATAN TAHUN ${year}`]);
  sheet.addRow(['No', 'NIK', 'KPJ', 'Nama Peserta', 'Jenis Klaim', 'Tgl Kejadian', 'Tgl Bayar', 'Jumlah Dibayar']);
  claims.forEach((c, i) => sheet.addRow([i + 1, c.nik, c.kpj, c.name, c.type, dmy(c.eventDate), dmy(c.paidDate), rupiah(c.amount)]));
  fs.mkdirSync(path.dirname(file), { recursive: true });
  await workbook.xlsx.writeFile(file);
}

type Program = { id: number; name: string; from: string; to: string; premium: number; source: string; benefits: readonly string[] };

interface DemoFinanceInput {
  year: number;
  asOf: string;
  dir: string;
  /** KPJ of each NIK on the participant list. */
  kpjOf: ReadonlyMap<string, string>;
  programs: { rentan: Program; provinsi: Program; sawit: Program; csr: Program };
  /** Wage workers (PU) at BPJS, Cakap knows them. */
  employees: readonly { nik: string; name: string }[];
  log: (line: string) => void;
}

/**
 * The loop with the branch for the demo regency: the claims it paid (a death three months ago, work
 * accidents, a scholarship, a wage worker's JHT), a registration file sent six weeks ago, the bills of
 * the last two months (the latest with a few of each exception), and the SP2D that paid them.
 */
export async function demoFinance(core: Core, input: DemoFinanceInput): Promise<void> {
  const { asOf, dir, kpjOf, programs, year } = input;
  const month = monthOf(asOf);
  const prev = addMonths(month, -1);
  const register = (file: string) => core.context.files.register(file).fileId;
  const enrolled = async (p: Program) => {
    const rows: { nik: string; name: string; from: string; to: string; endedReason: string | null }[] = [];
    for (let offset = 0; ; offset += 200) {
      const page = await core.invoke('enrollments.list', { programId: p.id, offset, limit: 200 });
      rows.push(...page.rows);
      if (offset + 200 >= page.total) break;
    }
    return rows;
  };
  const covers = (r: { from: string; to: string }, m: string) => r.from <= m && m <= r.to;
  const day = (m: string, d: number) => `${m}-${String(d).padStart(2, '0')}`;

  // Two wage workers the APBD program took on anyway: the bill check finds them on the BPJS list as PU.
  await core.invoke('enrollments.add', { programId: programs.rentan.id, niks: input.employees.slice(10, 12).map((w) => w.nik), from: `${year}-01` });
  const rentan = await enrolled(programs.rentan);
  const active = rentan.filter((r) => !r.endedReason && covers(r, month));
  const ended = rentan.filter((r) => r.endedReason && !covers(r, month));

  const provinsi = await enrolled(programs.provinsi);
  // Deaths across the year (the branch still bills some of them), work accidents, a scholarship, a wage worker's JHT.
  const death = (r: { nik: string; name: string }, m: string, d: number): DemoClaim => ({ nik: r.nik, kpj: null, name: r.name, type: 'JKM', eventDate: day(m, d), paidDate: day(addMonths(m, 1), 6), amount: 42_000_000 });
  const accident = (r: { nik: string; name: string }, m: string, amount: number, kpjOnly = false): DemoClaim => ({
    nik: kpjOnly ? null : r.nik,
    kpj: kpjOnly ? (kpjOf.get(r.nik) ?? null) : null,
    name: r.name,
    type: kpjOnly ? 'Jaminan Kecelakaan Kerja' : 'JKK',
    eventDate: day(m, 3),
    paidDate: day(addMonths(m, 1), 21),
    amount,
  });
  const claims: DemoClaim[] = [
    death(active[5]!, addMonths(month, -3), 17),
    death(active[200]!, addMonths(month, -7), 2),
    death(active[333]!, prev, 24),
    death(active[500]!, month, 10),
    accident(active[40]!, addMonths(month, -4), 3_750_000),
    accident(active[80]!, addMonths(month, -2), 12_400_000, true),
    accident(active[150]!, addMonths(month, -6), 2_100_000),
    accident(active[260]!, addMonths(month, -1), 27_850_000),
    accident(provinsi[3]!, addMonths(month, -5), 5_600_000),
    { nik: active[120]!.nik, kpj: null, name: active[120]!.name, type: 'Beasiswa', eventDate: day(addMonths(month, -5), 2), paidDate: day(addMonths(month, -4), 14), amount: 1_500_000 },
    { nik: input.employees[3]!.nik, kpj: null, name: input.employees[3]!.name, type: 'JHT', eventDate: day(addMonths(month, -6), 28), paidDate: day(addMonths(month, -5), 9), amount: 18_500_000 },
  ].filter((c) => c.eventDate >= `${year}-01`);
  const claimsFile = path.join(dir, `Daftar klaim BPU ${year}.xlsx`);
  await writeDemoClaims(claimsFile, year, claims);
  await core.invoke('finance.importClaims', { jobId: crypto.randomUUID(), fileId: register(claimsFile) });

  // The registration file the office sent six weeks ago; the branch has not registered all of them yet.
  const sent = new Date(`${asOf}T00:00:00Z`);
  sent.setUTCDate(sent.getUTCDate() - 45);
  const registration = await core.invoke('finance.registration', { programId: programs.rentan.id, sentOn: sent.toISOString().slice(0, 10) });
  fs.copyFileSync(core.context.files.resolve(registration.file.fileId).path, path.join(dir, registration.file.name));

  const line = (r: { nik: string; name: string }, amount = 16_800, kpjOnly = false): DemoBillLine => ({ nik: kpjOnly ? null : r.nik, kpj: kpjOf.get(r.nik) ?? null, name: r.name, amount });
  const bills: [Program, string, DemoBillLine[]][] = [];
  // Last month's APBD bill: every beneficiary, as billed.
  bills.push([programs.rentan, prev, rentan.filter((r) => covers(r, prev) && !(r.endedReason && r.to < prev)).map((r) => line(r))]);
  // This month's: a few of each exception, some rows by KPJ only, four beneficiaries left out.
  const current = active.slice(4).map((r, i) => line(r, i === 16 || i === 17 ? 20_000 : 16_800, i % 97 === 3 && kpjOf.has(r.nik)));
  current.push(line(active[10]!), line(provinsi[0]!), { nik: '1311019911990007', kpj: null, name: 'Yusrizal Piliang', amount: 16_800 }, ...ended.slice(0, 2).map((r) => line(r)));
  bills.push([programs.rentan, month, current]);
  // The province's bill: as it should be, but for one wrong amount.
  bills.push([programs.provinsi, month, provinsi.filter((r) => covers(r, month) && !r.endedReason).map((r, i) => line(r, i === 7 ? 18_000 : 16_800))]);
  // The CSR program's bill: in a relief month under PP 50/2025 the branch bills half.
  const csr = await enrolled(programs.csr);
  if (covers({ from: programs.csr.from, to: programs.csr.to }, month)) {
    bills.push([programs.csr, month, csr.filter((r) => covers(r, month)).map((r) => line(r, expectedPremium(programs.csr, month, null).amount))]);
  }

  for (const [program, m, lines] of bills) {
    if (!covers({ from: program.from, to: program.to }, m)) continue;
    const file = path.join(dir, `Tagihan ${program.name} ${m}.xlsx`);
    await writeDemoBill(file, program.name, m, lines);
    const checked = await core.invoke('finance.importBill', { jobId: crypto.randomUUID(), fileId: register(file), programId: program.id, month: m });
    input.log(`  Tagihan ${program.name} ${m}: ditagih Rp ${checked.billedAmount.toLocaleString('id-ID')}, dicegah Rp ${checked.exceptionAmount.toLocaleString('id-ID')}, layak dibayar Rp ${checked.payable.toLocaleString('id-ID')}.`);
    // The treasury pays what was agreed, some days into the next month; the CSR program has not paid yet.
    if (program.id !== programs.csr.id && checked.payable > 0) {
      const paidOn = m === month ? asOf : day(m, 25);
      await core.invoke('finance.recordPayment', { programId: program.id, month: m, amount: checked.payable, date: paidOn, reference: `${String(program.id).padStart(2, '0')}${m.slice(5, 7)}/SP2D/LS/${m.slice(0, 4)}` });
    }
  }
  // The SP2D of the months before Cakap checked bills: what each program paid for its beneficiaries then.
  const billed = new Set(bills.map(([p, m]) => `${p.id}|${m}`));
  let earlier = 0;
  for (const [program, rows] of [[programs.rentan, rentan], [programs.provinsi, provinsi], [programs.sawit, await enrolled(programs.sawit)]] as const) {
    for (let m = program.from; m <= month && m <= program.to; m = addMonths(m, 1)) {
      if (billed.has(`${program.id}|${m}`) || (program.id === programs.sawit.id && m === month)) continue;
      const amount = rows.filter((r) => covers(r, m)).length * program.premium;
      if (amount === 0) continue;
      await core.invoke('finance.recordPayment', { programId: program.id, month: m, amount, date: day(addMonths(m, 1), 15), reference: `${String(program.id).padStart(2, '0')}${m.slice(5, 7)}/SP2D/LS/${m.slice(0, 4)}` });
      earlier++;
    }
  }
  input.log(`  ${earlier} SP2D bulan-bulan sebelumnya dicatat; tagihan DBH Sawit bulan ini belum datang dari kantor cabang.`);
}
