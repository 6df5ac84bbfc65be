import { formatDate, formatDateTime, formatFileSize, formatNumber, formatPercent } from '../../../shared/domain/format';

/**
 * The audit log in words: each action code and its recorded detail as one Indonesian sentence.
 * A feature that records a new action adds its sentence here; an unknown one still reads sensibly.
 */
type Detail = Record<string, unknown>;

const OFFICE_FIELDS: Record<string, string> = {
  governmentLine: 'baris pemerintah',
  officeName: 'nama kantor',
  address: 'alamat',
  contact: 'telepon/e-mail',
  'signer.place': 'tempat',
  'signer.title': 'jabatan',
  'signer.name': 'nama penanda tangan',
  'signer.rank': 'pangkat/golongan',
  'signer.nip': 'NIP',
};

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
  'office.set': (d) => {
    const fields = Array.isArray(d.changed) ? d.changed.map((f) => OFFICE_FIELDS[String(f)] ?? String(f)) : [];
    return fields.length > 0 ? `Mengubah kop surat/penanda tangan laporan: ${fields.join(', ')}` : 'Menyimpan kop surat dan penanda tangan laporan (tanpa perubahan)';
  },
  'office.logo': (d) => `Memasang logo kop surat "${str(d.name)}" (${formatFileSize(Number(d.size ?? 0))})`,
  'office.logoRemoved': () => 'Menghapus logo kop surat',
  'report.export': (d) => {
    const format = { pdf: 'PDF', xlsx: 'Excel', json: 'JSON' }[str(d.format)] ?? str(d.format);
    const annex = d.annex
      ? d.fullNik
        ? `, dengan lampiran ${formatNumber(Number(d.annexRows ?? 0))} pekerja ber-NIK LENGKAP; tujuan: ${str(d.purpose)}`
        : `, dengan lampiran ${formatNumber(Number(d.annexRows ?? 0))} pekerja (NIK disamarkan)`
      : '';
    return `Mengekspor laporan capaian UCJ keadaan per ${formatDate(str(d.asOf))} sebagai ${format}${annex}`;
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
