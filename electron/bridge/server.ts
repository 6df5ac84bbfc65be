import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import path from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { ERROR_CODES, methodNames } from '../../shared/contract';
import { mayCall } from '../../shared/domain/accounts';
import type { Core } from '../core/app/core';
import { CONTENT_SECURITY_POLICY } from '../csp';
import { resolveStaticFile, STATIC_MIME } from '../staticFiles';
import { accountGate, HttpError, tokenGate, type Gate } from './gates';

/**
 * The built renderer and the API on one port. Browser mode (one person, this PC): loopback only,
 * and every API request carries the session's random token. Office mode (kantor bersama): HTTPS on
 * one chosen address of the PC, and every API request carries a signed-in account (gates.ts). Either
 * way a request must name our own Host (no DNS rebinding) and, when a browser says where it comes
 * from, our own Origin (no cross-site calls from other pages).
 */
export interface BridgeOptions {
  core: Core;
  rendererDir: string;
  port?: number;
  /** Browser mode's token (default: a random one). */
  token?: string;
  /** Office mode: the address to listen on, its certificate, and accounts instead of a token. */
  office?: { host: string; key: string; cert: string };
  /** Size limits in bytes; tests lower them instead of sending half a gigabyte. */
  limits?: Partial<BridgeLimits>;
}

export interface BridgeLimits {
  jsonBody: number;
  upload: number;
}

export interface Bridge {
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

export const LIMITS: BridgeLimits = {
  jsonBody: 2 * 1024 * 1024,
  upload: 512 * 1024 * 1024,
};

const STATUS: Record<string, number> = {
  [ERROR_CODES.invalidInput]: 400,
  [ERROR_CODES.unknownMethod]: 404,
  [ERROR_CODES.unauthorized]: 401,
  [ERROR_CODES.loginRequired]: 401,
  [ERROR_CODES.forbidden]: 403,
  [ERROR_CODES.internal]: 500,
};

export async function startBridge(options: BridgeOptions): Promise<Bridge> {
  const token = options.token ?? crypto.randomBytes(24).toString('base64url');
  const gate: Gate = options.office ? accountGate(options.core, options.office.host) : tokenGate(token);
  const listenHost = options.office?.host ?? '127.0.0.1';
  const rendererDir = path.resolve(options.rendererDir);
  const limits: BridgeLimits = { ...LIMITS, ...options.limits };
  const routes = new Set<string>(methodNames.map((name) => `/api/call/${name}`));
  let port = 0;

  const onRequest = (req: http.IncomingMessage, res: http.ServerResponse) => {
    handle(req, res).catch((error: unknown) => {
      if (error instanceof HttpError) return sendJson(res, error.status, { ok: false, error: error.error });
      console.error('[cakap] bridge:', error);
      sendJson(res, 500, { ok: false, error: { code: ERROR_CODES.internal, message: 'Terjadi kesalahan di server Cakap.' } });
    });
  };
  const server = options.office ? https.createServer({ key: options.office.key, cert: options.office.cert, minVersion: 'TLSv1.2' }, onRequest) : http.createServer(onRequest);

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const allowedHosts = gate.hosts(port);
    if (!allowedHosts.has(req.headers.host ?? '')) {
      throw new HttpError(421, { code: 'BAD_HOST', message: `Alamat server tidak dikenal. Buka Cakap lewat ${gate.scheme}://${listenHost}:${port}.` });
    }
    const origin = req.headers.origin;
    if (origin !== undefined && !allowedHosts.has(origin.replace(`${gate.scheme}://`, ''))) {
      throw new HttpError(403, { code: 'BAD_ORIGIN', message: 'Permintaan dari situs lain ditolak.' });
    }
    const url = new URL(req.url ?? '/', `${gate.scheme}://${listenHost}:${port}`);

    if (!url.pathname.startsWith('/api/')) return serveStatic(url.pathname, req, res);
    if (await gate.route(req, res, url, (status, body, headers) => sendJson(res, status, body, headers))) return;
    const caller = gate.caller(req, url);

    if (req.method === 'POST' && routes.has(url.pathname)) {
      const method = url.pathname.slice('/api/call/'.length);
      const body = await readJson(req, limits.jsonBody);
      const result = await options.core.call(method, body, caller ?? undefined);
      return sendJson(res, result.ok ? 200 : (STATUS[result.error.code] ?? 422), result);
    }
    if (req.method === 'GET' && url.pathname === '/api/events') return streamEvents(req, res);
    if (req.method === 'PUT' && url.pathname === '/api/files') {
      // Lists are uploaded to be imported: a reader imports nothing, so sends nothing.
      if (caller && !mayCall(caller.role, 'operate')) {
        req.resume();
        throw new HttpError(403, { code: ERROR_CODES.forbidden, message: 'Akun pembaca tidak dapat mengunggah berkas; impor dilakukan oleh operator atau admin.' });
      }
      return receiveUpload(req, res, url);
    }
    if (req.method === 'GET' && url.pathname.startsWith('/api/files/')) {
      return sendFile(res, url.pathname.slice('/api/files/'.length));
    }
    throw new HttpError(404, { code: ERROR_CODES.unknownMethod, message: 'Alamat API tidak dikenal.' });
  }

  /** Core events (job progress) as server-sent events: the browser's EventSource carries the token in the URL. */
  function streamEvents(req: http.IncomingMessage, res: http.ServerResponse): void {
    res.writeHead(200, {
      ...securityHeaders(),
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-store',
      Connection: 'keep-alive',
    });
    res.write(': cakap\n\n');
    const unsubscribe = options.core.onEvent((event) => res.write(`data: ${JSON.stringify(event)}\n\n`));
    const keepAlive = setInterval(() => res.write(': tetap\n\n'), 15_000);
    req.on('close', () => {
      clearInterval(keepAlive);
      unsubscribe();
    });
  }

