import ExcelJS from 'exceljs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCore } from '../../electron/core/app/core';
import { addSafeRow, isFormulaLike } from '../../electron/core/platform/documents/safeCells';
import { newCore } from '../helpers/core';
import { tempDir } from '../helpers/temp';
import { zipEntryText } from '../helpers/zip';

describe('the audit log in Pengaturan', () => {
  it('shows who did what and when, newest first, page by page, in Indonesian words', async () => {
    const core = await newCore();
    for (let year = 2001; year <= 2025; year++) await core.invoke('targets.set', { year, percent: 20 + (year % 10) });
    await core.invoke('settings.setVillageLabel', { label: 'Desa' });

    const first = await core.invoke('audit.list', { page: 1, pageSize: 10 });
    expect(first.total).toBe(27);
    expect(first.entries.map((e) => e.description).slice(0, 2)).toEqual([
      'Mengubah sebutan desa menjadi "Desa"',
      'Menetapkan target UCJ 2025: 25,00 %',
    ]);
    expect(first.entries[0]).toMatchObject({ actor: 'penguji', action: 'settings.villageLabel' });
    expect(new Date(first.entries[0]!.at).getTime()).toBeGreaterThan(0);

    const last = await core.invoke('audit.list', { page: 3, pageSize: 10 });
    expect(last.entries).toHaveLength(7);
    expect(last.entries.at(-1)!.description).toBe('Memilih kabupaten 13.11');
    expect(new Set([...first.entries, ...last.entries].map((e) => e.id)).size).toBe(17);
    await expect(core.invoke('audit.list', { page: 0 })).rejects.toThrow('Halaman dimulai dari 1.');
  });

  it('exports to Excel with everything a user could type kept as text, never a formula', async () => {
    const dir = tempDir();
    const core = await createCore({ dbPath: path.join(dir, 'cakap.sqlite'), defaultRegency: '13.11', actor: '@SUM(1+1)' });
    try {
      await core.invoke('settings.setVillageLabel', { label: '=HYPERLINK("http://x","klik")' });
      await core.invoke('workforce.save', { year: 2025, source: '+cmd|"/C calc"!A0', entries: [{ areaCode: '13.11.01', count: 5 }] });
      await core.invoke('workforce.save', { year: 2024, source: '-2+3', entries: [{ areaCode: '13.11.01', count: 5 }] });

      const ref = await core.invoke('audit.export', {});
      expect(ref.name).toMatch(/^log-audit-cakap-\d{4}-\d{2}-\d{2}\.xlsx$/);
      const file = core.context.files.resolve(ref.fileId);
      expect(file.owned).toBe(true);

      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(file.path);
      const sheet = workbook.getWorksheet('Log audit')!;
      expect(sheet.getRow(1).values).toEqual([undefined, 'Waktu', 'Pengguna', 'Tindakan', 'Kode tindakan', 'Rincian (JSON)']);
      expect(sheet.rowCount).toBe(1 + 4);
      const texts: string[] = [];
      sheet.eachRow((row) =>
        row.eachCell((cell) => {
          expect(cell.type, String(cell.value)).toBe(ExcelJS.ValueType.String);
          texts.push(String(cell.value));
          if (isFormulaLike(String(cell.value))) expect(cell.numFmt, String(cell.value)).toBe('@');
        }),
      );
      expect(texts).toEqual(expect.arrayContaining(['@SUM(1+1)', 'Mengubah sebutan desa menjadi "=HYPERLINK("http://x","klik")"']));
      expect(texts.filter(isFormulaLike).length).toBeGreaterThanOrEqual(4);
      // In the file itself: no formula element anywhere in the sheet.
      const xml = await zipEntryText(file.path, 'xl/worksheets/sheet1.xml');
      expect(xml).toContain('@SUM(1+1)');
      expect(xml).not.toMatch(/<f[ >]/);

      // The export is itself recorded.
      expect((await core.invoke('audit.list', {})).entries[0]).toMatchObject({ action: 'audit.export', description: 'Mengekspor log audit (4 catatan) ke Excel' });
    } finally {
      core.close();
    }
  });

  it('the safe-cell helper writes objects as text and never a formula object', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('x');
    const row = addSafeRow(sheet, ['=1+1', { formula: 'SUM(A1:A2)' }, 12.5, null, new Date('2026-01-02'), '\uFF1D1+1', 'Sangir']);
    expect(row.getCell(1).value).toBe('=1+1');
    expect(row.getCell(1).numFmt).toBe('@');
    expect(row.getCell(2).value).toBe('{"formula":"SUM(A1:A2)"}');
    expect(row.getCell(2).type).toBe(ExcelJS.ValueType.String);
    expect(row.getCell(3).value).toBe(12.5);
    expect(row.getCell(6).numFmt).toBe('@');
    expect(row.getCell(7).numFmt).toBeUndefined();
  });
});
