/** The callback API every list reader uses (read.ts for the calling thread, readInThread.ts for a reader thread). */

/** A cell as the importers see it: text, a number, a date (real Excel dates only), or nothing. */
export type Cell = string | number | boolean | Date | null;

export interface ReadOptions {
  /** Name shown in messages; defaults to the file's own name. */
  displayName?: string;
  /** Called with bytes read so far, for progress bars. */
  onBytes?: (bytesRead: number, totalBytes: number) => void;
  /** A new sheet begins (CSV: one sheet named after the file). */
  onSheet(name: string, index: number): void;
  /**
   * One row: its number as Excel shows it (CSV: the line number) and its cells, 0-based by column
   * (cells[0] is column A). Called synchronously from the parser's loop; return a promise only to
   * make the reader wait (backpressure), and throw to stop reading.
   */
  onRow(rowNumber: number, cells: Cell[]): void | Promise<void>;
  /**
   * Called once every row has been read, with the SHA-256 (hex) of the file's bytes: the same value
   * as hashing the file on its own, computed from the reads the reader makes anyway.
   */
  onHash?(sha256: string): void;
}
