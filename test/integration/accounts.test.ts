import Database from 'better-sqlite3';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCore } from '../../electron/core/app/core';
import { queryDatabase } from '../helpers/db';
import { writeXlsx } from '../helpers/spreadsheets';
import { tempDir } from '../helpers/temp';
import { nik } from '../helpers/workerLists';

/** A core whose clock the test moves, with an admin, an operator and a reader. */
async function office() {
  const dir = tempDir();
  let clock = new Date('2026-12-07T08:00:00Z');
  const core = await createCore({ dbPath: path.join(dir, 'kantor.sqlite'), defaultRegency: '13.11', actor: 'pc-disnaker', now: () => clock, dailyBackup: false });
  await core.invoke('users.add', { username: 'admin.naker', fullName: 'Rahmat Admin', role: 'admin', password: 'kantor-2026' });
  await core.invoke('users.add', { username: 'siti', fullName: 'Siti Aminah', role: 'operator', password: 'siti-sandi-1' });
  await core.invoke('users.add', { username: 'budi.bpjs', fullName: 'Budi (BPJS)', role: 'reader', password: 'budi-sandi-1' });
  return {
    core,
    dir,
    later: (minutes: number) => (clock = new Date(clock.getTime() + minutes * 60_000)),
    audit: () => queryDatabase(core.context.dbPath, 'SELECT actor, action, detail FROM audit_log ORDER BY id') as { actor: string; action: string; detail: string }[],
  };
}

