import crypto from 'node:crypto';
import type http from 'node:http';
import { ERROR_CODES, type ApiError } from '../../shared/contract';
import { SESSION_MAX_HOURS, type Caller } from '../../shared/domain/accounts';
import type { Core } from '../core/app/core';

/**
 * Who may use a bridge, and as whom. Browser mode on one PC (`cakap serve`) is a random token in the
 * address: whoever has it is the person at this desk. Office mode (kantor bersama) is named
 * accounts: each browser signs in, keeps its session in a cookie the page's scripts cannot read,
 * and every call carries that account, whose role limits what it may do.
 */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly error: ApiError,
  ) {
    super(error.message);
  }
}

export interface Gate {
  scheme: 'http' | 'https';
  /** The Host headers a request may carry (host:port), so a page elsewhere cannot rebind a name to us. */
  hosts(port: number): Set<string>;
  /** Answers the gate's own routes (signing in and out); true when it did. */
  route(req: http.IncomingMessage, res: http.ServerResponse, url: URL, send: (status: number, body: unknown, headers?: Record<string, string>) => void): Promise<boolean>;
  /** The account behind an API request, null for the desk itself, or an HttpError 401. */
  caller(req: http.IncomingMessage, url: URL): Caller | null;
}

export function tokenGate(token: string): Gate {
  return {
    scheme: 'http',
    hosts: (port) => new Set([`127.0.0.1:${port}`, `localhost:${port}`]),
    route: async () => false,
    caller(req, url) {
      const given = String(req.headers['x-cakap-token'] ?? url.searchParams.get('token') ?? '');
      if (!sameSecret(given, token)) {
        throw new HttpError(401, {
          code: ERROR_CODES.unauthorized,
          message: 'Akses ditolak: token tidak ada atau salah. Buka Cakap dari alamat lengkap yang dicetak perintah serve.',
        });
      }
      return null;
    },
  };
}

export const SESSION_COOKIE = 'cakap_sesi';

/**
 * Failed sign-ins per address and minute: an account locks itself after five wrong passwords
 * (features/users/sessions.ts); this stops one PC from trying name after name. Successful sign-ins
 * do not count: an office behind one address (a router) may sign many colleagues in at once.
 */
const FAILURES_PER_MINUTE = 10;

export function accountGate(core: Core, host: string): Gate {
  const failures = new Map<string, number[]>();
  const recentFailures = (address: string) => {
    const now = Date.now();
    const recent = (failures.get(address) ?? []).filter((t) => now - t < 60_000);
    failures.set(address, recent);
    return recent;
  };
  const cookie = (token: string, maxAge: number) => `${SESSION_COOKIE}=${token}; HttpOnly; Secure; SameSite=Strict; Path=/; Max-Age=${maxAge}`;
  return {
    scheme: 'https',
    hosts: (port) => new Set([`${host}:${port}`, ...(host === '127.0.0.1' ? [`localhost:${port}`] : [])]),
    async route(req, res, url, send) {
      if (url.pathname !== '/api/session') return false;
      if (req.method === 'POST') {
        const address = req.socket.remoteAddress ?? null;
        if (recentFailures(address ?? '').length >= FAILURES_PER_MINUTE) {
          send(429, { ok: false, error: { code: 'TOO_MANY_ATTEMPTS', message: 'Terlalu banyak percobaan masuk dari komputer ini; tunggu satu menit lalu coba lagi.' } });
          return true;
        }
        const body = (await readBody(req)) as { username?: unknown; password?: unknown };
        const result = await core.sessions.signIn(String(body.username ?? ''), String(body.password ?? ''), address);
        if (!result.ok) {
          recentFailures(address ?? '').push(Date.now());
          send(401, { ok: false, error: { code: ERROR_CODES.loginRequired, message: result.message } });
          return true;
        }
        // The browser keeps the cookie for the longest a session may last; the server ends it sooner
        // when it goes unused (sessions.ts), so a colleague at work is never signed out mid-task.
        const maxAge = SESSION_MAX_HOURS * 3600;
        const me = await core.call('users.current', {}, result.caller);
        send(200, me, { 'Set-Cookie': cookie(result.token, maxAge) });
        return true;
      }
      if (req.method === 'DELETE') {
        const token = sessionToken(req);
        if (token) core.sessions.signOut(token);
        send(200, { ok: true, result: { ok: true } }, { 'Set-Cookie': cookie('', 0) });
        return true;
      }
      return false;
    },
    caller(req) {
      const caller = core.sessions.resume(sessionToken(req));
      if (!caller) {
        throw new HttpError(401, { code: ERROR_CODES.loginRequired, message: 'Silakan masuk dengan akun Anda (sesi belum ada atau sudah berakhir).' });
      }
      return caller;
    },
  };
}

function sessionToken(req: http.IncomingMessage): string {
  for (const part of String(req.headers.cookie ?? '').split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === SESSION_COOKIE) return value.join('=');
  }
  return '';
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && crypto.timingSafeEqual(a, b);
}

async function readBody(req: http.IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > 16 * 1024) throw new HttpError(413, { code: 'TOO_LARGE', message: 'Permintaan terlalu besar.' });
    chunks.push(chunk);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as unknown;
  } catch {
    throw new HttpError(400, { code: ERROR_CODES.invalidInput, message: 'Isi permintaan bukan JSON yang sah.' });
  }
}
