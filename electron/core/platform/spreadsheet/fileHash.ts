import crypto from 'node:crypto';
import fs from 'node:fs';

/** The SHA-256 of a file's bytes: how Cakap knows a list it has imported before. */
export async function fileHash(file: string): Promise<string> {
  const hash = crypto.createHash('sha256');
  for await (const chunk of fs.createReadStream(file, { highWaterMark: 1024 * 1024 })) hash.update(chunk as Buffer);
  return hash.digest('hex');
}
