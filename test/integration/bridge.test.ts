import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startBridge, type Bridge } from '../../electron/bridge/server';
import type { Core } from '../../electron/core/core';
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
  options: { method?: string; headers?: Record<string, string>; body?: string | Buffer } = {},
): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port: bridge.port, path: pathname, method: options.method ?? 'GET', headers: options.headers },
      (res) => {
        let body = '';
        res.on('data', (d: Buffer) => (body += d.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    if (options.body) req.write(options.body);
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
});
