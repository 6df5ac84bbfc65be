import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { pdfLocalAccessAllowed } from '../../electron/core/platform/documents/pdfmake';
import { renderReportPdf } from '../../electron/core/features/report/pdf';
import type { CoverageReport } from '../../shared/contract/report';
import { sampleReport } from '../fixtures/coverageReport';
import { annexRows, sampleOffice } from '../fixtures/office';
import { pdfImages, pdfInfo, pdfText, pdfWords } from '../helpers/pdf';
import { tempDir } from '../helpers/temp';

const SIXTEEN_DIGITS = /\b\d{16}\b/;

async function render(report: CoverageReport = sampleReport, options: Partial<Parameters<typeof renderReportPdf>[1]> = {}) {
  const file = path.join(tempDir(), 'laporan.pdf');
  await renderReportPdf(report, { office: sampleOffice, ...options }, file);
  return file;
}

describe('the leadership report as a PDF', () => {
  it('the bupati reads the title, the regency, the date and every headline figure in Bahasa Indonesia', async () => {
    const file = await render();
    const text = pdfText(file);
    for (const expected of [
      'PEMERINTAH KABUPATEN SOLOK SELATAN',
      'DINAS TENAGA KERJA',
      'Laporan Capaian Universal Coverage Jamsostek',
      'Kabupaten Solok Selatan',
      'Keadaan per 31 Oktober 2025',
      'Angka peserta aktif dari rekap BPJS Ketenagakerjaan bulan Oktober 2025.',
      '19,22 %',
      '28,30 %',
      '8.172 pekerja',
      '9,08 poin',
      'Rp 16.800',
      'Rp 411.868.800',
      'Rp 1.647.475.200',
      '35,68 %',
      '32,15 %',
      'Ringkasan',
      'Temuan utama',
    ]) {
      expect(text, expected).toContain(expected);
    }
    expect(pdfInfo(file)).toMatchObject({ width: 595.28, height: 841.89 }); // A4 portrait
  });

  it('has every kecamatan, nagari, program, funding source and occupation, and each section', async () => {
    const text = pdfText(await render());
    for (const d of sampleReport.byDistrict) expect(text, d.name).toContain(d.name);
    for (const v of sampleReport.byVillage) expect(text, v.name).toContain(v.name);
    for (const p of sampleReport.programs) expect(text.replace(/\s+/g, ' '), p.name).toContain(p.name);
    for (const s of sampleReport.bySource) expect(text, s.label).toContain(s.label);
    for (const o of sampleReport.byOccupation) expect(text, o.occupation).toContain(o.occupation);
    for (const heading of [
      '1. Cakupan per kecamatan',
      '2. Pekerja per nagari',
      '3. Program pembiayaan iuran',
      'Per sumber dana',
      '4. Per pekerjaan',
      '5. Tren bulanan',
      '6. Kualitas data',
    ]) {
      expect(text).toContain(heading);
    }
    // A table row as the eye reads it: name, then the figures, right-aligned in id-ID form.
    expect(text).toMatch(/Sangir\s+24\.000\s+5\.400\s+22,50 %\s+6\.792\s+1\.392\s+2\.100\s+640/);
    expect(text).toMatch(/Jumlah kabupaten\s+90\.000\s+17\.298\s+19,22 %\s+25\.470\s+8\.172/);
    expect(text).toMatch(/Oktober 2025\s+17\.298\s+10\.280\s+6\.148\s+810\s+60\s+19,22 %/);
    expect(text).toMatch(/Rp 1\.008\.000\.000\s+Rp 806\.400\.000\s+Rp 201\.600\.000\s+80,00 %\s+4\.000/);
    // Workers no list placed are counted, never dropped: per kecamatan without a nagari, and with no region at all.
    expect(text).toMatch(/Wilayah tidak\s+–\s+–\s+–\s+–\s+–\s+0\s+35\s+diketahui/);
    expect(text).toMatch(/Jumlah kabupaten\s+90\.000\s+17\.298\s+19,22 %\s+25\.470\s+8\.172\s+6\.600\s+2\.135/);
    expect(text).toMatch(/Nagari tidak diketahui\s+Sungai Pagu\s+0\s+48/);
    expect(text).toMatch(/Wilayah tidak diketahui\s+–\s+0\s+35/);
  });
  it('numbers every page "Halaman n dari N" and stamps the generation time in the footer', async () => {
    const file = await render();
    const { pages } = pdfInfo(file);
    expect(pages).toBeGreaterThanOrEqual(3);
    for (let page = 1; page <= pages; page++) {
      const text = pdfText(file, { first: page, last: page });
      expect(text).toContain(`Halaman ${page} dari ${pages}`);
      expect(text).toMatch(/Dibuat dengan Cakap, 3 November 2025 pukul \d{2}\.\d{2}/);
    }
  });

  it('ends with the signature: place and date, title, name, rank and NIP, on the same page as the last section', async () => {
    const f = await render();
    const { pages } = pdfInfo(f);
    const last = pdfText(f, { first: pages, last: pages });
    expect(last).toContain('6. Kualitas data');
    expect(last).toContain('Padang Aro, 3 November 2025');
    expect(last).toContain('Kepala Dinas Tenaga Kerja');
    expect(last).toContain('Drs. H. Syafrudin Putra, M.Si.');
    expect(last).toContain('Pembina Utama Muda (IV/c)');
    expect(last).toContain('NIP. 19750312 200003 1 004');
  });

  it('without a signer yet, leaves a dotted line to sign on and names the head of the office', async () => {
    const f = await render(sampleReport, { office: { ...sampleOffice, logo: null, signer: { place: '', title: '', name: '', rank: '', nip: '' } } });
    const text = pdfText(f);
    expect(text).toContain('KEPALA DINAS TENAGA KERJA,');
    expect(text).toContain('(..........................................)');
    expect(text).not.toContain('NIP.');
  });

  it('draws the charts as vectors: the only raster image is the logo', async () => {
    expect(pdfImages(await render())).toHaveLength(1);
    expect(pdfImages(await render(sampleReport, { office: { ...sampleOffice, logo: null } }))).toHaveLength(0);
  });

  it('no word runs past the right margin or off the page, even with long kecamatan and program names', async () => {
    const long: CoverageReport = {
      ...sampleReport,
      byDistrict: sampleReport.byDistrict.map((d, i) =>
        i === 2 ? { ...d, name: 'Koto Parik Gadang Diateh Sungai Kalu Batang Hari Sangir Balai Janggo' } : d,
      ),
      programs: sampleReport.programs.map((p, i) =>
        i === 0 ? { ...p, name: 'Perlindungan Jaminan Sosial Ketenagakerjaan bagi Pekerja Rentan Bukan Penerima Upah APBD Kabupaten Tahun Anggaran 2025', budget: 12_345_678_900, committed: 11_000_000_000, remaining: 1_345_678_900 } : p,
      ),
    };
    const words = pdfWords(await render(long));
    const overflow = words.filter((w) => w.xMax > 595.28 - 48 + 0.5 || w.xMin < 56 - 0.5);
    expect(overflow).toEqual([]);
    expect(words.map((w) => w.text).join(' ')).toContain('Rp 12.345.678.900');
  });

  it('an annex lists the workers with their NIK masked, and no full 16-digit NIK appears anywhere', async () => {
    const rows = annexRows(60);
    const f = await render(sampleReport, { annex: { rows, total: 60, fullNik: false } });
    const text = pdfText(f);
    expect(text).toContain('Lampiran. Pekerja yang dibiayai program pada Oktober 2025');
    expect(text).toContain('NIK disamarkan');
    expect(text).toContain('1311**********01');
    expect(text).toContain('Pekerja 0060');
    expect(text).not.toMatch(SIXTEEN_DIGITS);
    expect(pdfText(f, { layout: false })).not.toMatch(SIXTEEN_DIGITS);
    for (const row of rows) expect(text).not.toContain(row.nik);
  });

  it('a NIK that slipped into any other text (a finding, a program name) is masked too', async () => {
    const leaky: CoverageReport = {
      ...sampleReport,
      findings: [...sampleReport.findings, 'Periksa pekerja 1311015205800003 yang tercatat dua kali.'],
      programs: sampleReport.programs.map((p, i) => (i === 0 ? { ...p, name: `${p.name} (contoh 1311015205800003)` } : p)),
    };
    const text = pdfText(await render(leaky));
    expect(text).toContain('1311**********03');
    expect(text).not.toMatch(SIXTEEN_DIGITS);
  });

  it('a full-NIK annex prints the NIKs and the recorded purpose, and says how many more rows the workbook has', async () => {
    const rows = annexRows(30);
    const f = await render(sampleReport, { annex: { rows, total: 5_030, fullNik: true, purpose: 'Verifikasi kepesertaan bersama BPJS Cabang Solok' } });
    const text = pdfText(f);
    expect(text).toContain(rows[0]!.nik);
    expect(text).toContain('Verifikasi kepesertaan bersama BPJS Cabang Solok');
    expect(text.replace(/\s+/g, ' ')).toContain('Ditampilkan 30 baris pertama dari 5.030; 5.000 baris lainnya tidak dimuat di PDF.');
  });

  it('a report without BPJS recap says its figures come from the worker data, and empty tables say so', async () => {
    const bare: CoverageReport = {
      ...sampleReport,
      basis: { kind: 'worker_data', recapMonth: null, note: 'Belum ada rekap BPJS; angka dihitung dari data pekerja di Cakap.' },
      programs: [],
      bySource: [],
      byVillage: [],
      findings: [],
    };
    const text = pdfText(await render(bare));
    expect(text).toContain('Perhatian: Belum ada rekap BPJS');
    expect(text).toContain('Belum ada data.');
  });

  it('pdfmake may read the four Roboto fonts and nothing else on the disk', () => {
    expect(pdfLocalAccessAllowed(path.resolve('node_modules/pdfmake/fonts/Roboto/Roboto-Regular.ttf'))).toBe(true);
    expect(pdfLocalAccessAllowed('/etc/passwd')).toBe(false);
    expect(pdfLocalAccessAllowed(path.resolve('node_modules/pdfmake/fonts/Roboto/../../package.json'))).toBe(false);
  });
});
