import zlib from 'node:zlib';

/**
 * A real PNG written byte by byte (signature, IHDR, IDAT, IEND with their CRCs), so tests can upload
 * a logo without an image library. It draws what a regency emblem roughly looks like: a gold-rimmed
 * shield on white, green inside, with a white band.
 */
export function emblemPng(size = 160): Buffer {
  const rgba = Buffer.alloc(size * size * 4, 255);
  const cx = size / 2;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const dx = Math.abs(x - cx) / (size * 0.42);
      const top = size * 0.06;
      const v = (y - top) / (size * 0.88);
      // A shield: straight sides down to 55 %, then narrowing to a point.
      const half = v < 0 ? -1 : v < 0.55 ? 1 : 1 - (v - 0.55) / 0.45;
      const inside = v >= 0 && v <= 1 && dx <= half;
      const inner = v >= 0.04 && v <= 0.96 && dx <= half - 0.08;
      const at = (y * size + x) * 4;
      if (!inside) {
        rgba[at + 3] = 0; // transparent around the shield
        continue;
      }
      const [r, g, b] = !inner ? [201, 160, 32] : v > 0.38 && v < 0.5 ? [255, 255, 255] : [22, 110, 60];
      rgba[at] = r;
      rgba[at + 1] = g;
      rgba[at + 2] = b;
      rgba[at + 3] = 255;
    }
  }
  return encodePng(size, size, rgba);
}

export function encodePng(width: number, height: number, rgba: Buffer): Buffer {
  const rows = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) {
    rows[y * (width * 4 + 1)] = 0; // filter: none
    rgba.copy(rows, y * (width * 4 + 1) + 1, y * width * 4, (y + 1) * width * 4);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(zlib.crc32(body));
  return Buffer.concat([length, body, crc]);
}
