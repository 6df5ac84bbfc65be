import { ROLE_HINTS, ROLE_LABELS, ROLES, type Role } from '../../../shared/domain/accounts';
import { formatDateTime } from '../../../shared/domain/format';
import { CliError, defineCommand, requireOption } from '../command';
import { openCore } from '../openCore';

const SUBCOMMANDS = ['add', 'list', 'disable', 'enable', 'password'] as const;

/** A password from --password, or the first line on standard input (so it stays out of the command history). */
async function passwordOf(given: string | undefined): Promise<string> {
  if (given !== undefined) return given;
  if (process.stdin.isTTY) process.stderr.write('Kata sandi: ');
  let text = '';
  for await (const chunk of process.stdin) {
    text += String(chunk);
    if (text.includes('\n')) break;
  }
  const line = text.split(/\r?\n/)[0] ?? '';
  if (!line) throw new CliError('Kata sandi belum diberikan: pakai --password atau ketik di baris masukan.');
  return line;
}

export const userCommand = defineCommand({
  name: 'user',
  summary: 'Akun rekan kerja untuk kantor bersama: menambah (add), melihat (list), menonaktifkan (disable), mengaktifkan (enable), mengganti kata sandi (password).',
  usage: [
    'user add --db BERKAS --username NAMA --name "NAMA LENGKAP" --role PERAN [--password SANDI]',
    '       npm run cakap -- user list --db BERKAS [--json]',
    '       npm run cakap -- user disable|enable --db BERKAS --username NAMA',
    '       npm run cakap -- user password --db BERKAS --username NAMA [--password SANDI]',
  ].join('\n'),
  details: [
    '  --username NAMA   nama pengguna untuk masuk, misalnya siti.aminah (huruf, angka, titik, garis bawah, tanda hubung)',
    '  --name TEKS       nama lengkap, dicatat di log audit',
    `  --role PERAN      ${ROLES.map((r) => `${r} (${ROLE_LABELS[r].toLowerCase()}: ${ROLE_HINTS[r]})`).join('; ')}`,
    '  --password SANDI  paling sedikit 8 karakter; tanpa opsi ini kata sandi dibaca dari baris masukan',
    '  --json            (list) cetak daftar akun sebagai JSON',
    '',
    'Akun dipakai saat rekan kerja membuka Cakap dari peramban lewat jaringan kantor (serve --office).',
  ],
  options: {
    db: { type: 'string' },
    username: { type: 'string' },
    name: { type: 'string' },
    role: { type: 'string' },
    password: { type: 'string' },
    json: { type: 'boolean' },
  },
  positionals: { min: 1, max: 1, label: `sub-perintah: ${SUBCOMMANDS.join(', ')}` },
  async run({ values, positionals }) {
    const sub = positionals[0] as (typeof SUBCOMMANDS)[number];
    if (!SUBCOMMANDS.includes(sub)) throw new CliError(`Sub-perintah "${positionals[0]}" tidak dikenal; pakai ${SUBCOMMANDS.map((s) => `"user ${s}"`).join(', ')}.`);
    const dbPath = requireOption(values.db, 'db', `user ${sub}`);
    if (sub === 'add') {
      const username = requireOption(values.username, 'username', 'user add');
      const fullName = requireOption(values.name, 'name', 'user add');
      const role = requireOption(values.role, 'role', 'user add');
      if (!(ROLES as readonly string[]).includes(role)) throw new CliError(`Peran "${role}" tidak dikenal; pakai admin, operator atau reader.`);
      const password = await passwordOf(values.password);
      const core = await openCore(dbPath);
      try {
        const account = await core.invoke('users.add', { username, fullName, role: role as Role, password });
        console.log(`Akun ${account.username} (${account.fullName}, ${ROLE_LABELS[account.role].toLowerCase()}) dibuat.`);
      } finally {
        core.close();
      }
      return;
    }
    const core = await openCore(dbPath);
    try {
      if (sub === 'list') {
        const accounts = await core.invoke('users.list', {});
        if (values.json) {
          process.stdout.write(`${JSON.stringify(accounts)}\n`);
          return;
        }
        if (accounts.length === 0) console.log('Belum ada akun. Tambah dengan: npm run cakap -- user add --db BERKAS --username NAMA --name "NAMA LENGKAP" --role operator');
        for (const a of accounts) {
          const state = a.active ? (a.lockedUntil ? `dikunci sampai ${formatDateTime(a.lockedUntil)}` : 'aktif') : `nonaktif sejak ${formatDateTime(a.disabledAt!)}`;
          console.log(`${a.username.padEnd(20)} ${ROLE_LABELS[a.role].padEnd(9)} ${a.fullName} (${state})`);
        }
        return;
      }
      const username = requireOption(values.username, 'username', `user ${sub}`);
      const account = (await core.invoke('users.list', {})).find((a) => a.username.toLowerCase() === username.toLowerCase());
      if (!account) throw new CliError(`Akun "${username}" tidak ada. Lihat daftarnya: npm run cakap -- user list --db ${dbPath}`);
      if (sub === 'password') {
        await core.invoke('users.resetPassword', { id: account.id, password: await passwordOf(values.password) });
        console.log(`Kata sandi ${account.username} diganti; sesinya yang terbuka berakhir.`);
        return;
      }
      await core.invoke('users.setActive', { id: account.id, active: sub === 'enable' });
      console.log(sub === 'enable' ? `Akun ${account.username} aktif lagi.` : `Akun ${account.username} dinonaktifkan; sesinya yang terbuka berakhir.`);
    } finally {
      core.close();
    }
  },
});
