import { execFileSync } from 'node:child_process';

/** The text of a PDF as poppler's pdftotext reads it (layout mode keeps table rows on one line). */
export function pdfText(file: string, options: { layout?: boolean; first?: number; last?: number } = {}): string {
  const args = [...(options.layout === false ? [] : ['-layout']), ...(options.first ? ['-f', String(options.first)] : []), ...(options.last ? ['-l', String(options.last)] : [])];
  return execFileSync('pdftotext', [...args, file, '-'], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
}

/** pdfinfo's answers: page count, page size in points, and the document title. */
export function pdfInfo(file: string): { pages: number; width: number; height: number; title: string } {
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const size = /Page size:\s+([\d.]+) x ([\d.]+)/.exec(info)!;
  return {
    pages: Number(/Pages:\s+(\d+)/.exec(info)![1]),
    width: Number(size[1]),
    height: Number(size[2]),
    title: /Title:\s+(.*)/.exec(info)?.[1]?.trim() ?? '',
  };
}

export interface PdfWord {
  page: number;
  xMin: number;
  xMax: number;
  yMin: number;
  yMax: number;
  text: string;
}

/** Every word of a PDF with its box in points, from pdftotext -bbox. */
export function pdfWords(file: string): PdfWord[] {
  const html = execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const words: PdfWord[] = [];
  let page = 0;
  for (const line of html.split('\n')) {
    if (line.includes('<page ')) page++;
    const m = /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*)<\/word>/.exec(line);
    if (m) words.push({ page, xMin: Number(m[1]), yMin: Number(m[2]), xMax: Number(m[3]), yMax: Number(m[4]), text: m[5]! });
  }
  return words;
}

/** The raster images a PDF shows (pdfimages -list, without their transparency masks); vector drawings add none. */
export function pdfImages(file: string): string[] {
  return execFileSync('pdfimages', ['-list', file], { encoding: 'utf8' })
    .split('\n')
    .slice(2)
    .filter((line) => line.trim().split(/\s+/)[2] === 'image');
}
