import fs from 'node:fs';
import https from 'node:https';
import path from 'node:path';
import tls from 'node:tls';
import { afterEach, describe, expect, it } from 'vitest';
import { officeServer, type OfficeServer } from '../../electron/bridge/officeServer';
import { createCore, type Core } from '../../electron/core/app/core';
import { certificateDir } from '../../electron/core/features/sharing/certificate';
import { runCakap } from '../helpers/cli';
import { newCore } from '../helpers/core';
import { queryDatabase } from '../helpers/db';
import { writeXlsx } from '../helpers/spreadsheets';
import { tempDir } from '../helpers/temp';
import { nik } from '../helpers/workerLists';

const servers: OfficeServer[] = [];
afterEach(async () => {
  for (const s of servers.splice(0)) await s.close();
});

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: { ok: boolean; result?: unknown; error?: { code: string; message: string } };
}

/** A request as a colleague's browser makes it, trusting exactly the office PC's own certificate. */
function request(url: string, ca: string, options: { method?: string; path: string; body?: unknown; cookie?: string; headers?: Record<string, string> }): Promise<Reply> {
  const target = new URL(options.path, url);
  const body = options.body === undefined ? undefined : JSON.stringify(options.body);
  return new Promise((resolve, reject) => {
    const req = https.request(
      target,
      {
        method: options.method ?? 'POST',
        ca,
        // A forged Host header must reach the server to be refused there (the certificate names the real address).
        ...(options.headers?.host ? { checkServerIdentity: () => undefined } : {}),
        headers: { ...(body ? { 'content-type': 'application/json' } : {}), ...(options.cookie ? { cookie: options.cookie } : {}), ...options.headers },
      },
      (res) => {
        let text = '';
        res.on('data', (d: Buffer) => (text += d.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: JSON.parse(text || '{}') as Reply['body'] }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

async function signIn(url: string, ca: string, username: string, password: string): Promise<string> {
  const reply = await request(url, ca, { path: '/api/session', body: { username, password } });
  expect(reply.status).toBe(200);
  // The browser keeps the cookie for a working day; the server ends an unused session after 30 minutes.
  expect(String(reply.headers['set-cookie'])).toContain('Max-Age=36000');
  return String(reply.headers['set-cookie']).split(';')[0]!;
}

async function officeWithAccounts(): Promise<{ core: Core; url: string; ca: string }> {
  const core = await newCore();
  await core.invoke('users.add', { username: 'siti', fullName: 'Siti Aminah', role: 'operator', password: 'siti-sandi-1' });
  await core.invoke('users.add', { username: 'budi.bpjs', fullName: 'Budi (BPJS)', role: 'reader', password: 'budi-sandi-1' });
  await core.invoke('sharing.enable', { host: '127.0.0.1', port: 18_000 + Math.floor(Math.random() * 2000) });
  const server = officeServer(core, path.resolve('dist/renderer'));
  servers.push(server);
  const url = (await server.apply())!;
  return { core, url, ca: fs.readFileSync(path.join(certificateDir(core.context.dbPath), 'sertifikat.pem'), 'utf8') };
}

describe('kantor bersama: colleagues over the office network', () => {
  it('is off by default, binds only to one address of this PC, and needs an account before it is turned on', async () => {
    const core = await newCore();
    const status = await core.invoke('sharing.status', {});
    expect(status).toMatchObject({ enabled: false, url: null, certificate: null, activeAccounts: 0 });
    expect(status.addresses.map((a) => a.address)).toContain('127.0.0.1');
    await expect(core.invoke('sharing.enable', { host: '0.0.0.0', port: 8443 })).rejects.toThrow('berarti semua jaringan sekaligus');
    await expect(core.invoke('sharing.enable', { host: '10.99.99.99', port: 8443 })).rejects.toThrow('bukan alamat komputer ini');
    await expect(core.invoke('sharing.enable', { host: '127.0.0.1', port: 8443 })).rejects.toThrow('Buat dulu akun');
    await expect(core.invoke('sharing.enable', { host: '127.0.0.1', port: 80 })).rejects.toThrow('Nomor port harus 1024–65535.');
    expect((await core.invoke('sharing.status', {})).enabled).toBe(false);
  });

  it('serves HTTPS with a certificate this PC made, whose fingerprint Pengaturan shows, and a browser signs in to a cookie scripts cannot read', async () => {
    const { core, url, ca } = await officeWithAccounts();
    const status = await core.invoke('sharing.status', {});
    expect(status).toMatchObject({ enabled: true, host: '127.0.0.1', running: { url, error: null } });
    // The fingerprint shown is the one the server presents.
    const presented = await new Promise<string>((resolve, reject) => {
      const socket = tls.connect({ host: '127.0.0.1', port: Number(new URL(url).port), ca }, () => {
        resolve(socket.getPeerCertificate().fingerprint256);
        socket.end();
      });
      socket.on('error', reject);
    });
    expect(presented).toBe(status.certificate!.fingerprint);
    expect(status.certificate!.hosts).toEqual(expect.arrayContaining(['127.0.0.1', 'localhost']));
    // The key is readable by this user only.
    expect(fs.statSync(path.join(certificateDir(core.context.dbPath), 'kunci.pem')).mode & 0o077).toBe(0);

    expect(await request(url, ca, { path: '/api/call/settings.get', body: {} })).toMatchObject({ status: 401, body: { error: { code: 'LOGIN_REQUIRED' } } });
    const wrong = await request(url, ca, { path: '/api/session', body: { username: 'siti', password: 'salah' } });
    expect(wrong).toMatchObject({ status: 401, body: { error: { message: 'Nama pengguna atau kata sandi salah.' } } });
    const ok = await request(url, ca, { path: '/api/session', body: { username: 'siti', password: 'siti-sandi-1' } });
    expect(ok.body).toEqual({ ok: true, result: { username: 'siti', fullName: 'Siti Aminah', role: 'operator', officeMode: true } });
    expect(String(ok.headers['set-cookie'])).toMatch(/^cakap_sesi=[\w-]{40,}; HttpOnly; Secure; SameSite=Strict; Path=\/; Max-Age=36000$/);
    const cookie = String(ok.headers['set-cookie']).split(';')[0]!;
    expect(await request(url, ca, { path: '/api/call/users.current', body: {}, cookie })).toMatchObject({ status: 200, body: { result: { username: 'siti' } } });

    // Signing out ends the session on the server, not only in the browser.
    await request(url, ca, { method: 'DELETE', path: '/api/session', cookie });
    expect(await request(url, ca, { path: '/api/call/users.current', body: {}, cookie })).toMatchObject({ status: 401 });
  });

  it('refuses another origin, another host name, a reader changing data or uploading, and too many tries from one PC; refusals about data are audited', async () => {
    const { core, url, ca } = await officeWithAccounts();
    const port = new URL(url).port;
    const reader = await signIn(url, ca, 'budi.bpjs', 'budi-sandi-1');
    expect(await request(url, ca, { path: '/api/call/settings.get', body: {}, cookie: reader, headers: { origin: 'https://contoh.example' } })).toMatchObject({ status: 403, body: { error: { code: 'BAD_ORIGIN' } } });
    expect(await request(url, ca, { path: '/api/call/settings.get', body: {}, cookie: reader, headers: { host: `cakap.example:${port}` } })).toMatchObject({ status: 421 });
    expect(await request(url, ca, { path: '/api/call/programs.create', body: { name: 'X', source: 'csr', year: 2026, budget: 1, from: '2026-01', to: '2026-12' }, cookie: reader })).toMatchObject({
      status: 403,
      body: { error: { code: 'FORBIDDEN' } },
    });
    expect(await request(url, ca, { method: 'PUT', path: '/api/files?name=a.xlsx', cookie: reader, headers: { 'content-type': 'application/octet-stream' } })).toMatchObject({ status: 403 });
    expect((await core.invoke('programs.list', {})).length).toBe(0);
    expect(queryDatabase(core.context.dbPath, "SELECT actor, action FROM audit_log WHERE action = 'access.refused'")).toEqual([{ actor: 'budi.bpjs', action: 'access.refused' }]);

    // A whole office behind one router signs in at once: successful sign-ins are no tries too many.
    for (let i = 0; i < 12; i++) expect(await signIn(url, ca, 'budi.bpjs', 'budi-sandi-1')).toMatch(/^cakap_sesi=/);
    const tries = [];
    for (let i = 0; i < 11; i++) tries.push(await request(url, ca, { path: '/api/session', body: { username: `tebak${i}`, password: 'salah-semua' } }));
    expect(tries.at(-1)).toMatchObject({ status: 429, body: { error: { message: 'Terlalu banyak percobaan masuk dari komputer ini; tunggu satu menit lalu coba lagi.' } } });
  });

  it('two colleagues at once: the operator imports while the reader reads; the reader cannot undo, the operator can; the log names each', async () => {
    const { core, url, ca } = await officeWithAccounts();
    const dir = tempDir();
    const operator = await signIn(url, ca, 'siti', 'siti-sandi-1');
    const reader = await signIn(url, ca, 'budi.bpjs', 'budi-sandi-1');
    const rows = Array.from({ length: 2_000 }, (_, i) => [nik({ day: 1 + (i % 28), month: 1 + (i % 12), year: 1980 + (i % 20), seq: i + 1 }), `Pekerja ${i + 1}`, 'Lubuk Gadang']);
    const list = await writeXlsx(path.join(dir, 'lubuk-gadang.xlsx'), [{ name: 'Data', rows: [['NIK', 'Nama', 'Nagari'], ...rows] }]);
    const upload = await new Promise<Reply>((resolve, reject) => {
      const req = https.request(new URL('/api/files?name=lubuk-gadang.xlsx', url), { method: 'PUT', ca, headers: { cookie: operator, 'content-type': 'application/octet-stream' } }, (res) => {
        let text = '';
        res.on('data', (d: Buffer) => (text += d.toString()));
        res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: JSON.parse(text) as Reply['body'] }));
      });
      req.on('error', reject);
      req.end(fs.readFileSync(list));
    });
    const fileId = (upload.body.result as { fileId: string }).fileId;
    const [imported, ...reads] = await Promise.all([
      request(url, ca, { path: '/api/call/import.commit', body: { jobId: 'kantor-impor-1', fileId }, cookie: operator }),
      ...Array.from({ length: 8 }, () => request(url, ca, { path: '/api/call/report.coverage', body: { asOf: '2026-11-30' }, cookie: reader })),
    ]);
    expect(imported).toMatchObject({ status: 200, body: { result: { accepted: 2_000, rejected: 0 } } });
    for (const read of reads) expect(read.status).toBe(200);
    const batchId = (imported!.body.result as { batchId: number }).batchId;

    const listed = await request(url, ca, { path: '/api/call/workers.list', body: { limit: 5 }, cookie: reader });
    expect(JSON.stringify(listed.body)).not.toMatch(/\d{16}/);
    expect(await request(url, ca, { path: '/api/call/import.undo', body: { batchId }, cookie: reader })).toMatchObject({ status: 403 });
    expect(await request(url, ca, { path: '/api/call/import.undo', body: { batchId }, cookie: operator })).toMatchObject({ status: 200, body: { result: { removed: 2_000 } } });
    const log = queryDatabase(core.context.dbPath, "SELECT actor, action FROM audit_log WHERE action IN ('import.commit', 'import.undo', 'access.refused', 'users.signIn') ORDER BY id");
    expect(log).toEqual([
      { actor: 'siti', action: 'users.signIn' },
      { actor: 'budi.bpjs', action: 'users.signIn' },
      { actor: 'siti', action: 'import.commit' },
      { actor: 'budi.bpjs', action: 'access.refused' },
      { actor: 'siti', action: 'import.undo' },
    ]);
    expect(core.context.store.integrityCheck()).toBe('ok');
  });

  it('serve --office starts on one named address with its fingerprint, and refuses 0.0.0.0 and a database without accounts', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'kantor.sqlite');
    await runCakap(['init', '--db', db]);
    const none = await runCakap(['serve', '--db', db, '--office', '--host', '127.0.0.1']);
    expect(none).toMatchObject({ code: 2, stderr: expect.stringContaining('Belum ada akun aktif untuk kantor bersama') });
    expect(await runCakap(['user', 'add', '--db', db, '--username', 'admin.naker', '--name', 'Rahmat', '--role', 'admin', '--password', 'kantor-2026'])).toMatchObject({ code: 0 });
    const everywhere = await runCakap(['serve', '--db', db, '--office', '--host', '0.0.0.0']);
    expect(everywhere.code).toBe(2);
    expect(everywhere.stderr.trim().split('\n')).toHaveLength(1);
    expect(everywhere.stderr).toContain('semua jaringan sekaligus');
    const list = await runCakap(['user', 'list', '--db', db, '--json']);
    expect(JSON.parse(list.stdout)).toEqual([expect.objectContaining({ username: 'admin.naker', role: 'admin', active: true })]);
  });
});

describe('never on a network share', () => {
  it('a database in a folder on a network location is refused with one sentence that offers kantor bersama, and nothing is created', async () => {
    const dir = tempDir();
    const dbPath = path.join(dir, 'cakap.sqlite');
    const onShare = () => ({ kind: 'network' as const, reason: 'alamat jaringan \\\\server-naker\\data' });
    await expect(createCore({ dbPath, defaultRegency: '13.11', folderLocation: onShare })).rejects.toThrow(
      /^Cakap tidak membuka basis data di folder jaringan \(.*, alamat jaringan \\\\server-naker\\data\), karena di sana basis data dapat rusak: .*nyalakan Kantor bersama/,
    );
    expect(fs.readdirSync(dir)).toEqual([]);
    // A folder Cakap cannot classify (an unknown FUSE mount) is opened: only a known share is refused.
    const core = await createCore({ dbPath, defaultRegency: '13.11', folderLocation: () => ({ kind: 'unknown', reason: 'sistem berkas FUSE' }) });
    core.close();
    expect(fs.existsSync(dbPath)).toBe(true);
  });
});
