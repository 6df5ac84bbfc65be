import { describe, expect, it } from 'vitest';
import { COMPLIANCE_LISTS, vocabularyOf } from '../../electron/core/features/compliance/vocabulary';
import { detectTable } from '../../electron/core/platform/lists/table';

describe('the column vocabularies of the employer and construction lists', () => {
  it("a template's header row (the canonical headers) is recognised with full confidence, as its own kind", () => {
    for (const spec of COMPLIANCE_LISTS) {
      const header = spec.templateFields.map((f) => spec.fields[f]!.header);
      const table = detectTable([['JUDUL DAFTAR'], header], vocabularyOf(spec), spec.required, { exclude: spec.exclude, pick: 'best' });
      expect(table, spec.kind).not.toBeNull();
      expect(table!.headerIndex).toBe(1);
      expect(table!.columns.map((c) => [c.field, c.confidence])).toEqual(spec.templateFields.map((f) => [f, 1]));
      // The kind it tells most about is its own: its weights beat every sibling's on its own template.
      const siblings = COMPLIANCE_LISTS.filter((s) => s.family === spec.family && s !== spec);
      const score = (s: typeof spec) => spec.templateFields.reduce((n, f) => n + ((s.fields as Record<string, unknown>)[f] ? (s.weights[f] ?? 0) : 0), 0);
      for (const sibling of siblings) expect(score(spec), `${spec.kind} vs ${sibling.kind}`).toBeGreaterThan(score(sibling));
    }
  });

  it('every field has a hint and the canonical headers are unique within a list', () => {
    for (const spec of COMPLIANCE_LISTS) {
      const headers = Object.values(spec.fields).map((f) => f.header.toLowerCase());
      expect(new Set(headers).size, spec.kind).toBe(headers.length);
      for (const [field, def] of Object.entries(spec.fields)) expect(def.hint.length, `${spec.kind}.${field}`).toBeGreaterThan(5);
    }
  });
});
