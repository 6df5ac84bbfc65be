import { formatNumber, formatPercent, formatRupiah } from '../../../../shared/domain/format';
import type { Domain, EmployerRecord, ProjectRecord } from '../../platform/db/queries/compliance';
import type { Store } from '../../platform/db/store';
import { nameTokens } from '../../platform/matching/names';
import { bigrams, nameSimilarity } from '../../platform/matching/similarity';
import { matchLists, pairKey, type MatchEntry, type ReviewReason } from '../../platform/matching/twoLists';
import type { ComplianceRules } from '../../../../shared/contract/compliance';

/**
 * Setting the lists side by side: licences with WLKP reports (one business), businesses with BPJS
 * employers, packages with BPJS project registrations. Runs after every import, undo and review
 * decision, inside its transaction, and replaces the links and the open review list.
 */

/** The key of an entry of one kind of list: "oss|nib:9120…", "bpjs_employers|npp:1234…", "packages|kontrak:27SPK…". */
export const entryKey = (kind: string, identity: string): string => `${kind}|${identity}`;

/** The newest row of each identity per kind (a business listed under one NIB several times counts once, its workers added up). */
export function latestEmployers(records: readonly EmployerRecord[]): Map<string, EmployerRecord> {
  // Records come oldest batch first: a key seen again in a later batch starts over.
  const out = new Map<string, EmployerRecord>();
  const copied = new Set<EmployerRecord>();
  for (const r of records) {
    const key = entryKey(r.kind, r.identity);
    const held = out.get(key);
    if (!held || held.batch_id !== r.batch_id) {
      out.set(key, r);
      continue;
    }
    // Another row of the same business in the same list: its workers added to a copy of the first row.
    let sum = held;
    if (!copied.has(held)) {
      sum = { ...held };
      copied.add(sum);
      out.set(key, sum);
    }
    if (r.workers !== null) sum.workers = (sum.workers ?? 0) + r.workers;
  }
  return out;
}

export function latestProjects(records: readonly ProjectRecord[]): Map<string, ProjectRecord> {
  const out = new Map<string, ProjectRecord>();
  for (const r of records) out.set(entryKey(r.kind, r.identity), r);
  return out;
}

type Entry = MatchEntry;

function employerEntry(key: string, r: EmployerRecord, extraIds: Partial<Record<string, string | null>> = {}): Entry {
  const tokens = nameTokens(r.name_key);
  return { key, ids: { nib: r.nib, npwp: r.npwp, ...extraIds }, name: r.name_key, tokens, block: r.district_code };
}

const ID_LABELS: Record<string, string> = { nib: 'NIB', npwp: 'NPWP', contract: 'nomor kontrak' };

function describe(reason: ReviewReason, domain: Domain): string {
  switch (reason.kind) {
    case 'similar':
      // Floored, so a pair that is not the same never reads "100 %".
      return domain === 'project'
        ? `Paket, penyedia dan nilai mirip (${formatPercent(Math.floor(reason.score * 100), 0)})`
        : `Nama mirip (${formatPercent(Math.floor(reason.score * 100), 0)}); ${reason.sameBlock ? 'kecamatan sama' : 'kecamatan tidak tercatat di salah satu daftar'}`;
    case 'sameNameBlockUnknown':
      return 'Nama sama, tetapi kecamatan tidak tercatat di salah satu daftar';
    case 'conflictingId':
      return `Nama sama, tetapi ${ID_LABELS[reason.idType] ?? reason.idType} berbeda (${reason.left} dan ${reason.right})`;
    case 'ambiguous':
      return `Ada ${formatNumber(reason.others + 1)} kemungkinan pasangan dengan nama atau nomor yang sama; pilih yang benar`;
  }
}

function decisionSets(store: Store, domain: Domain) {
  const confirmed = new Set<string>();
  const rejected = new Set<string>();
  for (const d of store.compliance.decisions()) {
    if (d.domain !== domain) continue;
    (d.decision === 'confirmed' ? confirmed : rejected).add(pairKey(d.left_key, d.right_key));
  }
  return { confirmed, rejected };
}

const EMPLOYER_REVIEW_AT = 0.8;
const PROJECT_REVIEW_AT = 0.72;

