import { DEFAULT_OFFICE_PORT } from '../../../shared/contract/sharing';
import { officeServer } from '../../bridge/officeServer';
import { startBridge } from '../../bridge/server';
import type { Core } from '../../core/app/core';
import { rendererDir } from '../../core/platform/paths';
import { defineCommand, CliError, requireOption } from '../command';
import { openCore } from '../openCore';
import { ensureRendererBuilt } from '../rendererBuild';

export const serveCommand = defineCommand({
  name: 'serve',
  summary: 'Menjalankan Cakap di peramban: untuk komputer ini saja (127.0.0.1), atau dengan --office untuk rekan kerja lewat jaringan kantor.',
  usage: 'serve --db BERKAS [--port NOMOR]\n       npm run cakap -- serve --db BERKAS --office [--host ALAMAT] [--port NOMOR]',
  details: [
    '  --db BERKAS     berkas basis data; dibuat bila belum ada',
    '  --port NOMOR    nomor port; bawaan: port bebas acak (mode peramban), 8443 (kantor bersama)',
    '  --office        kantor bersama: HTTPS dengan sertifikat komputer ini, setiap rekan masuk dengan akunnya',
    '                  (buat dengan: npm run cakap -- user add ...); perannya membatasi apa yang boleh dilakukan',
    '  --host ALAMAT   (dengan --office) satu alamat jaringan komputer ini, misalnya 192.168.1.10;',
    '                  bawaan: alamat yang dipilih di Pengaturan › Kantor bersama. Tidak pernah 0.0.0.0.',
    '',
    'Tanpa --office, alamat yang dicetak memuat token akses acak; tanpa token itu API menolak semua permintaan.',
    'Bila tampilan belum dibangun (langsung sesudah npm ci) atau lebih tua dari kodenya, serve membangunnya dulu.',
    'Hentikan dengan Ctrl+C.',
  ],
  options: { db: { type: 'string' }, port: { type: 'string' }, office: { type: 'boolean' }, host: { type: 'string' } },
  positionals: { min: 0, max: 0 },
  async run({ values }) {
    const dbPath = requireOption(values.db, 'db', 'serve');
    const port = values.port === undefined ? (values.office ? DEFAULT_OFFICE_PORT : 0) : Number(values.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535) {
      throw new CliError(`Nomor port "${values.port}" tidak valid; pakai angka 1–65535.`);
    }
    if (values.host !== undefined && !values.office) throw new CliError('--host hanya dipakai bersama --office.');
    const core = await openCore(dbPath, { create: true });
    try {
      await ensureRendererBuilt((line) => console.log(line));
    } catch (error) {
      core.close();
      throw new CliError(`Tampilan Cakap tidak dapat dibangun: ${error instanceof Error ? error.message : String(error)}`, 1);
    }
    const stop = values.office ? await serveOffice(core, values.host, values.port === undefined ? undefined : port) : await serveHere(core, port);
    console.log('Hentikan dengan Ctrl+C.');
    await new Promise<void>((resolve) => {
      process.once('SIGINT', () => resolve());
      process.once('SIGTERM', () => resolve());
    });
    await stop();
    core.close();
  },
});

async function serveHere(core: Core, port: number): Promise<() => Promise<void>> {
  let bridge;
  try {
    bridge = await startBridge({ core, port, rendererDir: rendererDir() });
  } catch (error) {
    core.close();
    if ((error as { code?: string }).code === 'EADDRINUSE') throw new CliError(`Port ${port} sedang dipakai program lain; pilih port lain atau hapus --port.`);
    throw error;
  }
  console.log(`Cakap berjalan di ${bridge.url}`);
  console.log('Buka alamat itu di peramban.');
  // Kantor bersama, when the office turned it on in Pengaturan, runs beside this PC's own page.
  const office = officeServer(core, rendererDir(), { log: (line) => console.log(line) });
  await office.apply().catch((error: unknown) => console.error(error instanceof Error ? error.message : String(error)));
  return async () => {
    await office.close();
    await bridge.close();
  };
}

async function serveOffice(core: Core, host: string | undefined, port: number | undefined): Promise<() => Promise<void>> {
  const fail = (message: string): never => {
    core.close();
    throw new CliError(message);
  };
  const accounts = await core.invoke('users.list', {});
  if (!accounts.some((a) => a.active)) fail('Belum ada akun aktif untuk kantor bersama. Buat dulu: npm run cakap -- user add --db BERKAS --username NAMA --name "NAMA LENGKAP" --role admin');
  const status = await core.invoke('sharing.status', {});
  const override = host !== undefined ? { host, port: port ?? status.port } : port !== undefined && status.host ? { host: status.host, port } : undefined;
  if (!override && !status.enabled) fail('Kantor bersama belum dinyalakan di Pengaturan; pilih alamatnya dengan --host, misalnya --host 192.168.1.10.');
  const server = officeServer(core, rendererDir(), { override, log: (line) => console.log(line) });
  let url: string | null = null;
  try {
    url = await server.apply();
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error));
  }
  if (!url) fail(core.context.officeServer.error ?? 'Kantor bersama tidak dapat dijalankan.');
  console.log(`Rekan kerja membuka ${url} di peramban dan masuk dengan akunnya.`);
  console.log('Peramban akan memperingatkan sertifikat yang dibuat komputer ini sendiri: cocokkan sidik jarinya dengan yang tercetak di atas sebelum melanjutkan.');
  return () => server.close();
}
