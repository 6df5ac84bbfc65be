import { startBridge } from '../../bridge/server';
import { rendererDir } from '../../core/platform/paths';
import { defineCommand, CliError, requireOption } from '../command';
import { openCore } from '../openCore';
import { ensureRendererBuilt } from '../rendererBuild';

export const serveCommand = defineCommand({
  name: 'serve',
  summary: 'Menjalankan Cakap di peramban (mode browser), hanya untuk komputer ini (127.0.0.1).',
  usage: 'serve --db BERKAS [--port NOMOR]',
  details: [
    '  --db BERKAS     berkas basis data; dibuat bila belum ada',
    '  --port NOMOR    nomor port, bawaan: port bebas yang dipilih acak',
    '',
    'Alamat yang dicetak memuat token akses acak; tanpa token itu API menolak semua permintaan.',
    'Bila tampilan belum dibangun (langsung sesudah npm ci) atau lebih tua dari kodenya, serve membangunnya dulu.',
    'Hentikan dengan Ctrl+C.',
  ],
  options: { db: { type: 'string' }, port: { type: 'string' } },
  positionals: { min: 0, max: 0 },
  async run({ values }) {
    const dbPath = requireOption(values.db, 'db', 'serve');
    const port = values.port === undefined ? 0 : Number(values.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535) {
      throw new CliError(`Nomor port "${values.port}" tidak valid; pakai angka 1–65535.`);
    }
    const core = await openCore(dbPath, { create: true });
    let bridge;
    try {
      await ensureRendererBuilt((line) => console.log(line));
    } catch (error) {
      core.close();
      throw new CliError(`Tampilan Cakap tidak dapat dibangun: ${error instanceof Error ? error.message : String(error)}`, 1);
    }
    try {
      bridge = await startBridge({ core, port, rendererDir: rendererDir() });
    } catch (error) {
      core.close();
      const code = (error as { code?: string }).code;
      if (code === 'EADDRINUSE') throw new CliError(`Port ${port} sedang dipakai program lain; pilih port lain atau hapus --port.`);
      throw error;
    }
    console.log(`Cakap berjalan di ${bridge.url}`);
    console.log('Buka alamat itu di peramban. Hentikan dengan Ctrl+C.');
    await new Promise<void>((resolve) => {
      const stop = () => resolve();
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
    await bridge.close();
    core.close();
  },
});
