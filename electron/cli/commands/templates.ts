import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { formatFileSize } from '../../../shared/domain/format';
import { isTemplateKind, TEMPLATE_KIND_INFO, TEMPLATE_KINDS } from '../../../shared/domain/templates';
import { CliError, defineCommand, parseYear, requireOption } from '../command';
import { openCore } from '../openCore';

const width = Math.max(...TEMPLATE_KINDS.map((k) => k.length));

export const templateCommand = defineCommand({
  name: 'template',
  summary: 'Menulis templat Excel untuk pengirim daftar (nagari, OPD, BPS, DPMPTSP, BPJS): diisi, dikirim balik, diimpor tanpa perbaikan.',
  usage: 'template --kind JENIS --out TEMPLAT.xlsx [--db BERKAS] [--regency 13.11] [--program ID] [--year TTTT]',
  details: [
    '  --kind JENIS       jenis templat, salah satu dari:',
    ...TEMPLATE_KINDS.map((kind) => `                       ${kind.padEnd(width)}  ${TEMPLATE_KIND_INFO[kind].label}; dari ${TEMPLATE_KIND_INFO[kind].sender}`),
    '  --out BERKAS       berkas .xlsx yang ditulis',
    '  --db BERKAS        ambil kecamatan, desa/nagari, sebutan desa dan pekerjaan dari basis data ini',
    '  --regency KODE     tanpa --db: kabupaten yang wilayahnya dipakai (bawaan 13.11, Solok Selatan)',
    '  --program ID       untuk beneficiaries: program yang calon penerimanya diusulkan (perlu --db)',
    '  --year TTTT        untuk workforce: tahun angka penduduk bekerja (bawaan: tahun lalu);',
    '                     untuk nagari_budget: tahun anggaran (bawaan: tahun depan)',
    '',
    'Templat berisi sheet data dengan judul kolom yang pasti dikenali pengimpor, NIK berformat Teks,',
    'sel tanggal berformat tanggal, daftar pilihan kecamatan, desa/nagari, jenis kelamin dan pekerjaan,',
    'dan sheet Petunjuk dalam Bahasa Indonesia. Templat daftar pemberi kerja dan proyek menyimpan NIB, NPWP,',
    'NPP dan nomor kontrak sebagai teks, menawarkan pilihan skala usaha, sumber dana dan status, dan',
    'menampilkan nilai dalam rupiah; berkasnya diimpor dengan perintah employers atau projects.',
    'Templat selalu ditulis sebagai .xlsx; pengirim boleh mengirimnya kembali sebagai .xlsx, .xls, .ods atau .csv.',
  ],
  options: {
    kind: { type: 'string' },
    out: { type: 'string' },
    db: { type: 'string' },
    regency: { type: 'string' },
    program: { type: 'string' },
    year: { type: 'string' },
  },
  positionals: { min: 0, max: 0 },
  async run({ values }) {
    const kind = requireOption(values.kind, 'kind', 'template');
    if (!isTemplateKind(kind)) throw new CliError(`Jenis templat "${kind}" tidak dikenal; pilih salah satu: ${TEMPLATE_KINDS.join(', ')}.`);
    const out = path.resolve(requireOption(values.out, 'out', 'template'));
    if (path.extname(out).toLowerCase() !== '.xlsx') throw new CliError(`Templat ditulis sebagai .xlsx; akhiri --out dengan .xlsx (bukan "${path.basename(out)}").`);
    if (!fs.existsSync(path.dirname(out))) throw new CliError(`Folder "${path.dirname(out)}" tidak ada.`);
    const programId = values.program === undefined ? undefined : Number(values.program);
    if (programId !== undefined && !Number.isInteger(programId)) throw new CliError(`--program "${values.program}" harus nomor program; lihat: npm run cakap -- program list --db BERKAS`);
    if (programId !== undefined && kind !== 'beneficiaries') throw new CliError('--program hanya untuk --kind beneficiaries.');
    if (programId !== undefined && !values.db) throw new CliError('--program perlu --db: programnya dibaca dari basis data.');
    if (values.year !== undefined && kind !== 'workforce' && kind !== 'nagari_budget') throw new CliError('--year hanya untuk --kind workforce atau nagari_budget.');
    const year = values.year === undefined ? undefined : parseYear(values.year, 'template');
    if (values.db && values.regency) throw new CliError('--regency hanya dipakai tanpa --db; dengan --db kabupatennya dari basis data.');

    // Without a database, the regency's regions come from a scratch database made for this template only.
    const scratch = values.db ? null : fs.mkdtempSync(path.join(os.tmpdir(), 'cakap-templat-'));
    const core = await openCore(values.db ?? path.join(scratch!, 'templat.sqlite'), { create: scratch !== null, defaultRegency: values.regency, dailyBackup: false });
    try {
      const ref = await core.invoke('templates.write', { kind, programId, year });
      fs.copyFileSync(core.context.files.resolve(ref.fileId).path, out);
      const label = TEMPLATE_KIND_INFO[kind].label;
      console.log(`Templat ${label.charAt(0).toLowerCase()}${label.slice(1)} ditulis: ${out} (${formatFileSize(ref.size)}).`);
    } finally {
      core.close();
      if (scratch) fs.rmSync(scratch, { recursive: true, force: true });
    }
  },
});
