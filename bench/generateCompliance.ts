import ExcelJS from 'exceljs';
import fs from 'node:fs';

/**
 * The bench's employer lists: a licence list of 20.000 businesses (OSS layout, NIB for most, NPWP for
 * the companies) and a BPJS employer list of 10.000 (names written BPJS's way, a few with typos, most
 * of them businesses of the licence list). Deterministic, written once and kept in .bench/.
 */
const DISTRICTS = ['Sangir', 'Sungai Pagu', 'Koto Parik Gadang Diateh', 'Sangir Jujuan', 'Sangir Batang Hari', 'Pauh Duo', 'Sangir Balai Janggo'];
const WORDS = ['Sawit', 'Minang', 'Bukit', 'Sumber', 'Karya', 'Tunas', 'Mitra', 'Sinar', 'Putra', 'Bina', 'Harapan', 'Cahaya', 'Jaya', 'Makmur', 'Lestari', 'Sejahtera', 'Abadi', 'Bersama', 'Sentosa', 'Agung', 'Permai', 'Indah', 'Utama', 'Nusantara', 'Rezeki', 'Mulia'];

function random(seed: number) {
  return () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 4294967296;
}

export async function generateComplianceLists(ossFile: string, bpjsFile: string, businesses = 20_000, employers = 10_000): Promise<void> {
  if (fs.existsSync(ossFile) && fs.existsSync(bpjsFile)) return;
  const next = random(1311);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const rows = Array.from({ length: businesses }, (_, i) => {
    const legal = pick(['PT', 'CV', 'CV', 'UD', 'Koperasi']);
    const base = `${pick(WORDS)} ${pick(WORDS)} ${pick(WORDS)} ${i.toString(36)}`;
    return {
      nib: next() < 0.8 ? String(9120300000000 + i * 7) : '',
      npwp: legal === 'PT' ? `0${String(100_000_000_000_00 + i).slice(0, 14)}` : '',
      legal,
      base,
      name: `${legal} ${base}`,
      district: pick(DISTRICTS),
      workers: 1 + Math.floor(next() * 120),
    };
  });
  const oss = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: ossFile, useSharedStrings: true });
  const sheet = oss.addWorksheet('Data NIB');
  sheet.addRow(['DATA PERIZINAN BERUSAHA (OSS RBA) KABUPATEN SOLOK SELATAN']).commit();
  sheet.addRow(['No', 'NIB', 'Nama Pelaku Usaha', 'NPWP', 'KBLI', 'Skala Usaha', 'Jumlah TKI', 'Kecamatan']).commit();
  rows.forEach((r, i) => sheet.addRow([i + 1, r.nib, r.name, r.npwp, '01262', r.workers > 60 ? 'Usaha Menengah' : 'Usaha Kecil', r.workers, r.district]).commit());
  sheet.commit();
  await oss.commit();

  const bpjs = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: bpjsFile, useSharedStrings: true });
  const list = bpjs.addWorksheet('Pemberi Kerja');
  list.addRow(['DAFTAR PEMBERI KERJA BPJS KETENAGAKERJAAN']).commit();
  list.addRow(['NO', 'NPP', 'NAMA PERUSAHAAN', 'NPWP', 'TK AKTIF', 'PROGRAM', 'STATUS', 'KECAMATAN']).commit();
  for (let k = 0; k < employers; k++) {
    const known = k < employers * 0.8 ? rows[Math.floor((k * businesses) / (employers * 0.8))]! : null;
    const base = known ? (k % 50 === 0 ? known.base.replace(/a/, 'e') : known.base) : `${pick(WORDS)} ${pick(WORDS)} Baru ${k.toString(36)}`;
    const legal = known?.legal ?? 'CV';
    list
      .addRow([k + 1, String(30_000_000 + k), `${base.toUpperCase()}, ${legal}`, known?.npwp.replace(/\D/g, '') ?? '', known ? Math.max(1, known.workers - (k % 7)) : 5, 'JKK, JKM, JHT', k % 40 === 0 ? 'AKTIF - MENUNGGAK' : 'AKTIF', (known?.district ?? pick(DISTRICTS)).toUpperCase()])
      .commit();
  }
  list.commit();
  await bpjs.commit();
}

/**
 * An OSS licence list of `businesses` micro and small businesses and no BPJS list yet: every one of them
 * is PWBD, so `compliance --letters` writes one letter each (the bench's letters).
 */
export async function generateLettersList(file: string, businesses: number): Promise<void> {
  if (fs.existsSync(file)) return;
  const next = random(1311 + businesses);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true });
  const sheet = writer.addWorksheet('Data NIB');
  sheet.addRow(['DATA PERIZINAN BERUSAHA (OSS RBA) KABUPATEN SOLOK SELATAN']).commit();
  sheet.addRow(['No', 'NIB', 'Nama Pelaku Usaha', 'Alamat Usaha', 'KBLI', 'Skala Usaha', 'Jumlah TKI', 'Kecamatan']).commit();
  for (let i = 0; i < businesses; i++) {
    const workers = 1 + Math.floor(next() * 30);
    sheet
      .addRow([i + 1, String(8120300000000 + i * 11), `${pick(['UD', 'CV', 'Warung', 'Toko'])} ${pick(WORDS)} ${pick(WORDS)} ${i.toString(36)}`, `Jorong ${pick(WORDS)} No. ${1 + (i % 97)}`, '47111', workers > 19 ? 'Usaha Kecil' : 'Usaha Mikro', workers, pick(DISTRICTS)])
      .commit();
  }
  sheet.commit();
  await writer.commit();
}
