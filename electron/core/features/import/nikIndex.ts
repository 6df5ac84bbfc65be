/**
 * Where each NIK of a list was first seen, for a million rows in a few megabytes: an open-addressing
 * hash table over typed arrays (a NIK fits exactly in a float64), instead of a Map of a million
 * entries that would cost tens of megabytes of the import's memory budget.
 */
export class NikIndex {
  private keys = new Float64Array(1 << 16);
  private values = new Int32Array(1 << 16);
  private count = 0;

  /** The value stored for this NIK, or undefined; stores `value` when the NIK is new. */
  getOrAdd(nik: number, value: number): number | undefined {
    if (this.count * 2 >= this.keys.length) this.grow();
    const mask = this.keys.length - 1;
    let slot = hash(nik) & mask;
    for (;;) {
      const key = this.keys[slot]!;
      if (key === 0) {
        this.keys[slot] = nik;
        this.values[slot] = value;
        this.count++;
        return undefined;
      }
      if (key === nik) return this.values[slot];
      slot = (slot + 1) & mask;
    }
  }

  private grow(): void {
    const { keys, values } = this;
    this.keys = new Float64Array(keys.length * 2);
    this.values = new Int32Array(keys.length * 2);
    this.count = 0;
    for (let i = 0; i < keys.length; i++) if (keys[i] !== 0) this.getOrAdd(keys[i]!, values[i]!);
  }
}

function hash(nik: number): number {
  // Mix the low and high parts; NIKs share their first digits (the region), so the low ones matter most.
  const low = nik % 4294967296 | 0;
  const high = (nik / 4294967296) | 0;
  return Math.imul(low ^ Math.imul(high, 0x9e3779b1), 0x85ebca6b) >>> 0;
}
