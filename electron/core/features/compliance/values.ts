import type { FundingKind, ProgramCode, Scale } from '../../../../shared/domain/compliance';
import { normalizeHeader } from '../../platform/lists/headers';
import { cellText, isBlank } from '../../platform/lists/values';
import type { Cell } from '../../platform/spreadsheet/read';

/** Reading the cells only employer and project lists have: scales, programs, statuses, funding. */

/** "Usaha Mikro", "MIKRO", "Menengah", "UB": the OSS scale. "UMK" (micro or small) reads as mikro: the lesser duty. */
export function readScale(cell: Cell | undefined): { scale: Scale | null; note: string | null } {
  const text = normalizeHeader(cellText(cell));
  if (!text) return { scale: null, note: null };
  if (/\bmikro\b|^um$|^umi$/.test(text) && !/kecil|menengah/.test(text)) return { scale: 'mikro', note: null };
  if (/\bkecil\b|^uk$/.test(text) && !/menengah|mikro/.test(text)) return { scale: 'kecil', note: null };
  if (/\bmenengah\b|^um2$|^umen$/.test(text)) return { scale: 'menengah', note: null };
  if (/\bbesar\b|^ub$/.test(text)) return { scale: 'besar', note: null };
  if (/^(umk|umkm|mikro kecil|usaha mikro kecil|mikro dan kecil|usaha mikro dan kecil)$/.test(text)) {
    return { scale: 'mikro', note: `Skala "${cellText(cell)}" (mikro atau kecil) dibaca sebagai mikro: hanya program wajib usaha mikro yang diperiksa.` };
  }
  return { scale: null, note: `Skala usaha "${cellText(cell)}" tidak dikenal (Mikro, Kecil, Menengah atau Besar); dibaca tidak diketahui.` };
}

const PROGRAM_WORDS: [RegExp, ProgramCode][] = [
  [/\bjkk\b|kecelakaan kerja/, 'JKK'],
  [/\bjkm\b|jaminan kematian/, 'JKM'],
  [/\bjht\b|hari tua/, 'JHT'],
  [/\bjp\b|jaminan pensiun|\bpensiun\b/, 'JP'],
  [/\bjkp\b|kehilangan pekerjaan/, 'JKP'],
];

/** "JKK, JKM, JHT, JP", "JKK+JKM", "4 program", "3 PROGRAM (JKK JKM JHT)": the programs an employer follows. */
export function readPrograms(cell: Cell | undefined): ProgramCode[] | null {
  const text = normalizeHeader(cellText(cell));
  if (!text) return null;
  const found = PROGRAM_WORDS.filter(([pattern]) => pattern.test(text)).map(([, code]) => code);
  if (found.length > 0) return found;
  const counted = /^([2-5])\s*program/.exec(text);
  if (counted) return (['JKK', 'JKM', 'JHT', 'JP', 'JKP'] as ProgramCode[]).slice(0, Number(counted[1]));
  return null;
}

/** A tick in a program's own column: Ya, Y, ✓, V, 1, x. */
export function isYes(cell: Cell | undefined): boolean | null {
  if (isBlank(cell)) return null;
  if (typeof cell === 'boolean') return cell;
  const text = cellText(cell).toLowerCase().trim();
  if (/^(ya|y|yes|v|✓|✔|x|1|ikut|terdaftar|aktif)$/.test(text)) return true;
  if (/^(tidak|t|no|n|0|-|belum|tidak ikut)$/.test(text)) return false;
  return null;
}

/** An employer's BPJS status: still registered (active) and whether it is in arrears. */
export function readEmployerStatus(cell: Cell | undefined): { active: boolean; arrears: boolean } {
  const text = normalizeHeader(cellText(cell));
  const arrears = /tunggak|nunggak|piutang|belum bayar|tidak bayar/.test(text);
  const inactive = /non ?aktif|tidak aktif|nonaktif|tutup|berhenti|keluar|phk|bubar|pailit|dicabut/.test(text);
  return { active: !inactive, arrears };
}

/** "APBD", "DAK Fisik", "APBD Provinsi", "APBN", "APB Nagari", "Dana Desa": who pays for a package. */
export function readFunding(text: string): FundingKind | null {
  const t = normalizeHeader(text);
  if (!t) return null;
  if (/apb ?nag|apbnag|dana desa|\bdd\b|\badd\b|apb ?des|apbdes|alokasi dana desa|\bnagari\b|\bdesa\b/.test(t)) return 'apb_nagari';
  if (/prov|bkk/.test(t)) return 'apbd_provinsi';
  if (/apbn|kementerian|tugas pembantuan|\bsbsn\b|\binpres\b|\bphln\b/.test(t)) return 'apbn';
  if (/apbd|\bdak\b|\bdau\b|\bdbh\b|\bdid\b|\bpad\b|kabupaten|\bblud\b/.test(t)) return 'apbd_kabupaten';
  return 'other';
}

/** Whether a procurement type is construction work (or its planning/supervision); null when not said. */
export function isConstruction(text: string): boolean | null {
  const t = normalizeHeader(text);
  if (!t) return null;
  if (/non ?konstruksi|non ?fisik/.test(t)) return false;
  if (/konstruksi|fisik|bangunan|jalan|jembatan|irigasi/.test(t)) return true;
  if (/barang|jasa lainnya|jasa lain|konsultansi|konsultan|non ?fisik|pengadaan barang/.test(t)) return false;
  return null;
}
