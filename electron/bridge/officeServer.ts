import type { Core } from '../core/app/core';
import { startBridge, type Bridge } from './server';

/**
 * Kantor bersama, served by the door that holds the database (the desktop app, `cakap serve
 * --office`): starts the HTTPS bridge when the office turns it on, moves it when the address or port
 * changes, stops it when turned off, and tells the core where it runs or why it could not start
 * (Pengaturan shows it).
 */
export interface OfficeServer {
  /** Starts, moves or stops the server to match the settings (or `override`); the URL, or null when off. */
  apply(): Promise<string | null>;
  close(): Promise<void>;
}

export function officeServer(core: Core, rendererDir: string, options: { override?: { host: string; port: number }; log?: (line: string) => void } = {}): OfficeServer {
  let bridge: Bridge | null = null;
  let running: string | null = null;
  let queue: Promise<unknown> = Promise.resolve();

  async function apply(): Promise<string | null> {
    const report = (url: string | null, error: string | null) => (core.context.officeServer = { url, error });
    let config;
    try {
      config = await core.officeServerConfig(options.override);
    } catch (error) {
      await stop();
      report(null, error instanceof Error ? error.message : String(error));
      return null;
    }
    const wanted = config && `${config.host}:${config.port}:${config.certificate.fingerprint}`;
    if (wanted === running) return bridge?.url ?? null;
    await stop();
    report(null, null);
    if (!config) return null;
    try {
      bridge = await startBridge({ core, rendererDir, port: config.port, office: { host: config.host, key: config.certificate.key, cert: config.certificate.cert } });
    } catch (error) {
      const code = (error as { code?: string }).code;
      const message =
        code === 'EADDRINUSE'
          ? `Port ${config.port} di alamat ${config.host} sedang dipakai program lain; pilih port lain.`
          : code === 'EADDRNOTAVAIL'
            ? `Alamat ${config.host} tidak lagi dimiliki komputer ini; pilih alamat lain di Pengaturan › Kantor bersama.`
            : `Kantor bersama tidak dapat dijalankan: ${error instanceof Error ? error.message : String(error)}`;
      report(null, message);
      throw Object.assign(new Error(message), { code });
    }
    running = wanted;
    report(bridge.url, null);
    options.log?.(`Kantor bersama berjalan di ${bridge.url} (sidik jari sertifikat SHA-256 ${config.certificate.fingerprint}).`);
    return bridge.url;
  }

  async function stop(): Promise<void> {
    const closing = bridge;
    bridge = null;
    running = null;
    await closing?.close();
  }

  // One change at a time: a quick off-and-on applies in order.
  const serialized = () => (queue = queue.then(apply, apply));
  const unsubscribe = options.override ? () => undefined : core.onEvent((event) => {
    if (event.type === 'sharing.changed') serialized().catch(() => undefined);
  });

  return {
    apply: () => serialized() as Promise<string | null>,
    async close() {
      unsubscribe();
      await queue.catch(() => undefined);
      await stop();
    },
  };
}
