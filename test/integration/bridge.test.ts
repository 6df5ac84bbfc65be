import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startBridge, type Bridge } from '../../electron/bridge/server';
import { methodNames } from '../../shared/contract';
import type { Core } from '../../electron/core/app/core';
import { newCore } from '../helpers/core';
import { tempDir } from '../helpers/temp';

let core: Core;
let bridge: Bridge;
let rendererDir: string;

beforeEach(async () => {
  core = await newCore();
  rendererDir = tempDir();
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Cakap</title>');
  bridge = await startBridge({ core, rendererDir });
});

afterEach(async () => {
  await bridge.close();
});

/** A raw HTTP request, so the test controls Host and Origin the way a hostile page could. */
function request(
  pathname: string,
  options: { method?: string; headers?: Record<string, string>; body?: string | Buffer; chunks?: Buffer[]; port?: number } = {},
): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port: options.port ?? bridge.port, path: pathname, method: options.method ?? 'GET', headers: options.headers },
      (res) => {
        let body = '';
        res.on('data', (d: Buffer) => (body += d.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    if (options.body) req.write(options.body);
    for (const chunk of options.chunks ?? []) req.write(chunk);
    req.end();
  });
}

const json = (token?: string) => ({
  'Content-Type': 'application/json',
  ...(token ? { 'X-Cakap-Token': token } : {}),
});

describe('browser mode bridge', () => {
  it('listens on 127.0.0.1 only and prints a URL with its token', () => {
    expect(bridge.url).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${bridge.port}/\\?token=[A-Za-z0-9_-]{32}$`));
  });

  it('answers 401 in Indonesian to an API call without the token or with a wrong one', async () => {
    const none = await request('/api/call/settings.get', { method: 'POST', headers: json(), body: '{}' });
    expect(none.status).toBe(401);
    expect(JSON.parse(none.body).error.message).toContain('Akses ditolak');
    const wrong = await request('/api/call/settings.get', { method: 'POST', headers: json('x'.repeat(32)), body: '{}' });
    expect(wrong.status).toBe(401);
  });

  it('runs any contract method with the token, validating its input', async () => {
    const ok = await request('/api/call/settings.get', { method: 'POST', headers: json(bridge.token), body: '{}' });
    expect(ok.status).toBe(200);
    expect(JSON.parse(ok.body).result.regencyName).toBe('Kabupaten Solok Selatan');

    const bad = await request('/api/call/targets.set', { method: 'POST', headers: json(bridge.token), body: '{"year":2025,"percent":101}' });
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.body).error).toEqual({ code: 'INVALID_INPUT', message: 'Target tidak boleh lebih dari 100 %.' });

    const unknown = await request('/api/call/workers.deleteAll', { method: 'POST', headers: json(bridge.token), body: '{}' });
    expect(unknown.status).toBe(404);
  });

  it('refuses another Host (DNS rebinding) and another Origin (cross-site calls)', async () => {
    const rebinding = await request('/api/call/settings.get', {
      method: 'POST',
      headers: { ...json(bridge.token), Host: `evil.example:${bridge.port}` },
      body: '{}',
    });
    expect(rebinding.status).toBe(421);
    const crossSite = await request('/api/call/settings.get', {
      method: 'POST',
      headers: { ...json(bridge.token), Origin: 'http://evil.example' },
      body: '{}',
    });
    expect(crossSite.status).toBe(403);
    const sameSite = await request('/api/call/settings.get', {
      method: 'POST',
      headers: { ...json(bridge.token), Origin: `http://127.0.0.1:${bridge.port}` },
      body: '{}',
    });
    expect(sameSite.status).toBe(200);
  });

  it('limits the size of a JSON request and refuses bodies that are not JSON', async () => {
    const huge = await request('/api/call/settings.get', { method: 'POST', headers: json(bridge.token), body: `{"x":"${'a'.repeat(3 * 1024 * 1024)}"}` });
    expect(huge.status).toBe(413);
    const notJson = await request('/api/call/settings.get', { method: 'POST', headers: json(bridge.token), body: '{bukan json' });
    expect(notJson.status).toBe(400);
  });

  it('accepts an upload and lets a method read it by file id', async () => {
    const upload = await request('/api/files?name=bps.csv', {
      method: 'PUT',
      headers: { 'X-Cakap-Token': bridge.token, 'Content-Type': 'application/octet-stream' },
      body: 'Kecamatan,Penduduk Bekerja\nSangir,19512\n',
    });
    expect(upload.status).toBe(200);
    const { fileId, name } = JSON.parse(upload.body).result;
    expect(name).toBe('bps.csv');
    const imported = await request('/api/call/workforce.importFile', {
      method: 'POST',
      headers: json(bridge.token),
      body: JSON.stringify({ fileId, year: 2025 }),
    });
    expect(JSON.parse(imported.body).result).toMatchObject({ saved: 1, total: 19512 });
  });

  it('serves the renderer with a strict Content-Security-Policy and nothing outside its folder', async () => {
    const page = await request('/');
    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect(page.headers['content-security-policy']).not.toContain("script-src 'self' 'unsafe-inline'");
    const escape = await request('/..%2f..%2fpackage.json');
    expect(escape.body).not.toContain('"name"');
  });

  it('every API address needs the token: each method, the upload, the download and unknown addresses', async () => {
    for (const method of methodNames) {
      const response = await request(`/api/call/${method}`, { method: 'POST', headers: json(), body: '{}' });
      expect(response.status, method).toBe(401);
    }
    const exported = core.context.files.tempPath('ekspor.xlsx');
    fs.writeFileSync(exported, 'isi ekspor');
    const { fileId } = core.context.files.register(exported, 'ekspor.xlsx', true);
    const refused = [
      await request('/api/files?name=a.csv', { method: 'PUT', headers: { 'Content-Type': 'application/octet-stream' }, body: 'a,b\n' }),
      await request(`/api/files/${fileId}`),
      await request(`/api/files/${fileId}?token=${'x'.repeat(bridge.token.length)}`),
      await request('/api/tidak-ada'),
      await request('/api/call/settings.get?token=', { method: 'POST', headers: json(), body: '{}' }),
    ];
    expect(refused.map((r) => r.status)).toEqual([401, 401, 401, 401, 401]);
    expect(refused.every((r) => !r.body.includes('isi ekspor'))).toBe(true);
    const download = await request(`/api/files/${fileId}?token=${bridge.token}`);
    expect(download.status).toBe(200);
    expect(download.body).toBe('isi ekspor');
    expect(download.headers['content-disposition']).toBe("attachment; filename*=UTF-8''ekspor.xlsx");
  });

  it('downloads only what Cakap made or received, never a file registered in place or an unknown id', async () => {
    const own = path.join(tempDir(), 'data-pribadi.csv');
    fs.writeFileSync(own, 'NIK rahasia');
    const { fileId } = core.context.files.register(own);
    const inPlace = await request(`/api/files/${fileId}?token=${bridge.token}`);
    expect(inPlace.status).toBe(404);
    expect(inPlace.body).not.toContain('NIK rahasia');
    expect((await request(`/api/files/%E0%A4%A?token=${bridge.token}`)).status).toBe(404);
    expect((await request(`/api/files/bukan-id?token=${bridge.token}`)).status).toBe(404);
  });

  it('static files answer only to our own Host and Origin', async () => {
    expect((await request('/', { headers: { Host: `evil.example:${bridge.port}` } })).status).toBe(421);
    expect((await request('/index.html', { headers: { Host: 'evil.example' } })).status).toBe(421);
    expect((await request('/', { headers: { Origin: 'http://evil.example' } })).status).toBe(403);
    expect((await request('/', { headers: { Origin: `http://localhost:${bridge.port}` } })).status).toBe(200);
  });

  it('static paths that try to leave the renderer folder are refused, however they are written', async () => {
    fs.writeFileSync(path.join(path.dirname(rendererDir), 'rahasia.txt'), 'RAHASIA KANTOR');
    const secret = `${path.basename(path.dirname(rendererDir))}`;
    const attempts = [
      '/../rahasia.txt',
      '/..%2frahasia.txt',
      '/%2e%2e%2frahasia.txt',
      '/%2e%2e/rahasia.txt',
      '/..%5crahasia.txt',
      '/..\\rahasia.txt',
      '/%00../rahasia.txt',
      '/%E0%A4%A',
      `/..%2f..%2f${secret}%2frahasia.txt`,
    ];
    for (const attempt of attempts) {
      const response = await request(attempt);
      expect(response.body, attempt).not.toContain('RAHASIA KANTOR');
      expect([200, 403], attempt).toContain(response.status);
    }
    expect((await request('/..%2frahasia.txt')).status).toBe(403);
    expect((await request('/..%5crahasia.txt')).status).toBe(403);
  });
});

