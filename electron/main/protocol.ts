import { protocol } from 'electron';
import fs from 'node:fs/promises';
import { staticFileHeaders } from '../staticFiles';
import { resolveAppFile } from './appFiles';
import { APP_SCHEME } from './policy';

/** app:// is a standard, secure scheme so the renderer gets a real origin instead of file://. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true } }]);
}

/** Serves only files inside the built renderer folder (resolveAppFile), each with the strict CSP header. */
export function registerAppProtocol(rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const resolved = resolveAppFile(rendererDir, request.url);
    if (resolved.status === 403) return new Response('Dilarang', { status: 403 });
    if (resolved.status !== 200) return new Response('Tidak ditemukan', { status: 404 });
    try {
      const body = await fs.readFile(resolved.file);
      return new Response(body, { headers: staticFileHeaders(resolved.file) });
    } catch {
      return new Response('Tidak ditemukan', { status: 404 });
    }
  });
}
