import Database from 'better-sqlite3';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../electron/core/app/core';
import { backupDir, DAILY_KEEP } from '../../electron/core/platform/db/backup';
import { runCakap } from '../helpers/cli';
import { dumpDatabase } from '../helpers/db';
import { newCore } from '../helpers/core';
import { tempDir } from '../helpers/temp';

/** Every file under dir with its size and hash: "nothing new is created, nothing changed". */
function snapshot(dir: string): Record<string, string> {
  const files = (fs.readdirSync(dir, { recursive: true }) as string[]).sort();
  return Object.fromEntries(
    files
      .filter((f) => fs.statSync(path.join(dir, f)).isFile())
      .map((f) => [f, crypto.createHash('sha256').update(fs.readFileSync(path.join(dir, f))).digest('hex')]),
  );
}

/** An office database with figures in it, closed. */
async function officeDatabase(dir = tempDir()): Promise<string> {
  const core = await newCore({ dir });
  await core.invoke('targets.set', { year: 2025, percent: 28.3 });
  await core.invoke('workforce.save', { year: 2025, source: 'BPS', entries: [{ areaCode: '13.11.01', count: 19512 }, { areaCode: '13.11.02', count: 15030 }] });
  core.close();
  return path.join(dir, 'cakap.sqlite');
}

const at = (iso: string) => () => new Date(iso);

/** Overwrites the database's pages after the first with noise, as a failing disk would. */
function damagePages(file: string): void {
  const size = fs.statSync(file).size;
  const fd = fs.openSync(file, 'r+');
  fs.writeSync(fd, crypto.randomBytes(size - 4096), 0, size - 4096, 4096);
  fs.closeSync(fd);
}

describe('daily backups', () => {
  it('the first start of a day makes one, later starts that day do not, and the last 10 days are kept', async () => {
    const db = await officeDatabase();
    const open = async (iso: string) => (await createCore({ dbPath: db, now: at(iso), actor: 'penguji' })).close();
    await open('2026-11-01T01:00:00Z');
    await open('2026-11-01T09:00:00Z');
    const daily = () => fs.readdirSync(backupDir(db)).filter((f) => f.includes('-harian-')).sort();
    expect(daily()).toEqual(['cakap-harian-2026-11-01T01-00-00-000Z.sqlite']);

    for (let day = 2; day <= 13; day++) await open(`2026-11-${String(day).padStart(2, '0')}T01:00:00Z`);
    expect(daily()).toHaveLength(DAILY_KEEP);
    expect(daily()[0]).toBe('cakap-harian-2026-11-04T01-00-00-000Z.sqlite');
    expect(daily().at(-1)).toBe('cakap-harian-2026-11-13T01-00-00-000Z.sqlite');
    // A daily backup is a whole database with the office's figures.
    expect(dumpDatabase(path.join(backupDir(db), daily().at(-1)!)).targets).toMatchObject([{ year: 2025, percent: 28.3 }]);
  });

  it('a brand-new database makes no backup', async () => {
    const dir = tempDir();
    await newCore({ dir });
    expect(fs.existsSync(backupDir(path.join(dir, 'cakap.sqlite')))).toBe(false);
  });
});

