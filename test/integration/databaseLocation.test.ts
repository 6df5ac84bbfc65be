import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCore } from '../../electron/core/app/core';
import { prepareDataFolder } from '../../electron/core/app/dataFolder';
import { backupDir, verifyDatabaseFile } from '../../electron/core/platform/db/backup';
import { migrations } from '../../electron/core/platform/db/migrations';
import { DATABASE_FILE, moveDatabaseFolder } from '../../electron/core/platform/db/move';
import { legacyUserDataDir, userDataDir } from '../../electron/core/platform/paths';
import { dumpDatabase } from '../helpers/db';
import { newCore } from '../helpers/core';
import { tempDir } from '../helpers/temp';

/**
 * The office database lives in Local AppData on Windows (Roaming AppData is copied to servers and
 * often redirected to a share, where SQLite's WAL mode damages it). A database Cakap 0.1 left in
 * Roaming moves once, with the old file kept and the move in the audit log. Tested here on a
 * Roaming-style and a Local-style folder of this machine.
 */

const WINDOWS = {
  platform: 'win32' as const,
  env: { APPDATA: 'C:\\Users\\operator\\AppData\\Roaming', LOCALAPPDATA: 'C:\\Users\\operator\\AppData\\Local' },
  home: 'C:\\Users\\operator',
};
const NOW = new Date('2026-12-06T03:00:00.000Z');
const latest = migrations.at(-1)!.version;

/** A user's profile with AppData\Roaming and AppData\Local, as Windows lays them out. */
function profile(): { roaming: string; local: string } {
  const home = tempDir('cakap-profil-');
  return { roaming: path.join(home, 'AppData', 'Roaming', 'Cakap'), local: path.join(home, 'AppData', 'Local', 'Cakap') };
}

