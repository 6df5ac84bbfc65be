import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { backupDir, openDatabase } from '../../electron/core/platform/db/open';
import { migrations } from '../../electron/core/platform/db/migrations';
import { tempDir } from '../helpers/temp';

describe('the office database file', () => {
  it('is created with WAL, foreign keys and every migration applied', () => {
    const file = path.join(tempDir(), 'kantor.sqlite');
    const { db, backupPath } = openDatabase(file);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('user_version', { simple: true })).toBe(migrations.at(-1)!.version);
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all();
    expect(tables).toEqual(expect.arrayContaining(['regions', 'workforce', 'targets', 'settings', 'audit_log']));
    expect(backupPath).toBeNull();
    db.close();
  });

  it('keeps a backup copy before migrating an existing file, and the copy opens', () => {
    const file = path.join(tempDir(), 'kantor.sqlite');
    const v1 = [{ version: 1, name: 'satu', sql: 'CREATE TABLE a (x INTEGER); INSERT INTO a VALUES (42);' }];
    openDatabase(file, v1).db.close();

    const v2 = [...v1, { version: 2, name: 'dua', sql: 'ALTER TABLE a ADD COLUMN y TEXT;' }];
    const { db, backupPath } = openDatabase(file, v2);
    expect(db.pragma('user_version', { simple: true })).toBe(2);
    db.close();

    expect(backupPath).not.toBeNull();
    expect(path.dirname(backupPath!)).toBe(backupDir(file));
    const copy = new Database(backupPath!, { readonly: true });
    expect(copy.pragma('user_version', { simple: true })).toBe(1);
    expect(copy.prepare('SELECT x FROM a').pluck().get()).toBe(42);
    copy.close();
  });

  it('rolls a failed migration back completely and says so in Indonesian', () => {
    const file = path.join(tempDir(), 'kantor.sqlite');
    const v1 = [{ version: 1, name: 'satu', sql: 'CREATE TABLE a (x INTEGER); INSERT INTO a VALUES (1);' }];
    openDatabase(file, v1).db.close();
    const broken = [
      ...v1,
      { version: 2, name: 'dua', sql: 'CREATE TABLE b (y INTEGER);' },
      { version: 3, name: 'rusak', sql: 'ALTER TABLE tidak_ada ADD COLUMN z TEXT;' },
    ];
    expect(() => openDatabase(file, broken)).toThrow(/tidak dapat diperbarui/);

    const db = new Database(file, { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBe(1);
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'b'").get()).toBeUndefined();
    db.close();
  });

  it('refuses a file made by a newer Cakap instead of damaging it', () => {
    const file = path.join(tempDir(), 'kantor.sqlite');
    const db = new Database(file);
    db.pragma('user_version = 999');
    db.close();
    expect(() => openDatabase(file)).toThrow(/versi Cakap yang lebih baru/);
  });

  it('refuses a file that is not a database with a clear message', () => {
    const file = path.join(tempDir(), 'bukan.sqlite');
    fs.writeFileSync(file, 'ini teks biasa, bukan basis data '.repeat(200));
    expect(() => openDatabase(file)).toThrow(/bukan basis data Cakap atau rusak/);
  });

  it("refuses another program's SQLite file instead of adding Cakap's tables to it", () => {
    const file = path.join(tempDir(), 'lain.sqlite');
    const other = new Database(file);
    other.exec("CREATE TABLE pelanggan (nama TEXT); INSERT INTO pelanggan VALUES ('Budi');");
    other.close();
    const before = fs.readFileSync(file);
    expect(() => openDatabase(file)).toThrow('adalah basis data program lain, bukan basis data Cakap; berkas itu tidak diubah.');
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });
});