describe('restoring a backup from Pengaturan', () => {
  it('brings back exactly the data of the backup, keeps the current state first, and records the restore', async () => {
    const db = await officeDatabase();
    const before = dumpDatabase(db);
    const core: Core = await createCore({ dbPath: db, actor: 'operator-disnaker', now: at('2026-11-20T02:00:00Z') });
    const backup = await core.invoke('backups.create', {});
    expect(backup).toMatchObject({ reason: 'manual', label: 'Dibuat oleh pengguna', restorable: true });

    await core.invoke('targets.set', { year: 2026, percent: 31 });
    await core.invoke('targets.remove', { year: 2025 });
    await core.invoke('workforce.save', { year: 2025, entries: [{ areaCode: '13.11.01', count: null }] });

    const { restored, safetyCopy } = await core.invoke('backups.restore', { name: backup.name });
    expect(restored.name).toBe(backup.name);
    expect(safetyCopy).toMatchObject({ reason: 'sebelum-pemulihan', label: 'Keadaan sebelum pemulihan' });

    // The core works on the restored file at once.
    expect(await core.invoke('targets.list', {})).toEqual([{ year: 2025, percent: 28.3 }]);
    expect((await core.invoke('workforce.get', { year: 2025 })).total).toBe(34542);
    const log = core.context.store.audit.recent(1)[0]!;
    expect(log).toMatchObject({ actor: 'operator-disnaker', action: 'backup.restore' });
    expect(JSON.parse(log.detail)).toMatchObject({ from: backup.name, safetyCopy: safetyCopy!.name });
    core.close();

    const after = dumpDatabase(db);
    expect({ ...after, audit_log: undefined }).toEqual({ ...before, audit_log: undefined });
    // The audit log is not rolled back: what happened after the backup stays recorded, then the restore.
    expect(after.audit_log!.slice(0, before.audit_log!.length)).toEqual(before.audit_log);
    expect((after.audit_log as { action: string }[]).slice(before.audit_log!.length).map((r) => r.action)).toEqual([
      'backup.create',
      'targets.set',
      'targets.remove',
      'workforce.save',
      'backup.restore',
    ]);

    // What was there before the restore is kept: 2026 target, no 2025 target.
    expect(dumpDatabase(path.join(backupDir(db), safetyCopy!.name)).targets).toMatchObject([{ year: 2026, percent: 31 }]);
  });

  it('lists backups newest first with date, size and reason', async () => {
    const db = await officeDatabase();
    const first = await createCore({ dbPath: db, now: at('2026-11-20T02:00:00Z') });
    first.close();
    const core = await createCore({ dbPath: db, now: at('2026-11-21T03:00:00Z') });
    await core.invoke('backups.create', {});
    const { folder, backups } = await core.invoke('backups.list', {});
    core.close();
    expect(folder).toBe(backupDir(db));
    expect(backups.map((b) => [b.at, b.reason, b.label])).toEqual([
      ['2026-11-21T03:00:00.000Z', 'manual', 'Dibuat oleh pengguna'],
      ['2026-11-21T03:00:00.000Z', 'harian', 'Cadangan harian'],
      ['2026-11-20T02:00:00.000Z', 'harian', 'Cadangan harian'],
    ]);
    expect(backups.every((b) => b.size > 4096)).toBe(true);
  });

  it('refuses a name with a path in it, or a damaged backup, and changes nothing', async () => {
    const db = await officeDatabase();
    const core = await createCore({ dbPath: db, now: at('2026-11-20T02:00:00Z') });
    const good = await core.invoke('backups.create', {});
    const broken = path.join(backupDir(db), 'cakap-manual-2026-11-22T00-00-00-000Z.sqlite');
    fs.copyFileSync(path.join(backupDir(db), good.name), broken);
    damagePages(broken);
    const before = dumpDatabase(db);

    await expect(core.invoke('backups.restore', { name: '../cakap.sqlite' })).rejects.toThrow('tidak ditemukan');
    await expect(core.invoke('backups.restore', { name: path.basename(broken) })).rejects.toThrow(
      /Cadangan "cakap-manual-2026-11-22T00-00-00-000Z.sqlite" tidak dapat dipakai \(isi berkas rusak\); basis data tidak diubah\. Pilih cadangan lain\./,
    );
    expect(await core.invoke('targets.list', {})).toEqual([{ year: 2025, percent: 28.3 }]);
    core.close();
    expect(dumpDatabase(db)).toEqual(before);
  });
});

