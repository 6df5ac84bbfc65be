import { formatDate, formatDateTime, formatFileSize, formatMonth, formatNumber, formatPercent, formatRupiah } from '../../../../shared/domain/format';

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

const LIST_LABELS: Record<string, string> = {
  oss: 'daftar izin usaha (OSS)',
  wlkp: 'daftar WLKP',
  bpjs_employers: 'daftar pemberi kerja BPJS',
  packages: 'daftar paket konstruksi',
  bpjs_projects: 'daftar proyek terdaftar BPJS',
};
const DOMAIN_LABELS: Record<string, string> = { business: 'izin usaha dan WLKP', employer: 'pemberi kerja', project: 'proyek konstruksi' };
const FOLLOW_UP_LABELS: Record<string, string> = { visit: 'dikunjungi', reported: 'melapor sudah mendaftar', note: 'catatan', closed: 'kasus ditutup', reopened: 'kasus dibuka kembali' };
const RULE_LABELS: Record<string, string> = {
  jakon: 'tarif iuran Jakon',
  deadline: 'batas waktu pendaftaran proyek',
  programs: 'program wajib per skala usaha',
  scaleByCapital: 'skala usaha dari modal',
  arrears: 'dasar menunggak',
  registration: 'dasar kewajiban mendaftar',
  valueTolerancePercent: 'selisih nilai kontrak',
  workerEstimate: 'perkiraan pekerja proyek',
  letters: 'format nomor surat',
  holidays: 'hari libur',
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
  'database.move': (d) => {
    const backups = Number(d.backupsCopied) > 0 ? `, ${formatNumber(Number(d.backupsCopied))} cadangan ikut disalin` : '';
    return `Memindahkan basis data dari ${str(d.from)} ke ${str(d.to)}${backups}; berkas lama disimpan sebagai ${str(d.keptAs)}`;
  },
  'import.commit': (d) =>
    `Mengimpor "${str(d.file)}" (impor #${str(d.batchId)}): ${formatNumber(Number(d.accepted ?? 0))} pekerja baru, ${formatNumber(Number(d.updated ?? 0))} diperbarui, ${formatNumber(Number(d.rejected ?? 0))} ditolak`,
  'import.undo': (d) => `Membatalkan impor #${str(d.batchId)} "${str(d.file)}"${d.removed !== undefined ? ` (${formatNumber(Number(d.removed))} dihapus, ${formatNumber(Number(d.restored ?? 0))} dikembalikan)` : ''}`,
  'import.rejectionFile': (d) => `Mengunduh ${formatNumber(Number(d.rows ?? 0))} baris ditolak dari impor #${str(d.batchId)}`,
  'bpjs.members': (d) => `Mengimpor daftar peserta BPJS "${str(d.file)}" per ${str(d.asOf)} (${formatNumber(Number(d.accepted ?? 0))} peserta)`,
  'bpjs.recap': (d) => `Mengimpor rekap BPJS "${str(d.file)}" (${Array.isArray(d.months) ? d.months.join(', ') : ''})`,
  'programs.create': (d) => `Membuat program #${str(d.id)} "${str(d.name)}"`,
  'programs.update': (d) => `Mengubah program #${str(d.id)}`,
  'programs.close': (d) => `Menutup program #${str(d.id)} "${str(d.name)}"`,
  'programs.reopen': (d) => `Membuka kembali program #${str(d.id)} "${str(d.name)}"`,
  'programs.delete': (d) => `Menghapus program #${str(d.id)} "${str(d.name)}"`,
  'enrollments.add': (d) =>
    `Mendaftarkan ${formatNumber(Number(d.enrolled ?? 0))} pekerja ke program #${str(d.programId)} (${str(d.from)} s.d. ${str(d.to)})${d.doubleFundingReason ? `; alasan pembiayaan ganda: ${str(d.doubleFundingReason)}` : ''}`,
  'enrollments.end': (d) => `Mengakhiri kepesertaan #${str(d.id)} di program #${str(d.programId)} pada ${str(d.lastMonth)} (${str(d.reason)})`,
  'workers.erase': (d) => `Menghapus data pribadi pekerja #${str(d.workerId)} atas permintaan; dasar: ${str(d.reason)}`,
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
  'plans.save': (d) =>
    `${d.created ? 'Menyimpan rencana baru' : 'Mengubah rencana'} #${str(d.id)} "${str(d.name)}" tahun ${str(d.year)} (proyeksi cakupan ${formatPercent(Number(d.projectedCoverage ?? 0))})`,
  'plans.delete': (d) => `Menghapus rencana #${str(d.id)} "${str(d.name)}"`,
  'plans.choose': (d) => (d.chosen ? `Menandai rencana #${str(d.id)} "${str(d.name)}" sebagai rencana terpilih` : `Membatalkan tanda terpilih rencana #${str(d.id)} "${str(d.name)}"`),
  'plans.export': (d) => {
    const format = { pdf: 'PDF', xlsx: 'Excel', json: 'JSON' }[str(d.format)] ?? str(d.format);
    return `Mengekspor rencana${d.id ? ` #${str(d.id)}` : ''} "${str(d.name)}" tahun ${str(d.year)} sebagai ${format}`;
  },
  'templates.write': (d) => `Mengunduh templat "${str(d.label)}"${d.programId !== null && d.programId !== undefined ? ` untuk program #${str(d.programId)}` : ''}${d.year ? ` tahun ${str(d.year)}` : ''}`,
  'firstRun.finish': (d) => (d.how === 'skipped' ? 'Melewati persiapan awal' : 'Menyelesaikan persiapan awal'),
  'demo.open': () => 'Membuka data contoh (berkas tersendiri; data kantor tidak berubah)',
  'demo.close': () => 'Kembali dari data contoh ke data kantor',
  'compliance.import': (d) =>
    `Mengimpor ${LIST_LABELS[str(d.kind)] ?? 'daftar'} "${str(d.file)}" (impor #${str(d.batchId)}): ${formatNumber(Number(d.accepted ?? 0))} baru, ${formatNumber(Number(d.updated ?? 0))} diperbarui, ${formatNumber(Number(d.rejected ?? 0))} ditolak`,
  'compliance.decide': (d) =>
    `${d.decision === 'confirmed' ? 'Mengonfirmasi' : 'Menolak'} pasangan "${str(d.left)}" – "${str(d.right)}" (${DOMAIN_LABELS[str(d.domain)] ?? str(d.domain)})${d.note ? `; catatan: ${str(d.note)}` : ''}`,
  'compliance.followUp': (d) =>
    `Mencatat tindak lanjut "${FOLLOW_UP_LABELS[str(d.action)] ?? str(d.action)}" tanggal ${formatDate(str(d.onDate))} untuk ${d.subject === 'project' ? 'paket' : 'pemberi kerja'} ${str(d.name) || str(d.key)}${d.note ? `: ${str(d.note)}` : ''}`,
  'compliance.letters': (d) => `Mencetak ${formatNumber(Number(d.count ?? 0))} surat kepatuhan (nomor ${str(d.first)} s.d. ${str(d.last)}) bertanggal ${formatDate(str(d.date))}`,
  'compliance.rules': (d) =>
    d.reset
      ? 'Mengembalikan aturan kepatuhan ke bawaan'
      : `Mengubah aturan kepatuhan: ${Array.isArray(d.changed) && d.changed.length ? d.changed.map((k) => RULE_LABELS[String(k)] ?? String(k)).join(', ') : 'tanpa perubahan'}`,
  'finance.registration': (d) =>
    `Membuat berkas pendaftaran "${str(d.file)}" program #${str(d.programId)} "${str(d.program)}" (${formatNumber(Number(d.rows ?? 0))} penerima, tanggal kirim ${formatDate(str(d.sentOn))})${d.template ? ` dengan templat "${str(d.template)}"` : ''}`,
  'finance.bill': (d) =>
    `Memeriksa tagihan "${str(d.file)}" (impor #${str(d.batchId)}) program "${str(d.program)}" bulan ${formatMonth(str(d.month))}: ditagih ${formatRupiah(Number(d.billedAmount ?? 0))}, tidak dibayar ${formatRupiah(Number(d.exceptionAmount ?? 0))}, layak dibayar ${formatRupiah(Number(d.payable ?? 0))}${d.replaces ? `; koreksi atas tagihan #${str(d.replaces)}` : ''}`,
  'finance.minutes': (d) => `Mencetak berita acara rekonsiliasi tagihan #${str(d.batchId)} (${formatMonth(str(d.month))}) bertanggal ${formatDate(str(d.date))}`,
  'finance.payment': (d) =>
    `Mencatat pembayaran #${str(d.id)} ${str(d.reference)}: program "${str(d.program)}" bulan ${formatMonth(str(d.month))}, ${formatRupiah(Number(d.amount ?? 0))}, tanggal ${formatDate(str(d.date))}${Number(d.warnings) > 0 ? ' (dengan peringatan)' : ''}`,
  'finance.removePayment': (d) => `Menghapus pembayaran #${str(d.id)} ${str(d.reference)} (${formatRupiah(Number(d.amount ?? 0))}); alasan: ${str(d.reason)}`,
  'finance.claims': (d) =>
    `Mengimpor daftar klaim "${str(d.file)}" (impor #${str(d.batchId)}): ${formatNumber(Number(d.accepted ?? 0))} klaim baru, ${formatNumber(Number(d.alreadyRecorded ?? 0))} sudah tercatat`,
  'finance.export': (d) => `Mengekspor realisasi iuran dan manfaat ${str(d.year)} (${str(d.format).toUpperCase()})`,
  'finance.settings': (d) => {
    const after = (d.after ?? {}) as Detail;
    return `Mengubah pengaturan tagihan dan pendaftaran: hari tunggu ${str(after.registrationWaitDays)}, kantor cabang ${str(after.branchName) || '(kosong)'}`;
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
