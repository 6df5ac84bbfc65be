import { describe, expect, it } from 'vitest';
import { textBlock, textLine } from '../../shared/contract/common';
import { cleanText, hasUnsafeText } from '../../shared/domain/text';

describe('text that is safe to print (shared/domain/text.ts)', () => {
  it('takes out overrides, isolates, control characters, joiners and emoji, and nothing a name needs', () => {
    expect(cleanText('PT Maju \u202E1200\u202C Jaya')).toBe('PT Maju 1200 Jaya');
    expect(cleanText('\u2067KABUPATEN\u2069 SOLOK')).toBe('KABUPATEN SOLOK');
    expect(cleanText('Nama\u0000 Pekerja\u0085\u009B')).toBe('Nama Pekerja');
    expect(cleanText('Warung ☕ Kopi 👍🏽 🇮🇩 1️⃣ 👨‍👩‍👧')).toBe('Warung Kopi 1');
    expect(cleanText('Sawit\u200BJaya\uFEFF')).toBe('SawitJaya');
    // Signs Roboto prints, and letters and punctuation of every kind, stay.
    for (const kept of ['PT Foo® ™ ©', "Nur'aini Siti · Koto Baru/II", 'Ñandú Çelik Øst', '  spasi  ']) expect(cleanText(kept)).toBe(kept);
  });

  it('keeps direction marks only beside right-to-left letters, where they carry meaning', () => {
    expect(cleanText('abc\u200Edef\u200F')).toBe('abcdef');
    expect(cleanText('مرحبا\u200F Padang')).toBe('مرحبا\u200F Padang');
    expect(hasUnsafeText('مرحبا\u200F')).toBe(false);
    expect(hasUnsafeText('abc\u200E')).toBe(true);
  });

  it('one line: breaks become spaces; free text keeps its lines and tabs', () => {
    expect(cleanText('Jl. Raya\r\nPadang Aro\tKm 3')).toBe('Jl. Raya Padang Aro Km 3');
    expect(cleanText('Jl. Raya\u0007\r\nPadang Aro\tKm 3', { multiline: true })).toBe('Jl. Raya\nPadang Aro\tKm 3');
    expect(hasUnsafeText('baris satu\nbaris dua')).toBe(false);
  });

  it('the contract cleans before it counts and trims', () => {
    expect(textLine().min(3).parse(' \u202E ab\u0000c ')).toBe('abc');
    expect(textLine().min(3).safeParse('\u{1F600}\u{1F600}ab').success).toBe(false);
    expect(textBlock().parse('Catatan\u202E\r\nkunjungan ')).toBe('Catatan\nkunjungan');
  });
});