function sha(file: string): string {
  return crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

/**
 * An office database in Cakap 0.1's folder with a backup in cadangan/. Left 'running' it is as an app
 * still open (or stopped abruptly) leaves it: the last changes only in the write-ahead log beside it.
 */
async function oldOfficeDatabase(folder: string, left: 'running' | 'closed' = 'running'): Promise<void> {
  const work = tempDir();
  const core = await newCore({ dir: work });
  await core.invoke('targets.set', { year: 2025, percent: 28.3 });
  await core.invoke('backups.create', {});
  await core.invoke('targets.set', { year: 2026, percent: 30.5 });
  if (left === 'closed') core.close();
  fs.mkdirSync(folder, { recursive: true });
  for (const suffix of ['', '-wal', '-shm']) {
    if (fs.existsSync(path.join(work, DATABASE_FILE + suffix))) fs.copyFileSync(path.join(work, DATABASE_FILE + suffix), path.join(folder, DATABASE_FILE + suffix));
  }
  fs.cpSync(backupDir(path.join(work, DATABASE_FILE)), backupDir(path.join(folder, DATABASE_FILE)), { recursive: true });
  if (left === 'running') {
    core.close();
    expect(fs.statSync(path.join(folder, `${DATABASE_FILE}-wal`)).size).toBeGreaterThan(0);
  }
}

describe('where the office database lives', () => {
  it('on Windows: Local AppData\\Cakap; Roaming AppData\\Cakap is only where Cakap 0.1 kept it', () => {
    expect(userDataDir(WINDOWS)).toBe('C:\\Users\\operator\\AppData\\Local\\Cakap');
    expect(legacyUserDataDir(WINDOWS)).toBe('C:\\Users\\operator\\AppData\\Roaming\\Cakap');
    // Without the variables (a service account, a stripped environment), from the profile folder.
    expect(userDataDir({ ...WINDOWS, env: {} })).toBe('C:\\Users\\operator\\AppData\\Local\\Cakap');
    expect(legacyUserDataDir({ ...WINDOWS, env: {} })).toBe('C:\\Users\\operator\\AppData\\Roaming\\Cakap');
    // Where IT redirects profiles to a server, it names a folder on a local disk instead.
    expect(userDataDir({ ...WINDOWS, env: { ...WINDOWS.env, CAKAP_DATA_DIR: 'D:\\CakapData' } })).toBe('D:\\CakapData');
  });

  it('on Linux: ~/.config/Cakap as before, with nothing to move', () => {
    const linux = { platform: 'linux' as const, env: {}, home: '/home/operator' };
    expect(userDataDir(linux)).toBe('/home/operator/.config/Cakap');
    expect(userDataDir({ ...linux, env: { XDG_CONFIG_HOME: '/data/config' } })).toBe('/data/config/Cakap');
    expect(legacyUserDataDir(linux)).toBeNull();
  });

  it('the folder is made ready to open, its location checked (a local disk here)', () => {
    const config = tempDir();
    const folder = prepareDataFolder({ now: NOW, actor: 'operator', env: { platform: 'linux', env: { XDG_CONFIG_HOME: config }, home: '/nowhere' } });
    expect(folder).toMatchObject({ dir: path.join(config, 'Cakap'), dbPath: path.join(config, 'Cakap', 'cakap.sqlite'), moved: null });
    expect(folder.location.kind).toBe('local');
    expect(fs.statSync(folder.dir).isDirectory()).toBe(true);
  });
});

describe('a database left in Roaming AppData by Cakap 0.1', () => {
  it('moves to Local AppData once, with what was still in its write-ahead log, its backups, the old file kept and the move audited', async () => {
    const { roaming, local } = profile();
    await oldOfficeDatabase(roaming);
    const backupsBefore = fs.readdirSync(backupDir(path.join(roaming, DATABASE_FILE)));

    const move = moveDatabaseFolder(roaming, local, { now: NOW, actor: 'operator' });
    expect(move).toEqual({
      from: path.join(roaming, 'cakap.sqlite'),
      to: path.join(local, 'cakap.sqlite'),
      keptAs: path.join(roaming, 'cakap-dipindahkan-2026-12-06T03-00-00-000Z.sqlite'),
      backupsCopied: 1,
    });

    // Roaming: no database any more (nothing opens it by mistake), the old file kept whole under its new name.
    expect(fs.readdirSync(roaming).sort()).toEqual(['cadangan', 'cakap-dipindahkan-2026-12-06T03-00-00-000Z.sqlite']);
    expect(verifyDatabaseFile(move!.keptAs, latest)).toBe(latest);
    expect(dumpDatabase(move!.keptAs).targets).toMatchObject([{ year: 2025 }, { year: 2026, percent: 30.5 }]);

    // Local: the office's figures, including the change that was only in the write-ahead log.
    const core = await createCore({ dbPath: path.join(local, DATABASE_FILE), actor: 'operator', dailyBackup: false });
    try {
      expect((await core.invoke('targets.list', {})).map((t) => [t.year, t.percent])).toEqual(
        expect.arrayContaining([
          [2025, 28.3],
          [2026, 30.5],
        ]),
      );
      // The backups came along, so the office can restore from them in Pengaturan as before.
      const backups = await core.invoke('backups.list', {});
      expect(backups.folder).toBe(path.join(local, 'cadangan'));
      expect(backups.backups.map((b) => b.name)).toEqual(backupsBefore);
      expect(backups.backups[0]!.restorable).toBe(true);
      // The audit log says who moved what where, in words.
      const [entry] = (await core.invoke('audit.list', { page: 1, pageSize: 1 })).entries;
      expect(entry).toMatchObject({ action: 'database.move', actor: 'operator', at: NOW.toISOString() });
      expect(entry!.description).toBe(
        `Memindahkan basis data dari ${path.join(roaming, 'cakap.sqlite')} ke ${path.join(local, 'cakap.sqlite')}, 1 cadangan ikut disalin; berkas lama disimpan sebagai ${move!.keptAs}`,
      );
    } finally {
      core.close();
    }

    // Once: the next start finds the database in Local and moves nothing.
    const localBefore = sha(path.join(local, DATABASE_FILE));
    expect(moveDatabaseFolder(roaming, local, { now: new Date(), actor: 'operator' })).toBeNull();
    expect(sha(path.join(local, DATABASE_FILE))).toBe(localBefore);
  });

  it('does not move when Local already holds a database or backups, or Roaming holds none', async () => {
    const { roaming, local } = profile();
    expect(moveDatabaseFolder(roaming, local, { now: NOW, actor: 'operator' })).toBeNull();
    expect(fs.existsSync(local)).toBe(false);

    await oldOfficeDatabase(roaming);
    const roamingBefore = sha(path.join(roaming, DATABASE_FILE));
    fs.mkdirSync(path.join(local, 'cadangan'), { recursive: true });
    expect(moveDatabaseFolder(roaming, local, { now: NOW, actor: 'operator' })).toBeNull();
    expect(fs.existsSync(path.join(local, DATABASE_FILE))).toBe(false);
    expect(sha(path.join(roaming, DATABASE_FILE))).toBe(roamingBefore);
  });

  it('a damaged old database is not moved: one Indonesian sentence, both folders as they were', async () => {
    const { roaming, local } = profile();
    await oldOfficeDatabase(roaming, 'closed');
    const file = path.join(roaming, DATABASE_FILE);
    const fd = fs.openSync(file, 'r+');
    fs.writeSync(fd, crypto.randomBytes(4096), 0, 4096, 4096);
    fs.closeSync(fd);
    const before = sha(file);

    expect(() => moveDatabaseFolder(roaming, local, { now: NOW, actor: 'operator' })).toThrow(
      `Basis data Cakap di ${roaming} tidak dapat dipindahkan ke ${local} (isi berkas rusak); tidak ada yang diubah. Hubungi bagian TI.`,
    );
    expect(sha(file)).toBe(before);
    expect(fs.readdirSync(roaming).sort()).toEqual(['cadangan', 'cakap.sqlite']);
    expect(fs.existsSync(path.join(local, DATABASE_FILE))).toBe(false);
    expect(fs.existsSync(path.join(local, 'cadangan'))).toBe(false);
  });
});
