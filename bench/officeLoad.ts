import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import https from 'node:https';
import path from 'node:path';
import Database from 'better-sqlite3';

/**
 * Kantor bersama under load (issue 26): 20 colleagues reading and one operator importing lists, for
 * a while (5 minutes by default), against the office server on loopback. Every request is counted;
 * the only failures allowed are the refusals made on purpose (a reader trying to undo an import).
 * At the end the database's integrity_check must be ok and every import complete.
 */
export interface OfficeLoadResult {
  seconds: number;
  readers: number;
  requests: number;
  failed: number;
  /** Each kind of failure (status and the start of the answer), with how often it came. */
  failures: Record<string, number>;
  refusedOnPurpose: number;
  imports: { started: number; completed: number; rows: number };
  latencyMs: Record<string, { count: number; p50: number; p95: number; max: number }>;
  integrity: string;
  batchesInDatabase: number;
}

interface Reply {
  status: number;
  body: string;
  cookie: string | null;
}

export async function officeLoad(options: { dir: string; cli: string; seconds: number; readers: number }): Promise<OfficeLoadResult> {
  const { dir, cli } = options;
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const db = path.join(dir, 'kantor.sqlite');
  const run = (...args: string[]) => execFileSync(process.execPath, [cli, ...args], { stdio: 'pipe' });
  run('init', '--db', db);
  run('user', 'add', '--db', db, '--username', 'siti', '--name', 'Siti Aminah', '--role', 'operator', '--password', 'siti-sandi-1');
  run('user', 'add', '--db', db, '--username', 'pembaca', '--name', 'Rekan Pembaca', '--role', 'reader', '--password', 'pembaca-sandi-1');
  // Something to read: 30.000 workers before the readers come.
  const seedList = path.join(dir, 'awal.csv');
  writeList(seedList, 0, 30_000);
  run('import', '--db', db, seedList);

  const port = 20_000 + Math.floor(Math.random() * 10_000);
  const server: ChildProcess = spawn(process.execPath, [cli, 'serve', '--db', db, '--office', '--host', '127.0.0.1', '--port', String(port)], { stdio: ['ignore', 'pipe', 'pipe'] });
  await new Promise<void>((resolve, reject) => {
    let out = '';
    server.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      if (out.includes('Kantor bersama berjalan di')) resolve();
    });
    server.on('exit', () => reject(new Error(`serve --office berhenti: ${out}`)));
  });
  const ca = fs.readFileSync(path.join(dir, 'kantor-bersama', 'sertifikat.pem'), 'utf8');
  const agent = new https.Agent({ ca, keepAlive: true, maxSockets: options.readers + 4 });

  const request = (method: string, route: string, cookie: string | null, body?: unknown, raw?: Buffer): Promise<Reply> =>
    new Promise((resolve, reject) => {
      const payload = raw ?? (body === undefined ? undefined : Buffer.from(JSON.stringify(body)));
      const req = https.request(
        { host: '127.0.0.1', port, path: route, method, agent, headers: { ...(cookie ? { cookie } : {}), ...(payload ? { 'content-type': raw ? 'application/octet-stream' : 'application/json', 'content-length': payload.length } : {}) } },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (d: Buffer) => chunks.push(d));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString(), cookie: String(res.headers['set-cookie'] ?? '').split(';')[0] || null }));
        },
      );
      req.on('error', reject);
      req.end(payload);
    });

  const latencies = new Map<string, number[]>();
  let requests = 0;
  let failed = 0;
  let refusedOnPurpose = 0;
  const timed = async (kind: string, method: string, route: string, cookie: string | null, body?: unknown, raw?: Buffer): Promise<Reply> => {
    const start = performance.now();
    let reply: Reply;
    try {
      reply = await request(method, route, cookie, body, raw);
    } catch {
      reply = { status: 0, body: '', cookie: null };
    }
    requests++;
    (latencies.get(kind) ?? latencies.set(kind, []).get(kind)!).push(performance.now() - start);
    return reply;
  };
  const failures = new Map<string, number>();
  const expectOk = (reply: Reply) => {
    if (reply.status === 200) return;
    failed++;
    const why = `${reply.status} ${reply.body.slice(0, 120)}`;
    failures.set(why, (failures.get(why) ?? 0) + 1);
  };

  const signIn = async (username: string, password: string) => {
    const reply = await timed('masuk', 'POST', '/api/session', null, { username, password });
    expectOk(reply);
    return reply.cookie!;
  };
  const operator = await signIn('siti', 'siti-sandi-1');
  const readerCookies: string[] = [];
  for (let i = 0; i < options.readers; i++) readerCookies.push(await signIn('pembaca', 'pembaca-sandi-1'));

  const deadline = Date.now() + options.seconds * 1000;
  const imports = { started: 0, completed: 0, rows: 0 };
  const importer = (async () => {
    for (let n = 1; Date.now() < deadline; n++) {
      const file = path.join(dir, `daftar-${n}.csv`);
      writeList(file, 30_000 + n * 20_000, 20_000);
      const upload = await timed('unggah', 'PUT', `/api/files?name=daftar-${n}.csv`, operator, undefined, fs.readFileSync(file));
      expectOk(upload);
      imports.started++;
      const committed = await timed('impor', 'POST', '/api/call/import.commit', operator, { jobId: `beban-${n}-${Date.now()}`, fileId: (JSON.parse(upload.body) as { result: { fileId: string } }).result.fileId });
      expectOk(committed);
      if (committed.status === 200) {
        imports.completed++;
        imports.rows += (JSON.parse(committed.body) as { result: { accepted: number } }).result.accepted;
      }
    }
  })();

  const readerLoop = async (cookie: string, index: number) => {
    for (let round = 0; Date.now() < deadline; round++) {
      const step = round % 6;
      if (step === 0) expectOk(await timed('report.coverage', 'POST', '/api/call/report.coverage', cookie, { asOf: '2026-11-30' }));
      else if (step === 1) expectOk(await timed('workers.list', 'POST', '/api/call/workers.list', cookie, { offset: (round * 50) % 2000, limit: 50 }));
      else if (step === 2) expectOk(await timed('workers.list (cari)', 'POST', '/api/call/workers.list', cookie, { search: ['siti', 'ahmad', 'rahmat', 'nur'][index % 4] }));
      else if (step === 3) expectOk(await timed('import.batches', 'POST', '/api/call/import.batches', cookie, { limit: 20 }));
      else if (step === 4) expectOk(await timed('halaman', 'GET', '/', cookie));
      else {
        // A reader who tries what only an operator may: refused on purpose, and nothing changes.
        const refused = await timed('ditolak (sengaja)', 'POST', '/api/call/import.undo', cookie, { batchId: 1 });
        if (refused.status === 403) refusedOnPurpose++;
        else expectOk(refused);
      }
    }
  };
  const started = performance.now();
  await Promise.all([importer, ...readerCookies.map((cookie, i) => readerLoop(cookie, i))]);
  const seconds = (performance.now() - started) / 1000;
  agent.destroy();
  await new Promise<void>((resolve) => {
    server.once('exit', () => resolve());
    server.kill('SIGTERM');
  });

  const check = new Database(db, { readonly: true });
  const integrity = String(check.pragma('integrity_check', { simple: true }));
  const batchesInDatabase = (check.prepare('SELECT COUNT(*) AS n FROM import_batches WHERE undone_at IS NULL').get() as { n: number }).n;
  check.close();
  const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((values.length * p) / 100))]!;
  return {
    seconds,
    readers: options.readers,
    requests,
    failed,
    failures: Object.fromEntries(failures),
    refusedOnPurpose,
    imports,
    latencyMs: Object.fromEntries(
      [...latencies].map(([kind, values]) => [kind, { count: values.length, p50: Math.round(percentile(values, 50)), p95: Math.round(percentile(values, 95)), max: Math.round(Math.max(...values)) }]),
    ),
    integrity,
    batchesInDatabase,
  };
}