describe('a damaged or lost database at start', () => {
  async function damagedOffice(damage: (file: string) => void) {
    const dir = tempDir();
    const db = await officeDatabase(dir);
    const made = await runCakap(['backup', '--db', db]);
    expect(made.code).toBe(0);
    damage(db);
    return { dir, db, newest: fs.readdirSync(backupDir(db))[0]! };
  }

  const unreadable = 'tidak dapat dibuka: bukan basis data Cakap atau rusak.';
  const lost = 'hilang atau kosong, padahal ada cadangannya; Cakap tidak membuat basis data kosong sebagai gantinya.';
  const overwriteHeader = (file: string) => {
    const fd = fs.openSync(file, 'r+');
    fs.writeSync(fd, Buffer.alloc(100, 0x41), 0, 100, 0);
    fs.closeSync(fd);
  };
  for (const [what, damage, says] of [
    ['its pages overwritten', damagePages, unreadable],
    ['its header overwritten', overwriteHeader, unreadable],
    ['emptied to 0 bytes', (file: string) => fs.truncateSync(file, 0), lost],
    ['deleted', (file: string) => fs.rmSync(file), lost],
  ] as const) {
    it(`${what}: one Indonesian line naming the newest backup, and nothing created or changed`, async () => {
      const { dir, db, newest } = await damagedOffice(damage);
      const untouched = snapshot(dir);

      const error = await createCore({ dbPath: db }).then(
        () => null,
        (e: unknown) => e as { code: string; message: string },
      );
      expect(error?.code).toBe('DB_DAMAGED');
      expect(error?.message).toBe(
        `Berkas basis data "cakap.sqlite" ${says} Cadangan terbaru: ${path.join(backupDir(db), newest)} (${error?.message.match(/\((\d+ \S+ \d{4} pukul \d\d\.\d\d)\)/)?.[1]}). Pulihkan dengan: npm run cakap -- restore --db ${db}`,
      );

      for (const args of [['serve', '--db', db], ['target', '--db', db, '--year', '2025', '--percent', '20'], ['init', '--db', db]]) {
        const result = await runCakap(args);
        expect(result.code, args[0]).toBe(2);
        expect(result.stdout).toBe('');
        expect(result.stderr.trim().split('\n'), args[0]).toEqual([error!.message]);
      }
      expect(snapshot(dir)).toEqual(untouched);
    });
  }

  it('restore --db brings the newest backup back exactly and keeps the damaged file aside', async () => {
    const dir = tempDir();
    const db = await officeDatabase(dir);
    await runCakap(['backup', '--db', db]);
    const good = dumpDatabase(db, ['audit_log']);
    damagePages(db);
    const damagedBytes = fs.readFileSync(db);

    const result = await runCakap(['restore', '--db', db]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Basis data .* dipulihkan dari cadangan cakap-manual-.*\.sqlite \(\d+ \S+ \d{4} pukul \d\d\.\d\d\)\. Keadaan sebelumnya disimpan di .*cakap-rusak-.*\.sqlite\.\n$/);
    expect(dumpDatabase(db, ['audit_log'])).toEqual(good);
    const kept = fs.readdirSync(backupDir(db)).find((f) => f.includes('-rusak-'))!;
    expect(fs.readFileSync(path.join(backupDir(db), kept)).equals(damagedBytes)).toBe(true);

    // The damaged copy is never what "newest" restores; the office works again.
    const core = await createCore({ dbPath: db });
    expect(await core.invoke('targets.list', {})).toEqual([{ year: 2025, percent: 28.3 }]);
    expect(core.context.store.audit.recent(1)[0]!.action).toBe('backup.restore');
    const listed = (await core.invoke('backups.list', {})).backups.find((b) => b.name === kept);
    expect(listed).toMatchObject({ reason: 'rusak', restorable: false });
    core.close();
  });

  it('restore --from takes a named backup; backup and restore explain themselves with --help', async () => {
    const dir = tempDir();
    const db = await officeDatabase(dir);
    const made = await runCakap(['backup', '--db', db]);
    expect(made.stdout).toMatch(/^Cadangan dibuat: .*cadangan.cakap-manual-.*\.sqlite \(.*, \d+ KB\)\.\n$/);
    const name = fs.readdirSync(backupDir(db)).find((f) => f.includes('-manual-'))!;
    const conn = new Database(db);
    conn.prepare('DELETE FROM targets').run();
    conn.close();

    const missing = await runCakap(['restore', '--db', db, '--from', 'tidak-ada.sqlite']);
    expect(missing).toMatchObject({ code: 2, stdout: '' });
    expect(missing.stderr.trim()).toBe('Berkas cadangan "tidak-ada.sqlite" tidak ditemukan.');

    expect((await runCakap(['restore', '--db', db, '--from', name])).code).toBe(0);
    expect(dumpDatabase(db).targets).toMatchObject([{ year: 2025, percent: 28.3 }]);

    for (const command of ['backup', 'restore']) {
      const help = await runCakap([command, '--help']);
      expect(help.code).toBe(0);
      expect(help.stdout).toContain(`Pemakaian: npm run cakap -- ${command} --db BERKAS`);
    }
  });
});
