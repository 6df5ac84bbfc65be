import { createRequire } from 'node:module';
import path from 'node:path';
import type * as PdfMakeModule from 'pdfmake';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';

/**
 * pdfmake 0.3 on the server, set up once: the Roboto fonts shipped inside pdfmake, no network at
 * all, and local file access limited to exactly those four font files (images come as data: URLs).
 */
const require = createRequire(import.meta.url);
type PdfMake = typeof PdfMakeModule;

const FONT_DIR = path.join(path.dirname(require.resolve('pdfmake/package.json')), 'fonts', 'Roboto');
const FONTS = {
  Roboto: {
    normal: path.join(FONT_DIR, 'Roboto-Regular.ttf'),
    bold: path.join(FONT_DIR, 'Roboto-Medium.ttf'),
    italics: path.join(FONT_DIR, 'Roboto-Italic.ttf'),
    bolditalics: path.join(FONT_DIR, 'Roboto-MediumItalic.ttf'),
  },
};
const ALLOWED_FILES = new Set(Object.values(FONTS.Roboto).map((file) => path.resolve(file)));

let instance: PdfMake | null = null;

function pdfmake(): PdfMake {
  if (!instance) {
    instance = require('pdfmake') as PdfMake;
    instance.setFonts(FONTS);
    instance.setUrlAccessPolicy(() => false);
    instance.setLocalAccessPolicy((file) => ALLOWED_FILES.has(path.resolve(file)));
  }
  return instance;
}

/** Whether pdfmake may read this local file (only the report's fonts). Exposed for the tests. */
export function pdfLocalAccessAllowed(file: string): boolean {
  return ALLOWED_FILES.has(path.resolve(file));
}

export async function writePdf(doc: TDocumentDefinitions, file: string): Promise<void> {
  await pdfmake().createPdf({ ...doc, defaultStyle: { font: 'Roboto', ...doc.defaultStyle } }).write(file);
}

export async function pdfBuffer(doc: TDocumentDefinitions): Promise<Buffer> {
  return pdfmake().createPdf({ ...doc, defaultStyle: { font: 'Roboto', ...doc.defaultStyle } }).getBuffer();
}
