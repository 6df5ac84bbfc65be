import crypto from 'node:crypto';
import ExcelJS from 'exceljs';
import fs from 'node:fs';
import path from 'node:path';
import type { Core } from '../../electron/core/app/core';
import { writeXlsx } from './spreadsheets';
import { importList, nik } from './workerLists';

/**
 * The lists of the loop with the BPJS branch as branches write them, and one small regency whose every
 * bill-check reason can be computed by hand (see finance.test.ts).
 */

export interface BillLine {
  nik?: string | number | null;
  kpj?: string | null;
  name: string;
  amount: string | number;
  month?: string | Date | null;
}

/** A bill detail as the branch sends it: title rows naming the month, a header, the rows, a totals row and a signature. */
export async function writeBill(file: string, title: string, lines: BillLine[], options: { monthColumn?: boolean; sheet?: string } = {}): Promise<string> {
  const header = ['No', 'NIK', 'No. KPJ', 'Nama Tenaga Kerja', ...(options.monthColumn ? ['Periode'] : []), 'Iuran (Rp)'];
  const rows: (string | number | Date | null)[][] = [
    ['BPJS KETENAGAKERJAAN KANTOR CABANG SOLOK'],
    [title],
    [],
    header,
    ...lines.map((l, i) => [i + 1, l.nik ?? null, l.kpj ?? null, l.name, ...(options.monthColumn ? [l.month ?? null] : []), l.amount]),
    ['', '', '', 'JUMLAH', ...(options.monthColumn ? [''] : []), 'Rp -'],
    [],
    ['', '', '', 'Solok, 5 Desember 2026'],
    ['', '', '', 'Kepala Bidang Kepesertaan'],
  ];
  return writeXlsx(file, [{ name: options.sheet ?? 'Rincian Tagihan', rows }]);
}

export interface ClaimLine {
  nik?: string | null;
  kpj?: string | null;
  name: string;
  type: string;
  eventDate: string;
  paidDate: string;
  amount: string | number;
}

export async function writeClaims(file: string, lines: ClaimLine[]): Promise<string> {
  return writeXlsx(file, [
    {
      name: 'Klaim',
      rows: [
        ['DAFTAR KLAIM PESERTA BPU KABUPATEN SOLOK SELATAN TAHUN 2026'],
        ['No', 'NIK', 'KPJ', 'Nama Peserta', 'Jenis Klaim', 'Tgl Kejadian', 'Tgl Bayar', 'Jumlah Dibayar'],
        ...lines.map((l, i) => [i + 1, l.nik ?? null, l.kpj ?? null, l.name, l.type, l.eventDate, l.paidDate, l.amount]),
      ],
    },
  ]);
}

export async function writeMembers(file: string, asOf: string, members: { nik: string; kpj: string; name: string; segment: string; active?: boolean }[]): Promise<string> {
  return writeXlsx(file, [
    {
      name: 'Peserta',
      rows: [
        [`DAFTAR PESERTA BPJS KETENAGAKERJAAN PER ${asOf}`],
        ['NO', 'NIK', 'KPJ', 'NAMA TK', 'SEGMEN', 'STATUS'],
        ...members.map((m, i) => [i + 1, m.nik, m.kpj, m.name.toUpperCase(), m.segment, m.active === false ? 'NON AKTIF' : 'AKTIF']),
      ],
    },
  ]);
}

/**
 * A branch's own blank registration form: a merged title, its columns in its own order and names
 * (two that Cakap cannot fill), a filled header, fixed widths, and a first data row already formatted
 * (borders, NIK as Text) for the office to type into.
 */
export async function writeBranchTemplate(file: string, options: { withoutNik?: boolean } = {}): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('FORM BPU');
  sheet.getCell('A1').value = 'FORMULIR PENDAFTARAN KOLEKTIF PESERTA BUKAN PENERIMA UPAH';
  sheet.mergeCells('A1:J1');
  sheet.getCell('A1').font = { bold: true, size: 14 };
  sheet.getCell('A2').value = 'BPJS KETENAGAKERJAAN KANTOR CABANG SOLOK';
  const headers = ['NO', 'NAMA LENGKAP', options.withoutNik ? 'NO. KK' : 'NO. KTP', 'TGL LAHIR', 'JENIS KEL', 'ALAMAT DOMISILI', 'NO HP', 'NAMA IBU KANDUNG', 'UPAH/PENGHASILAN', 'EMAIL'];
  const header = sheet.getRow(4);
  headers.forEach((h, i) => {
    const cell = header.getCell(i + 1);
    cell.value = h;
    cell.font = { bold: true, color: { argb: 'FFFFFFFF' } };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF1F4E79' } };
  });
  const widths = [5, 30, 20, 12, 8, 32, 16, 24, 16, 22];
  widths.forEach((w, i) => (sheet.getColumn(i + 1).width = w));
  const first = sheet.getRow(5);
  for (let i = 1; i <= headers.length; i++) {
    first.getCell(i).border = { top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } };
    first.getCell(i).font = { name: 'Arial', size: 10 };
  }
  first.getCell(3).numFmt = '@';
  first.getCell(4).numFmt = 'dd/mm/yyyy';
  first.getCell(9).numFmt = '"Rp"#,##0';
  fs.mkdirSync(path.dirname(file), { recursive: true });
  await workbook.xlsx.writeFile(file);
  return file;
}