export function recomputeMatches(store: Store, rules: ComplianceRules): void {
  const employers = latestEmployers(store.compliance.employerRecords());
  const of = (kind: string) => [...employers.entries()].filter(([, r]) => r.kind === kind);
  const oss = of('oss');
  const wlkp = of('wlkp');
  const bpjs = of('bpjs_employers');

  // Licences and WLKP reports of the same business.
  const business = matchLists(
    oss.map(([k, r]) => employerEntry(k, r)),
    wlkp.map(([k, r]) => employerEntry(k, r)),
    { idTypes: ['nib', 'npwp'], similarity: (a, b, ga, gb) => nameSimilarity({ tokens: a.tokens, grams: ga }, { tokens: b.tokens, grams: gb }), reviewAt: EMPLOYER_REVIEW_AT, ...decisionSets(store, 'business') },
  );
  save(store, 'business', business);

  // Businesses (a licence with its WLKP report, or either alone) with BPJS employers.
  const wlkpOf = new Map(business.links.map((l) => [l.left, l.right]));
  const linkedWlkp = new Set(business.links.map((l) => l.right));
  const byKey = new Map([...employers.entries()]);
  const lefts: Entry[] = [
    ...oss.map(([k, r]) => {
      const report = wlkpOf.has(k) ? byKey.get(wlkpOf.get(k)!) : undefined;
      return employerEntry(k, { ...r, nib: r.nib ?? report?.nib ?? null, npwp: r.npwp ?? report?.npwp ?? null, district_code: r.district_code ?? report?.district_code ?? null });
    }),
    ...wlkp.filter(([k]) => !linkedWlkp.has(k)).map(([k, r]) => employerEntry(k, r)),
  ];
  const employer = matchLists(lefts, bpjs.map(([k, r]) => employerEntry(k, r)), {
    idTypes: ['nib', 'npwp'],
    similarity: (a, b, ga, gb) => nameSimilarity({ tokens: a.tokens, grams: ga }, { tokens: b.tokens, grams: gb }),
    reviewAt: EMPLOYER_REVIEW_AT,
    ...decisionSets(store, 'employer'),
  });
  save(store, 'employer', employer);

  // Packages with project registrations: the contract number, else package, contractor and value.
  const projects = latestProjects(store.compliance.projectRecords());
  const entry = (key: string, r: ProjectRecord) => {
    const contractorTokens = r.contractor_key ? nameTokens(r.contractor_key) : [];
    return {
      key,
      ids: { contract: r.contract_key },
      name: r.package_key,
      tokens: [...nameTokens(r.package_key), ...contractorTokens],
      packageTokens: nameTokens(r.package_key),
      contractorTokens,
      contractorGrams: bigrams(r.contractor_key ?? ''),
      value: r.value,
      contractorKey: r.contractor_key,
      block: null,
    };
  };
  type ProjectEntry = ReturnType<typeof entry>;
  const tolerance = rules.valueTolerancePercent / 100;
  const closeValues = (a: number | null, b: number | null) => a === null || b === null || Math.abs(a - b) <= tolerance * Math.max(a, b);
  const packages = [...projects.entries()].filter(([, r]) => r.kind === 'packages').map(([k, r]) => entry(k, r));
  const registrations = [...projects.entries()].filter(([, r]) => r.kind === 'bpjs_projects').map(([k, r]) => entry(k, r));
  const project = matchLists<ProjectEntry, ProjectEntry>(packages, registrations, {
    idTypes: ['contract'],
    sameEntry: (a, b) => (a.contractorKey === null || b.contractorKey === null || a.contractorKey === b.contractorKey) && closeValues(a.value, b.value),
    similarity: (a, b, ga, gb) => {
      const name = nameSimilarity({ tokens: a.packageTokens, grams: ga }, { tokens: b.packageTokens, grams: gb });
      const parts: [number, number][] = [[name, 0.6]];
      if (a.contractorKey && b.contractorKey) parts.push([nameSimilarity({ tokens: a.contractorTokens, grams: a.contractorGrams }, { tokens: b.contractorTokens, grams: b.contractorGrams }), 0.25]);
      if (a.value !== null && b.value !== null) parts.push([1 - Math.min(1, Math.abs(a.value - b.value) / Math.max(a.value, b.value) / 0.2), 0.15]);
      const weight = parts.reduce((n, [, w]) => n + w, 0);
      return parts.reduce((n, [s, w]) => n + s * w, 0) / weight;
    },
    reviewAt: PROJECT_REVIEW_AT,
    requireBlock: false,
    ...decisionSets(store, 'project'),
  });
  save(store, 'project', project, (left, right) => {
    const a = projects.get(left);
    const b = projects.get(right);
    if (!a || !b || a.value === null || b.value === null || a.value === b.value) return '';
    return `; nilai ${formatRupiah(a.value)} dan ${formatRupiah(b.value)}`;
  });
}

function save(store: Store, domain: Domain, outcome: ReturnType<typeof matchLists>, extra: (left: string, right: string) => string = () => ''): void {
  store.compliance.replaceLinks(domain, outcome.links.map((l) => ({ left_key: l.left, right_key: l.right, method: l.method, score: l.score })));
  store.compliance.replaceOpenReviews(
    domain,
    outcome.reviews.map((r) => ({ left_key: r.left, right_key: r.right, score: Math.round(r.score * 1000) / 1000, reason: describe(r.reason, domain) + extra(r.left, r.right) })),
  );
}
