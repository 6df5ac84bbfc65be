import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileId, newCore } from '../helpers/core';
import { writeCsv, writeXlsx } from '../helpers/spreadsheets';
import { tempDir } from '../helpers/temp';

describe('working population per kecamatan', () => {
  it('typed in, it comes back per kecamatan with the kabupaten total', async () => {
    const core = await newCore();
    await core.invoke('workforce.save', {
      year: 2025,
      source: 'BPS, Sakernas Agustus 2024',
      entries: [
        { areaCode: '13.11.01', count: 19512 },
        { areaCode: '13.11.02', count: 15030 },
      ],
    });
    const wf = await core.invoke('workforce.get', { year: 2025 });
    expect(wf.total).toBe(34542);
    expect(wf.totalBasis).toBe('districts');
    expect(wf.rows.find((r) => r.areaCode === '13.11.01')).toMatchObject({ areaName: 'Sangir', count: 19512, source: 'BPS, Sakernas Agustus 2024' });
    expect(wf.rows.find((r) => r.areaCode === '13.11.03')?.count).toBeNull();
    expect(await core.invoke('workforce.years', {})).toEqual([2025]);
  });

  it('uses the kabupaten figure when no kecamatan figure is known', async () => {
    const core = await newCore();
    await core.invoke('workforce.save', { year: 2024, entries: [{ areaCode: '13.11', count: 90120 }] });
    expect(await core.invoke('workforce.get', { year: 2024 })).toMatchObject({ total: 90120, totalBasis: 'regency' });
    const report = await core.invoke('report.coverage', { asOf: '2024-12-31' });
    expect(report.workforce).toMatchObject({ total: 90120, basis: 'regency' });
  });

  it('a negative figure or a kecamatan of another regency is refused and nothing is saved', async () => {
    const core = await newCore();
    await expect(
      core.invoke('workforce.save', { year: 2025, entries: [{ areaCode: '13.11.01', count: 100 }, { areaCode: '13.11.02', count: -5 }] }),
    ).rejects.toThrow('tidak boleh negatif');
    await expect(
      core.invoke('workforce.save', { year: 2025, entries: [{ areaCode: '13.11.01', count: 100 }, { areaCode: '13.12.02', count: 5 }] }),
    ).rejects.toThrow('bukan kecamatan di Kabupaten Solok Selatan');
    expect(await core.invoke('workforce.years', {})).toEqual([]);
  });

  it('emptying a figure removes it', async () => {
    const core = await newCore();
    await core.invoke('workforce.save', { year: 2025, entries: [{ areaCode: '13.11.01', count: 100 }] });
    const result = await core.invoke('workforce.save', { year: 2025, entries: [{ areaCode: '13.11.01', count: null }] });
    expect(result).toEqual({ saved: 0, removed: 1 });
    expect((await core.invoke('workforce.get', { year: 2025 })).total).toBeNull();
  });

  it('a BPS table saved as CSV with semicolons, title rows, a "(1) (2) (3)" row and a total row is read whole', async () => {
    const core = await newCore();
    const file = writeCsv(
      path.join(tempDir(), 'penduduk-bekerja.csv'),
      [
        'Jumlah Penduduk Bekerja Menurut Kecamatan;;',
        'Kabupaten Solok Selatan 2024;;',
        ';;',
        'No;Kecamatan;Penduduk Bekerja',
        '(1);(2);(3)',
        '1;Sangir;19.512',
        '2;Sungai Pagu;15.030',
        '3;KPGD;9.870',
        '4;sangir jujuan;8.100',
        '5;Sangir Batang Hari;7.450',
        '6;Pauh Duo;6.320',
        '7;Kec. Sangir Balai Janggo;5.410',
        ';Jumlah;71.692',
      ],
      { bom: true },
    );
    const result = await core.invoke('workforce.importFile', { fileId: fileId(core, file), year: 2025, source: 'BPS' });
    expect(result.saved).toBe(7);
    expect(result.total).toBe(71692);
    expect(result.notes).toEqual([
      'Baris 8: "KPGD" dibaca sebagai Kecamatan Koto Parik Gadang Diateh.',
      'Baris 9: "sangir jujuan" dibaca sebagai Kecamatan Sangir Jujuan.',
    ]);
    expect((await core.invoke('workforce.get', { year: 2025 })).total).toBe(71692);
  });

  it('an .xlsx with a merged title and kecamatan codes instead of names is read', async () => {
    const core = await newCore();
    const file = await writeXlsx(path.join(tempDir(), 'angkatan-kerja.xlsx'), [
      {
        name: 'Tabel 3.1',
        rows: [
          ['Penduduk Berumur 15 Tahun ke Atas yang Bekerja'],
          [],
          ['Kode Kecamatan', 'Jumlah'],
          ['13.11.01', 19512],
          ['13.11.02', 15030],
          ['13.11.06', 6320],
        ],
        merges: ['A1:D1'],
      },
    ]);
    const result = await core.invoke('workforce.importFile', { fileId: fileId(core, file), year: 2024, source: null });
    expect(result).toMatchObject({ saved: 3, total: 40862 });
  });

  it('a table with an unknown kecamatan is refused whole, naming the row and the nearest name', async () => {
    const core = await newCore();
    await core.invoke('workforce.save', { year: 2025, entries: [{ areaCode: '13.11.01', count: 111 }] });
    const file = writeCsv(path.join(tempDir(), 'salah.csv'), ['Kecamatan,Penduduk Bekerja', 'Sangir,19512', 'Pauh Tigo,6320', 'Sungai Pagu,-4']);
    await expect(core.invoke('workforce.importFile', { fileId: fileId(core, file), year: 2025, source: null })).rejects.toThrow(
      'Berkas "salah.csv" tidak disimpan, perbaiki dulu: baris 3: kecamatan "Pauh Tigo" tidak dikenal di Kabupaten Solok Selatan (maksud Anda Pauh Duo?); baris 4: jumlah penduduk bekerja tidak boleh negatif (-4).',
    );
    expect((await core.invoke('workforce.get', { year: 2025 })).total).toBe(111);
  });

  it('a damaged .xls, a PDF and an empty file each get their own clear message', async () => {
    const core = await newCore();
    const dir = tempDir();
    const xls = path.join(dir, 'lama.xls');
    fs.writeFileSync(xls, Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(2048)]));
    const pdf = path.join(dir, 'tabel.xlsx');
    fs.writeFileSync(pdf, '%PDF-1.7\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n');
    const empty = path.join(dir, 'kosong.csv');
    fs.writeFileSync(empty, '');
    const importOf = (file: string) => core.invoke('workforce.importFile', { fileId: fileId(core, file), year: 2025, source: null });
    await expect(importOf(xls)).rejects.toThrow(/^Berkas "lama\.xls" terpotong atau rusak: susunan berkas Excel 97–2003 \(\.xls\)-nya tidak dapat ditelusuri/);
    await expect(importOf(pdf)).rejects.toThrow('adalah PDF, bukan lembar kerja');
    await expect(importOf(empty)).rejects.toThrow('kosong');
  });
});

