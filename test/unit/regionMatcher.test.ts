import { describe, expect, it } from 'vitest';
import { RegionMatcher } from '../../electron/core/features/regions/matcher';

const kecamatan = new RegionMatcher([
  { code: '13.11.01', name: 'Sangir' },
  { code: '13.11.02', name: 'Sungai Pagu' },
  { code: '13.11.03', name: 'Koto Parik Gadang Diateh' },
  { code: '13.11.04', name: 'Sangir Jujuan' },
  { code: '13.11.05', name: 'Sangir Batang Hari' },
  { code: '13.11.06', name: 'Pauh Duo' },
  { code: '13.11.07', name: 'Sangir Balai Janggo' },
]);

const nagari = new RegionMatcher([
  { code: '13.11.01.2001', name: 'Lubuk Gadang' },
  { code: '13.11.01.2002', name: 'Lubuk Gadang Timur' },
  { code: '13.11.01.2003', name: 'Lubuk Gadang Selatan' },
  { code: '13.11.07.2001', name: 'Sungai Kunyit' },
  { code: '13.11.02.2002', name: 'Koto Baru' },
  { code: '13.11.05.2009', name: 'Koto Baru' },
]);

describe('region names as offices type them', () => {
  it('takes the exact name, the name in capitals, a "Kec." prefix or the Kemendagri code silently', () => {
    expect(kecamatan.match('Sungai Pagu')).toMatchObject({ kind: 'exact', region: { code: '13.11.02' } });
    expect(kecamatan.match('SUNGAI PAGU')).toMatchObject({ kind: 'exact', region: { code: '13.11.02' } });
    expect(kecamatan.match('Kec. Sangir')).toMatchObject({ kind: 'exact', region: { code: '13.11.01' } });
    expect(kecamatan.match('13.11.06')).toMatchObject({ kind: 'exact', region: { name: 'Pauh Duo' } });
  });

  it('matches wrong case and extra spaces, but says it was loose', () => {
    expect(kecamatan.match('  sungai   pagu ')).toMatchObject({ kind: 'loose', region: { code: '13.11.02' } });
  });

  it('understands initials and common abbreviations', () => {
    expect(kecamatan.match('KPGD')).toMatchObject({ kind: 'loose', region: { name: 'Koto Parik Gadang Diateh' } });
    expect(nagari.match('Lb. Gadang')).toMatchObject({ kind: 'loose', region: { name: 'Lubuk Gadang' } });
    expect(nagari.match('Sei Kunyit')).toMatchObject({ kind: 'loose', region: { name: 'Sungai Kunyit' } });
    expect(kecamatan.match('Sangir Jujuwan')).toMatchObject({ kind: 'loose', region: { name: 'Sangir Jujuan' } });
  });

  it('names the candidates when a short name fits several', () => {
    const result = nagari.match('Lb. Gadang T');
    expect(result).toMatchObject({ kind: 'loose', region: { name: 'Lubuk Gadang Timur' } });
    const ambiguous = nagari.match('Kt. Baru');
    expect(ambiguous.kind).toBe('ambiguous');
    if (ambiguous.kind === 'ambiguous') {
      expect(ambiguous.candidates.map((c) => c.code)).toEqual(['13.11.02.2002', '13.11.05.2009']);
    }
    expect(nagari.match('Lb. Gadang').kind).toBe('loose');
  });

  it('rejects unknown names and suggests the nearest', () => {
    const result = kecamatan.match('Pauh Tigo');
    expect(result.kind).toBe('unknown');
    if (result.kind === 'unknown') expect(result.suggestions.map((s) => s.name)).toContain('Pauh Duo');
    expect(kecamatan.match('Jakarta Selatan').kind).toBe('unknown');
  });
});