describe('browser mode uploads', () => {
  it('an upload over the limit gets 413 in Indonesian and leaves no file behind, with or without a declared size', async () => {
    const small = await startBridge({ core, rendererDir, limits: { upload: 1024 } });
    try {
      const headers = { 'X-Cakap-Token': small.token, 'Content-Type': 'application/octet-stream' };
      const declared = await request('/api/files?name=besar.xlsx', { method: 'PUT', headers, body: Buffer.alloc(4096, 1), port: small.port });
      expect(declared.status).toBe(413);
      expect(JSON.parse(declared.body).error.message).toBe('Berkas terlalu besar untuk diunggah (batas 1 MB).');

      // No Content-Length (chunked): the bridge counts the bytes itself.
      const chunked = await request('/api/files?name=besar.xlsx', {
        method: 'PUT',
        headers: { ...headers, 'Transfer-Encoding': 'chunked' },
        chunks: [Buffer.alloc(800, 1), Buffer.alloc(800, 1), Buffer.alloc(800, 1)],
        port: small.port,
      });
      expect(chunked.status).toBe(413);

      const uploads = path.dirname(core.context.files.tempPath('probe'));
      expect(fs.existsSync(uploads) ? fs.readdirSync(uploads) : []).toEqual([]);

      const fits = await request('/api/files?name=kecil.csv', { method: 'PUT', headers, body: Buffer.alloc(1000, 65), port: small.port });
      expect(fits.status).toBe(200);
      expect(JSON.parse(fits.body).result).toMatchObject({ name: 'kecil.csv', size: 1000 });
    } finally {
      await small.close();
    }
  });
});
