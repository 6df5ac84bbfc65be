/**
 * Lists from the village registries (OpenSID, SIAK) and the KTP occupation list:
 * - a worker keeps the occupation of the KTP (the Dukcapil code 1–89) beside Cakap's occupation group
 *   (the `occupation` column, which reports and program rules use);
 * - where a worker's region came from: 'list' (a column, the sheet's title, or the nagari chosen for
 *   the whole list) or 'nik' (only the kecamatan, from the NIK's region code: shown "dari NIK");
 * - the persons a list named who are not workers (the dead, children, non-working statuses): passed
 *   over, never stored as workers, kept per import for the rejection file's "Bukan pekerja" sheet;
 * - a program may switch off the default rule that leaves out occupations protected by other schemes
 *   (ASN, TNI/Polri, officials: shared/domain/otherSchemes.ts).
 */
export default /* sql */ `
ALTER TABLE workers ADD COLUMN ktp_occupation INTEGER CHECK (ktp_occupation IS NULL OR ktp_occupation BETWEEN 1 AND 89);
ALTER TABLE workers ADD COLUMN region_source TEXT CHECK (region_source IS NULL OR region_source IN ('list', 'nik'));
UPDATE workers SET region_source = 'list' WHERE district_code IS NOT NULL OR village_code IS NOT NULL;

ALTER TABLE import_batches ADD COLUMN passed_over INTEGER NOT NULL DEFAULT 0;

CREATE TABLE import_passed_over (
  id        INTEGER PRIMARY KEY,
  batch_id  INTEGER NOT NULL REFERENCES import_batches (id) ON DELETE CASCADE,
  sheet     TEXT NOT NULL,
  row       INTEGER NOT NULL,
  reason    TEXT NOT NULL CHECK (reason IN ('dead', 'underAge', 'nonWorkingStatus')),
  -- Why, in a sentence for the sender ("Umur 9 tahun pada 24 November 2026").
  detail    TEXT NOT NULL,
  -- JSON array of the row's original cells, as the list gave them.
  raw       TEXT
) STRICT;
CREATE INDEX import_passed_over_batch ON import_passed_over (batch_id);

ALTER TABLE programs ADD COLUMN exclude_other_schemes INTEGER NOT NULL DEFAULT 1 CHECK (exclude_other_schemes IN (0, 1));
`;
