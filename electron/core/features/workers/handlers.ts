import { formatDate } from '../../../../shared/domain/format';
import { ktpOccupationLabel } from '../../../../shared/domain/ktpOccupations';
import type { WorkerDataField } from '../../platform/db/queries/workers';
import { conflict, notFound } from '../../platform/errors';
import type { Handlers } from '../../platform/handlers';

const FIELD_LABELS: Record<WorkerDataField, string> = {
  name: 'Nama',
  birth_date: 'Tanggal lahir',
  birth_place: 'Tempat lahir',
  sex: 'Jenis kelamin',
  address: 'Alamat',
  district_code: 'Kecamatan',
  village_code: 'Desa/nagari',
  occupation: 'Pekerjaan',
  phone: 'No. HP',
  kpj: 'No. KPJ',
  ktp_occupation: 'Pekerjaan di KTP',
  region_source: 'Asal wilayah',
};

export const workerHandlers = {
  'workers.list': (input, ctx) => {
    const { rows, total, totalExact } = ctx.store.workers.list(input, input.offset, input.limit);
    return {
      total,
      totalExact,
      rows: rows.map((r) => ({
        id: r.id,
        nik: r.nik,
        name: r.name,
        sex: r.sex,
        birthDate: r.birth_date,
        districtName: r.district_name,
        villageName: r.village_name,
        occupation: r.occupation,
        regionFromNik: r.region_source === 'nik',
      })),
    };
  },
  'workers.get': (input, ctx) => {
    const worker = ctx.store.workers.byId(input.id);
    if (!worker) throw notFound('Pekerja tidak ditemukan (mungkin impornya sudah dibatalkan).');
    const regionName = (code: string | null) => (code ? (ctx.store.regions.byCode(code)?.name ?? code) : null);
    const show = (field: string, value: unknown): string | null => {
      if (value === null || value === undefined || value === '') return null;
      if (field === 'birth_date') return formatDate(String(value));
      if (field === 'district_code' || field === 'village_code') return regionName(String(value));
      if (field === 'sex') return value === 'P' ? 'Perempuan' : 'Laki-laki';
      if (field === 'ktp_occupation') return ktpOccupationLabel(Number(value));
      if (field === 'region_source') return value === 'nik' ? 'kecamatan dari NIK' : 'dari daftar';
      return String(value);
    };
    const batch = worker.created_batch ? ctx.store.imports.byId(worker.created_batch) : undefined;
    return {
      id: worker.id,
      nik: worker.nik,
      name: worker.name,
      birthDate: worker.birth_date,
      birthPlace: worker.birth_place,
      sex: worker.sex,
      address: worker.address,
      districtName: regionName(worker.district_code),
      villageName: regionName(worker.village_code),
      occupation: worker.occupation,
      ktpOccupation: ktpOccupationLabel(worker.ktp_occupation),
      regionFromNik: worker.region_source === 'nik',
      phone: worker.phone,
      kpj: worker.kpj,
      createdAt: worker.created_at,
      createdBatch: batch ? { id: batch.id, fileName: batch.file_name } : null,
      history: ctx.store.workers.history(worker.id).map((h) => {
        const before = JSON.parse(h.before) as Record<string, unknown>;
        const after = JSON.parse(h.after) as Record<string, unknown>;
        return {
          at: h.at,
          actor: h.actor,
          action: h.action,
          batchId: h.batch_id,
          fileName: h.file_name,
          changes: Object.keys(after)
            .filter((f): f is WorkerDataField => f in FIELD_LABELS)
            .map((f) => ({ field: FIELD_LABELS[f], before: show(f, before[f]), after: show(f, after[f]) })),
        };
      }),
    };
  },
  'workers.erase': (input, ctx) => {
    const worker = ctx.store.workers.byId(input.id);
    if (!worker) throw notFound('Pekerja tidak ditemukan.');
    if (worker.nik.startsWith('DIHAPUS-')) throw conflict('Data pribadi pekerja ini sudah dihapus.');
    ctx.store.transaction(() => {
      ctx.store.workers.erasePersonalData(worker, ctx.now().toISOString());
      ctx.store.workers.addHistory(worker.id, null, 'erased', {}, {}, ctx.actor, ctx.now().toISOString());
      // The log says who erased whom and why, without repeating the erased data.
      ctx.audit('workers.erase', { workerId: worker.id, reason: input.reason });
    });
    return { ok: true as const };
  },
  'workers.filters': (_input, ctx) => ({
    occupations: ctx.store.workers.occupations().map((o) => ({ name: o.occupation, count: o.n })),
    batches: ctx.store.imports
      .list(200, 0)
      .filter((b) => !b.undone_at)
      .map((b) => ({ id: b.id, fileName: b.file_name, createdAt: b.created_at })),
  }),
} satisfies Partial<Handlers>;