describe('the UCJ target', () => {
  it('is kept per year, two decimals, and can be removed', async () => {
    const core = await newCore();
    await core.invoke('targets.set', { year: 2025, percent: 28.3 });
    await core.invoke('targets.set', { year: 2026, percent: 30.456 });
    expect(await core.invoke('targets.list', {})).toEqual([
      { year: 2025, percent: 28.3 },
      { year: 2026, percent: 30.46 },
    ]);
    await core.invoke('targets.remove', { year: 2026 });
    expect(await core.invoke('targets.list', {})).toEqual([{ year: 2025, percent: 28.3 }]);
  });

  it('above 100 %, zero or a year out of range is refused with a sentence, not a code', async () => {
    const core = await newCore();
    await expect(core.invoke('targets.set', { year: 2025, percent: 128.3 })).rejects.toThrow('Target tidak boleh lebih dari 100 %.');
    await expect(core.invoke('targets.set', { year: 2025, percent: 0 })).rejects.toThrow('Target harus lebih dari 0 %.');
    await expect(core.invoke('targets.set', { year: 1999, percent: 20 })).rejects.toThrow('Tahun harus antara 2000 dan 2100.');
    expect(await core.invoke('targets.list', {})).toEqual([]);
  });

  it('the report shows target, workforce and the workers the target asks for', async () => {
    const core = await newCore();
    await core.invoke('targets.set', { year: 2025, percent: 28.3 });
    await core.invoke('workforce.save', { year: 2025, entries: [{ areaCode: '13.11.01', count: 60000 }, { areaCode: '13.11.02', count: 30000 }] });
    const report = await core.invoke('report.coverage', { asOf: '2025-12-31' });
    expect(report.regency.name).toBe('Kabupaten Solok Selatan');
    expect(report.workforce).toMatchObject({ total: 90000, year: 2025, basis: 'districts' });
    // 28,3 % of 90.000 is exactly 25.470 (not 25.471 from floating point).
    expect(report.target).toEqual({ year: 2025, percent: 28.3, workers: 25470 });
    expect(report.byDistrict).toHaveLength(7);
    expect(report.byDistrict[0]).toMatchObject({ code: '13.11.01', name: 'Sangir', workforce: 60000, targetWorkers: 16980 });
  });
});
