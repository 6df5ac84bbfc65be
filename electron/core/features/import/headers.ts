import type { WorkerField } from '../../../../shared/domain/workerFields';
import { guessFrom, normalizeHeader } from '../../platform/lists/headers';
import type { Cell } from '../../platform/spreadsheet/read';

/**
 * Finding the header row of a worker list and what each column means. Offices put title rows,
 * blank rows and merged cells above the header, sometimes a second header row under it
 * ("Tempat | Tanggal" under "Tempat/Tgl Lahir", "L | P" under "Jenis Kelamin"), and name their
 * columns in many ways. Each guess carries a confidence so the operator knows what to check.
 */

type MappedField = Exclude<WorkerField, 'ignore'>;

const SYNONYMS: Record<MappedField, string[]> = {
  nik: [
    'nik', 'no ktp', 'nomor ktp', 'no nik', 'nomor nik', 'nomor induk kependudukan', 'no induk kependudukan', 'nik ktp',
    'nik no ktp', 'no ktp nik', 'ktp', 'no e ktp', 'nik e ktp', 'nomor induk', 'nik pekerja', 'nik peserta',
  ],
  name: [
    'nama', 'nama lengkap', 'nama pekerja', 'nama peserta', 'nama tenaga kerja', 'nama sesuai ktp', 'nama anggota',
    'nama penerima', 'nama calon peserta', 'nama lengkap sesuai ktp',
  ],
  birthDate: ['tanggal lahir', 'tanggallahir', 'tgl lahir', 'tgl lhr', 'tanggal lhr', 'tgl lahir dd mm yyyy', 'tanggal lahir dd mm yyyy', 'tgl lahir dd mm yy'],
  birthPlace: ['tempat lahir', 'tempatlahir', 'tmp lahir', 'tempat lhr', 'tmpt lahir'],
  birthPlaceDate: [
    'tempat tgl lahir', 'tempat tanggal lahir', 'ttl', 'tempat tgl lhr', 'tempat dan tanggal lahir', 'tmp tgl lahir',
    'tempat tgl lahir', 'tempat lahir tanggal lahir', 'tempat lahir tgl lahir',
  ],
  sex: ['l p', 'jk', 'j k', 'jenis kelamin', 'kelamin', 'jns kelamin', 'sex', 'gender', 'l pr', 'lk pr', 'jenis kel'],
  sexMale: [],
  sexFemale: [],
  address: ['alamat', 'alamat lengkap', 'alamat domisili', 'alamat rumah', 'alamat sesuai ktp', 'jorong', 'dusun', 'alamat jorong', 'domisili', 'rt rw'],
  village: ['nagari', 'desa', 'kelurahan', 'desa kelurahan', 'desa kel', 'kel desa', 'nama nagari', 'nama desa', 'nagari desa', 'desa nagari', 'gampong'],
  district: ['kecamatan', 'kec', 'nama kecamatan'],
  occupation: ['pekerjaan', 'pekerjaan id', 'kode pekerjaan', 'pekerjaan ktp', 'jenis pekerjaan', 'profesi', 'mata pencaharian', 'jenis usaha', 'bidang pekerjaan', 'pekerjaan sesuai ktp', 'sektor pekerjaan'],
  // OpenSID's status_dasar; SIAK's Status column is read by its place (registries.ts).
  lifeStatus: ['status dasar', 'status hidup', 'status hidup mati', 'hidup mati', 'hidup meninggal', 'status kematian', 'keterangan hidup'],
  phone: [
    'no hp', 'nomor hp', 'hp', 'no telp', 'no telepon', 'telepon', 'nomor telepon', 'no hp wa', 'no wa', 'whatsapp', 'telp',
    'no handphone', 'handphone', 'kontak', 'no kontak', 'nomor hp wa', 'no telp hp',
  ],
  kpj: ['kpj', 'no kpj', 'nomor kpj', 'no peserta', 'nomor peserta', 'no kartu peserta', 'no peserta bpjs'],
  rowNumber: ['no', 'no urut', 'nomor', 'nomor urut', 'nr', 'urut'],
};

/** Headers that contain a field's word but mean something else ("Nama Ibu Kandung", "No. KK"). */
const NOT_A_WORKER_FIELD = /\b(ibu|ayah|ahli waris|perusahaan|usaha|kepala keluarga|kk|kartu keluarga|suami|istri|pemberi kerja|keterangan|ket|status|npwp|rekening|bank|tanggal daftar|tgl daftar|iuran)\b/;

export interface FieldGuess {
  field: WorkerField;
  confidence: number;
}

/** What one header cell of a worker list most likely means, or null. */
export function guessField(header: string): FieldGuess | null {
  return guessFrom(header, SYNONYMS, NOT_A_WORKER_FIELD) as FieldGuess | null;
}

export interface ColumnGuess {
  index: number;
  header: string;
  field: WorkerField;
  confidence: number;
  source: 'header' | 'content' | 'remembered' | 'operator' | 'none';
}

export interface HeaderDetection {
  /** Index into the rows given (not the Excel row number). */
  headerIndex: number;
  /** Set when a second header row refines the first. */
  subHeaderIndex: number | null;
  columns: ColumnGuess[];
}

const SEARCH_ROWS = 30;

function cellText(cell: Cell | undefined): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return '';
  return String(cell).replace(/\s+/g, ' ').trim();
}

/**
 * Looks for the header among the first rows: the row whose cells name the most worker fields,
 * and that names at least the NIK and the name. Returns null when no row does (not a worker list).
 */
