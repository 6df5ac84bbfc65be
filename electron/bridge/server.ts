import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { ERROR_CODES, methodNames, type ApiError } from '../../shared/contract';
import type { Core } from '../core/core';
import { CONTENT_SECURITY_POLICY } from '../csp';

/**
 * Browser mode: the built renderer and the API on one loopback port. Every API request must carry
 * the session's random token, come to our own Host (no DNS rebinding) and, when a browser says
 * where it comes from, from our own Origin (no cross-site calls from other pages).
 */
export interface BridgeOptions {
  core: Core;
  rendererDir: string;
  port?: number;
  token?: string;
}

export interface Bridge {
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

export const LIMITS = {
  jsonBody: 2 * 1024 * 1024,
  upload: 512 * 1024 * 1024,
};

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

const STATUS: Record<string, number> = {
  [ERROR_CODES.invalidInput]: 400,
  [ERROR_CODES.unknownMethod]: 404,
  [ERROR_CODES.unauthorized]: 401,
  [ERROR_CODES.internal]: 500,
};

class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly error: ApiError,
  ) {
    super(error.message);
  }
}

export async function startBridge(options: BridgeOptions): Promise<Bridge> {
  const token = options.token ?? crypto.randomBytes(24).toString('base64url');
  const rendererDir = path.resolve(options.rendererDir);
  const routes = new Set<string>(methodNames.map((name) => `/api/call/${name}`));
  let port = 0;

  const server = http.createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (error instanceof HttpError) return sendJson(res, error.status, { ok: false, error: error.error });
      console.error('[cakap] bridge:', error);
      sendJson(res, 500, { ok: false, error: { code: ERROR_CODES.internal, message: 'Terjadi kesalahan di server Cakap.' } });
    });
  });

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const allowedHosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
    if (!allowedHosts.has(req.headers.host ?? '')) {
      throw new HttpError(421, { code: 'BAD_HOST', message: 'Alamat server tidak dikenal. Buka Cakap lewat http://127.0.0.1.' });
    }
    const origin = req.headers.origin;
    if (origin !== undefined && !allowedHosts.has(origin.replace(/^http:\/\//, ''))) {
      throw new HttpError(403, { code: 'BAD_ORIGIN', message: 'Permintaan dari situs lain ditolak.' });
    }
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);

    if (!url.pathname.startsWith('/api/')) return serveStatic(url.pathname, req, res);

    const given = String(req.headers['x-cakap-token'] ?? url.searchParams.get('token') ?? '');
    if (!sameToken(given, token)) {
      throw new HttpError(401, {
        code: ERROR_CODES.unauthorized,
        message: 'Akses ditolak: token tidak ada atau salah. Buka Cakap dari alamat lengkap yang dicetak perintah serve.',
      });
    }

    if (req.method === 'POST' && routes.has(url.pathname)) {
      const method = url.pathname.slice('/api/call/'.length);
      const body = await readJson(req);
      const result = await options.core.call(method, body);
      return sendJson(res, result.ok ? 200 : (STATUS[result.error.code] ?? 422), result);
    }
    if (req.method === 'GET' && url.pathname === '/api/events') return streamEvents(req, res);
    if (req.method === 'PUT' && url.pathname === '/api/files') return receiveUpload(req, res, url);
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
    if (declared > LIMITS.upload) throw tooLarge();
    const target = options.core.context.files.tempPath(name);
    let received = 0;
    req.on('data', (chunk: Buffer) => {
      received += chunk.length;
      if (received > LIMITS.upload) req.destroy(tooLarge());
    });
    try {
      await pipeline(req, fs.createWriteStream(target, { flags: 'wx' }));
    } catch (error) {
      fs.rmSync(target, { force: true });
      throw error instanceof HttpError ? error : tooLarge();
    }
    sendJson(res, 200, { ok: true, result: options.core.context.files.register(target, name, true) });
  }

  function sendFile(res: http.ServerResponse, fileId: string): void {
    const entry = options.core.context.files.resolve(decodeURIComponent(fileId));
    res.writeHead(200, {
      ...securityHeaders(),
      'Content-Type': 'application/octet-stream',
      'Content-Length': entry.size,
      'Content-Disposition': `attachment; filename*=UTF-8''${encodeURIComponent(entry.name)}`,
    });
    fs.createReadStream(entry.path).pipe(res);
  }

  function serveStatic(pathname: string, req: http.IncomingMessage, res: http.ServerResponse): void {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      throw new HttpError(405, { code: 'METHOD', message: 'Metode tidak diizinkan.' });
    }
    const relative = decodeURIComponent(pathname === '/' ? '/index.html' : pathname);
    const file = path.resolve(rendererDir, `.${relative}`);
    const inside = file.startsWith(rendererDir + path.sep);
    const target = inside && fs.existsSync(file) && fs.statSync(file).isFile() ? file : path.join(rendererDir, 'index.html');
    if (!fs.existsSync(target)) {
      res.writeHead(503, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Tampilan Cakap belum dibangun. Jalankan: npm run build');
      return;
    }
    res.writeHead(200, {
      ...securityHeaders(),
      'Content-Type': MIME[path.extname(target)] ?? 'application/octet-stream',
      'Cache-Control': target.endsWith('index.html') ? 'no-store' : 'max-age=3600',
    });
    if (req.method === 'HEAD') res.end();
    else fs.createReadStream(target).pipe(res);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as { port: number }).port;
  server.requestTimeout = 0; // uploads of big lists can take minutes
  server.headersTimeout = 30_000;

  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    port,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function tooLarge(): HttpError {
  return new HttpError(413, { code: 'TOO_LARGE', message: 'Berkas terlalu besar untuk diunggah (batas 512 MB).' });
}

function sameToken(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && crypto.timingSafeEqual(a, b);
}

async function readJson(req: http.IncomingMessage): Promise<unknown> {
  if (!String(req.headers['content-type'] ?? '').startsWith('application/json')) {
    throw new HttpError(415, { code: ERROR_CODES.invalidInput, message: 'Permintaan harus berupa JSON.' });
  }
  const tooBig = new HttpError(413, { code: 'TOO_LARGE', message: 'Permintaan terlalu besar.' });
  if (Number(req.headers['content-length'] ?? 0) > LIMITS.jsonBody) {
    req.resume();
    throw tooBig;
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    // Past the limit the rest is read and dropped, so the client gets its 413 instead of a reset.
    if (size <= LIMITS.jsonBody) chunks.push(chunk);
  }
  if (size > LIMITS.jsonBody) throw tooBig;
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

function sendJson(res: http.ServerResponse, status: number, body: unknown): void {
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
  });
  res.end(text);
}
