import { parseArgs, type ParseArgsConfig } from 'node:util';

type ParseArgsOptionsConfig = NonNullable<ParseArgsConfig['options']>;

/** A CLI failure: one Indonesian line on stderr and this exit code. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 2,
  ) {
    super(message);
  }
}

export interface Command<O extends ParseArgsOptionsConfig = ParseArgsOptionsConfig> {
  name: string;
  summary: string;
  usage: string;
  /** Lines under the usage: what each option means. */
  details: string[];
  options: O;
  /** How many file arguments the command takes. */
  positionals: { min: number; max: number; label?: string };
  run(args: { values: ParsedValues<O>; positionals: string[] }): Promise<number | void>;
}

type ParsedValues<O extends ParseArgsOptionsConfig> = {
  [K in keyof O]?: O[K] extends { type: 'boolean' } ? boolean : string;
};

export function defineCommand<O extends ParseArgsOptionsConfig>(command: Command<O>): Command<O> {
  return command;
}

export function helpText(command: Command): string {
  return [`${command.summary}`, '', `Pemakaian: npm run cakap -- ${command.usage}`, '', ...command.details].join('\n');
}

/** Parses argv strictly; unknown options and missing values become Indonesian one-liners. */
export function parseCommandArgs<O extends ParseArgsOptionsConfig>(command: Command<O>, argv: string[]) {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: command.options, allowPositionals: true, strict: true });
  } catch (error) {
    const code = (error as { code?: string }).code;
    const text = error instanceof Error ? error.message : String(error);
    const option = /'([^']+)'/.exec(text)?.[1] ?? '';
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
      throw new CliError(`Opsi ${option} tidak dikenal untuk perintah ${command.name}. Lihat: npm run cakap -- ${command.name} --help`);
    }
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
      throw new CliError(`Opsi ${option.split(' ')[0]} perlu nilai. Lihat: npm run cakap -- ${command.name} --help`);
    }
    throw new CliError(`Argumen tidak dapat dibaca: ${text}`);
  }
  const { min, max, label } = command.positionals;
  if (parsed.positionals.length < min) {
    throw new CliError(`Perintah ${command.name} perlu ${label ?? 'berkas'}. Lihat: npm run cakap -- ${command.name} --help`);
  }
  if (parsed.positionals.length > max) {
    throw new CliError(`Terlalu banyak argumen untuk ${command.name}: ${parsed.positionals.slice(max).join(' ')}`);
  }
  return { values: parsed.values as ParsedValues<O>, positionals: parsed.positionals };
}

export function requireOption(value: string | undefined, option: string, command: string): string {
  if (value === undefined || value === '') {
    throw new CliError(`Opsi --${option} wajib diisi untuk perintah ${command}. Lihat: npm run cakap -- ${command} --help`);
  }
  return value;
}

export function parseYear(value: string | undefined, command: string): number {
  const text = requireOption(value, 'year', command);
  if (!/^\d{4}$/.test(text)) throw new CliError(`Tahun "${text}" tidak valid; tulis empat angka, misalnya 2025.`);
  return Number(text);
}

/** A required "YYYY-MM" option. */
export function parseMonthOption(value: string | undefined, option: string, command: string): string {
  const text = requireOption(value, option, command);
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(text)) throw new CliError(`--${option} "${text}" bukan bulan; tulis TTTT-BB, misalnya 2026-01.`);
  return text;
}
