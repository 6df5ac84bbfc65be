import { ApiCallError, ERROR_CODES } from '../../shared/contract/errors';
import { CliError, helpText, parseCommandArgs, type Command } from './command';
import { bpjsCommand } from './commands/bpjs';
import { complianceCommand, employersCommand, projectsCommand } from './commands/compliance';
import { demoCommand } from './commands/demo';
import { billCommand, claimsCommand, financeCommand, paymentCommand, registrationCommand } from './commands/finance';
import { importCommand } from './commands/import';
import { planCommand } from './commands/plans';
import { programCommand } from './commands/programs';
import { backupCommand, restoreCommand } from './commands/backups';
import { initCommand } from './commands/init';
import { packageCommand } from './commands/package';
import { provinceCommand, provinceReportCommand } from './commands/province';
import { reportCommand } from './commands/report';
import { serveCommand } from './commands/serve';
import { targetCommand } from './commands/targets';
import { templateCommand } from './commands/templates';
import { userCommand } from './commands/users';
import { workforceCommand } from './commands/workforce';

/**
 * `cakap`, the command line: the same core and contract as the desktop app, for scripts, tests
 * and demos. Errors are one Indonesian line on stderr and a non-zero exit code.
 */
const commands: Command[] = [
  initCommand,
  workforceCommand,
  targetCommand,
  importCommand,
  programCommand,
  bpjsCommand,
  reportCommand,
  planCommand,
  employersCommand,
  projectsCommand,
  complianceCommand,
  registrationCommand,
  billCommand,
  paymentCommand,
  claimsCommand,
  financeCommand,
  serveCommand,
  backupCommand,
  restoreCommand,
  demoCommand,
  templateCommand,
  userCommand,
  packageCommand,
  provinceCommand,
  provinceReportCommand,
] as unknown as Command[];

function generalHelp(): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return [
    'Cakap — capaian Universal Coverage Jamsostek kabupaten.',
    '',
    'Pemakaian: npm run cakap -- PERINTAH [OPSI]',
    '',
    'Perintah:',
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Bantuan satu perintah: npm run cakap -- PERINTAH --help',
  ].join('\n');
}

export async function runCli(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    console.log(generalHelp());
    return 0;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    console.error(`Perintah "${name}" tidak dikenal. Lihat daftar perintah: npm run cakap -- --help`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    console.log(helpText(command));
    return 0;
  }
  try {
    const args = parseCommandArgs(command, rest);
    return (await command.run(args)) ?? 0;
  } catch (error) {
    if (error instanceof CliError) {
      console.error(error.message);
      return error.exitCode;
    }
    if (error instanceof ApiCallError) {
      console.error(error.message);
      return error.code === ERROR_CODES.internal ? 1 : 2;
    }
    console.error(`Kesalahan internal Cakap: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}
