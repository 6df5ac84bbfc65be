import type { Content, ContentTable, TableCell } from 'pdfmake/interfaces';
import { formatNumber } from '../../../../shared/domain/format';
import { COLORS, CONTENT_WIDTH } from './letterhead';
import { cellText, formatCell, type Cell, type Column, type ReportTable } from './tables';

/** A ReportTable and a chart as pdfmake content, in the house style every printed document shares. */

const { muted: MUTED, rule: RULE, headerFill: HEADER_FILL, stripeFill: STRIPE_FILL, heading: HEADING } = COLORS;

const NUMERIC = new Set(['count', 'rupiah', 'percent', 'points']);

export function chart(title: string, svg: string): Content {
  return {
    stack: [
      { text: title, fontSize: 8.5, bold: true, color: MUTED, margin: [0, 10, 0, 2] },
      { svg, width: CONTENT_WIDTH },
    ],
    unbreakable: true,
  };
}

function cellContent(cell: Cell, column: Column, bold: boolean): TableCell {
  const numeric = NUMERIC.has(column.kind);
  const text = formatCell(cell, column.kind);
  if (cell !== null && typeof cell === 'object') {
    return { stack: [{ text: cell.text, bold }, { text: cell.detail, style: 'detail' }], style: 'td' };
  }
  return { text, style: 'td', bold, alignment: numeric ? 'right' : 'left', noWrap: numeric };
}

/** A table that fits the text width: the name column takes the spare room and wraps; numbers stay on one line, right-aligned. */
export function pdfTable(table: ReportTable): ContentTable {
  // A figure nobody has yet (every row empty, e.g. workforce per village) is left out rather than printed as a column of dashes.
  const shown = table.columns
    .map((c, i) => ({ c, i }))
    .filter(({ c, i }) => !c.sheetOnly && !(NUMERIC.has(c.kind) && table.rows.length > 0 && table.rows.every((row) => row[i] === null)));
  const numberCell = (n: number | string, bold = false): TableCell => ({ text: String(n), style: 'td', alignment: 'right', bold });
  const header: TableCell[] = [
    ...(table.numbered ? [{ text: 'No', style: 'th', alignment: 'right' } as TableCell] : []),
    ...shown.map(({ c }) => ({ text: c.header, style: 'th', alignment: NUMERIC.has(c.kind) ? 'right' : 'left' }) as TableCell),
  ];
  const width = header.length;
  const rows: TableCell[][] = table.rows.map((row, r) => [
    ...(table.numbered ? [numberCell(formatNumber(r + 1))] : []),
    ...shown.map(({ c, i }) => cellContent(row[i] ?? null, c, false)),
  ]);
  if (rows.length === 0) {
    rows.push([{ text: 'Belum ada data.', colSpan: width, style: 'td', color: MUTED, italics: true }, ...Array.from({ length: width - 1 }, () => ({}))]);
  }
  const hasTotal = table.total !== undefined && table.rows.length > 0;
  if (hasTotal) {
    const total = table.total!;
    rows.push([
      ...(table.numbered ? [{ text: '', style: 'td' } as TableCell] : []),
      ...shown.map(({ c, i }) => (i === shown[0]!.i || total[i] === null ? { text: cellText(total[i]), style: 'td', bold: true } : cellContent(total[i] ?? null, c, true))),
    ]);
  }
  const last = rows.length; // body rows, without the header
  return {
    table: {
      headerRows: 1,
      keepWithHeaderRows: 1,
      dontBreakRows: true,
      widths: [...(table.numbered ? ['auto'] : []), ...shown.map(({ c }) => (c.grow ? '*' : 'auto'))],
      body: [header, ...rows],
    },
    layout: {
      fillColor: (row) => (row === 0 ? HEADER_FILL : hasTotal && row === last ? HEADER_FILL : row % 2 === 0 ? STRIPE_FILL : null),
      hLineWidth: (i, node) => (i === 0 || i === 1 || i === node.table.body.length || (hasTotal && i === last) ? 0.8 : 0),
      hLineColor: () => RULE,
      vLineWidth: () => 0,
      paddingLeft: () => 4,
      paddingRight: () => 4,
      paddingTop: () => 2.5,
      paddingBottom: () => 2.5,
    },
    margin: [0, 0, 0, 4],
  };
}

/** A sentence in a box with a bar on its left: blue for where a figure comes from, orange for a caution. */
export function noteBox(text: string, tone: 'info' | 'warning'): Content {
  const info = tone === 'info';
  return {
    table: { widths: ['*'], body: [[{ text, fontSize: 8.5, margin: [6, 4, 6, 4] }]] },
    layout: {
      fillColor: () => (info ? '#eef3f8' : '#fff3e0'),
      hLineWidth: () => 0,
      vLineWidth: (i) => (i === 0 ? 2.5 : 0),
      vLineColor: () => (info ? HEADING : '#b35c00'),
    },
    margin: [0, 0, 0, 4],
  };
}

export interface Card {
  label: string;
  value: string;
  note: string;
  /** The value's type size: smaller for long Rupiah amounts. */
  size?: number;
}

/** The headline figures as a row of boxes (where it stands, the target, the gap, what it costs). */
export function cardRow(cards: readonly Card[]): Content {
  const cell = (card: Card): TableCell => ({
    stack: [
      { text: card.label, fontSize: 8, color: MUTED },
      { text: card.value, fontSize: card.size ?? 17, bold: true, color: HEADING, margin: [0, 2, 0, 2] },
      { text: card.note, fontSize: 7.5, color: MUTED },
    ],
    margin: [6, 5, 6, 5],
  });
  return {
    table: { widths: cards.map(() => '*'), body: [cards.map(cell)] },
    layout: { fillColor: () => '#f3f6f9', hLineWidth: () => 0, vLineWidth: (i) => (i === 0 || i === cards.length ? 0 : 4), vLineColor: () => '#ffffff' },
    margin: [0, 2, 0, 6],
  };
}
