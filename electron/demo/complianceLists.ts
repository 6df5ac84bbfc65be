import ExcelJS from 'exceljs';
import fs from 'node:fs';
import path from 'node:path';
import { MONTH_NAMES } from '../../shared/domain/format';
import type { Random } from './people';

/**
 * The employer and construction lists of the demo regency, as the offices would send them: the
 * licensing office's OSS export, Disnaker's WLKP recap, the BPJS branch's employer and project lists,
 * and PUPR's package sheet with the nagari's village works beside it. Most businesses and projects
 * are in order; some are not registered at all, register too few workers or programs, are in arrears,
 * register a project late or for less than its contract; a few names are written differently on both
 * sides (so the review list has something to decide).
 */

interface Business {
  nib: string | null;
  npwp: string | null;
  name: string;
  legal: 'PT' | 'CV' | 'UD' | 'Koperasi' | 'Perorangan';
  kbli: string;
  field: string;
  scale: 'Usaha Mikro' | 'Usaha Kecil' | 'Usaha Menengah' | 'Usaha Besar';
  workers: number;
  district: string;
  village: string;
  /** How BPJS knows it (or does not). */
  bpjs: 'none' | 'full' | 'fewer' | 'programs' | 'arrears' | 'typo';
}

const ACTIVITIES: [string, string, Business['scale'][], [number, number]][] = [
  ['01262', 'Perkebunan Buah Kelapa Sawit', ['Usaha Kecil', 'Usaha Menengah', 'Usaha Besar'], [12, 320]],
  ['10431', 'Industri Minyak Mentah Kelapa Sawit', ['Usaha Menengah', 'Usaha Besar'], [40, 180]],
  ['01111', 'Pertanian Jagung', ['Usaha Mikro', 'Usaha Kecil'], [2, 18]],
  ['47111', 'Perdagangan Eceran Berbagai Macam Barang', ['Usaha Mikro', 'Usaha Kecil'], [1, 12]],
  ['56101', 'Restoran', ['Usaha Mikro', 'Usaha Kecil'], [2, 14]],
  ['41011', 'Konstruksi Gedung Hunian', ['Usaha Kecil', 'Usaha Menengah'], [8, 60]],
  ['42101', 'Konstruksi Bangunan Sipil Jalan', ['Usaha Kecil', 'Usaha Menengah'], [10, 80]],
  ['16101', 'Industri Penggergajian Kayu', ['Usaha Mikro', 'Usaha Kecil'], [3, 25]],
  ['49431', 'Angkutan Bermotor untuk Barang Umum', ['Usaha Mikro', 'Usaha Kecil'], [2, 20]],
  ['55110', 'Hotel Bintang', ['Usaha Kecil', 'Usaha Menengah'], [6, 40]],
  ['01301', 'Perkebunan Teh', ['Usaha Menengah', 'Usaha Besar'], [60, 260]],
  ['10792', 'Industri Kopi Bubuk', ['Usaha Mikro', 'Usaha Kecil'], [2, 16]],
];
const FIRST = ['Sawit', 'Minang', 'Bukit', 'Sumber', 'Karya', 'Tunas', 'Mitra', 'Sinar', 'Putra', 'Bina', 'Harapan', 'Cahaya', 'Sungai', 'Alam', 'Teh', 'Kopi', 'Mandiri'];
const SECOND = ['Jaya', 'Makmur', 'Lestari', 'Sejahtera', 'Abadi', 'Bersama', 'Sentosa', 'Agung', 'Permai', 'Indah', 'Utama', 'Nusantara', 'Rezeki', 'Mulia', 'Perkasa'];
const THIRD = ['', '', '', 'Solok Selatan', 'Sakti', 'Gemilang', 'Pratama', 'Raya', 'Andalas', 'Minang'];

const pad = (n: number, width: number) => String(n).padStart(width, '0');

export interface DemoComplianceFiles {
  oss: string;
  wlkp: string;
  bpjsEmployers: string;
  packages: string;
  bpjsProjects: string;
}

function title(date: string): string {
  const [y, m, d] = date.split('-');
  return `${Number(d)} ${MONTH_NAMES[Number(m) - 1]} ${y}`;
}

const isoPlus = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
const dmy = (iso: string) => `${iso.slice(8, 10)}-${iso.slice(5, 7)}-${iso.slice(0, 4)}`;

