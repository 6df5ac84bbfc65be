import { z } from 'zod';
import { method } from './method';
import { emptyInput, okOutput, textBlock } from './common';

export const workerListRowSchema = z.object({
  id: z.number().int(),
  nik: z.string(),
  name: z.string(),
  sex: z.enum(['L', 'P']).nullable(),
  birthDate: z.string().nullable(),
  districtName: z.string().nullable(),
  villageName: z.string().nullable(),
  /** Cakap's occupation group. */
  occupation: z.string().nullable(),
  /** The kecamatan came from the NIK's region code (the list named no place): shown "dari NIK". */
  regionFromNik: z.boolean(),
});

export const workerMethods = {
  'workers.list': method({
    summary: 'Satu halaman daftar pekerja, dengan pencarian NIK atau nama dan saringan.',
    access: 'read',
    input: z.object({
      search: z.string().max(100).optional(),
      districtCode: z.string().max(20).optional(),
      villageCode: z.string().max(20).optional(),
      occupation: z.string().max(100).optional(),
      batchId: z.number().int().optional(),
      coverage: z.object({ month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/), state: z.enum(['program', 'uncovered']) }).optional(),
      offset: z.number().int().min(0).default(0),
      limit: z.number().int().min(1).max(200).default(50),
    }),
    output: z.object({
      rows: z.array(workerListRowSchema),
      total: z.number().int(),
      /** False when a filtered list has more matches than were counted (the total is then a lower bound). */
      totalExact: z.boolean(),
    }),
  }),
  'workers.get': method({
    summary: 'Data satu pekerja dan riwayat perubahannya.',
    access: 'read',
    input: z.object({ id: z.number().int() }),
    output: z.object({
      id: z.number().int(),
      nik: z.string(),
      name: z.string(),
      birthDate: z.string().nullable(),
      birthPlace: z.string().nullable(),
      sex: z.enum(['L', 'P']).nullable(),
      address: z.string().nullable(),
      districtName: z.string().nullable(),
      villageName: z.string().nullable(),
      occupation: z.string().nullable(),
      /** The occupation of the KTP as printed, with its Dukcapil code ("9 PETANI/PEKEBUN"). */
      ktpOccupation: z.string().nullable(),
      regionFromNik: z.boolean(),
      phone: z.string().nullable(),
      kpj: z.string().nullable(),
      createdAt: z.string(),
      createdBatch: z.object({ id: z.number().int(), fileName: z.string() }).nullable(),
      history: z.array(
        z.object({
          at: z.string(),
          actor: z.string(),
          action: z.string(),
          batchId: z.number().int().nullable(),
          fileName: z.string().nullable(),
          changes: z.array(z.object({ field: z.string(), before: z.string().nullable(), after: z.string().nullable() })),
        }),
      ),
    }),
  }),
  'workers.erase': method({
    summary: 'Hapus data pribadi seorang pekerja atas permintaannya (UU 27/2022); angka agregat dan biaya program tetap.',
    access: 'admin',
    input: z.object({
      id: z.number().int(),
      reason: textBlock().min(10, { error: 'Tuliskan dasar penghapusan (paling sedikit 10 huruf), misalnya nomor surat permintaan.' }).max(300),
    }),
    output: okOutput,
  }),
  'workers.filters': method({
    summary: 'Pilihan saringan daftar pekerja: pekerjaan dan impor.',
    access: 'read',
    input: emptyInput,
    output: z.object({
      occupations: z.array(z.object({ name: z.string(), count: z.number().int() })),
      batches: z.array(z.object({ id: z.number().int(), fileName: z.string(), createdAt: z.string() })),
    }),
  }),
};
