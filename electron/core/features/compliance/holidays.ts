/**
 * Indonesian national holidays (libur nasional) and collective leave (cuti bersama) per year, as the
 * joint decree (SKB) of the Minister of Religious Affairs, the Minister of Manpower and the Minister of
 * PANRB sets them each year. Working-day deadlines (a construction project's 14 working days after
 * its contract) skip these days and weekends. A year not listed here is counted with weekends only,
 * and every figure that depends on it says so; Pengaturan can add a year (and its SKB) when it is
 * published.
 *
 * Dates checked against public copies of the announcements (Kemenko PMK press releases as reported by
 * national media) on 3 December 2026; see README, "Aturan kepatuhan".
 */

export interface HolidayYear {
  year: number;
  /** The decree(s), with their numbers and dates. */
  source: string;
  days: { date: string; name: string; kind: 'libur' | 'cuti' }[];
}

const libur = (date: string, name: string) => ({ date, name, kind: 'libur' as const });
const cuti = (date: string, name: string) => ({ date, name, kind: 'cuti' as const });

export const HOLIDAYS: readonly HolidayYear[] = [
  {
    year: 2024,
    source:
      'SKB Menteri Agama, Menteri Ketenagakerjaan, dan Menteri PANRB Nomor 855 Tahun 2023, Nomor 3 Tahun 2023, Nomor 4 Tahun 2023 tentang Hari Libur Nasional dan Cuti Bersama Tahun 2024; hari pemungutan suara Pemilu (14 Februari) dan Pilkada (27 November) diliburkan dengan Keputusan Presiden',
    days: [
      libur('2024-01-01', 'Tahun Baru 2024 Masehi'),
      libur('2024-02-08', 'Isra Mikraj Nabi Muhammad SAW'),
      cuti('2024-02-09', 'Cuti bersama Tahun Baru Imlek'),
      libur('2024-02-10', 'Tahun Baru Imlek 2575 Kongzili'),
      libur('2024-02-14', 'Hari pemungutan suara Pemilu 2024'),
      libur('2024-03-11', 'Hari Suci Nyepi Tahun Baru Saka 1946'),
      cuti('2024-03-12', 'Cuti bersama Hari Suci Nyepi'),
      libur('2024-03-29', 'Wafat Isa Almasih'),
      libur('2024-03-31', 'Hari Paskah'),
      cuti('2024-04-08', 'Cuti bersama Idul Fitri 1445 H'),
      cuti('2024-04-09', 'Cuti bersama Idul Fitri 1445 H'),
      libur('2024-04-10', 'Idul Fitri 1445 H'),
      libur('2024-04-11', 'Idul Fitri 1445 H'),
      cuti('2024-04-12', 'Cuti bersama Idul Fitri 1445 H'),
      cuti('2024-04-15', 'Cuti bersama Idul Fitri 1445 H'),
      libur('2024-05-01', 'Hari Buruh Internasional'),
      libur('2024-05-09', 'Kenaikan Isa Almasih'),
      cuti('2024-05-10', 'Cuti bersama Kenaikan Isa Almasih'),
      libur('2024-05-23', 'Hari Raya Waisak 2568 BE'),
      cuti('2024-05-24', 'Cuti bersama Hari Raya Waisak'),
      libur('2024-06-01', 'Hari Lahir Pancasila'),
      libur('2024-06-17', 'Idul Adha 1445 H'),
      cuti('2024-06-18', 'Cuti bersama Idul Adha'),
      libur('2024-07-07', 'Tahun Baru Islam 1446 H'),
      libur('2024-08-17', 'Hari Kemerdekaan RI'),
      libur('2024-09-16', 'Maulid Nabi Muhammad SAW'),
      libur('2024-11-27', 'Hari pemungutan suara Pilkada serentak 2024'),
      libur('2024-12-25', 'Hari Raya Natal'),
      cuti('2024-12-26', 'Cuti bersama Hari Raya Natal'),
    ],
  },
  {
    year: 2025,
    source:
      'SKB Menteri Agama, Menteri Ketenagakerjaan, dan Menteri PANRB Nomor 1017 Tahun 2024, Nomor 2 Tahun 2024, Nomor 2 Tahun 2024 (14 Oktober 2024), diubah dengan SKB Nomor 933 Tahun 2025, Nomor 1 Tahun 2025, Nomor 3 Tahun 2025 (7 Agustus 2025: cuti bersama 18 Agustus)',
    days: [
      libur('2025-01-01', 'Tahun Baru 2025 Masehi'),
      libur('2025-01-27', 'Isra Mikraj Nabi Muhammad SAW'),
      cuti('2025-01-28', 'Cuti bersama Tahun Baru Imlek'),
      libur('2025-01-29', 'Tahun Baru Imlek 2576 Kongzili'),
      cuti('2025-03-28', 'Cuti bersama Hari Suci Nyepi'),
      libur('2025-03-29', 'Hari Suci Nyepi Tahun Baru Saka 1947'),
      libur('2025-03-31', 'Idul Fitri 1446 H'),
      libur('2025-04-01', 'Idul Fitri 1446 H'),
      cuti('2025-04-02', 'Cuti bersama Idul Fitri 1446 H'),
      cuti('2025-04-03', 'Cuti bersama Idul Fitri 1446 H'),
      cuti('2025-04-04', 'Cuti bersama Idul Fitri 1446 H'),
      cuti('2025-04-07', 'Cuti bersama Idul Fitri 1446 H'),
      libur('2025-04-18', 'Wafat Yesus Kristus'),
      libur('2025-04-20', 'Kebangkitan Yesus Kristus (Paskah)'),
      libur('2025-05-01', 'Hari Buruh Internasional'),
      libur('2025-05-12', 'Hari Raya Waisak 2569 BE'),
      cuti('2025-05-13', 'Cuti bersama Hari Raya Waisak'),
      libur('2025-05-29', 'Kenaikan Yesus Kristus'),
      cuti('2025-05-30', 'Cuti bersama Kenaikan Yesus Kristus'),
      libur('2025-06-01', 'Hari Lahir Pancasila'),
      libur('2025-06-06', 'Idul Adha 1446 H'),
      cuti('2025-06-09', 'Cuti bersama Idul Adha'),
      libur('2025-06-27', 'Tahun Baru Islam 1447 H'),
      libur('2025-08-17', 'Hari Kemerdekaan RI'),
      cuti('2025-08-18', 'Cuti bersama HUT ke-80 Kemerdekaan RI'),
      libur('2025-09-05', 'Maulid Nabi Muhammad SAW'),
      libur('2025-12-25', 'Kelahiran Yesus Kristus'),
      cuti('2025-12-26', 'Cuti bersama Kelahiran Yesus Kristus'),
    ],
  },
  {
    year: 2026,
    source: 'SKB Menteri Agama, Menteri Ketenagakerjaan, dan Menteri PANRB Nomor 1497 Tahun 2025, Nomor 2 Tahun 2025, Nomor 5 Tahun 2025 tentang Hari Libur Nasional dan Cuti Bersama Tahun 2026',
    days: [
      libur('2026-01-01', 'Tahun Baru 2026 Masehi'),
      libur('2026-01-16', 'Isra Mikraj Nabi Muhammad SAW'),
      cuti('2026-02-16', 'Cuti bersama Tahun Baru Imlek'),
      libur('2026-02-17', 'Tahun Baru Imlek 2577 Kongzili'),
      cuti('2026-03-18', 'Cuti bersama Hari Suci Nyepi'),
      libur('2026-03-19', 'Hari Suci Nyepi Tahun Baru Saka 1948'),
      cuti('2026-03-20', 'Cuti bersama Idul Fitri 1447 H'),
      libur('2026-03-21', 'Idul Fitri 1447 H'),
      libur('2026-03-22', 'Idul Fitri 1447 H'),
      cuti('2026-03-23', 'Cuti bersama Idul Fitri 1447 H'),
      cuti('2026-03-24', 'Cuti bersama Idul Fitri 1447 H'),
      libur('2026-04-03', 'Wafat Yesus Kristus'),
      libur('2026-04-05', 'Kebangkitan Yesus Kristus (Paskah)'),
      libur('2026-05-01', 'Hari Buruh Internasional'),
      libur('2026-05-14', 'Kenaikan Yesus Kristus'),
      cuti('2026-05-15', 'Cuti bersama Kenaikan Yesus Kristus'),
      libur('2026-05-27', 'Idul Adha 1447 H'),
      cuti('2026-05-28', 'Cuti bersama Idul Adha'),
      libur('2026-05-31', 'Hari Raya Waisak 2570 BE'),
      libur('2026-06-01', 'Hari Lahir Pancasila'),
      libur('2026-06-16', 'Tahun Baru Islam 1448 H'),
      libur('2026-08-17', 'Hari Kemerdekaan RI'),
      libur('2026-08-25', 'Maulid Nabi Muhammad SAW'),
      cuti('2026-12-24', 'Cuti bersama Kelahiran Yesus Kristus'),
      libur('2026-12-25', 'Kelahiran Yesus Kristus'),
    ],
  },
];

export interface HolidayCalendar {
  isHoliday(date: string): boolean;
  /** Whether the holidays of the year are known (else only weekends are skipped). */
  knows(year: number): boolean;
  years: readonly HolidayYear[];
}

/** The built-in years and any the office added in Pengaturan (an added year replaces a built-in one). */
export function holidayCalendar(added: readonly HolidayYear[] = []): HolidayCalendar {
  const byYear = new Map<number, HolidayYear>();
  for (const year of [...HOLIDAYS, ...added]) byYear.set(year.year, year);
  const dates = new Set([...byYear.values()].flatMap((y) => y.days.map((d) => d.date)));
  return {
    isHoliday: (date) => dates.has(date),
    knows: (year) => byYear.has(year),
    years: [...byYear.values()].sort((a, b) => a.year - b.year),
  };
}