/**
 * A small regency where every reason can be counted by hand (program A of `year` pays JKK + JKM at Rp 16.800):
 * W1 a plain beneficiary; W2 enrolled January–June only; W3 a beneficiary whose death a JKM claim
 * records; W4 billed twice; W5 active as PU at BPJS; W6 billed Rp 20.000; W7 a beneficiary of
 * program B only; W8 billed by KPJ alone; W9 a beneficiary nobody bills; W10 a beneficiary of both
 * programs, billed by B first; W11 has no birth date (cannot be registered yet).
 */
export async function financeRegency(core: Core, dir: string, year = 2026) {
  const niks = Array.from({ length: 11 }, (_, i) => nik({ day: 1 + i, month: 1, year: 1980, seq: i + 1 }));
  const kpj = (i: number) => `2611${String(1000 + i).padStart(7, '0')}`;
  const occupations = ['Petani', 'Pedagang', 'Petani', 'Buruh Tani', 'Pedagang', 'Tukang Ojek', 'Petani', 'Pedagang', 'Petani', 'Petani', 'Petani'];
  const rows: (string | null)[][] = [['NIK', 'Nama', 'Tgl Lahir', 'Nagari', 'Pekerjaan', 'Alamat', 'No HP']];
  niks.forEach((n, i) => rows.push([n, `Pekerja ${i + 1}`, i === 10 ? null : `${String(i + 1).padStart(2, '0')}-01-1980`, 'Lubuk Gadang', occupations[i]!, `Jorong Koto Baru ${i + 1}`, `08123456${String(i).padStart(4, '0')}`]));
  const workers = await importList(core, await writeXlsx(path.join(dir, 'pekerja.xlsx'), [{ name: 'Data', rows }]));
  const programA = await core.invoke('programs.create', { name: `Pekerja Rentan APBD ${year}`, source: 'apbd_kabupaten', year, budget: 2_000_000, from: `${year}-01`, to: `${year}-12` });
  const programB = await core.invoke('programs.create', { name: `Iuran Nagari Lubuk Gadang ${year}`, source: 'apb_nagari', sourceDetail: 'Lubuk Gadang', year, budget: 1_000_000, from: `${year}-01`, to: `${year}-12` });
  const at = (...i: number[]) => i.map((k) => niks[k - 1]!);
  await core.invoke('enrollments.add', { programId: programA.id, niks: at(1, 3, 4, 5, 6, 8, 9, 10, 11) });
  await core.invoke('enrollments.add', { programId: programA.id, niks: at(2), from: `${year}-01`, to: `${year}-06` });
  await core.invoke('enrollments.add', { programId: programB.id, niks: at(7) });
  await core.invoke('enrollments.add', { programId: programB.id, niks: at(10), doubleFundingReason: 'Nagari menanggung bulan yang sama, dicatat untuk contoh' });
  // The newest participant list: W5 is a wage worker now, W8 and W1 are registered BPU.
  const members = await writeMembers(path.join(dir, 'peserta.xlsx'), `${year}-11-30`, [
    { nik: niks[4]!, kpj: kpj(5), name: 'Pekerja 5', segment: 'PU' },
    { nik: niks[7]!, kpj: kpj(8), name: 'Pekerja 8', segment: 'BPU' },
    { nik: niks[0]!, kpj: kpj(1), name: 'Pekerja 1', segment: 'BPU' },
  ]);
  await core.invoke('bpjs.import', { jobId: crypto.randomUUID(), fileId: core.context.files.register(members).fileId });
  return { niks, kpj, programA, programB, workers };
}

/**
 * Program A's November bill of financeRegency as the branch writes it, one row per reason: amounts as
 * text, W1's NIK with spaces, W4's with an apostrophe (and W4 twice), W6 at Rp 20.000, W8 by KPJ only.
 * `withStrangers` adds someone Cakap does not know (before W8) and W10, whom program B billed first (last).
 */
export function novemberLines(niks: readonly string[], kpj: (i: number) => string, withStrangers: boolean): BillLine[] {
  const at = (i: number, amount: string | number = 'Rp 16.800,-', nik: string = niks[i - 1]!): BillLine => ({ nik, name: `Pekerja ${i}`, amount });
  const w1 = niks[0]!;
  return [
    at(1, undefined, `${w1.slice(0, 4)} ${w1.slice(4, 8)} ${w1.slice(8, 12)} ${w1.slice(12)}`),
    at(2),
    at(3),
    at(4, undefined, `'${niks[3]!}`),
    at(4),
    at(5),
    at(6, 'Rp 20.000,-'),
    at(7),
    ...(withStrangers ? [{ nik: '1311019999990001', name: 'Orang Lain', amount: 'Rp 16.800,-' }] : []),
    { nik: null, kpj: kpj(8), name: 'Pekerja 8', amount: 'Rp 16.800,-' },
    ...(withStrangers ? [at(10, 16_800)] : []),
  ];
}

/** Reads a registration or any written workbook's first sheet as values (exceljs), for assertions. */
export async function readBook(file: string) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook;
}
