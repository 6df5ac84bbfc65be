import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCakap } from '../helpers/cli';
import { writeCsv } from '../helpers/spreadsheets';
import { tempDir } from '../helpers/temp';

function districtCount(db: string): number {
  const conn = new Database(db, { readonly: true });
  try {
    return conn.prepare("SELECT COUNT(*) FROM regions WHERE level = 'district'").pluck().get() as number;
  } finally {
    conn.close();
  }
}

describe('the cakap command line', () => {
  it('init creates a database holding Solok Selatan and says what it loaded', async () => {
    const db = path.join(tempDir(), 'x.sqlite');
    const result = await runCakap(['init', '--db', db]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Kabupaten Solok Selatan (13.11), 7 kecamatan, 39 nagari');
    expect(districtCount(db)).toBe(7);
  });

  it('init --regency loads another regency', async () => {
    const db = path.join(tempDir(), 'y.sqlite');
    const result = await runCakap(['init', '--db', db, '--regency', '13.06']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Kabupaten Agam (13.06), 16 kecamatan');
  });

  it('an unknown regency is one Indonesian line on stderr, exit 2, and no database file', async () => {
    const db = path.join(tempDir(), 'z.sqlite');
    const result = await runCakap(['init', '--db', db, '--regency', '99.01']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim().split('\n')).toEqual(['Kode kabupaten/kota "99.01" tidak dikenal. Contoh: 13.11 untuk Kabupaten Solok Selatan.']);
    expect(fs.existsSync(db)).toBe(false);
  });

  it('workforce and target fill the two numbers every coverage figure depends on', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'x.sqlite');
    await runCakap(['init', '--db', db]);
    const table = writeCsv(path.join(dir, 'bps.csv'), ['Kecamatan,Penduduk Bekerja', 'Sangir,19512', 'Sungai Pagu,15030']);
    const wf = await runCakap(['workforce', '--db', db, '--year', '2025', '--source', 'BPS', table]);
    expect(wf).toMatchObject({ code: 0, stderr: '' });
    expect(wf.stdout).toContain('Penduduk bekerja 2025 tersimpan untuk 2 wilayah, jumlah 34.542 orang.');

    const target = await runCakap(['target', '--db', db, '--year', '2025', '--percent', '28.3']);
    expect(target).toMatchObject({ code: 0, stderr: '' });
    expect(target.stdout.trim()).toBe('Target UCJ 2025: 28,30 %.');
  });

  it('bad input changes nothing: a target above 100, a negative or unknown kecamatan in a file', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'x.sqlite');
    await runCakap(['init', '--db', db]);
    const before = fs.readFileSync(db);

    const target = await runCakap(['target', '--db', db, '--year', '2025', '--percent', '128']);
    expect(target.code).toBe(2);
    expect(target.stderr.trim()).toBe('Target tidak boleh lebih dari 100 %.');

    const unknown = writeCsv(path.join(dir, 'salah.csv'), ['Kecamatan;Penduduk Bekerja', 'Sangir;100', 'Kota Padang;200']);
    const wf = await runCakap(['workforce', '--db', db, '--year', '2025', unknown]);
    expect(wf.code).toBe(2);
    expect(wf.stderr.trim().split('\n')).toHaveLength(1);
    expect(wf.stderr).toContain('baris 3: kecamatan "Kota Padang" tidak dikenal di Kabupaten Solok Selatan');

    const negative = writeCsv(path.join(dir, 'negatif.csv'), ['Kecamatan;Penduduk Bekerja', 'Sangir;-100']);
    const neg = await runCakap(['workforce', '--db', db, '--year', '2025', negative]);
    expect(neg.code).toBe(2);
    expect(neg.stderr).toContain('tidak boleh negatif');

    const conn = new Database(db, { readonly: true });
    expect(conn.prepare('SELECT COUNT(*) FROM workforce').pluck().get()).toBe(0);
    expect(conn.prepare('SELECT COUNT(*) FROM targets').pluck().get()).toBe(0);
    conn.close();
    expect(before.length).toBeGreaterThan(0);
  });

  it('every command has --help in Indonesian, and mistakes are named', async () => {
    for (const command of ['init', 'workforce', 'target', 'serve']) {
      const help = await runCakap([command, '--help']);
      expect(help.code).toBe(0);
      expect(help.stdout).toContain(`Pemakaian: npm run cakap -- ${command}`);
    }
    const general = await runCakap(['--help']);
    expect(general.stdout).toContain('Perintah:');

    const unknown = await runCakap(['impor-semua']);
    expect(unknown).toMatchObject({ code: 2 });
    expect(unknown.stderr.trim()).toBe('Perintah "impor-semua" tidak dikenal. Lihat daftar perintah: npm run cakap -- --help');

    const typo = await runCakap(['target', '--db', 'x.sqlite', '--yaer', '2025']);
    expect(typo.stderr.trim()).toBe('Opsi --yaer tidak dikenal untuk perintah target. Lihat: npm run cakap -- target --help');

    const missing = await runCakap(['target', '--db', path.join(tempDir(), 'belum.sqlite'), '--year', '2025', '--percent', '20']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('belum ada. Buat dulu dengan: npm run cakap -- init --db');
  });
});
