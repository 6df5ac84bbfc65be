import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readImageHeader } from '../../electron/core/features/office/logo';
import { fileId, newCore } from '../helpers/core';
import { emblemPng } from '../helpers/images';
import { tempDir } from '../helpers/temp';

const office = {
  governmentLine: 'PEMERINTAH KABUPATEN SOLOK SELATAN',
  officeName: 'DINAS TENAGA KERJA DAN TRANSMIGRASI',
  address: 'Jalan Raya Padang Aro, Sungai Pagu\nKabupaten Solok Selatan 27779',
  contact: 'Telepon (0755) 583123 · disnaker@solselkab.go.id',
  signer: {
    place: 'Padang Aro',
    title: 'Kepala Dinas Tenaga Kerja dan Transmigrasi',
    name: 'Drs. H. Syafrudin Putra, M.Si.',
    rank: 'Pembina Utama Muda (IV/c)',
    nip: '19750312 200003 1 004',
  },
};

function writeFile(name: string, data: Buffer | string): string {
  const file = path.join(tempDir(), name);
  fs.writeFileSync(file, data);
  return file;
}

describe('letterhead and signer (Pengaturan › Kop surat dan penanda tangan)', () => {
  it('a fresh office has the regency government line and "DINAS TENAGA KERJA", and nobody to sign yet', async () => {
    const core = await newCore();
    expect(await core.invoke('office.get', {})).toEqual({
      governmentLine: 'PEMERINTAH KABUPATEN SOLOK SELATAN',
      officeName: 'DINAS TENAGA KERJA',
      address: '',
      contact: '',
      signer: { place: '', title: '', name: '', rank: '', nip: '' },
      logo: null,
      defaults: { governmentLine: 'PEMERINTAH KABUPATEN SOLOK SELATAN', officeName: 'DINAS TENAGA KERJA' },
    });
  });

  it('what the operator saves comes back the same after reopening, the NIP without its spaces', async () => {
    const dir = tempDir();
    const core = await newCore({ dir });
    await core.invoke('office.set', office);
    core.close();
    const again = await newCore({ dir });
    expect(await again.invoke('office.get', {})).toMatchObject({ ...office, signer: { ...office.signer, nip: '197503122000031004' } });
  });

  it('an emptied government line or office name goes back to the default', async () => {
    const core = await newCore();
    await core.invoke('office.set', office);
    const saved = await core.invoke('office.set', { ...office, governmentLine: ' ', officeName: '' });
    expect(saved.governmentLine).toBe('PEMERINTAH KABUPATEN SOLOK SELATAN');
    expect(saved.officeName).toBe('DINAS TENAGA KERJA');
  });

  it('a NIP that is not 18 digits, or a text too long, is refused in Indonesian and nothing changes', async () => {
    const core = await newCore();
    await expect(core.invoke('office.set', { ...office, signer: { ...office.signer, nip: '1975031220000310' } })).rejects.toThrow('NIP harus 18 angka');
    await expect(core.invoke('office.set', { ...office, officeName: 'x'.repeat(101) })).rejects.toThrow('Nama kantor paling panjang 100 huruf');
    await expect(core.invoke('office.set', { ...office, address: 'a\nb\nc\nd' })).rejects.toThrow('Alamat paling banyak 3 baris');
    expect((await core.invoke('office.get', {})).signer.name).toBe('');
  });

  it('a PNG or JPEG logo is kept with its type and shown back for the preview; it can be removed', async () => {
    const core = await newCore();
    const png = emblemPng(120);
    const withLogo = await core.invoke('office.setLogo', { fileId: fileId(core, writeFile('logo-solsel.png', png)) });
    expect(withLogo.logo).toMatchObject({ mimeType: 'image/png', width: 120, height: 120, size: png.length });
    expect(withLogo.logo!.dataUrl).toBe(`data:image/png;base64,${png.toString('base64')}`);

    // The smallest real JPEG: SOI, a baseline frame header (8 × 8 px, one component), EOI.
    const jpeg = Buffer.from('ffd8ffc0000b080008000801011100ffd9', 'hex');
    expect(readImageHeader(jpeg)).toEqual({ mimeType: 'image/jpeg', width: 8, height: 8 });

    const removed = await core.invoke('office.removeLogo', {});
    expect(removed.logo).toBeNull();
  });

  it('a file that only pretends to be an image is refused by its bytes, not its name', async () => {
    const core = await newCore();
    const fake = writeFile('logo.png', '%PDF-1.7 not an image at all');
    await expect(core.invoke('office.setLogo', { fileId: fileId(core, fake) })).rejects.toThrow(
      'Berkas "logo.png" bukan gambar PNG atau JPEG. Pilih logo berformat .png atau .jpg.',
    );
    // A PNG signature with garbage after it passes the first look but not the PDF writer.
    const broken = Buffer.concat([emblemPng(40).subarray(0, 33), Buffer.from('rusak'.repeat(20))]);
    await expect(core.invoke('office.setLogo', { fileId: fileId(core, writeFile('logo-rusak.png', broken)) })).rejects.toThrow(
      'Gambar "logo-rusak.png" rusak atau tidak dapat dipakai di PDF',
    );
    expect((await core.invoke('office.get', {})).logo).toBeNull();
  });

  it('a logo over 1 MB, or of absurd pixel size, is refused before it is stored', async () => {
    const core = await newCore();
    const big = Buffer.concat([emblemPng(40), Buffer.alloc(1536 * 1024)]);
    await expect(core.invoke('office.setLogo', { fileId: fileId(core, writeFile('logo-besar.png', big)) })).rejects.toThrow(
      'Logo paling besar 1 MB; berkas "logo-besar.png" berukuran 1,5 MB. Perkecil gambarnya dulu.',
    );
    const huge = emblemPng(40);
    huge.writeUInt32BE(50_000, 16); // IHDR width
    await expect(core.invoke('office.setLogo', { fileId: fileId(core, writeFile('logo-lebar.png', huge)) })).rejects.toThrow(
      'Ukuran logo 50.000 × 40 piksel tidak dapat dipakai',
    );
  });

  it('every change is in the audit log in words', async () => {
    const core = await newCore();
    await core.invoke('office.set', office);
    await core.invoke('office.setLogo', { fileId: fileId(core, writeFile('logo-solsel.png', emblemPng(64))) });
    await core.invoke('office.removeLogo', {});
    const entries = (await core.invoke('audit.list', {})).entries.slice(0, 3).map((e) => e.description);
    expect(entries[0]).toBe('Menghapus logo kop surat');
    expect(entries[1]).toMatch(/^Memasang logo kop surat "logo-solsel.png" \(\d+ KB\)$/);
    expect(entries[2]).toContain('Mengubah kop surat/penanda tangan laporan: nama kantor, alamat, telepon/e-mail, tempat, jabatan, nama penanda tangan');
    expect(entries[2]).toContain('NIP');
  });
});
