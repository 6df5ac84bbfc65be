import ExcelJS from 'exceljs';
import fs from 'node:fs';
import path from 'node:path';
import { MONTH_NAMES } from '../../shared/domain/format';
import { FAMILY, GIVEN_FEMALE, GIVEN_MALE, OCCUPATIONS, type Random } from './people';

export interface DemoWorker {
  nik: string;
  name: string;
  female: boolean;
  birth: Date;
  birthPlace: string;
  village: string;
  district: string;
  occupation: string;
  phone: string;
}

const PLACES = ['Padang Aro', 'Muara Labuh', 'Solok', 'Padang', 'Sungai Penuh', 'Alahan Panjang'];

/** A worker of a nagari with a NIK that agrees with the birth date, sex and kecamatan. */
export function makeWorker(random: Random, districtCode: string, district: string, village: string, seq: number): DemoWorker {
  const female = random.next() < 0.45;
  const year = random.int(1962, 2004);
  const month = random.int(1, 12);
  const day = random.int(1, 28);
  const nik = `${districtCode.replace(/\./g, '')}${String(day + (female ? 40 : 0)).padStart(2, '0')}${String(month).padStart(2, '0')}${String(year % 100).padStart(2, '0')}${String(seq).padStart(4, '0')}`;
  const name = `${random.pick(female ? GIVEN_FEMALE : GIVEN_MALE)} ${random.pick(FAMILY)}`;
  return {
    nik,
    name,
    female,
    birth: new Date(Date.UTC(year, month - 1, day)),
    birthPlace: random.pick(PLACES),
    village,
    district,
    occupation: random.weighted(OCCUPATIONS),
    phone: `08${random.int(11, 53)}${random.int(1000000, 9999999)}`,
  };
}

const abbreviate = (village: string) => village.replace(/^Lubuk /, 'Lb. ').replace(/^Sungai /, 'Sei ').replace(/^Pasir /, 'Ps. ');
const dmy = (d: Date, sep = '-') => `${String(d.getUTCDate()).padStart(2, '0')}${sep}${String(d.getUTCMonth() + 1).padStart(2, '0')}${sep}${d.getUTCFullYear()}`;

/**
 * One kecamatan's file as its nagari offices send it: a sheet per nagari with title rows, a merged
 * title, "(1) (2) (3)", dates written several ways, a few typed mistakes (a NIK typed as a number,
 * a short NIK, an impossible date, a row pasted twice), a total row and a signature block, plus a
 * summary sheet.
 */
export async function writeDistrictList(file: string, district: string, byVillage: Map<string, DemoWorker[]>, random: Random, year: number): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const summary = workbook.addWorksheet('Rekap');
  summary.addRow([`REKAP PEKERJA RENTAN KECAMATAN ${district.toUpperCase()}`]);
  summary.addRow(['Nagari', 'Jumlah']);
  for (const [village, workers] of byVillage) summary.addRow([village, workers.length]);

  for (const [village, workers] of byVillage) {
    const sheet = workbook.addWorksheet(village.slice(0, 31));
    sheet.addRow([`DAFTAR PEKERJA RENTAN CALON PESERTA BPJS KETENAGAKERJAAN`]);
    sheet.addRow([`NAGARI ${village.toUpperCase()} KECAMATAN ${district.toUpperCase()} TAHUN ${year}`]);
    sheet.mergeCells('A1:I1');
    sheet.mergeCells('A2:I2');
    sheet.addRow([]);
    sheet.addRow(['NO', 'NIK', 'NAMA LENGKAP', 'TEMPAT, TGL LAHIR', 'L/P', 'ALAMAT', 'NAGARI', 'PEKERJAAN', 'NO HP']);
    sheet.addRow(['(1)', '(2)', '(3)', '(4)', '(5)', '(6)', '(7)', '(8)', '(9)']);
    workers.forEach((w, i) => {
      const roll = random.next();
      const birthText =
        roll < 0.3 ? `${w.birthPlace}, ${dmy(w.birth)}` : roll < 0.6 ? `${w.birthPlace.toUpperCase()}, ${w.birth.getUTCDate()} ${MONTH_NAMES[w.birth.getUTCMonth()]} ${w.birth.getUTCFullYear()}` : `${w.birthPlace},${dmy(w.birth, '/')}`;
      const nik = roll < 0.006 ? Number(w.nik.slice(0, 15) + '0') : roll < 0.01 ? w.nik.slice(0, 15) : roll < 0.05 ? `'${w.nik}` : w.nik;
      const birth = roll > 0.996 ? `${w.birthPlace}, 31-02-${w.birth.getUTCFullYear()}` : birthText;
      const villageText = roll > 0.9 ? abbreviate(village) : roll > 0.85 ? village.toLowerCase() : village;
      sheet.addRow([i + 1, nik, w.name, birth, w.female ? 'P' : 'L', `Jorong ${random.pick(['Koto', 'Pasar', 'Bukit', 'Lurah', 'Tanjung'])}`, villageText, w.occupation.toUpperCase(), w.phone]);
      if (random.next() < 0.004) sheet.addRow([i + 1, w.nik, w.name, birthText, w.female ? 'P' : 'L', '', village, w.occupation, w.phone]);
    });
    sheet.addRow(['', 'JUMLAH', workers.length]);
    sheet.addRow([]);
    sheet.addRow(['', '', 'Mengetahui,', '', '', `${village}, 2 Januari ${year}`]);
    sheet.addRow(['', '', `Wali Nagari ${village}`, '', '', 'Operator Nagari']);
    sheet.addRow(['', '', '( H. ZULKIFLI, S.Pd )', '', '', '( RINA WATI )']);
    sheet.getColumn(2).width = 20;
    sheet.getColumn(3).width = 24;
    sheet.getColumn(4).width = 28;
  }
  fs.mkdirSync(path.dirname(file), { recursive: true });
  await workbook.xlsx.writeFile(file);
}

