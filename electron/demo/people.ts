/**
 * Synthetic people for the demo: Minangkabau and Indonesian given names, clan names, occupations of
 * a palm-oil and rice regency. Deterministic (seeded), so every demo run gives the same regency.
 */
export const GIVEN_MALE = ['Afrizal', 'Budi', 'Syahrul', 'Zulkifli', 'Hendra', 'Rahmat', 'Yusuf', 'Irwan', 'Darmawan', 'Fauzi', 'Rizki', 'Alfian', 'Edi', 'Nofrizal', 'Yulianto', 'Andi', 'Arif', 'Jufri', 'Masrul', 'Taufik'];
export const GIVEN_FEMALE = ['Siti', 'Nurhayati', 'Rina', 'Yanti', 'Dewi', 'Fitri', "Nur'aini", 'Marlina', 'Yusnimar', 'Desmawati', 'Lisnawati', 'Rosmaini', 'Wati', 'Elvi', 'Yeni', 'Asnidar', 'Rahmi', 'Sri', 'Nelly', 'Suryani'];
export const FAMILY = ['Chaniago', 'Piliang', 'Tanjung', 'Koto', 'Sikumbang', 'Jambak', 'Caniago', 'Melayu', 'Bendang', 'Guci', 'Panai', 'Putra', 'Putri', 'Sari', 'Hidayat', 'Saputra', 'Wahyuni', 'Amir', 'Kasim', 'Rasyid'];
export const OCCUPATIONS = [
  ['Petani', 30],
  ['Petani Sawit', 18],
  ['Buruh Tani', 10],
  ['Buruh Kebun Sawit', 8],
  ['Pedagang', 10],
  ['Buruh Harian Lepas', 8],
  ['Tukang Ojek', 5],
  ['Peternak', 4],
  ['Nelayan Air Tawar', 2],
  ['Tukang Bangunan', 5],
] as const;

export class Random {
  constructor(private seed: number) {}
  next(): number {
    this.seed = (Math.imul(this.seed, 1103515245) + 12345) >>> 0;
    return this.seed / 4294967296;
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.next() * list.length)]!;
  }
  weighted<T>(list: readonly (readonly [T, number])[]): T {
    const total = list.reduce((n, [, w]) => n + w, 0);
    let roll = this.next() * total;
    for (const [value, weight] of list) {
      roll -= weight;
      if (roll < 0) return value;
    }
    return list[0]![0];
  }
}
