import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { once } from 'node:events';
import type { Readable } from 'node:stream';
import type * as PdfMakeModule from 'pdfmake';
import type { Content, StyleDictionary, TDocumentDefinitions } from 'pdfmake/interfaces';

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

/**
 * A PDF written to its file page by page, for documents of thousands of pages (a letter for every open
 * compliance case). pdfmake 0.3 lays out a whole document in memory before it writes a byte (about
 * 160 KB of layout per one-page letter: a thousand letters outgrew a 160 MB thread), and its maintainers
 * point to splitting the work (bpampuch/pdfmake#1652, #2540). Here each part (a letter) is laid out on
 * its own by pdfmake's own layout engine and renderer into ONE pdfkit document piped to the file, so
 * pdfkit writes each page out as the next one begins: memory holds one part's layout, whatever the
 * count, and the file has one set of fonts. These are pdfmake's modules behind `createPdf` (the same
 * steps as its Printer.createPdfKitDocument, without a header, footer or watermark, which a part-wise
 * layout cannot number), so pdfmake is pinned to the version they were read from (package.json).
 */
export interface PdfStream {
  /** Lays out one part on new pages and writes them; waits while the file is behind. Returns the part's page count. */
  add(content: Content[]): Promise<number>;
  /** Finishes the file (fonts, page tree, cross-reference table). */
  close(): Promise<void>;
  /** Stops writing and deletes the unfinished file. */
  abort(): Promise<void>;
}

interface PdfKitDocument extends Readable {
  end(): void;
}
type PdfmakeInternals = {
  PDFDocument: new (fonts: unknown, images: unknown, patterns: unknown, attachments: unknown, options: unknown, virtualfs: unknown, policy: (file: string) => boolean) => PdfKitDocument;
  LayoutBuilder: new (pageSize: unknown, margins: unknown, svgMeasure: unknown) => {
    registerTableLayouts(layouts: unknown): void;
    layoutDocument(content: unknown, doc: PdfKitDocument, styles: StyleDictionary, defaultStyle: unknown): { pageSize: unknown; items: unknown[] }[];
  };
  SVGMeasure: new () => unknown;
  Renderer: new (doc: PdfKitDocument) => { renderPages(pages: unknown[]): void };
  normalizePageSize(size: unknown, orientation: unknown): unknown;
  normalizePageMargin(margins: unknown): unknown;
  tableLayouts: unknown;
};

let internals: PdfmakeInternals | null = null;

function pdfmakeInternals(): PdfmakeInternals {
  if (!internals) {
    const load = (name: string) => require(`pdfmake/js/${name}`) as Record<string, unknown>;
    const pageSize = load('PageSize');
    internals = {
      PDFDocument: load('PDFDocument').default as PdfmakeInternals['PDFDocument'],
      LayoutBuilder: load('LayoutBuilder').default as PdfmakeInternals['LayoutBuilder'],
      SVGMeasure: load('SVGMeasure').default as PdfmakeInternals['SVGMeasure'],
      Renderer: load('Renderer').default as PdfmakeInternals['Renderer'],
      normalizePageSize: pageSize.normalizePageSize as PdfmakeInternals['normalizePageSize'],
      normalizePageMargin: pageSize.normalizePageMargin as PdfmakeInternals['normalizePageMargin'],
      tableLayouts: load('tableLayouts').tableLayouts,
    };
  }
  return internals;
}

/** pdfmake's own translation of `info` into the PDF's metadata keys (Title, Author, ...). */
function pdfInfo(info: TDocumentDefinitions['info']): Record<string, string> {
  const out: Record<string, string> = { Producer: 'pdfmake', Creator: 'pdfmake' };
  for (const [key, value] of Object.entries(info ?? {})) if (typeof value === 'string' && value) out[key.charAt(0).toUpperCase() + key.slice(1)] = value;
  return out;
}

/**
 * pdfkit keeps the layout of every word it has set, per font, for the life of the document: fast
 * (the letters take four times longer without it), but it grows with every new name, address and
 * number, about 8 KB a letter. Emptied every so many parts, it keeps its speed and stays small.
 */
const LAYOUT_CACHE_PARTS = 200;

function forgetWordLayouts(pdf: PdfKitDocument): void {
  const families = (pdf as unknown as { fontCache: Record<string, Record<string, { layoutCache?: object }>> }).fontCache;
  for (const family of Object.values(families)) for (const font of Object.values(family)) if (font.layoutCache) font.layoutCache = Object.create(null) as object;
}

/** The file is at most this far behind the layout before the next part waits for it. */
const BEHIND = 4 * 1024 * 1024;

export async function openPdfStream(doc: Omit<TDocumentDefinitions, 'content'>, file: string): Promise<PdfStream> {
  const pm = pdfmakeInternals();
  const shared = pdfmake();
  const size = pm.normalizePageSize(doc.pageSize ?? 'A4', doc.pageOrientation);
  const margins = pm.normalizePageMargin(doc.pageMargins ?? 40);
  const defaultStyle = { font: 'Roboto', ...doc.defaultStyle };
  const styles = doc.styles ?? {};
  const dims = size as { width: number; height: number };
  const pdf = new pm.PDFDocument(
    FONTS,
    doc.images ?? {},
    {},
    {},
    {
      size: [dims.width, dims.height],
      pdfVersion: '1.3',
      tagged: false,
      displayTitle: false,
      compress: true,
      fontLayoutCache: true,
      bufferPages: false,
      autoFirstPage: false,
      info: pdfInfo(doc.info),
      font: null,
    },
    (shared as unknown as { virtualfs: unknown }).virtualfs,
    (f: string) => ALLOWED_FILES.has(path.resolve(f)),
  );
  const out = fs.createWriteStream(file);
  const written = new Promise<void>((resolve, reject) => {
    out.on('close', resolve);
    out.on('error', reject);
    pdf.on('error', reject);
  });
  // A failure of the file (disk full) is kept and reported by the next add or by close.
  let failure: unknown = null;
  written.catch((error: unknown) => (failure = error));
  pdf.pipe(out);
  let parts = 0;
  let closed = false;
  return {
    async add(content) {
      if (failure) throw failure;
      const builder = new pm.LayoutBuilder(size, margins, new pm.SVGMeasure());
      builder.registerTableLayouts(pm.tableLayouts);
      const laid = builder.layoutDocument(content, pdf, styles, defaultStyle);
      new pm.Renderer(pdf).renderPages(laid);
      if (++parts % LAYOUT_CACHE_PARTS === 0) forgetWordLayouts(pdf);
      // pdfkit pushes a page's bytes when the next page begins, without waiting for the file: wait here.
      while (pdf.readableLength + out.writableLength > BEHIND && !failure) {
        if (out.writableNeedDrain) await once(out, 'drain');
        else await new Promise((resolve) => setImmediate(resolve));
      }
      if (failure) throw failure;
      return laid.length;
    },
    async close() {
      closed = true;
      pdf.end();
      await written;
    },
    async abort() {
      if (!closed) {
        closed = true;
        pdf.unpipe(out);
        out.destroy();
        pdf.destroy();
      }
      await written.catch(() => undefined);
      fs.rmSync(file, { force: true });
    },
  };
}