/** An agency's list as a semicolon CSV (Excel in Indonesian settings saves it that way). */
export function writeAgencyCsv(file: string, workers: DemoWorker[]): void {
  const lines = ['No;NIK;Nama;Tgl Lahir;JK;Desa/Kelurahan;Kecamatan;Pekerjaan'];
  workers.forEach((w, i) => lines.push([i + 1, w.nik, w.name, dmy(w.birth), w.female ? 'Perempuan' : 'Laki-laki', w.village, w.district, w.occupation].join(';')));
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, `\ufeff${lines.join('\r\n')}\r\n`);
}

/** The BPJS branch's monthly recap: active participants per kecamatan and segment. */
export async function writeRecap(file: string, month: string, rows: { district: string; PU: number; BPU: number; JAKON: number; PMI: number }[]): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Rekap');
  const [y, m] = [month.slice(0, 4), Number(month.slice(5, 7))];
  sheet.addRow([`REKAPITULASI PESERTA AKTIF BPJS KETENAGAKERJAAN KABUPATEN SOLOK SELATAN BULAN ${MONTH_NAMES[m - 1]!.toUpperCase()} ${y}`]);
  sheet.addRow(['No', 'Kecamatan', 'PU', 'BPU', 'Jakon', 'PMI', 'Total']);
  rows.forEach((r, i) => sheet.addRow([i + 1, r.district, r.PU, r.BPU, r.JAKON, r.PMI, r.PU + r.BPU + r.JAKON + r.PMI]));
  const sum = (k: 'PU' | 'BPU' | 'JAKON' | 'PMI') => rows.reduce((n, r) => n + r[k], 0);
  sheet.addRow(['', 'Jumlah', sum('PU'), sum('BPU'), sum('JAKON'), sum('PMI'), sum('PU') + sum('BPU') + sum('JAKON') + sum('PMI')]);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  await workbook.xlsx.writeFile(file);
}

/** The BPJS participant list as of a date. */
export async function writeMemberList(file: string, asOf: string, members: { nik: string; kpj: string; name: string; segment: string; active: boolean }[]): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Peserta');
  const [y, m, d] = asOf.split('-');
  sheet.addRow([`DAFTAR PESERTA BPJS KETENAGAKERJAAN KABUPATEN SOLOK SELATAN PER ${Number(d)} ${MONTH_NAMES[Number(m) - 1]!.toUpperCase()} ${y}`]);
  sheet.addRow(['NO', 'NIK', 'KPJ', 'NAMA TK', 'SEGMEN', 'STATUS']);
  members.forEach((p, i) => sheet.addRow([i + 1, p.nik, p.kpj, p.name.toUpperCase(), p.segment, p.active ? 'AKTIF' : 'NON AKTIF']));
  fs.mkdirSync(path.dirname(file), { recursive: true });
  await workbook.xlsx.writeFile(file);
}
