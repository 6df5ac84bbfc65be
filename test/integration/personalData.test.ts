import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { newCore } from '../helpers/core';
import { writeXlsx } from '../helpers/spreadsheets';
import { tempDir } from '../helpers/temp';
import { importList, nik } from '../helpers/workerLists';
import { queryDatabase } from '../helpers/db';

describe('erasing a worker on request (UU 27/2022)', () => {
  it("the person's data is gone from every table, the counts and program costs stay, and the log says who and why", async () => {
    const core = await newCore();
    const dir = tempDir();
    const siti = nik({ day: 12, month: 5, year: 1980, female: true, seq: 3 });
    const budi = nik({ day: 3, month: 11, year: 1975, seq: 17 });
    await importList(core, await writeXlsx(path.join(dir, 'a.xlsx'), [{ name: 'Data', rows: [['NIK', 'Nama', 'Nagari', 'Alamat', 'No HP'], [siti, 'Siti Aminah', 'Lubuk Gadang', 'Jorong Koto', '081234567890'], [budi, 'Budi', 'Lubuk Gadang', 'Jorong Pasar', null]] }]));
    // A later list changed her address (history) and repeated her NIK with a mistake (a rejected row).
    await importList(core, await writeXlsx(path.join(dir, 'b.xlsx'), [{ name: 'Data', rows: [['NIK', 'Nama', 'Alamat'], [siti, 'Siti Aminah', 'Jorong Baru'], [siti, '', 'Jorong Lain']] }]));
    const program = await core.invoke('programs.create', { name: 'Rentan APBD', source: 'apbd_kabupaten', year: 2025, budget: 10_000_000, from: '2025-01', to: '2025-12' });
    const ids = (await core.invoke('workers.list', {})).rows.map((w) => w.id);
    await core.invoke('enrollments.add', { programId: program.id, workerIds: ids });
    const before = await core.invoke('report.coverage', { asOf: '2025-10-31' });
    const id = (await core.invoke('workers.list', { search: siti })).rows[0]!.id;

    await expect(core.invoke('workers.erase', { id, reason: 'singkat' })).rejects.toThrow('paling sedikit 10 huruf');
    await core.invoke('workers.erase', { id, reason: 'Surat permintaan No. 12/2025 tanggal 3 Oktober 2025' });

    const everything = JSON.stringify(
      ['workers', 'worker_history', 'import_issues', 'bpjs_members', 'audit_log', 'enrollments'].map((t) => queryDatabase(core.context.dbPath, `SELECT * FROM ${t}`)),
    );
    for (const trace of [siti, 'Siti Aminah', 'Jorong Koto', 'Jorong Baru', '081234567890']) expect(everything).not.toContain(trace);

    const erased = await core.invoke('workers.get', { id });
    expect(erased).toMatchObject({ nik: `DIHAPUS-${id}`, name: '(dihapus)', birthDate: null, address: null, phone: null, villageName: 'Lubuk Gadang' });
    const after = await core.invoke('report.coverage', { asOf: '2025-10-31' });
    expect(after.coverage).toEqual(before.coverage);
    expect(after.programs[0]).toMatchObject({ committed: before.programs[0]!.committed, beneficiaries: 2 });
    expect(after.byDistrict).toEqual(before.byDistrict);

    const log = core.context.store.audit.recent(1)[0]!;
    expect(log).toMatchObject({ action: 'workers.erase', actor: 'penguji' });
    expect(JSON.parse(log.detail)).toEqual({ workerId: id, reason: 'Surat permintaan No. 12/2025 tanggal 3 Oktober 2025' });
    await expect(core.invoke('workers.erase', { id, reason: 'Surat permintaan kedua kali' })).rejects.toThrow('sudah dihapus');
  });
});
