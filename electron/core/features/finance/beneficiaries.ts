import type { Beneficiary } from '../../platform/db/queries/finance';
import type { Store } from '../../platform/db/store';

/**
 * A program's beneficiaries by NIK, for a bill's check. Held as typed arrays with the months and
 * occupations interned, not as an object per person: a program of a million beneficiaries fits the
 * bill job's heap (about 80 MB instead of 400), and each row's lookup builds its one object.
 */
export class Beneficiaries {
  private readonly byNik = new Map<string, number>();
  private readonly workerIds: Int32Array;
  private readonly from: Uint32Array;
  private readonly to: Uint32Array;
  private readonly occupations: Uint32Array;
  private readonly strings: (string | null)[] = [];
  private readonly stringIndex = new Map<string | null, number>();

  constructor(store: Store, programId: number) {
    const count = store.finance.beneficiaryCount(programId);
    this.workerIds = new Int32Array(count);
    this.from = new Uint32Array(count);
    this.to = new Uint32Array(count);
    this.occupations = new Uint32Array(count);
    let i = 0;
    for (const [workerId, nik, occupation, monthFrom, monthTo] of store.finance.eachBeneficiary(programId)) {
      if (i === count) break;
      // A person enrolled twice in one program: the later enrolment, as a map by NIK would keep.
      const at = this.byNik.get(nik) ?? i++;
      this.byNik.set(nik, at);
      this.workerIds[at] = workerId;
      this.from[at] = this.intern(monthFrom);
      this.to[at] = this.intern(monthTo);
      this.occupations[at] = this.intern(occupation);
    }
  }

  get size(): number {
    return this.byNik.size;
  }

  get(nik: string): Beneficiary | undefined {
    const at = this.byNik.get(nik);
    return at === undefined ? undefined : this.at(nik, at);
  }

  *values(): IterableIterator<Beneficiary> {
    for (const [nik, at] of this.byNik) yield this.at(nik, at);
  }

  private at(nik: string, at: number): Beneficiary {
    return { worker_id: this.workerIds[at]!, nik, occupation: this.strings[this.occupations[at]!]!, month_from: this.strings[this.from[at]!]!, month_to: this.strings[this.to[at]!]! };
  }

  private intern(text: string | null): number {
    let index = this.stringIndex.get(text);
    if (index === undefined) {
      index = this.strings.length;
      this.strings.push(text);
      this.stringIndex.set(text, index);
    }
    return index;
  }
}