/** A worker list as CSV: `count` workers with NIKs of their own, numbered from `from`. */
function writeList(file: string, from: number, count: number): void {
  const names = ['Siti Aminah', 'Ahmad Fauzi', 'Rahmat Hidayat', 'Nur Azizah', 'Yusrizal', 'Dewi Sartika', 'Budi Santoso', 'Rini Marlina'];
  const nagari = ['Lubuk Gadang', 'Pasar Muara Labuh', 'Koto Baru', 'Pakan Rabaa'];
  const lines = ['No;NIK;Nama;Nagari;Pekerjaan'];
  for (let i = 0; i < count; i++) {
    const n = from + i;
    // Unique NIKs: the number spread over the sequence (4 digits), the birth day and month, and the year.
    const seq = String(n % 10_000).padStart(4, '0');
    const day = String(1 + (Math.floor(n / 10_000) % 28)).padStart(2, '0');
    const month = String(1 + (Math.floor(n / 280_000) % 12)).padStart(2, '0');
    const year = String(60 + (Math.floor(n / 3_360_000) % 40));
    lines.push(`${i + 1};131101${day}${month}${year}${seq};${names[n % names.length]} ${n};${nagari[n % nagari.length]};Petani`);
  }
  fs.writeFileSync(file, `${lines.join('\n')}\n`);
}