describe('while a colleague\'s import holds the write lock', () => {
  it('a reader\'s refusal is answered at once and audited once the lock is free; an operator\'s change is refused in words, nothing changed', async () => {
    const { core, audit } = await office();
    const reader = { username: 'budi.bpjs', role: 'reader' as const };
    const operator = { username: 'siti', role: 'operator' as const };
    // Another connection in a write transaction, as the import job's thread is for the length of a big list.
    const other = new Database(core.context.dbPath);
    other.exec('BEGIN IMMEDIATE');
    try {
      expect(await core.call('import.undo', { batchId: 1 }, reader)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
      expect(await core.call('programs.create', { name: 'Pekerja Rentan APBD 2026', source: 'apbd_kabupaten', year: 2026, budget: 1_000_000, from: '2026-01', to: '2026-12' }, operator)).toEqual({
        ok: false,
        error: { code: 'DATABASE_BUSY', message: 'Cakap sedang menyimpan pekerjaan lain (misalnya impor daftar besar); tidak ada yang berubah. Coba lagi sebentar lagi.' },
      });
      expect(await core.call('workers.list', {}, reader)).toMatchObject({ ok: true });
    } finally {
      other.exec('COMMIT');
      other.close();
    }
    await expect.poll(() => audit().filter((e) => e.action === 'access.refused').map((e) => e.actor), { timeout: 5_000 }).toEqual(['budi.bpjs']);
    expect(await core.invoke('programs.list', {})).toHaveLength(0);
  }, 30_000);
});

describe('accounts of kantor bersama', () => {
  it('an admin adds colleagues with a role and a password that is stored only as a salted scrypt hash', async () => {
    const { core } = await office();
    const rows = queryDatabase(core.context.dbPath, 'SELECT username, password_hash FROM accounts ORDER BY id');
    expect(rows.map((r) => r.username)).toEqual(['admin.naker', 'siti', 'budi.bpjs']);
    for (const row of rows) {
      expect(row.password_hash).toMatch(/^scrypt\$32768\$8\$1\$/);
      expect(row.password_hash).not.toContain('sandi');
    }
    // The same password twice gives two different hashes (each its own salt).
    await core.invoke('users.add', { username: 'siti2', fullName: 'Siti Dua', role: 'operator', password: 'siti-sandi-1' });
    const [a, b] = queryDatabase(core.context.dbPath, "SELECT password_hash FROM accounts WHERE username IN ('siti', 'siti2')");
    expect(a!.password_hash).not.toBe(b!.password_hash);

    await expect(core.invoke('users.add', { username: 'Siti', fullName: 'Lain', role: 'reader', password: 'panjang-sekali' })).rejects.toThrow('Nama pengguna "Siti" sudah dipakai');
    await expect(core.invoke('users.add', { username: 'andi', fullName: 'Andi', role: 'reader', password: 'pendek' })).rejects.toThrow('Kata sandi paling sedikit 8 karakter.');
    await expect(core.invoke('users.add', { username: 'andi.s', fullName: 'Andi', role: 'reader', password: 'andi.s' })).rejects.toThrow('paling sedikit 8');
    await expect(core.invoke('users.add', { username: 'andi sutan', fullName: 'Andi', role: 'reader', password: 'panjang-sekali' })).rejects.toThrow('tanpa spasi');
    expect((await core.invoke('users.list', {})).map((u) => u.username)).toEqual(['admin.naker', 'budi.bpjs', 'siti', 'siti2']);
  });

  it('a wrong password is refused; five in a row lock the account for a quarter of an hour; every try is in the audit log', async () => {
    const { core, later, audit } = await office();
    expect(await core.sessions.signIn('siti', 'salah', '192.168.1.21')).toEqual({ ok: false, message: 'Nama pengguna atau kata sandi salah.' });
    expect(await core.sessions.signIn('tidak.ada', 'apa-saja', '192.168.1.21')).toEqual({ ok: false, message: 'Nama pengguna atau kata sandi salah.' });
    for (let i = 0; i < 3; i++) await core.sessions.signIn('siti', 'salah', '192.168.1.21');
    const locked = await core.sessions.signIn('SITI', 'salah', '192.168.1.21');
    expect(locked).toEqual({ ok: false, message: 'Kata sandi salah 5 kali berturut-turut; akun dikunci 15 menit.' });
    // Locked: even the right password waits.
    expect(await core.sessions.signIn('siti', 'siti-sandi-1', '192.168.1.21')).toMatchObject({ ok: false, message: expect.stringContaining('Akun dikunci sampai') });
    later(16);
    const ok = await core.sessions.signIn('siti', 'siti-sandi-1', '192.168.1.21');
    expect(ok).toMatchObject({ ok: true, caller: { username: 'siti', role: 'operator' } });

    const entries = audit().filter((e) => e.action.startsWith('users.sign') || e.action === 'users.locked');
    expect(entries.map((e) => [e.actor, e.action])).toEqual([
      ['siti', 'users.signInFailed'],
      ['tamu', 'users.signInFailed'],
      ['siti', 'users.signInFailed'],
      ['siti', 'users.signInFailed'],
      ['siti', 'users.signInFailed'],
      ['siti', 'users.locked'],
      ['siti', 'users.signInFailed'],
      ['siti', 'users.signIn'],
    ]);
    expect(JSON.parse(entries[0]!.detail)).toMatchObject({ address: '192.168.1.21', reason: 'password' });
  });

  it('a session ends after half an hour unused, or ten hours after signing in, or when its account is disabled', async () => {
    const { core, later } = await office();
    const first = await core.sessions.signIn('budi.bpjs', 'budi-sandi-1', null);
    if (!first.ok) throw new Error(first.message);
    later(25);
    expect(core.sessions.resume(first.token)).toEqual({ username: 'budi.bpjs', role: 'reader' });
    later(25); // 25 minutes after the last use: still in
    expect(core.sessions.resume(first.token)).not.toBeNull();
    later(31);
    expect(core.sessions.resume(first.token)).toBeNull();

    const day = await core.sessions.signIn('budi.bpjs', 'budi-sandi-1', null);
    if (!day.ok) throw new Error(day.message);
    for (let hour = 0; hour < 10; hour++) {
      later(20);
      expect(core.sessions.resume(day.token)).not.toBeNull();
      later(20);
      core.sessions.resume(day.token);
      later(20);
      if (hour < 9) expect(core.sessions.resume(day.token)).not.toBeNull();
    }
    expect(core.sessions.resume(day.token)).toBeNull();

    const again = await core.sessions.signIn('budi.bpjs', 'budi-sandi-1', null);
    if (!again.ok) throw new Error(again.message);
    const budi = (await core.invoke('users.list', {})).find((u) => u.username === 'budi.bpjs')!;
    await core.invoke('users.setActive', { id: budi.id, active: false });
    expect(core.sessions.resume(again.token)).toBeNull();
    expect(await core.sessions.signIn('budi.bpjs', 'budi-sandi-1', null)).toEqual({ ok: false, message: 'Akun ini sudah dinonaktifkan; hubungi admin Cakap di kantor.' });
    expect(core.sessions.resume('bukan-token')).toBeNull();
  });

  it('each role does what it may: a reader reads with NIKs masked, an operator imports and undoes, only an admin manages; refusals are audited with the account', async () => {
    const { core, dir, audit } = await office();
    const reader = { username: 'budi.bpjs', role: 'reader' as const };
    const operator = { username: 'siti', role: 'operator' as const };
    const admin = { username: 'admin.naker', role: 'admin' as const };
    const worker = nik({ day: 12, month: 5, year: 1980, female: true, seq: 3 });
    const list = await writeXlsx(path.join(dir, 'lubuk-gadang.xlsx'), [{ name: 'Data', rows: [['NIK', 'Nama', 'Nagari'], [worker, 'Siti Rahmah', 'Lubuk Gadang']] }]);

    // The operator imports (the audit log says siti, not the PC's user) and may undo.
    const fileId = core.context.files.register(list).fileId;
    const imported = await core.call('import.commit', { jobId: 'job-office-1', fileId }, operator);
    expect(imported).toMatchObject({ ok: true, result: { accepted: 1 } });
    expect(audit().find((e) => e.action === 'import.commit')!.actor).toBe('siti');

    // The reader sees the worker, NIK masked everywhere in the answer.
    const listed = await core.call('workers.list', {}, reader);
    expect(JSON.stringify(listed)).not.toContain(worker);
    expect(JSON.stringify(listed)).toContain(`${worker.slice(0, 4)}**********${worker.slice(-2)}`);
    expect(JSON.stringify(await core.call('workers.list', {}, operator))).toContain(worker);

    // The reader may not undo, import, or take full NIKs; each refusal is one sentence and changes nothing.
    const batchId = (imported as { result: { batchId: number } }).result.batchId;
    const undo = await core.call('import.undo', { batchId }, reader);
    expect(undo).toEqual({
      ok: false,
      error: { code: 'FORBIDDEN', message: 'Hanya operator atau admin yang boleh melakukan ini; akun budi.bpjs berperan pembaca. Tidak ada yang berubah.' },
    });
    const fullNik = await core.call('report.export', { format: 'pdf', annex: true, fullNik: { purpose: 'Verifikasi lapangan bersama BPJS' } }, reader);
    expect(fullNik).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: expect.stringContaining('NIK yang disamarkan') } });
    expect((await core.invoke('workers.list', {})).total).toBe(1);
    // Reading is not audited as a refusal; trying to change data is.
    expect(audit().filter((e) => e.action === 'access.refused').map((e) => [e.actor, JSON.parse(e.detail).method])).toEqual([
      ['budi.bpjs', 'import.undo'],
      ['budi.bpjs', 'report.export'],
    ]);

    // The operator may not manage accounts or settings; the admin may.
    expect(await core.call('users.list', {}, operator)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: expect.stringContaining('Hanya admin') } });
    expect(await core.call('targets.set', { year: 2026, percent: 30 }, operator)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await core.call('targets.set', { year: 2026, percent: 30 }, admin)).toMatchObject({ ok: true });
    expect(await core.call('import.undo', { batchId }, operator)).toMatchObject({ ok: true, result: { removed: 1 } });
    expect(audit().find((e) => e.action === 'import.undo')!.actor).toBe('siti');

    // Who am I: through office mode the account; at the desk the PC's user, with every right.
    expect(await core.call('users.current', {}, reader)).toEqual({ ok: true, result: { username: 'budi.bpjs', fullName: 'Budi (BPJS)', role: 'reader', officeMode: true } });
    expect(await core.invoke('users.current', {})).toMatchObject({ username: 'pc-disnaker', role: 'admin', officeMode: false });
  });

  it('the last admin cannot be disabled from a browser, a colleague changes their own password, and an admin resets a forgotten one', async () => {
    const { core } = await office();
    const admin = { username: 'admin.naker', role: 'admin' as const };
    const accounts = await core.invoke('users.list', {});
    const adminId = accounts.find((u) => u.username === 'admin.naker')!.id;
    const sitiId = accounts.find((u) => u.username === 'siti')!.id;
    expect(await core.call('users.setActive', { id: adminId, active: false }, admin)).toMatchObject({ ok: false, error: { message: expect.stringContaining('sendiri') } });
    await core.invoke('users.add', { username: 'kabid', fullName: 'Kepala Bidang', role: 'admin', password: 'kabid-sandi-1' });
    const kabid = { username: 'kabid', role: 'admin' as const };
    expect(await core.call('users.setActive', { id: adminId, active: false }, kabid)).toMatchObject({ ok: true, result: { active: false } });
    const kabidId = (await core.invoke('users.list', {})).find((u) => u.username === 'kabid')!.id;
    expect(await core.call('users.setActive', { id: kabidId, active: false }, admin)).toMatchObject({ ok: false, error: { message: expect.stringContaining('satu-satunya akun admin') } });

    const siti = { username: 'siti', role: 'operator' as const };
    expect(await core.call('users.changePassword', { current: 'salah-sandi', next: 'baru-sekali-1' }, siti)).toMatchObject({ ok: false, error: { message: 'Kata sandi sekarang salah; kata sandi tidak diganti.' } });
    expect(await core.call('users.changePassword', { current: 'siti-sandi-1', next: 'baru-sekali-1' }, siti)).toEqual({ ok: true, result: { ok: true } });
    expect(await core.sessions.signIn('siti', 'baru-sekali-1', null)).toMatchObject({ ok: true });
    const session = await core.sessions.signIn('siti', 'baru-sekali-1', null);
    await core.invoke('users.resetPassword', { id: sitiId, password: 'dari-admin-1' });
    expect(core.sessions.resume((session as { token: string }).token)).toBeNull();
    expect(await core.sessions.signIn('siti', 'dari-admin-1', null)).toMatchObject({ ok: true });
  });
});
