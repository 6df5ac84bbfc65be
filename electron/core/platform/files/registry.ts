import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CakapError } from '../errors';
import type { FileRef } from '../../../../shared/contract';
import { cleanText } from '../../../../shared/domain/text';

interface Entry {
  path: string;
  name: string;
  size: number;
  /** Uploaded or generated copies are ours to delete; files the user opened in place are not. */
  owned: boolean;
}

/**
 * Files cross the API as opaque ids, never as paths: the Electron door registers what the user
 * picked in a dialog, the bridge registers uploads, and reports register what they wrote.
 */
export class FileRegistry {
  private readonly entries = new Map<string, Entry>();
  private tempDir: string | null = null;

  register(filePath: string, shownName = path.basename(filePath), owned = false): FileRef {
    const id = crypto.randomUUID();
    const size = fs.statSync(filePath).size;
    // The name is shown in the import history and kept in the audit log: an override in it
    // ("daftar\u202Exslx.exe") must not make one file look like another.
    const name = cleanText(shownName) || 'berkas';
    this.entries.set(id, { path: filePath, name, size, owned });
    return { fileId: id, name, size };
  }

  /** A fresh path in Cakap's temporary folder, for an upload or an export about to be written. */
  tempPath(name: string): string {
    this.tempDir ??= fs.mkdtempSync(path.join(os.tmpdir(), 'cakap-'));
    const safe = name.replace(/[^\p{L}\p{N}._ -]+/gu, '_').slice(-120) || 'berkas';
    return path.join(this.tempDir, `${crypto.randomUUID().slice(0, 8)}-${safe}`);
  }

  resolve(fileId: string): Entry {
    const entry = this.entries.get(fileId);
    if (!entry || !fs.existsSync(entry.path)) {
      throw new CakapError('FILE_NOT_FOUND', 'Berkas tidak ditemukan lagi. Pilih atau unggah berkasnya sekali lagi.');
    }
    return entry;
  }

  dispose(): void {
    if (this.tempDir) fs.rmSync(this.tempDir, { recursive: true, force: true });
    this.tempDir = null;
    this.entries.clear();
  }
}
