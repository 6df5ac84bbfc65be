import fs from 'node:fs';
import { LOGO_MAX_BYTES } from '../../../../shared/contract/office';
import { formatFileSize, formatNumber } from '../../../../shared/domain/format';
import { ERROR_CODES } from '../../../../shared/contract/errors';
import { CakapError, invalidInput } from '../../platform/errors';
import { pdfBuffer } from '../../platform/documents/pdfmake';

export interface LogoImage {
  mimeType: 'image/png' | 'image/jpeg';
  width: number;
  height: number;
  data: Buffer;
}

/** Bigger pictures decode into bitmaps that cost far more memory than their file; a logo never needs them. */
const MAX_SIDE = 4000;
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** The type and pixel size of a PNG or JPEG, read from its own bytes (never from the file name); null otherwise. */
export function readImageHeader(data: Buffer): Omit<LogoImage, 'data'> | null {
  if (data.length >= 24 && data.subarray(0, 8).equals(PNG_SIGNATURE) && data.toString('latin1', 12, 16) === 'IHDR') {
    return { mimeType: 'image/png', width: data.readUInt32BE(16), height: data.readUInt32BE(20) };
  }
  if (data.length >= 4 && data[0] === 0xff && data[1] === 0xd8 && data[2] === 0xff) {
    // Walk the segments up to the frame header (SOFn), which holds the size.
    let at = 2;
    while (at + 4 <= data.length) {
      if (data[at] !== 0xff) return null;
      const marker = data[at + 1]!;
      if (marker === 0xff) {
        at += 1;
        continue;
      }
      if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
        at += 2;
        continue;
      }
      const length = data.readUInt16BE(at + 2);
      const isFrame = marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
      if (isFrame) {
        if (at + 9 > data.length) return null;
        return { mimeType: 'image/jpeg', height: data.readUInt16BE(at + 5), width: data.readUInt16BE(at + 7) };
      }
      if (marker === 0xd9 || marker === 0xda || length < 2) return null;
      at += 2 + length;
    }
  }
  return null;
}

/**
 * Reads an uploaded logo and proves it usable: a real PNG or JPEG (by its bytes), at most 1 MB and
 * 4.000 pixels a side, and one the PDF writer can actually place. Every refusal is one Indonesian sentence.
 */
export async function readLogo(file: string, name: string): Promise<LogoImage> {
  const size = fs.statSync(file).size;
  if (size > LOGO_MAX_BYTES) {
    throw invalidInput(`Logo paling besar 1 MB; berkas "${name}" berukuran ${formatFileSize(size)}. Perkecil gambarnya dulu.`);
  }
  const data = fs.readFileSync(file);
  const header = readImageHeader(data);
  if (!header) {
    throw invalidInput(`Berkas "${name}" bukan gambar PNG atau JPEG. Pilih logo berformat .png atau .jpg.`);
  }
  if (header.width < 1 || header.height < 1 || header.width > MAX_SIDE || header.height > MAX_SIDE) {
    throw invalidInput(
      `Ukuran logo ${formatNumber(header.width)} × ${formatNumber(header.height)} piksel tidak dapat dipakai; paling besar ${formatNumber(MAX_SIDE)} × ${formatNumber(MAX_SIDE)} piksel.`,
    );
  }
  const logo = { ...header, data };
  try {
    await pdfBuffer({ content: [{ image: logoDataUrl(logo), fit: [60, 60] }] });
  } catch (error) {
    throw new CakapError(
      ERROR_CODES.invalidInput,
      `Gambar "${name}" rusak atau tidak dapat dipakai di PDF. Simpan ulang sebagai PNG atau JPEG, lalu pilih lagi.`,
      { cause: error },
    );
  }
  return logo;
}

export function logoDataUrl(logo: Pick<LogoImage, 'mimeType' | 'data'>): string {
  return `data:${logo.mimeType};base64,${logo.data.toString('base64')}`;
}
