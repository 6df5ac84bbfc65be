import { formatDateTime, formatNumber, formatPercent } from '../../../shared/domain/format';

/**
 * The audit log in words: each action code and its recorded detail as one Indonesian sentence.
 * A feature that records a new action adds its sentence here; an unknown one still reads sensibly.
 */
type Detail = Record<string, unknown>;

const str = (value: unknown): string => (value === null || value === undefined ? '' : String(value));

const SENTENCES: Record<string, (d: Detail) => string> = {
  'settings.regency': (d) => (d.from ? `Mengganti kabupaten dari ${str(d.from)} ke ${str(d.to)}` : `Memilih kabupaten ${str(d.to)}`),
  'settings.villageLabel': (d) =>
    d.label ? `Mengubah sebutan desa menjadi "${str(d.label)}"` : 'Mengembalikan sebutan desa ke bawaan provinsi',
  'workforce.save': (d) => {
    const how = str(d.how);
    const from = how.startsWith('file:') ? ` dari berkas "${how.slice(5)}"` : ' lewat formulir';
    const removed = Number(d.removed) > 0 ? `, ${formatNumber(Number(d.removed))} dihapus` : '';
    const source = d.source ? `; sumber: ${str(d.source)}` : '';
    return `Menyimpan penduduk bekerja ${str(d.year)}${from} (${formatNumber(Number(d.saved ?? 0))} wilayah${removed})${source}`;
  },
  'targets.set': (d) => `Menetapkan target UCJ ${str(d.year)}: ${formatPercent(Number(d.percent))}`,
  'targets.remove': (d) => `Menghapus target UCJ ${str(d.year)}`,
  'backup.create': () => 'Membuat cadangan basis data',
  'backup.restore': (d) => {
    const when = typeof d.takenAt === 'string' ? ` ${formatDateTime(d.takenAt)}` : ` ${str(d.from)}`;
    const kept = d.safetyCopy ? '; keadaan sebelumnya disimpan sebagai cadangan' : '';
    return `Memulihkan basis data dari cadangan${when}${kept}`;
  },
  'audit.export': (d) => `Mengekspor log audit (${formatNumber(Number(d.entries ?? 0))} catatan) ke Excel`,
};

export function describeAuditEntry(action: string, detailJson: string): string {
  let detail: Detail = {};
  try {
    const parsed: unknown = JSON.parse(detailJson);
    if (parsed && typeof parsed === 'object') detail = parsed as Detail;
  } catch {
    // An unreadable detail still leaves the action to show.
  }
  const sentence = SENTENCES[action];
  return sentence ? sentence(detail) : `Tindakan lain (${action})`;
}
