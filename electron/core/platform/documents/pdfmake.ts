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

/** The four Roboto files inside the pdfmake package (the packaged-layout test looks for them in app.asar). */
export const FONT_FILES = {
  normal: 'fonts/Roboto/Roboto-Regular.ttf',
  bold: 'fonts/Roboto/Roboto-Medium.ttf',
  italics: 'fonts/Roboto/Roboto-Italic.ttf',
  bolditalics: 'fonts/Roboto/Roboto-MediumItalic.ttf',
} as const;
const PDFMAKE_DIR = path.dirname(require.resolve('pdfmake/package.json'));
const FONTS = {
  Roboto: {
    normal: path.join(PDFMAKE_DIR, FONT_FILES.normal),
    bold: path.join(PDFMAKE_DIR, FONT_FILES.bold),
    italics: path.join(PDFMAKE_DIR, FONT_FILES.italics),
    bolditalics: path.join(PDFMAKE_DIR, FONT_FILES.bolditalics),
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
