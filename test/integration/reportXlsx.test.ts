import ExcelJS from 'exceljs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderReportXlsx } from '../../electron/core/features/report/xlsx';
import type { CoverageReport } from '../../shared/contract/report';
import { sampleReport } from '../fixtures/coverageReport';
import { annexRows } from '../fixtures/office';
import { tempDir } from '../helpers/temp';
import { zipEntryText } from '../helpers/zip';

async function render(report: CoverageReport = sampleReport, annex?: Parameters<typeof renderReportXlsx>[1]['annex']) {
  const file = path.join(tempDir(), 'laporan.xlsx');
  const result = await renderReportXlsx(report, { annex }, file);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return { file, workbook, result };
}

const headers = (sheet: ExcelJS.Worksheet) => (sheet.getRow(1).values as unknown[]).slice(1);
const rowOf = (sheet: ExcelJS.Worksheet, firstText: string) => {
  let found: ExcelJS.Row | undefined;
  sheet.eachRow((row) => {
    if (row.values && (row.values as unknown[]).includes(firstText)) found ??= row;
  });
  if (!found) throw new Error(`no row with ${firstText} in ${sheet.name}`);
  return found;
};

describe('the leadership report as an Excel workbook', () => {
  it('has the PDF tables one sheet each, in order, with Indonesian headers and the header row frozen', async () => {
    const { workbook } = await render();
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      'Ringkasan',
      'Kecamatan',
      'Nagari',
      'Program',
      'Sumber dana',
      'Pekerjaan',
      'Tren bulanan',
      'Kualitas data',
    ]);
    for (const sheet of workbook.worksheets) {
      expect(sheet.views[0], sheet.name).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(sheet.getRow(1).font?.bold, sheet.name).toBe(true);
    }
    expect(headers(workbook.getWorksheet('Kecamatan')!)).toEqual([
      'No', 'Kecamatan', 'Kode', 'Penduduk bekerja', 'Peserta aktif', 'Cakupan', 'Target (pekerja)', 'Kekurangan (pekerja)', 'Dibiayai program', 'Belum terlindungi',
    ]);
    expect(headers(workbook.getWorksheet('Tren bulanan')!)).toEqual(['Bulan', 'Peserta aktif', 'PU', 'BPU', 'Jakon', 'PMI', 'Cakupan']);
  });

  it('stores real numbers with thousands, Rupiah and two-decimal percent formats', async () => {
    const { workbook } = await render();
    const kecamatan = workbook.getWorksheet('Kecamatan')!;
    const sangir = rowOf(kecamatan, 'Sangir');
    expect(sangir.getCell(4)).toMatchObject({ value: 24_000, numFmt: '#,##0' });
    expect(sangir.getCell(6).numFmt).toBe('0.00%');
    expect(sangir.getCell(6).value).toBeCloseTo(0.225, 10);
    const total = rowOf(kecamatan, 'Jumlah kabupaten');
    expect(total.getCell(5).value).toBe(17_298);
    expect(total.getCell(6).value).toBe(0.1922);
    expect(total.font?.bold).toBe(true);

    const program = rowOf(workbook.getWorksheet('Program')!, 'Jaminan Sosial Petani Sawit (DBH Sawit)');
    expect(program.getCell(8)).toMatchObject({ value: 403_200_000, numFmt: '"Rp "#,##0' });
    expect(program.getCell(11)).toMatchObject({ value: 0.9583, numFmt: '0.00%' });

    const summary = workbook.getWorksheet('Ringkasan')!;
    expect(rowOf(summary, 'Cakupan (UCJ)').getCell(2)).toMatchObject({ value: 0.1922, numFmt: '0.00%' });
    expect(rowOf(summary, 'Biaya menutup kekurangan, 3 bulan tersisa 2025').getCell(2)).toMatchObject({ value: 411_868_800, numFmt: '"Rp "#,##0' });
    expect(rowOf(summary, 'Kekurangan dari target').getCell(2)).toMatchObject({ value: 9.08, numFmt: '0.00" poin"' });
    expect(rowOf(summary, 'Keadaan per').getCell(2).value).toEqual(new Date(Date.UTC(2025, 9, 31)));
    expect(rowOf(summary, 'Keadaan per').getCell(2).numFmt).toBe('[$-421]d mmmm yyyy');
    expect(rowOf(summary, '5.').getCell(3).value).toBe(sampleReport.findings[4]);

    const trend = workbook.getWorksheet('Tren bulanan')!;
    expect(trend.getRow(13).getCell(1).value).toEqual(new Date(Date.UTC(2025, 9, 1)));
    expect(trend.getRow(13).getCell(1).numFmt).toBe('[$-421]mmmm yyyy');
  });

  it('fits each column to its longest value', async () => {
    const { workbook } = await render();
    const kecamatan = workbook.getWorksheet('Kecamatan')!;
    expect(kecamatan.getColumn(2).width).toBe('Koto Parik Gadang Diateh'.length + 2);
    const program = workbook.getWorksheet('Program')!;
    expect(program.getColumn(2).width).toBe(Math.max(...sampleReport.programs.map((p) => p.name.length)) + 2);
  });

  it('a program named like a formula is stored as text, never as a formula', async () => {
    const hostile: CoverageReport = {
      ...sampleReport,
      programs: sampleReport.programs.map((p, i) => (i === 0 ? { ...p, name: '=HYPERLINK("http://contoh.invalid","Klik")' } : p)),
      byOccupation: [...sampleReport.byOccupation, { occupation: '+62 812 (tukang)', programCovered: 1, pipeline: 0 }],
    };
    const { file, workbook } = await render(hostile);
    const cell = rowOf(workbook.getWorksheet('Program')!, '=HYPERLINK("http://contoh.invalid","Klik")').getCell(2);
    expect(cell.value).toBe('=HYPERLINK("http://contoh.invalid","Klik")');
    expect(cell.numFmt).toBe('@');
    expect(cell.formula).toBeUndefined();
    const xml = await zipEntryText(file, 'xl/worksheets/sheet4.xml');
    expect(xml).not.toContain('<f>');
    expect(rowOf(workbook.getWorksheet('Pekerjaan')!, '+62 812 (tukang)').getCell(2).numFmt).toBe('@');
  });

  it('an annex sheet holds every worker, NIK masked unless a full-NIK export was asked for', async () => {
    const rows = annexRows(7_000);
    const masked = await render(sampleReport, { rows, fullNik: false });
    expect(masked.result.annexRows).toBe(7_000);
    const sheet = masked.workbook.getWorksheet('Lampiran')!;
    expect(headers(sheet)).toEqual(['No', 'NIK', 'Nama', 'Nagari', 'Program (Oktober 2025)']);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.rowCount).toBe(7_001);
    expect(sheet.getRow(2).values).toEqual([undefined, 1, '1311**********01', 'Pekerja 0001', 'Lubuk Gadang', 'Perlindungan Pekerja Rentan APBD 2025']);
    const everything = JSON.stringify(masked.workbook.worksheets.map((s) => s.getSheetValues()));
    expect(everything).not.toMatch(/\d{16}/);
    expect(rowOf(masked.workbook.getWorksheet('Ringkasan')!, 'Lampiran').getCell(3).value).toContain('NIK disamarkan');

    const full = await render(sampleReport, { rows: rows.slice(0, 3), fullNik: true, purpose: 'Verifikasi kepesertaan bersama BPJS Cabang Solok' });
    expect(full.workbook.getWorksheet('Lampiran')!.getRow(2).getCell(2).value).toBe(rows[0]!.nik);
    expect(rowOf(full.workbook.getWorksheet('Ringkasan')!, 'Lampiran').getCell(3).value).toContain('Verifikasi kepesertaan bersama BPJS Cabang Solok');
  });

  it('an office that calls villages "Desa/Kelurahan" gets a sheet name Excel accepts', async () => {
    const { workbook } = await render({ ...sampleReport, villageLabel: 'Desa/Kelurahan' });
    expect(workbook.worksheets[2]!.name).toBe('Desa-Kelurahan');
    expect(headers(workbook.worksheets[2]!)[1]).toBe('Desa/Kelurahan');
  });
});
