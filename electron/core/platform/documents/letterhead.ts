import type { Content, DynamicContent, StyleDictionary, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { Office } from '../../../../shared/contract';
import { formatDate } from '../../../../shared/domain/format';
import { defaultSignerTitle } from '../../../../shared/domain/letterhead';
import { maskNikRuns } from '../../../../shared/domain/nik';
import { formatNip } from '../../../../shared/domain/nip';

/**
 * Every document Cakap prints on the office's paper (the leadership report, compliance letters, a
 * plan): A4 portrait with the letterhead (kop surat) under the regency's emblem, the signature block of
 * the office's signer, the house colours and type sizes, and the pass that makes text ready for
 * paper (NIKs masked, a number kept on one line with its unit).
 */

export const A4 = { width: 595.28, height: 841.89 };
export const MARGIN = { left: 56, top: 58, right: 48, bottom: 54 };
export const CONTENT_WIDTH = A4.width - MARGIN.left - MARGIN.right;

export const COLORS = {
  ink: '#1a1a1a',
  muted: '#555555',
  heading: '#0b3a66',
  rule: '#9e9e9e',
  headerFill: '#e3eaf2',
  stripeFill: '#f6f8fa',
};

export const BASE_STYLES: StyleDictionary = {
  heading: { fontSize: 12.5, bold: true, color: COLORS.heading, margin: [0, 16, 0, 3] },
  subheading: { fontSize: 10.5, bold: true, color: COLORS.heading, margin: [0, 10, 0, 3] },
  intro: { fontSize: 8.5, color: COLORS.muted, margin: [0, 0, 0, 6] },
  th: { bold: true, fontSize: 8, color: COLORS.ink },
  td: { fontSize: 8 },
  detail: { fontSize: 6.8, color: COLORS.muted },
};

/** The kop surat: emblem on the left, government line, office name, address and contact centred, a double rule under it. */
export function letterheadBlock(office: Office): Content {
  const side = office.logo ? 66 : 0;
  const lines: Content[] = [
    { text: office.governmentLine, fontSize: 13, bold: true },
    { text: office.officeName, fontSize: 16, bold: true },
    ...(office.address ? [{ text: office.address, fontSize: 9 }] : []),
    ...(office.contact ? [{ text: office.contact, fontSize: 9 }] : []),
  ];
  return {
    stack: [
      {
        columns: [
          office.logo ? { image: office.logo.dataUrl, fit: [side, side], width: side } : { text: '', width: 0 },
          { stack: lines, alignment: 'center', width: '*' },
          { text: '', width: side },
        ],
        columnGap: 8,
      },
      {
        canvas: [
          { type: 'line', x1: 0, y1: 0, x2: CONTENT_WIDTH, y2: 0, lineWidth: 2.2 },
          { type: 'line', x1: 0, y1: 3.4, x2: CONTENT_WIDTH, y2: 3.4, lineWidth: 0.7 },
        ],
        margin: [0, 6, 0, 14],
      },
    ],
    unbreakable: true,
  };
}

/**
 * The signature block on the right: place and date, the signer's title, room to sign, the name
 * underlined, rank and NIP. Without a signer yet, a dotted line to sign on.
 */
export function signatureBlock(office: Office, date: string | Date, options: { marginTop?: number; room?: number; /** false inside a block that is already kept together. */ unbreakable?: boolean } = {}): Content {
  const { signer } = office;
  const day = formatDate(date);
  const title = signer.title || defaultSignerTitle(office.officeName);
  return {
    columns: [
      { text: '', width: '*' },
      {
        width: 230,
        alignment: 'center',
        stack: [
          { text: signer.place ? `${signer.place}, ${day}` : day },
          { text: `${title},`, margin: [0, 2, 0, 0] },
          { text: '', margin: [0, options.room ?? 52, 0, 0] },
          { text: signer.name || '(..........................................)', bold: true, decoration: signer.name ? 'underline' : undefined },
          ...(signer.rank ? [{ text: signer.rank }] : []),
          ...(signer.nip ? [{ text: `NIP. ${formatNip(signer.nip)}` }] : []),
        ],
      },
    ],
    unbreakable: options.unbreakable ?? true,
    margin: [0, options.marginTop ?? 28, 0, 0],
  };
}

/** The footer of every page: a line of who made it on the left, "Halaman n dari N" on the right. */
export function pageFooter(left: string): DynamicContent {
  return (page, pages) => ({
    margin: [MARGIN.left, 18, MARGIN.right, 0],
    columns: [
      { text: left, fontSize: 7.5, color: COLORS.muted },
      { text: `Halaman ${page} dari ${pages}`, fontSize: 7.5, color: COLORS.muted, alignment: 'right', width: 'auto' },
    ],
  });
}

/** An A4 portrait document on the office's paper: margins, fonts, colours and the document's metadata. */
export function officeDocument(
  office: Office,
  options: { title: string; subject: string; content: Content[]; footer?: DynamicContent; header?: DynamicContent; styles?: StyleDictionary; margins?: [number, number, number, number]; lineHeight?: number },
): TDocumentDefinitions {
  return {
    pageSize: 'A4',
    pageOrientation: 'portrait',
    pageMargins: options.margins ?? [MARGIN.left, MARGIN.top, MARGIN.right, MARGIN.bottom],
    info: { title: options.title, author: office.officeName, subject: options.subject, creator: 'Cakap', producer: 'Cakap' },
    defaultStyle: { font: 'Roboto', fontSize: 9, lineHeight: options.lineHeight ?? 1.2, color: COLORS.ink },
    styles: { ...BASE_STYLES, ...options.styles },
    header: options.header,
    footer: options.footer,
    content: options.content,
  };
}


/**
 * Every string of a document tree made ready for paper: 16-digit runs (NIKs) masked, and a number
 * kept on one line with its unit ("19,22 %", "Rp 16.800", "9,08 poin") by a no-break space, which
 * text extraction reads back as a plain space. SVG and image data are left as they are.
 */
export function forPrint(node: unknown): unknown {
  if (typeof node === 'string') {
    return maskNikRuns(node)
      .replace(/(\d) (%|poin\b)/g, '$1\u00a0$2')
      .replace(/\bRp (?=\d)/g, 'Rp\u00a0');
  }
  if (Array.isArray(node)) return node.map(forPrint);
  if (node && typeof node === 'object') {
    return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, k === 'svg' || k === 'image' ? v : forPrint(v)]));
  }
  return node;
}