export function detectHeader(rows: readonly Cell[][]): HeaderDetection | null {
  let best: { index: number; score: number; guesses: (FieldGuess | null)[] } | null = null;
  for (let i = 0; i < Math.min(rows.length, SEARCH_ROWS); i++) {
    const guesses = rows[i]!.map((c) => guessField(cellText(c)));
    const fields = new Set(guesses.filter((g) => g && g.confidence >= 0.6).map((g) => g!.field));
    const score = guesses.reduce((sum, g) => sum + (g ? g.confidence : 0), 0);
    const hasName = fields.has('name');
    const hasIdentity = fields.has('nik') || fields.has('birthDate') || fields.has('birthPlaceDate');
    if (!hasName || !hasIdentity || fields.size < 2) continue;
    if (!best || score > best.score) best = { index: i, score, guesses };
  }
  if (!best) return null;

  const header = rows[best.index]!;
  const sub = rows[best.index + 1];
  const columns: ColumnGuess[] = [];
  const width = Math.max(header.length, sub?.length ?? 0);
  let subHeaderUsed = false;
  for (let c = 0; c < width; c++) {
    const text = cellText(header[c]);
    const guess = best.guesses[c] ?? null;
    columns.push({
      index: c,
      header: text,
      field: guess?.field ?? 'ignore',
      confidence: guess?.confidence ?? 0,
      source: guess ? 'header' : 'none',
    });
  }

  // A second header row: "Tempat | Tanggal" under a merged "Tempat/Tgl Lahir", "L | P" under "Jenis Kelamin".
  if (sub && looksLikeSubHeader(sub)) {
    let group: ColumnGuess | null = null;
    for (let c = 0; c < width; c++) {
      const column = columns[c]!;
      if (column.header) group = column;
      const subText = normalizeHeader(cellText(sub[c]));
      if (!subText) continue;
      const refined = refineWithSubHeader(group?.field ?? 'ignore', subText);
      if (refined) {
        columns[c] = {
          index: c,
          header: [group?.header, cellText(sub[c])].filter(Boolean).join(' / '),
          field: refined,
          confidence: 0.9,
          source: 'header',
        };
        subHeaderUsed = true;
      }
    }
  }
  resolveDuplicates(columns);
  return { headerIndex: best.index, subHeaderIndex: subHeaderUsed ? best.index + 1 : null, columns };
}

function looksLikeSubHeader(row: Cell[]): boolean {
  const texts = row.map((c) => normalizeHeader(cellText(c))).filter(Boolean);
  return texts.length > 0 && texts.every((t) => /^(tempat|tmp|tanggal|tgl|l|p|lk|pr|laki laki|perempuan|1|2|3|4|5|6|7|8|9|\d+)$/.test(t)) &&
    texts.some((t) => /[a-z]/.test(t));
}

function refineWithSubHeader(groupField: WorkerField, subText: string): WorkerField | null {
  if (/^(tempat|tmp)$/.test(subText)) return 'birthPlace';
  if (/^(tanggal|tgl)$/.test(subText)) return 'birthDate';
  if (groupField === 'sex' || groupField === 'sexMale' || groupField === 'sexFemale') {
    if (/^(l|lk|laki laki)$/.test(subText)) return 'sexMale';
    if (/^(p|pr|perempuan)$/.test(subText)) return 'sexFemale';
  }
  return null;
}

/** One column per field: the most confident keeps it, the others are ignored. */
export function resolveDuplicates(columns: ColumnGuess[]): void {
  const byField = new Map<WorkerField, ColumnGuess>();
  for (const column of columns) {
    if (column.field === 'ignore') continue;
    const holder = byField.get(column.field);
    if (!holder) {
      byField.set(column.field, column);
    } else if (column.confidence > holder.confidence) {
      holder.field = 'ignore';
      holder.source = 'none';
      byField.set(column.field, column);
    } else {
      column.field = 'ignore';
      column.source = 'none';
    }
  }
}

/** Header cells reduced to a signature, so a confirmed mapping is found again for the next file. */
export function headerSignature(columns: readonly { index: number; header: string }[]): string {
  return columns
    .filter((c) => c.header)
    .map((c) => `${c.index}:${normalizeHeader(c.header)}`)
    .join('|');
}

/**
 * Uses the first data rows to confirm or find columns: a column of 16-digit numbers under an odd
 * header is the NIK; a NIK column whose cells are not NIK-like loses confidence.
 */
export function refineWithContent(columns: ColumnGuess[], sample: readonly Cell[][]): void {
  if (sample.length === 0) return;
  const nikLike = (cell: Cell | undefined) => {
    if (typeof cell === 'number') return cell >= 1e15 && cell < 1e16;
    const text = cellText(cell).replace(/[\s.'’-]/g, '');
    return /^\d{16}$/.test(text) || /^\d[.,]\d+E\+?15$/i.test(cellText(cell));
  };
  const share = (index: number, test: (c: Cell | undefined) => boolean) => {
    const filled = sample.map((r) => r[index]).filter((c) => cellText(c) !== '' || typeof c === 'number');
    return filled.length === 0 ? 0 : filled.filter(test).length / filled.length;
  };
  const nikColumn = columns.find((c) => c.field === 'nik');
  if (nikColumn) {
    // A clear header keeps its confidence even when many NIKs are badly typed; a vague one needs
    // the cells to look like NIKs.
    const nikShare = share(nikColumn.index, nikLike);
    if (nikShare >= 0.5) nikColumn.confidence = Math.max(nikColumn.confidence, 0.95);
    else if (nikColumn.confidence < 1 && nikShare < 0.2) nikColumn.confidence = Math.min(nikColumn.confidence, 0.5);
    return;
  }
  const candidate = columns.find((c) => c.field === 'ignore' && !NOT_A_WORKER_FIELD.test(normalizeHeader(c.header)) && share(c.index, nikLike) >= 0.8);
  if (candidate) {
    candidate.field = 'nik';
    candidate.confidence = 0.6;
    candidate.source = 'content';
  }
}
