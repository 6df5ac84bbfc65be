import { openZipEntry, readZipDirectory } from '../../electron/core/spreadsheet/xlsxGuard';

/** One part of a zip (an .xlsx) as text, read with the app's own zip reader. */
export async function zipEntryText(file: string, name: string): Promise<string> {
  const entry = readZipDirectory(file).find((e) => e.name === name);
  if (!entry) throw new Error(`${name} not in ${file}`);
  const chunks: Buffer[] = [];
  for await (const chunk of openZipEntry(file, entry) as AsyncIterable<Buffer>) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}