export async function writeDemoComplianceLists(dir: string, districts: { name: string; villages: { name: string }[] }[], random: Random, asOf: string): Promise<DemoComplianceFiles> {
  fs.mkdirSync(dir, { recursive: true });
  const businesses: Business[] = [];
  const used = new Set<string>();
  for (let i = 0; i < 240; i++) {
    const [kbli, field, scales, [lo, hi]] = random.pick(ACTIVITIES);
    const scale = random.pick(scales);
    const legal: Business['legal'] = scale === 'Usaha Mikro' ? random.pick(['UD', 'Perorangan', 'CV'] as const) : scale === 'Usaha Kecil' ? random.pick(['CV', 'CV', 'Koperasi', 'PT'] as const) : 'PT';
    let base = '';
    for (let tries = 0; tries < 20 && (!base || used.has(base)); tries++) base = [random.pick(FIRST), random.pick(SECOND), random.pick(THIRD)].filter(Boolean).join(' ');
    used.add(base);
    const name = legal === 'Perorangan' ? `${field.split(' ')[0] === 'Restoran' ? 'Rumah Makan' : 'Toko'} ${base}` : legal === 'Koperasi' ? `Koperasi ${base}` : `${legal} ${base}`;
    const district = random.pick(districts);
    const roll = random.next();
    businesses.push({
      nib: random.next() < 0.85 ? `91203${pad(10_000_000 + i * 7919, 8)}` : null,
      npwp: legal === 'PT' || legal === 'CV' ? `0${random.int(1, 9)}.${random.int(100, 999)}.${random.int(100, 999)}.${random.int(1, 9)}-201.000` : null,
      name,
      legal,
      kbli,
      field,
      scale,
      workers: scale === 'Usaha Mikro' ? random.int(0, 4) : random.int(lo, hi),
      district: district.name,
      village: random.pick(district.villages).name,
      bpjs: roll < 0.18 ? 'none' : roll < 0.3 ? 'fewer' : roll < 0.37 ? 'programs' : roll < 0.42 ? 'arrears' : roll < 0.44 ? 'typo' : 'full',
    });
  }

  // The licensing office's export.
  const oss = new ExcelJS.Workbook();
  const ossSheet = oss.addWorksheet('Data NIB');
  ossSheet.addRow(['DATA PERIZINAN BERUSAHA BERBASIS RISIKO (OSS RBA) KABUPATEN SOLOK SELATAN']);
  ossSheet.addRow([`DPMPTSP, keadaan per ${title(asOf)}`]);
  ossSheet.addRow([]);
  ossSheet.addRow(['No', 'NIB', 'Nama Pelaku Usaha', 'Jenis Badan Usaha', 'NPWP', 'KBLI', 'Judul KBLI', 'Skala Usaha', 'Jumlah TKI', 'Alamat Usaha', 'Kecamatan', 'Nagari']);
  businesses.forEach((b, i) =>
    ossSheet.addRow([i + 1, b.nib ?? '', b.name, b.legal, b.npwp ?? '', b.kbli, b.field, b.scale, b.workers, `Jorong ${random.pick(['Koto', 'Pasar', 'Bukit', 'Tanjung'])}`, b.district, b.village]),
  );
  ossSheet.getColumn(2).numFmt = '@';
  const ossFile = path.join(dir, `Data NIB OSS per ${title(asOf)}.xlsx`);
  await oss.xlsx.writeFile(ossFile);

  // Disnaker's WLKP recap: the larger businesses report, with their workers by sex.
  const wlkpRows = businesses.filter((b) => b.scale !== 'Usaha Mikro' && random.next() < 0.7);
  const wlkpLines = ['No;Nama Perusahaan;NIB;Nomor Pelaporan;Tahun Laporan;TK Laki-laki;TK Perempuan;Jumlah TK;Kecamatan'];
  wlkpRows.forEach((b, i) => {
    // Most report what they registered; some report more workers than BPJS knows.
    const total = b.workers + (random.next() < 0.2 ? random.int(1, 6) : 0);
    const male = Math.round(total * 0.65);
    wlkpLines.push([i + 1, b.name.toUpperCase(), b.nib ?? '', `WLKP-${asOf.slice(0, 4)}-${pad(i + 1, 4)}`, Number(asOf.slice(0, 4)) - 1, male, total - male, total, b.district].join(';'));
  });
  const wlkpFile = path.join(dir, `Rekap WLKP per ${title(asOf)}.csv`);
  fs.writeFileSync(wlkpFile, `\ufeff${wlkpLines.join('\r\n')}\r\n`);

  // The BPJS branch's employer list: names written its way, NPWP without punctuation.
  const bpjs = new ExcelJS.Workbook();
  const bpjsSheet = bpjs.addWorksheet('Pemberi Kerja');
  bpjsSheet.addRow(['DAFTAR PEMBERI KERJA BPJS KETENAGAKERJAAN WILAYAH KABUPATEN SOLOK SELATAN']);
  bpjsSheet.addRow([`POSISI ${title(asOf).toUpperCase()}`]);
  bpjsSheet.addRow(['NO', 'NPP', 'NAMA PERUSAHAAN', 'NPWP', 'TK AKTIF', 'PROGRAM', 'STATUS', 'TUNGGAKAN (BLN)', 'KECAMATAN']);
  let n = 0;
  for (const b of businesses) {
    if (b.bpjs === 'none' || b.workers === 0) continue;
    n++;
    const full = b.scale === 'Usaha Mikro' ? 'JKK, JKM' : b.scale === 'Usaha Kecil' ? 'JKK, JKM, JHT' : 'JKK, JKM, JHT, JP';
    const bare = b.name.replace(/^(PT|CV|UD) /, '');
    const written = b.bpjs === 'typo' ? `${bare.slice(0, -2)}${bare.slice(-1)}, ${b.legal}` : b.legal === 'PT' || b.legal === 'CV' ? `${bare.toUpperCase()}, ${b.legal}` : b.name.replace(/^Koperasi /, 'KOP. ').toUpperCase();
    bpjsSheet.addRow([
      n,
      pad(20_000_000 + n * 37, 8),
      written,
      b.npwp ? b.npwp.replace(/\D/g, '') : '',
      b.bpjs === 'fewer' ? Math.max(1, Math.round(b.workers * 0.6)) : b.workers,
      b.bpjs === 'programs' ? 'JKK, JKM' : full,
      b.bpjs === 'arrears' ? 'AKTIF - MENUNGGAK' : 'AKTIF',
      b.bpjs === 'arrears' ? random.int(2, 6) : 0,
      b.district.toUpperCase(),
    ]);
  }
  const bpjsFile = path.join(dir, `Daftar pemberi kerja BPJS per ${title(asOf)}.xlsx`);
  await bpjs.xlsx.writeFile(bpjsFile);

  // Construction: PUPR and other agencies' packages, and village works of three nagari.
  const year = asOf.slice(0, 4);
  const contractors = businesses.filter((b) => b.kbli.startsWith('4') && b.legal !== 'Perorangan');
  const agencies = ['Dinas PUPR', 'Dinas PUPR', 'Dinas PUPR', 'Dinas Kesehatan', 'Dinas Pendidikan', 'Dinas Perkim', 'Dinas Pertanian'];
  const works = ['Peningkatan Jalan', 'Rehabilitasi Jalan', 'Pembangunan Jembatan', 'Rehabilitasi Jaringan Irigasi', 'Pembangunan Gedung', 'Rehabilitasi Gedung Sekolah', 'Pembangunan Drainase', 'Pembangunan Puskesmas Pembantu'];
  const packages: { rup: string; name: string; agency: string; contractor: string; number: string; date: string; value: number; funding: string; district: string; place: string; registered: 'onTime' | 'late' | 'none' | 'less' }[] = [];
  for (let i = 0; i < 46; i++) {
    const district = random.pick(districts);
    const place = random.pick(district.villages).name;
    const agency = random.pick(agencies);
    const work = random.pick(works);
    const month = random.int(2, 10);
    const date = `${year}-${pad(month, 2)}-${pad(random.int(1, 27), 2)}`;
    if (date > asOf) continue;
    const roll = random.next();
    packages.push({
      rup: `45${pad(100_000 + i, 6)}`,
      name: `${work} ${place}`,
      agency,
      contractor: random.pick(contractors).name,
      number: `${pad(i + 11, 3)}/SPK/${agency.replace(/^Dinas /, '').toUpperCase()}/${year}`,
      date,
      value: random.int(2, 90) * 50_000_000,
      funding: random.pick(['APBD', 'APBD', 'DAK Fisik', 'APBD Provinsi']),
      district: district.name,
      place,
      registered: roll < 0.62 ? 'onTime' : roll < 0.74 ? 'late' : roll < 0.8 ? 'less' : 'none',
    });
  }
  const pk = new ExcelJS.Workbook();
  const pkSheet = pk.addWorksheet('Paket');
  pkSheet.addRow([`DAFTAR PAKET PEKERJAAN KONSTRUKSI TAHUN ANGGARAN ${year} (SPSE)`]);
  pkSheet.addRow(['No', 'Kode RUP', 'Nama Paket', 'Satuan Kerja', 'Jenis Pengadaan', 'Nama Penyedia', 'No. Kontrak', 'Tgl Kontrak', 'Nilai Kontrak', 'Sumber Dana', 'Lokasi', 'Kecamatan']);
  packages.forEach((p, i) => pkSheet.addRow([i + 1, p.rup, p.name, p.agency, 'Pekerjaan Konstruksi', p.contractor, p.number, dmy(p.date), `Rp ${p.value.toLocaleString('id-ID')},-`, p.funding, p.place, p.district]));
  pkSheet.addRow([packages.length + 1, `45${pad(999_999, 6)}`, 'Pengadaan Perangkat Komputer Kantor', 'Dinas Kominfo', 'Barang', 'CV Data Prima', `001/SP/KOMINFO/${year}`, dmy(`${year}-03-10`), 'Rp 350.000.000', 'APBD', '', '']);
  for (const nagari of districts.slice(0, 3).map((d) => ({ district: d, village: d.villages[0]! }))) {
    const sheet = pk.addWorksheet(`APB Nagari ${nagari.village.name}`.slice(0, 31));
    sheet.addRow([`KEGIATAN FISIK APB NAGARI ${nagari.village.name.toUpperCase()} TAHUN ${year}`]);
    sheet.addRow(['No', 'Nama Kegiatan', 'Lokasi (Jorong)', 'Pelaksana (TPK)', 'Anggaran (Rp)', 'Tanggal Mulai', 'Tanggal Selesai', 'Jumlah Pekerja']);
    for (let k = 0; k < 4; k++) {
      const start = `${year}-${pad(random.int(5, 9), 2)}-01`;
      if (start > asOf) continue;
      sheet.addRow([k + 1, `${random.pick(['Rabat Beton', 'Pembangunan Irigasi Tersier', 'Pembangunan Tembok Penahan Tanah', 'Pengerasan Jalan Usaha Tani'])} Jorong ${random.pick(['Koto', 'Pasar', 'Bukit', 'Tanjung', 'Lurah'])}`, `Jorong ${k + 1}`, `TPK Nagari ${nagari.village.name}`, `${random.int(6, 30) * 5} jt`, dmy(start), dmy(isoPlus(start, 120)), random.next() < 0.5 ? random.int(6, 20) : null]);
    }
  }
  const pkFile = path.join(dir, `Paket konstruksi TA ${year} (SPSE dan APB Nagari).xlsx`);
  await pk.xlsx.writeFile(pkFile);

  const reg = new ExcelJS.Workbook();
  const regSheet = reg.addWorksheet('Jakon');
  regSheet.addRow(['DAFTAR PROYEK JASA KONSTRUKSI TERDAFTAR - KABUPATEN SOLOK SELATAN']);
  regSheet.addRow([`PER ${title(asOf).toUpperCase()}`]);
  regSheet.addRow(['No', 'Nomor Proyek', 'Nama Proyek', 'Kontraktor', 'No Kontrak', 'Nilai Kontrak', 'Tgl Kontrak', 'Tgl Daftar', 'Iuran', 'Jumlah TK']);
  let r = 0;
  for (const p of packages) {
    if (p.registered === 'none') continue;
    r++;
    const registered = isoPlus(p.date, p.registered === 'late' ? random.int(30, 60) : random.int(2, 12));
    if (registered > asOf) continue;
    const value = p.registered === 'less' ? Math.round(p.value * 0.8) : p.value;
    regSheet.addRow([r, `P${year.slice(2)}${pad(r, 7)}`, p.name.toUpperCase(), p.contractor.toUpperCase(), r % 5 === 0 ? '' : p.number.replace(/^0+/, ''), value, new Date(`${p.date}T00:00:00Z`), new Date(`${registered}T00:00:00Z`), Math.round(value * 0.0024), random.int(8, 45)]);
  }
  const regFile = path.join(dir, `Proyek Jakon terdaftar per ${title(asOf)}.xlsx`);
  await reg.xlsx.writeFile(regFile);
  return { oss: ossFile, wlkp: wlkpFile, bpjsEmployers: bpjsFile, packages: pkFile, bpjsProjects: regFile };
}
