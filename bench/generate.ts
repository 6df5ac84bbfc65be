import ExcelJS from 'exceljs';
import fs from 'node:fs';

/**
 * Realistic worker lists for the benchmark, written like Excel writes them (shared strings):
 * title rows, a NO column, NIK as text, dates as real Excel dates, loosely written village names,
 * and about 1 % of rows with a problem a village office would make.
 */
const NAGARI = [
  ['Lubuk Gadang', 'Sangir', '01'], ['Lb. Gadang Timur', 'Sangir', '01'], ['Pasir Talang', 'Sungai Pagu', '02'],
  ['Koto Baru', 'Sungai Pagu', '02'], ['Pakan Rabaa', 'KPGD', '03'], ['Lubuk Malako', 'Sangir Jujuan', '04'],
  ['Abai', 'Sangir Batang Hari', '05'], ['Alam Pauh Duo', 'Pauh Duo', '06'], ['Sungai Kunyit', 'Sangir Balai Janggo', '07'],
];
const FIRST = ['Siti', 'Budi', 'Andi', 'Rina', 'Yusuf', 'Nurhayati', 'Syahrul', 'Dewi', 'Rahmat', 'Fitri', 'Zulkifli', 'Yanti', 'Hendra', 'Nur\'aini', 'Afrizal'];
const LAST = ['Aminah', 'Santoso', 'Putra', 'Wati', 'Hidayat', 'Sari', 'Chaniago', 'Piliang', 'Tanjung', 'Koto', 'Sikumbang', 'Jambak', 'Caniago'];
const JOBS = ['Petani', 'Petani Sawit', 'Buruh Tani', 'Pedagang', 'Nelayan', 'Buruh Harian Lepas', 'Tukang Ojek', 'Pekebun', 'Peternak'];

/**
 * @param rowsPerSheet at most this many rows in a sheet, title rows included: an Excel 97–2003 sheet
 *   holds 65.536, so the list bound for .xls goes on in a second sheet under the same title and header.
 */
export async function generateList(file: string, rows: number, rowsPerSheet = Number.POSITIVE_INFINITY): Promise<void> {
  if (fs.existsSync(file)) return;
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: `${file}.tmp`, useSharedStrings: true, useStyles: true });
  let sheet!: ExcelJS.Worksheet;
  let sheets = 0;
  let inSheet = 0;
  const newSheet = () => {
    if (sheet) sheet.commit();
    sheets++;
    sheet = workbook.addWorksheet(Number.isFinite(rowsPerSheet) ? `Daftar ${sheets}` : 'Daftar');
    sheet.addRow(['DAFTAR PEKERJA RENTAN CALON PESERTA BPJS KETENAGAKERJAAN']).commit();
    sheet.addRow(['KABUPATEN SOLOK SELATAN TAHUN 2025']).commit();
    sheet.addRow([]).commit();
    sheet.addRow(['NO', 'NIK', 'NAMA', 'TEMPAT LAHIR', 'TGL LAHIR', 'L/P', 'ALAMAT', 'NAGARI', 'KECAMATAN', 'PEKERJAAN', 'NO HP']).commit();
    sheet.addRow(['(1)', '(2)', '(3)', '(4)', '(5)', '(6)', '(7)', '(8)', '(9)', '(10)', '(11)']).commit();
    inSheet = 5;
  };
  newSheet();
  let seed = 42;
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  for (let i = 0; i < rows; i++) {
    const [nagari, kecamatan, district] = pick(NAGARI) as [string, string, string];
    const female = random() < 0.5;
    // Unique NIKs: the row index spread over sequence (4 digits), birth year and month.
    const k = Math.floor(i / 10000);
    const yy = 60 + (k % 40);
    const month = 1 + Math.floor(k / 40);
    const day = 1 + Math.floor(random() * 28);
    const seq = String(i % 10000).padStart(4, '0');
    let nik = `1311${district}${String(day + (female ? 40 : 0)).padStart(2, '0')}${String(month).padStart(2, '0')}${yy}${seq}`;
    const roll = random();
    if (roll < 0.003) nik = nik.slice(0, 15);
    else if (roll < 0.005) nik = `${nik.slice(0, 8)} ${nik.slice(8)}`;
    const birth = new Date(Date.UTC(1900 + yy, month - 1, day));
    const name = `${pick(FIRST)} ${pick(LAST)}`;
    if (inSheet >= rowsPerSheet) newSheet();
    inSheet++;
    sheet
      .addRow([
        i + 1,
        nik,
        roll > 0.995 ? '' : name,
        pick(['Padang Aro', 'Muara Labuh', 'Solok', 'Padang']),
        birth,
        female ? 'P' : 'L',
        `Jorong ${pick(['Koto', 'Pasar', 'Bukit', 'Lurah', 'Tanjung'])} ${1 + Math.floor(random() * 9)}`,
        nagari,
        kecamatan,
        pick(JOBS),
        `08${Math.floor(1e9 + random() * 8e9)}`,
      ])
      .commit();
  }
  sheet.addRow(['', 'JUMLAH', rows]).commit();
  sheet.commit();
  await workbook.commit();
  fs.renameSync(`${file}.tmp`, file);
}

/** A BPJS participant list (NIK, KPJ, name, segment, status) of `rows` workers, for the job-limit measurements. */
export async function generateBpjsMembers(file: string, rows: number): Promise<void> {
  if (fs.existsSync(file)) return;
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: `${file}.tmp`, useSharedStrings: true });
  const sheet = workbook.addWorksheet('Peserta');
  sheet.addRow(['DAFTAR PESERTA AKTIF BPJS KETENAGAKERJAAN KABUPATEN SOLOK SELATAN']).commit();
  sheet.addRow(['NO', 'NIK', 'NO KPJ', 'NAMA PESERTA', 'SEGMEN', 'STATUS', 'TGL KEPESERTAAN']).commit();
  for (let i = 0; i < rows; i++) {
    const k = Math.floor(i / 10000);
    const nik = `131101${String(1 + (i % 28)).padStart(2, '0')}${String(1 + Math.floor(k / 40)).padStart(2, '0')}${60 + (k % 40)}${String(i % 10000).padStart(4, '0')}`;
    sheet.addRow([i + 1, nik, String(25_000_000_000 + i), `${FIRST[i % FIRST.length]} ${LAST[i % LAST.length]}`, i % 3 === 0 ? 'PU' : 'BPU', 'AKTIF', new Date(Date.UTC(2024, i % 12, 1))]).commit();
  }
  sheet.commit();
  await workbook.commit();
  fs.renameSync(`${file}.tmp`, file);
}