  async function receiveUpload(req: http.IncomingMessage, res: http.ServerResponse, url: URL): Promise<void> {
    const name = (url.searchParams.get('name') ?? 'unggahan').slice(0, 200);
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > limits.upload) {
      req.resume();
      throw tooLarge(limits.upload);
    }
    const target = options.core.context.files.tempPath(name);
    let received = 0;
    // Counts what really arrives (a client may send no Content-Length, or a false one) and stops
    // at the limit; the rest of the body is read and dropped so the client gets its 413.
    const limiter = new Transform({
      transform(chunk: Buffer, _encoding, callback) {
        received += chunk.length;
        callback(received > limits.upload ? tooLarge(limits.upload) : null, chunk);
      },
    });
    const output = fs.createWriteStream(target, { flags: 'wx' });
    try {
      await pipeline(req, limiter, output);
    } catch (error) {
      // The file may still be opening when the pipeline fails: wait until it is closed, then remove it.
      if (!output.closed) await new Promise<void>((resolve) => output.once('close', () => resolve()));
      fs.rmSync(target, { force: true });
      if (!req.complete) req.resume();
      res.setHeader('Connection', 'close');
      throw error instanceof HttpError ? error : new HttpError(400, { code: 'UPLOAD_FAILED', message: 'Unggahan terputus; coba unggah lagi.' });
    }
    sendJson(res, 200, { ok: true, result: options.core.context.files.register(target, name, true) });
  }

  /** Downloads: only files Cakap itself made or received (exports, uploads), never another path. */
  function sendFile(res: http.ServerResponse, encodedId: string): void {
    const gone = new HttpError(404, { code: ERROR_CODES.notFound, message: 'Berkas tidak ditemukan lagi. Buat ekspornya sekali lagi.' });
    let entry;
    try {
      entry = options.core.context.files.resolve(decodeURIComponent(encodedId));
    } catch {
      throw gone;
    }
    if (!entry.owned) throw gone;
    res.writeHead(200, {
      ...securityHeaders(),
      'Content-Type': 'application/octet-stream',
      'Content-Length': entry.size,
      'Cache-Control': 'no-store',
      'Content-Disposition': `attachment; filename*=UTF-8''${encodeURIComponent(entry.name)}`,
    });
    fs.createReadStream(entry.path).pipe(res);
  }

  function serveStatic(pathname: string, req: http.IncomingMessage, res: http.ServerResponse): void {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      throw new HttpError(405, { code: 'METHOD', message: 'Metode tidak diizinkan.' });
    }
    const resolved = resolveStaticFile(rendererDir, pathname);
    if (resolved.status === 403) throw new HttpError(403, { code: 'FORBIDDEN', message: 'Alamat berkas tidak diizinkan.' });
    // Unknown paths get the page itself (the app routes by the address hash).
    const found = fs.existsSync(resolved.file) && fs.statSync(resolved.file).isFile();
    const target = found ? resolved.file : path.join(rendererDir, 'index.html');
    if (!fs.existsSync(target)) {
      res.writeHead(503, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Tampilan Cakap belum dibangun. Jalankan: npm run build');
      return;
    }
    res.writeHead(200, {
      ...securityHeaders(),
      'Content-Type': STATIC_MIME[path.extname(target)] ?? 'application/octet-stream',
      'Cache-Control': target.endsWith('index.html') ? 'no-store' : 'max-age=3600',
    });
    if (req.method === 'HEAD') res.end();
    else fs.createReadStream(target).pipe(res);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, listenHost, () => resolve());
  });
  port = (server.address() as { port: number }).port;
  server.requestTimeout = 0; // uploads of big lists can take minutes
  server.headersTimeout = 30_000;

  return {
    url: options.office ? `https://${listenHost}:${port}/` : `http://127.0.0.1:${port}/?token=${token}`,
    port,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function tooLarge(limit: number): HttpError {
  const mb = Math.max(1, Math.round(limit / (1024 * 1024)));
  return new HttpError(413, { code: 'TOO_LARGE', message: `Berkas terlalu besar untuk diunggah (batas ${mb} MB).` });
}

async function readJson(req: http.IncomingMessage, limit: number): Promise<unknown> {
  if (!String(req.headers['content-type'] ?? '').startsWith('application/json')) {
    throw new HttpError(415, { code: ERROR_CODES.invalidInput, message: 'Permintaan harus berupa JSON.' });
  }
  const tooBig = new HttpError(413, { code: 'TOO_LARGE', message: 'Permintaan terlalu besar.' });
  if (Number(req.headers['content-length'] ?? 0) > limit) {
    req.resume();
    throw tooBig;
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    // Past the limit the rest is read and dropped, so the client gets its 413 instead of a reset.
    if (size <= limit) chunks.push(chunk);
  }
  if (size > limit) throw tooBig;
  const text = Buffer.concat(chunks).toString('utf8');
  if (text.trim() === '') return {};
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new HttpError(400, { code: ERROR_CODES.invalidInput, message: 'Isi permintaan bukan JSON yang sah.' });
  }
}

function securityHeaders(): Record<string, string> {
  return {
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'DENY',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
  };
}

function sendJson(res: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  const text = JSON.stringify(body);
  res.writeHead(status, {
    ...securityHeaders(),
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    'Content-Length': Buffer.byteLength(text),
    ...headers,
  });
  res.end(text);
}
